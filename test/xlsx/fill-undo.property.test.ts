import fc from 'fast-check';
import { analyzeWorkbook, planFill, proposeFill, type EditOp, type WorkbookSnapshot } from '../../src/core';
import { Grid } from '../../src/core/snapshot/grid';
import { parseCellAddress } from '../../src/core/snapshot/address';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { readDirect } from '../../src/xlsx/read/index';
import { fixtureBytes } from '../support/fixtures';

/**
 * Fill and undo as properties (fast-check), end to end through the .xlsx adapter: random
 * indicator tables are written into the two first blocks of the real Kitakami sheet (baseline,
 * target, 期待値 blank or on the line or anything else, actuals, precision 0–2), then the engine
 * reads, proposes and plans the fill, the adapter applies it and then its undo. For every table:
 * - fill then undo restores every cell (value and number format) of the workbook;
 * - fill never changes a non-blank cell (and, asked to, only the 期待値 cells it names);
 * - every filled value lies between the baseline (the R1 実績値, else its 期待値) and the target,
 *   at the sheet's precision;
 * - the patched package reads back as the adapter's own model after the fill, and as it was
 *   before the fill after the undo (number formats of blank cells included).
 */

const SHEET = '9-2';
/** Block ①: 実績値 row 38, 期待値 row 39; block ②: 44 and 45; years R1–R7 in D–J (baseline D, target J). */
const BLOCKS = [
  { actualRow: 38, expectedRow: 39 },
  { actualRow: 44, expectedRow: 45 },
];
const COLS = ['D', 'E', 'F', 'G', 'H', 'I', 'J'];
const FORMATS = ['0', '0.0', '0.00'];

const base = fixtureBytes('kitakami.xlsx');

/** What every cell holds: sheet!address → [value, format] (blank, unformatted cells left out). */
function cellMap(w: WorkbookSnapshot): Map<string, [unknown, string]> {
  const out = new Map<string, [unknown, string]>();
  for (const s of w.sheets) {
    const g = new Grid(s);
    const put = (row: number, col: number) => {
      const v = g.value(row, col);
      const f = g.format(row, col);
      if (v === null && f === 'General') return;
      out.set(`${s.name}!${g.address(row, col)}`, [v, f]);
    };
    if (s.cells) for (const c of s.cells) put(c.row, c.col);
    else s.values.forEach((r, i) => r.forEach((_, j) => put(s.origin.row + i, s.origin.col + j)));
  }
  return out;
}

const at = (w: WorkbookSnapshot, cell: string): unknown => {
  const { row, col } = parseCellAddress(cell);
  return new Grid(w.sheets.find((s) => s.name === SHEET)!).value(row, col);
};

/** One block: precision, baseline and target, each 期待値 R2–R6 blank / on the line / other, actuals. */
const blockArb = fc
  .record({
    precision: fc.integer({ min: 0, max: 2 }),
    baseline: fc.integer({ min: -5000, max: 50000 }),
    target: fc.integer({ min: -5000, max: 50000 }),
    // A blank 期待値 keeps the block's number format, or has none at all (a cell cleared outright).
    middle: fc.array(fc.oneof(fc.constant<'blank'>('blank'), fc.constant<'bare'>('bare'), fc.constant<'line'>('line'), fc.integer({ min: -100000, max: 100000 })), { minLength: 5, maxLength: 5 }),
    actual: fc.array(fc.option(fc.integer({ min: 0, max: 100000 }), { nil: null }), { minLength: 5, maxLength: 5 }),
  })
  .map((b) => {
    const scale = 10 ** b.precision;
    const v = (n: number) => n / scale;
    const line = (i: number) => Math.round(b.baseline + ((b.target - b.baseline) * i) / 6) / scale;
    const expected: (number | null)[] = [v(b.baseline), ...b.middle.map((m, i) => (m === 'blank' || m === 'bare' ? null : m === 'line' ? line(i + 1) : v(m))), v(b.target)];
    const expectedFormats = [FORMATS[b.precision], ...b.middle.map((m) => (m === 'bare' ? 'General' : FORMATS[b.precision])), FORMATS[b.precision]];
    const actual = b.actual.map((a) => (a === null ? null : v(a)));
    // The sheet's baseline is its 現状値 year's 実績値 when written, else that year's 期待値 (the reader's rule).
    return { precision: b.precision, format: FORMATS[b.precision], baseline: actual[0] ?? v(b.baseline), target: v(b.target), expected, expectedFormats, actual };
  });

type Block = ReturnType<(typeof blockArb)['generate']>['value'];

/** Writes the blocks into the workbook with the adapter's own set-value ops (compare-and-set against the fixture). */
async function tableWorkbook(blocks: Block[]): Promise<XlsxWorkbook> {
  const wb = await XlsxWorkbook.open(base, 'random.xlsx');
  const now = await wb.readSnapshot();
  const ops: EditOp[] = [];
  blocks.forEach((b, k) => {
    const { actualRow, expectedRow } = BLOCKS[k];
    COLS.forEach((c, i) => {
      const e = `${c}${expectedRow}`;
      ops.push({ op: 'set-value', sheet: SHEET, cell: e, value: b.expected[i], expect: at(now, e) as never, numberFormat: b.expectedFormats[i] });
      if (i < 5) {
        const a = `${c}${actualRow}`;
        ops.push({ op: 'set-value', sheet: SHEET, cell: a, value: b.actual[i], expect: at(now, a) as never, numberFormat: b.format });
      }
    });
  });
  const r = await wb.applyPlan({ title: { ja: '表', en: 'table' }, ops });
  expect(r.skipped).toEqual([]);
  return wb;
}

function decimals(n: number): number {
  const s = String(n);
  if (/e/i.test(s)) return 99;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

describe('fill and undo (fast-check, through the .xlsx adapter)', () => {
  test.each([false, true])('overwriteMismatches %s: undo restores every cell; only blank (or, asked, named 期待値) cells change; values between baseline and target at the precision', async (overwrite) => {
    const RUNS = 40;
    let filledRuns = 0;
    await fc.assert(
      fc.asyncProperty(fc.tuple(blockArb, blockArb), fc.boolean(), async (blocks, readBack) => {
        const wb = await tableWorkbook(blocks);
        const before = await wb.readSnapshot();
        // The saved package too: a blank cell's number format is there (the adapter's model does not list blank cells).
        const savedBefore = cellMap(readDirect(await wb.toBytes(), 'random.xlsx').snapshot);
        const analysis = analyzeWorkbook(before);
        const changes = proposeFill(analysis, { overwriteMismatches: overwrite });
        if (changes.length > 0) filledRuns++;
        const result = await wb.applyPlan(planFill(changes));
        expect(result.skipped).toEqual([]);
        const filled = await wb.readSnapshot();

        const b0 = cellMap(before);
        const b1 = cellMap(filled);
        const named = new Set(changes.map((c) => `${c.sheet}!${c.cell}`));
        for (const [k, [v, f]] of b1) {
          const was = b0.get(k);
          if (was && was[0] === v && was[1] === f) continue;
          // A changed cell is one the plan named; unasked, it held nothing.
          expect([k, named.has(k)]).toEqual([k, true]);
          if (!overwrite) expect([k, was?.[0] ?? null]).toEqual([k, null]);
        }
        for (const k of b0.keys()) expect([k, b1.has(k)]).toEqual([k, true]);

        // Each value between its indicator's baseline and target, at the block's precision, as written.
        for (const c of changes) {
          const row = parseCellAddress(c.cell).row + 1;
          const k = BLOCKS.findIndex((x) => x.expectedRow === row);
          expect(k).toBeGreaterThanOrEqual(0);
          const blk = blocks[k];
          expect(c.to).toBeGreaterThanOrEqual(Math.min(blk.baseline, blk.target));
          expect(c.to).toBeLessThanOrEqual(Math.max(blk.baseline, blk.target));
          expect([c.cell, decimals(c.to) <= blk.precision]).toEqual([c.cell, true]);
          expect(c.toText).toBe(c.to.toFixed(blk.precision));
          expect(at(filled, c.cell)).toBe(c.to);
        }

        if (readBack) {
          // The patched package holds what the adapter's model holds.
          const written = readDirect(await wb.toBytes(), 'random.xlsx').snapshot;
          const w = cellMap(written);
          for (const c of changes) expect(w.get(`${c.sheet}!${c.cell}`)?.[0]).toBe(c.to);
        }

        const undone = await wb.applyPlan(result.undo);
        expect(undone.skipped).toEqual([]);
        expect(cellMap(await wb.readSnapshot())).toEqual(b0);
        expect(cellMap(readDirect(await wb.toBytes(), 'random.xlsx').snapshot)).toEqual(savedBefore);
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: most random tables have something to fill.
    expect(filledRuns).toBeGreaterThan(RUNS / 3);
  }, 240_000);

  test('a table with blank 期待値 gets them filled (the property above is not vacuous)', async () => {
    const blk: Block = { precision: 1, format: '0.0', baseline: 10, target: 40, expected: [10, null, null, 25, null, null, 40], expectedFormats: ['0.0', '0.0', 'General', '0.0', '0.0', '0.0', '0.0'], actual: [10, 12, null, null, null] };
    const wb = await tableWorkbook([blk, { ...blk, expected: [1, 2, 3, 4, 5, 6, 7] }]);
    const changes = proposeFill(analyzeWorkbook(await wb.readSnapshot()), { overwriteMismatches: false });
    expect(changes.map((c) => [c.cell, c.toText])).toEqual([
      ['E39', '15.0'],
      ['F39', '20.0'],
      ['H39', '30.0'],
      ['I39', '35.0'],
    ]);
    // F39 had no number format: it gets its neighbours', and the undo takes it away again.
    expect(changes.find((c) => c.cell === 'F39')?.numberFormat).toBe('0.0');
  });
});
