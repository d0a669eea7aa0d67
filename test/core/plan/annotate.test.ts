import { FINDINGS_SHEET, planAnnotate, SEVERITY_FILL } from '../../../src/core/plan';
import { LINE_PT } from '../../../src/core/summary/layout';
import type { EditOp, SheetSpec } from '../../../src/core/plan/types';
import { analysis, finding, indicator } from './helpers';

const f1 = finding({ rule: 'expected-mismatch', cell: 'H39', severity: 'warning', message: { ja: '期待値が違います', en: 'Expected value differs' }, fix: { cell: 'H39', value: 61 } });
const f2 = finding({ rule: 'value-not-numeric', cell: 'H39', severity: 'error', message: { ja: '数値ではありません', en: 'Not a number' } });
const f3 = finding({ rule: 'sudden-change', cell: 'G122', severity: 'info', message: { ja: '急変', en: 'Sudden change' } });

function sheetOp(ops: EditOp[]): SheetSpec {
  const put = ops.find((o) => o.op === 'put-sheet');
  if (!put || put.op !== 'put-sheet') throw new Error('no put-sheet');
  return put.spec;
}

describe('planAnnotate', () => {
  const plan = planAnnotate(analysis(indicator([]), [f1, f2, f3]));

  it('marks each flagged cell once: the worst severity’s fill and one note with every finding, in Japanese only by default', () => {
    const cellOps = plan.ops.filter((o) => o.op !== 'put-sheet');
    expect(cellOps).toEqual([
      { op: 'set-fill', sheet: '9-2', cell: 'H39', color: SEVERITY_FILL.error },
      { op: 'set-note', sheet: '9-2', cell: 'H39', text: 'Evalsheet\n[警告] 期待値が計算値と異なる\n期待値が違います\n修正：H39 に 61 を記入\n\n[エラー] 数値として読めない値\n数値ではありません' },
      { op: 'set-fill', sheet: '9-2', cell: 'G122', color: SEVERITY_FILL.info },
      { op: 'set-note', sheet: '9-2', cell: 'G122', text: 'Evalsheet\n[情報] 実績値の急な変化\n急変' },
    ]);
    expect(plan.title.ja).toBe('指摘の書き込み（2 セル、3 件）');
  });

  it('never writes a value', () => {
    expect(plan.ops.some((o) => o.op === 'set-value')).toBe(false);
  });

  it('writes an owned findings sheet in Japanese only: severities in words, rule names, 対応, the fix in words, a link to its cell', () => {
    const spec = sheetOp(plan.ops);
    expect(spec.name).toBe(FINDINGS_SHEET);
    expect(spec.owner).toBe('evalsheet');
    expect(spec.headerRows).toBe(1);
    expect(spec.rows[0].map((c) => c.value)).toEqual(['シート', 'セル', '区分', '指摘', '内容', '対応', '修正']);
    expect(spec.rows).toHaveLength(4);
    expect(spec.rows.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[4], r[6]].map((c) => c.value))).toEqual([
      ['9-2', 'H39', '警告', '期待値が計算値と異なる', '期待値が違います', 'H39 に 61 を記入'],
      ['9-2', 'H39', 'エラー', '数値として読めない値', '数値ではありません', ''],
      ['9-2', 'G122', '情報', '実績値の急な変化', '急変', ''],
    ]);
    expect(String(spec.rows[1][5].value)).toMatch(/。$/);
    // no English anywhere on the Japanese sheet, and no arrow convention of its own
    for (const row of spec.rows) for (const c of row) expect(String(c.value ?? '')).not.toMatch(/[←→]|warning|error|Expected/);
    expect(spec.rows[1][1].link).toEqual({ sheet: '9-2', cell: 'H39' });
    expect(spec.conditionalFills).toEqual([
      { range: 'C2:C4', equals: 'エラー', fill: SEVERITY_FILL.error },
      { range: 'C2:C4', equals: '警告', fill: SEVERITY_FILL.warning },
      { range: 'C2:C4', equals: '情報', fill: SEVERITY_FILL.info },
    ]);
    expect(spec.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true });
    expect(spec.freezeRows).toBe(1);
  });

  it('in English (--lang en, an English Office): the same sheet and notes with no Japanese of its own', () => {
    const en = planAnnotate(analysis(indicator([]), [f1, f2, f3]), { lang: 'en' });
    const spec = sheetOp(en.ops);
    expect(spec.rows[0].map((c) => c.value)).toEqual(['Sheet', 'Cell', 'Severity', 'Rule', 'Message', 'To do', 'Fix']);
    expect(spec.rows[1].map((c) => c.value)).toEqual(['9-2', 'H39', 'Warning', 'Expected value differs', 'Expected value differs', expect.stringMatching(/^Replace it/), 'Write 61 in H39']);
    expect(spec.conditionalFills!.map((c) => c.equals)).toEqual(['Error', 'Warning', 'Info']);
    const note = en.ops.find((o) => o.op === 'set-note' && o.cell === 'G122');
    expect(note).toEqual({ op: 'set-note', sheet: '9-2', cell: 'G122', text: 'Evalsheet\n[Info] Sudden change\nSudden change' });
  });

  it('rows as tall as their wrapped text: a long message gets the lines it wraps to, a one-line row the default', () => {
    const long = finding({ rule: 'sudden-change', cell: 'G9', severity: 'info', message: { ja: 'あ'.repeat(100), en: 'x' } });
    const spec = sheetOp(planAnnotate(analysis(indicator([]), [f3, long])).ops);
    const widthOf = (col: number) => spec.columnWidths![col];
    // 100 full-width characters in the 内容 column: 200 display units over (width − 1) a line
    const lines = Math.ceil(200 / Math.floor(widthOf(4) - 1));
    expect(lines).toBeGreaterThan(3);
    expect(spec.rowHeights![2]).toBeGreaterThanOrEqual(lines * LINE_PT);
    // the short finding's row still fits its 対応 (one or two lines), never the long row's height
    expect(spec.rowHeights![1] ?? LINE_PT).toBeLessThan(spec.rowHeights![2]!);
    expect(spec.rowHeights).toHaveLength(spec.rows.length);
  });

  it('with no findings, marks nothing and still writes the (empty) findings sheet, replacing an older one', () => {
    const empty = planAnnotate(analysis(indicator([]), []));
    expect(empty.ops.map((o) => o.op)).toEqual(['put-sheet']);
    expect(sheetOp(empty.ops).rows).toHaveLength(1);
  });
});
