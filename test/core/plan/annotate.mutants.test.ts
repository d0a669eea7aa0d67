import { FINDINGS_SHEET, planAnnotate, SEVERITY_FILL } from '../../../src/core/plan';
import type { EditOp, SheetSpec } from '../../../src/core/plan/types';
import { analysis, finding, indicator } from './helpers';

const err = finding({ rule: 'value-not-numeric', cell: 'H39', severity: 'error', message: { ja: '数値ではありません', en: 'Not a number' } });
const warn = finding({ rule: 'expected-mismatch', cell: 'H39', severity: 'warning', message: { ja: '期待値が違います', en: 'Expected value differs' }, fix: { cell: 'H39', value: 61 } });
const spec = (ops: EditOp[]): SheetSpec => (ops.find((o) => o.op === 'put-sheet') as Extract<EditOp, { op: 'put-sheet' }>).spec;

describe('planAnnotate (mutants)', () => {
  it('an error listed before a warning on the same cell still gives the error fill', () => {
    const plan = planAnnotate(analysis(indicator([]), [err, warn]));
    expect(plan.ops[0]).toEqual({ op: 'set-fill', sheet: '9-2', cell: 'H39', color: SEVERITY_FILL.error });
    expect(plan.title).toEqual({ ja: '指摘の書き込み（1 セル、2 件）', en: 'Annotate findings (1 cells, 2 findings)' });
  });

  it('the note of a finding with a fix ends with the fix in words', () => {
    const note = planAnnotate(analysis(indicator([]), [warn]), { lang: 'en' }).ops.find((o) => o.op === 'set-note') as Extract<EditOp, { op: 'set-note' }>;
    expect((note.text ?? '').split('\n').pop()).toBe('Fix: Write 61 in H39');
  });

  it('the findings sheet: bold grey header, cell column left-aligned and linked, red tab, landscape A4 fitted, header repeated', () => {
    const s = spec(planAnnotate(analysis(indicator([]), [warn])).ops);
    expect(s.name).toBe(FINDINGS_SHEET);
    expect(s.rows[0][0].style).toEqual({ bold: true, fill: 'D9D9D9', wrap: true });
    expect(s.rows[1][1]).toEqual({ value: 'H39', link: { sheet: '9-2', cell: 'H39' }, style: { wrap: true, horizontal: 'left' } });
    expect(s.rows[1][6]).toEqual({ value: 'H39 に 61 を記入', style: { wrap: true, horizontal: 'left' } });
    expect(s.rows[1][5].value).not.toBe('');
    // a finding with no fix leaves the fix column empty
    expect(spec(planAnnotate(analysis(indicator([]), [err])).ops).rows[1][6].value).toBe('');
    expect(s.tabColor).toBe('C00000');
    expect(s.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatHeaderRows: true });
  });

  it('with no findings the severity colouring still covers row 2 (C2:C2), never an inverted range', () => {
    const s = spec(planAnnotate(analysis(indicator([]), [])).ops);
    expect(s.conditionalFills!.map((c) => c.range)).toEqual(['C2:C2', 'C2:C2', 'C2:C2']);
    const three = spec(planAnnotate(analysis(indicator([]), [err, warn, { ...warn, cell: 'A1' }])).ops);
    expect(three.conditionalFills![0].range).toBe('C2:C4');
  });
});
