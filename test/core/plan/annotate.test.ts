import { FINDINGS_SHEET, planAnnotate, SEVERITY_FILL } from '../../../src/core/plan';
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

  it('marks each flagged cell once: the worst severity’s fill and one note with every finding in ja and en', () => {
    const cellOps = plan.ops.filter((o) => o.op !== 'put-sheet');
    expect(cellOps).toEqual([
      { op: 'set-fill', sheet: '9-2', cell: 'H39', color: SEVERITY_FILL.error },
      { op: 'set-note', sheet: '9-2', cell: 'H39', text: 'Evalsheet\n[警告/warning] expected-mismatch\n期待値が違います\nExpected value differs\n\n[エラー/error] value-not-numeric\n数値ではありません\nNot a number' },
      { op: 'set-fill', sheet: '9-2', cell: 'G122', color: SEVERITY_FILL.info },
      { op: 'set-note', sheet: '9-2', cell: 'G122', text: 'Evalsheet\n[情報/info] sudden-change\n急変\nSudden change' },
    ]);
    expect(plan.title.ja).toBe('指摘の書き込み（2 セル、3 件）');
  });

  it('never writes a value', () => {
    expect(plan.ops.some((o) => o.op === 'set-value')).toBe(false);
  });

  it('writes an owned findings sheet: one row per finding, a link to its cell, severity colours, print setup', () => {
    const spec = sheetOp(plan.ops);
    expect(spec.name).toBe(FINDINGS_SHEET);
    expect(spec.owner).toBe('evalsheet');
    expect(spec.headerRows).toBe(1);
    expect(spec.rows).toHaveLength(4);
    expect(spec.rows.slice(1).map((r) => r.map((c) => c.value))).toEqual([
      ['9-2', 'H39', 'warning', 'expected-mismatch', '期待値が違います', 'Expected value differs', 'H39 ← 61'],
      ['9-2', 'H39', 'error', 'value-not-numeric', '数値ではありません', 'Not a number', ''],
      ['9-2', 'G122', 'info', 'sudden-change', '急変', 'Sudden change', ''],
    ]);
    expect(spec.rows[1][1].link).toEqual({ sheet: '9-2', cell: 'H39' });
    expect(spec.conditionalFills).toEqual([
      { range: 'C2:C4', equals: 'error', fill: SEVERITY_FILL.error },
      { range: 'C2:C4', equals: 'warning', fill: SEVERITY_FILL.warning },
      { range: 'C2:C4', equals: 'info', fill: SEVERITY_FILL.info },
    ]);
    expect(spec.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true });
    expect(spec.freezeRows).toBe(1);
  });

  it('with no findings, marks nothing and still writes the (empty) findings sheet, replacing an older one', () => {
    const empty = planAnnotate(analysis(indicator([]), []));
    expect(empty.ops.map((o) => o.op)).toEqual(['put-sheet']);
    expect(sheetOp(empty.ops).rows).toHaveLength(1);
  });
});
