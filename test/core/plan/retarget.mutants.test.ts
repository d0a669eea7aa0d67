import { runOps, runOpsAsync } from '../../../src/core/plan/run-ops';
import { retargetOp } from '../../../src/core/plan/retarget';
import { isCandidateOf } from '../../../src/core/plan/sheet-names';
import type { ChartSpec, EditOp, EditPlan } from '../../../src/core/plan/types';

const S = '評価サマリー';
const renames = new Map([[S, `${S} (2)`]]);
const series = (sheet: string, range: string) => ({ name: range, ref: { sheet, range }, values: [1], color: '000000', marker: false, dashed: false, line: false });
const chart = (sheet: string, cats: string, ser: string[]): ChartSpec => ({
  id: 'c', kind: 'grade-distribution', type: 'column', sheet, anchor: { cell: 'A10', widthPx: 560, heightPx: 300 }, title: 't',
  categories: { labels: ['p'], ref: { sheet: cats, range: 'A8' } }, series: ser.map((s, i) => series(s, `B${i}`)), valueAxisTitle: null, targetIndex: null,
});
const added = (op: EditOp) => (op as Extract<EditOp, { op: 'add-chart' }>).chart;

describe('retargetOp on a renamed owned sheet', () => {
  it('a chart on another sheet whose categories alone are on the renamed sheet follows them', () => {
    const c = added(retargetOp({ op: 'add-chart', chart: chart('9-2', S, ['9-2']) }, renames));
    expect([c.sheet, c.categories.ref?.sheet, c.series[0].ref?.sheet]).toEqual(['9-2', `${S} (2)`, '9-2']);
  });

  it('a chart placed on the renamed sheet whose ranges are all elsewhere moves with the sheet', () => {
    const c = added(retargetOp({ op: 'add-chart', chart: chart(S, '9-2', ['9-2']) }, renames));
    expect([c.sheet, c.categories.ref?.sheet, c.series[0].ref?.sheet]).toEqual([`${S} (2)`, '9-2', '9-2']);
  });

  it('a chart whose second series alone is on the renamed sheet follows it', () => {
    const c = added(retargetOp({ op: 'add-chart', chart: chart('9-2', '9-2', ['9-2', S]) }, renames));
    expect(c.series.map((s) => s.ref?.sheet)).toEqual(['9-2', `${S} (2)`]);
  });

  it('a generated sheet with a link on its second row follows; one with no such link is returned as it is', () => {
    const put: EditOp = { op: 'put-sheet', spec: { name: '目次', owner: 'evalsheet', headerRows: 0, rows: [[{ value: 'x' }], [{ value: 'a', link: { sheet: S, cell: 'A1' } }]] } };
    const out = retargetOp(put, renames) as Extract<EditOp, { op: 'put-sheet' }>;
    expect(out.spec.rows[1][0].link).toEqual({ sheet: `${S} (2)`, cell: 'A1' });
    const plain: EditOp = { op: 'put-sheet', spec: { name: '目次', owner: 'evalsheet', headerRows: 0, rows: [[{ value: 'a', link: { sheet: '9-2', cell: 'A1' } }]] } };
    expect(retargetOp(plain, renames)).toBe(plain);
  });

  it('a chart removal on the renamed sheet follows it', () => {
    expect(retargetOp({ op: 'delete-chart', sheet: S, id: 'c' }, renames)).toEqual({ op: 'delete-chart', sheet: `${S} (2)`, id: 'c' });
  });
});

describe('runOps', () => {
  const plan: EditPlan = {
    title: { ja: '計画', en: 'Plan' },
    ops: [
      { op: 'put-sheet', spec: { name: S, owner: 'evalsheet', headerRows: 0, rows: [] } },
      { op: 'set-fill', sheet: '9-2', cell: 'A1', color: 'FFFFFF' },
      { op: 'set-fill', sheet: '9-2', cell: 'A2', color: 'FFFFFF' },
      { op: 'delete-chart', sheet: S, id: 'c' },
    ],
  };
  const undoOf = (op: EditOp): EditOp[] => (op.op === 'set-fill' ? [{ ...op, color: '000000' }] : []);
  const apply = (seen: EditOp[]) => (op: EditOp) => {
    seen.push(op);
    if (op.op === 'set-fill' && op.cell === 'A2') return { skip: 'changed' as never, detail: 'A2 changed' };
    if (op.op === 'put-sheet') return { undo: [{ op: 'delete-sheet', sheet: `${S} (2)` } as EditOp], renamed: { from: S, to: `${S} (2)` } };
    return { undo: undoOf(op) };
  };
  const expectResult = (r: ReturnType<typeof runOps>, seen: EditOp[]) => {
    expect(r.applied).toBe(3);
    expect(r.skipped).toEqual([{ op: plan.ops[2], reason: 'changed', detail: 'A2 changed' }]);
    expect(r.undo.title).toEqual({ ja: '元に戻す: 計画', en: 'Undo: Plan' });
    // Undo in reverse order: the fill is undone before the sheet is removed.
    expect(r.undo.ops).toEqual([{ op: 'set-fill', sheet: '9-2', cell: 'A1', color: '000000' }, { op: 'delete-sheet', sheet: `${S} (2)` }]);
    expect(seen[3]).toEqual({ op: 'delete-chart', sheet: `${S} (2)`, id: 'c' });
  };

  it('counts applied ops, lists skipped ones with their reason, undoes in reverse order and retargets after a rename', () => {
    const seen: EditOp[] = [];
    expectResult(runOps(plan, apply(seen)), seen);
  });

  it('does the same when the adapter waits between ops', async () => {
    const seen: EditOp[] = [];
    const f = apply(seen);
    expectResult(await runOpsAsync(plan, async (op) => f(op)), seen);
  });
});

describe('isCandidateOf', () => {
  it('knows the ninth candidate name and not the tenth', () => {
    expect(isCandidateOf(`${S} (9)`, S)).toBe(true);
    expect(isCandidateOf(`${S} (10)`, S)).toBe(false);
  });
});
