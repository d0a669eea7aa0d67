import type { Indicator, IndicatorYear, TextCell, YearRef } from '../model/types';
import { fold } from '../text/normalize';
import { parseFiscalYear } from '../text/years';
import { allQualitative, fieldCell, precisionOf, textCell, unitOfValues, valueCell, type ReadContext } from './context';
import { isLabel, startsWithLabel } from './labels';
import { checkedYears, yearCells } from './year-header';

/**
 * Kitakami-style indicator blocks: 「指標 ①」 above its name, a header row 「担当部等 | 単位 | R1 (現状値) | R2 …」,
 * then rows 実績値 / 期待値 / 備考 over the years. Works with the year headers directly above the
 * values (real sheets, label column under a merged header) and with the flattened seeds, where the
 * headers sit one column left of their values.
 */

/** 「指標 ①」, 「成果指標②」, 「指標No.3」: the circled number is tested before NFKC folds it to a digit. */
const ANCHOR = /^(?:成果)?指標\s*(?:[NnＮｎ][OoＯｏ][.．]?\s*)?([①-⑳]|[0-9０-９]{1,2})$/;

export function anchorId(text: string): string | null {
  const m = ANCHOR.exec(text.replace(/[\s\u3000]+/g, ' ').trim());
  return m ? (/[①-⑳]/.test(m[1]) ? m[1] : fold(m[1])) : null;
}

function findRow(ctx: ReadContext, from: number, to: number, test: (t: string) => boolean): { row: number; col: number; text: string } | null {
  for (let r = from; r <= to; r++) {
    for (const c of ctx.grid.rowCells(r)) if (test(c.text)) return { row: r, col: c.col, text: c.text };
  }
  return null;
}

/** 「期待値 ※R7は目標値」 → the year whose expected value is the target. */
function targetYearInLabel(ctx: ReadContext, label: string): number | null {
  const m = /※\s*(.+?)\s*(?:は|が)?\s*目標/.exec(fold(label));
  return m ? parseFiscalYear(m[1], { contextEra: ctx.era })?.year ?? null : null;
}

export function readIndicatorBlocks(ctx: ReadContext): Indicator[] {
  const anchors: { row: number; col: number; id: string }[] = [];
  for (const { row, col, text } of ctx.grid.cells()) {
    const id = anchorId(text);
    if (id !== null && !ctx.claimed.has(row)) anchors.push({ row, col, id });
  }
  const out: Indicator[] = [];
  anchors.forEach((a, i) => {
    const next = anchors.slice(i + 1).find((b) => b.row > a.row);
    const last = Math.min(ctx.grid.bottom, next ? next.row - 1 : a.row + 10);
    const actualRow = findRow(ctx, a.row + 1, last, (t) => isLabel(t, 'actual'));
    const expectedRow = findRow(ctx, a.row + 1, last, (t) => startsWithLabel(t, 'expected'));
    const rowLabel = actualRow ?? expectedRow;
    if (!rowLabel) return; // 「指標 ①」 without value rows is a heading, not a block
    const noteRow = findRow(ctx, rowLabel.row, last, (t) => isLabel(t, 'note'));
    const blockEnd = Math.max(rowLabel.row, expectedRow?.row ?? 0, noteRow?.row ?? 0);

    // The year header: the nearest row above the value rows holding years.
    let headerRow = -1;
    for (let r = rowLabel.row - 1; r > a.row - 1 && headerRow < 0; r--) {
      if (yearCells(ctx, r).length >= 2) headerRow = r;
    }
    if (headerRow < 0) for (let r = rowLabel.row; r <= blockEnd && headerRow < 0; r++) if (yearCells(ctx, r, rowLabel.col + 1).length >= 2) headerRow = r;
    const firstYear = headerRow >= 0 ? yearCells(ctx, headerRow)[0] : undefined;
    const labelSkip = (t: string) => isLabel(t, 'department') || isLabel(t, 'unit');
    const { years: heads, bad } = firstYear
      ? checkedYears(ctx, headerRow, firstYear.col, ctx.grid.right, false, labelSkip)
      : { years: [], bad: [] as TextCell[] };
    // Flattened sheets lose the merged cell under the header, so years can sit over the label column.
    const shift = heads.length > 0 && heads[0].col <= rowLabel.col ? rowLabel.col + 1 - heads[0].col : 0;

    const years: IndicatorYear[] = heads.map((h) => ({
      year: h.year,
      label: h.label,
      labelCell: h.cell,
      actual: actualRow ? valueCell(ctx, actualRow.row, h.col + shift) : null,
      expected: expectedRow ? valueCell(ctx, expectedRow.row, h.col + shift) : null,
      note: noteRow ? textCell(ctx, noteRow.row, h.col + shift) : null,
    }));

    // Name below the anchor (seed) or right of it; the description below its own label.
    const isHeaderWord = (t: string) =>
      isLabel(t, 'department') || isLabel(t, 'unit') || isLabel(t, 'description') || isLabel(t, 'actual') || anchorId(t) !== null;
    let name: TextCell | null = null;
    const below = textCell(ctx, a.row + 1, a.col);
    if (below && a.row + 1 < (headerRow >= 0 ? headerRow : rowLabel.row) && !isHeaderWord(below.text)) name = below;
    if (!name) {
      const right = ctx.grid.rowCells(a.row).find((c) => c.col > a.col);
      if (right && !isLabel(right.text, 'description') && !isLabel(right.text, 'unit') && !isLabel(right.text, 'department')) name = textCell(ctx, a.row, right.col);
    }
    const descLabel = ctx.grid.rowCells(a.row).find((c) => isLabel(c.text, 'description'));
    const description = descLabel && a.row + 1 < (headerRow >= 0 ? headerRow : rowLabel.row) ? ctx.grid.text(a.row + 1, descLabel.col) || null : null;

    // 担当部等 / 単位: labelled in the header row, written in the value rows below (merged or not).
    // A labelled column whose cells are all blank still gives the first blank cell (text ''), so
    // indicator-unit-missing can tell 「単位 left blank」 from 「no 単位 column」 and point at the cell.
    const columnValue = (key: 'department' | 'unit'): TextCell | null => {
      if (headerRow < 0) return null;
      const label = ctx.grid.rowCells(headerRow).find((c) => isLabel(c.text, key));
      if (!label) return null;
      let blank: TextCell | null = null;
      for (let r = headerRow + 1; r <= blockEnd; r++) {
        const t = fieldCell(ctx, r, label.col);
        if (!t) continue;
        if (t.text === '') blank = blank ?? t;
        else if (!isLabel(t.text, 'actual') && !startsWithLabel(t.text, 'expected') && !isLabel(t.text, 'note')) return t;
      }
      return blank;
    };
    const unit = columnValue('unit');
    const department = columnValue('department');

    const baseHead = heads.find((h) => /現状値|基準値|基準年|策定時/.test(fold(h.label)));
    const targetYear = (expectedRow && targetYearInLabel(ctx, expectedRow.text)) ?? heads.find((h) => /目標/.test(fold(h.label)))?.year ?? null;
    const yearRef = (y: IndicatorYear | undefined, prefer: 'actual' | 'expected'): YearRef | null => {
      if (!y) return null;
      const first = prefer === 'actual' ? y.actual : y.expected;
      const second = prefer === 'actual' ? y.expected : y.actual;
      const value = first && first.parsed.kind !== 'blank' ? first : second && second.parsed.kind !== 'blank' ? second : first ?? second;
      return { year: y.year, label: y.label, labelCell: y.labelCell, value };
    };
    const valueCells = years.flatMap((y) => [y.actual, y.expected]);
    const nameText = name?.text ?? '';
    out.push({
      key: a.id,
      id: a.id,
      layout: 'indicator-blocks',
      cell: ctx.grid.address(a.row, a.col),
      name,
      unit,
      unitText: unit?.text || unitOfValues(valueCells),
      department: department?.text || null,
      description,
      baseline: yearRef(years.find((y) => y.year === baseHead?.year), 'actual'),
      target: yearRef(years.find((y) => y.year === targetYear), 'expected'),
      current: null,
      years,
      cumulative: /累計/.test(nameText + (unit?.text ?? '')),
      qualitative: allQualitative(valueCells),
      precision: precisionOf(valueCells),
      grade: null,
      itemKey: null,
      badYearHeaders: bad,
    });
    for (let r = a.row; r <= blockEnd; r++) ctx.claimed.add(r);
  });
  return out;
}
