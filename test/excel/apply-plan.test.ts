import type { EditOp, EditPlan } from '../../src/core/plan/types';
import { ExcelWriteError } from '../../src/excel/apply-plan';
import { ExcelPort } from '../../src/excel/excel-port';
import { manySheets, mockExcel, type MockSheet } from './mock-workbook';

const title = { ja: '期待値の補完', en: 'Fill expected values' };
const plan = (ops: EditOp[]): EditPlan => ({ title, ops });

function kitakami(extra: Partial<MockSheet> = {}): MockSheet {
  return {
    name: '9-2',
    values: [
      ['成果指標', null, 'R1 (現状値)', 'R2', 'R3', 'R4', 'R5'],
      ['①', '実績値', 43, 45.5, 50, 55, 58],
      [null, '期待値', 43, 47.5, null, 60, null],
    ],
    formats: [
      ['General', 'General', 'General', 'General', 'General', 'General', 'General'],
      ['General', 'General', '0.0', '0.0', '0.0', '0.0', '0.0'],
      ['General', 'General', '0.0', '0.0', 'General', '0.0', 'General'],
    ],
    ...extra,
  };
}

const fillE3: EditOp = { op: 'set-value', sheet: '9-2', cell: 'E3', value: 52, expect: null, numberFormat: '0.0' };
const fillF3: EditOp = { op: 'set-value', sheet: '9-2', cell: 'F3', value: 56.5, expect: 60, numberFormat: '0.0' };
/** Reads cells through the strict mock, as Excel would report them. */
async function readCells(m: ReturnType<typeof mockExcel>, cells: string[]): Promise<[unknown, unknown][]> {
  return m.host.run(async (context) => {
    const ws = context.workbook.worksheets.getItemOrNullObject('9-2');
    const ranges = cells.map((c) => ws.getRange(c).load('values,numberFormat'));
    await context.sync();
    return ranges.map((r) => [r.values[0][0] === '' ? null : r.values[0][0], r.numberFormat[0][0]]);
  });
}

const sets = (log: { kind: string; path: string; value?: unknown }[], suffix: string) => log.filter((e) => e.kind === 'set' && e.path.endsWith(suffix)).map((e) => [e.path, e.value]);

describe('applyPlan: values', () => {
  test('writes values and number formats, and the undo plan holds what was there', async () => {
    const m = mockExcel([kitakami()], { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([fillE3, fillF3]));
    expect(r.applied).toBe(2);
    expect(r.skipped).toEqual([]);
    expect(sets(m.log, '.values')).toEqual([
      ['sheet[9-2].getRange(E3).values', [[52]]],
      ['sheet[9-2].getRange(F3).values', [[56.5]]],
    ]);
    // E3 was "General": it gets the sheet's precision; F3 already had it and is left alone.
    expect(sets(m.log, '.numberFormat')).toEqual([['sheet[9-2].getRange(E3).numberFormat', [['0.0']]]]);
    expect(r.undo.title.en).toBe('Undo: Fill expected values');
    expect(r.undo.ops).toEqual([
      { op: 'set-value', sheet: '9-2', cell: 'F3', value: 60, expect: 56.5, numberFormat: '0.0' },
      { op: 'set-value', sheet: '9-2', cell: 'E3', value: null, expect: 52, numberFormat: 'General' },
    ]);
  });

  test('compare-and-set: a cell changed since the check is skipped, the others are written', async () => {
    const m = mockExcel([kitakami()], { excelApi: '1.18' });
    const stale: EditOp = { ...fillF3, expect: 61 };
    const r = await new ExcelPort(m.host).applyPlan(plan([fillE3, stale]));
    expect(r.applied).toBe(1);
    expect(r.skipped).toEqual([{ op: stale, reason: 'changed-since-check', detail: '9-2!F3 now holds 60, expected 61' }]);
    expect(sets(m.log, '.values').map(([p]) => p)).toEqual(['sheet[9-2].getRange(E3).values']);
  });

  test('a formula cell is never overwritten', async () => {
    const m = mockExcel([kitakami({ formulas: { F3: '=C3+(C1-C3)*0.5' } })], { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([fillF3]));
    expect(r.applied).toBe(0);
    expect(r.skipped[0]).toMatchObject({ reason: 'unsupported', detail: expect.stringContaining('formula') });
    expect(sets(m.log, '.values')).toEqual([]);
  });

  test('undo restores exactly what was there, values and formats', async () => {
    const m = mockExcel([kitakami()], { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const before = await port.readSnapshot();
    const done = await port.applyPlan(plan([fillE3, fillF3]));
    const mid = await readCells(m, ['E3', 'F3']);
    expect(mid).toEqual([
      [52, '0.0'],
      [56.5, '0.0'],
    ]);
    const undone = await port.applyPlan(done.undo);
    expect(undone.applied).toBe(2);
    expect(await readCells(m, ['E3', 'F3'])).toEqual([
      [before.sheets[0].values[2][4], before.sheets[0].formats[2][4]],
      [before.sheets[0].values[2][5], before.sheets[0].formats[2][5]],
    ]);
    expect(await readCells(m, ['E3', 'F3'])).toEqual([
      [null, 'General'],
      [60, '0.0'],
    ]);
  });

  test('a missing sheet is a skip, not an exception', async () => {
    const m = mockExcel([kitakami()], { excelApi: '1.18' });
    const op: EditOp = { ...fillE3, sheet: 'gone' };
    const r = await new ExcelPort(m.host).applyPlan(plan([op]));
    expect(r).toMatchObject({ applied: 0, skipped: [{ op, reason: 'missing-sheet' }] });
  });
});

describe('applyPlan: protected sheets', () => {
  test('nothing is written when any target sheet is protected, and the message names it', async () => {
    const m = mockExcel([kitakami(), { name: '9-3', values: [['x']], protected: true }], { excelApi: '1.18' });
    const other: EditOp = { op: 'set-fill', sheet: '9-3', cell: 'A1', color: 'FFC7CE' };
    const r = await new ExcelPort(m.host).applyPlan(plan([fillE3, other]));
    expect(r.applied).toBe(0);
    expect(r.skipped.map((s) => s.reason)).toEqual(['protected', 'protected']);
    expect(r.skipped[0].detail).toContain('「9-3」');
    expect(r.skipped[0].detail).toContain('"9-3" is protected');
    expect(r.undo.ops).toEqual([]);
    expect(m.log.filter((e) => e.kind === 'set')).toEqual([]);
    expect(m.syncs()).toBe(2); // stopped before the write sync
  });

  test('a protected sheet the plan does not touch does not block it', async () => {
    const m = mockExcel([kitakami(), { name: 'locked', values: [['x']], protected: true }], { excelApi: '1.18' });
    const r = await new ExcelPort(m.host).applyPlan(plan([fillE3]));
    expect(r.applied).toBe(1);
  });
});

describe('applyPlan: fills and notes', () => {
  test('fills: sets and clears, and undo gives back the user\'s own fill or none', async () => {
    const m = mockExcel([kitakami({ fills: { D2: '#FFFF00' } })], { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const r = await port.applyPlan(
      plan([
        { op: 'set-fill', sheet: '9-2', cell: 'D2', color: 'FFC7CE' },
        { op: 'set-fill', sheet: '9-2', cell: 'E2', color: 'FFC7CE' },
      ]),
    );
    expect(sets(m.log, '.color')).toEqual([
      ['sheet[9-2].getRange(D2).format.fill.color', '#FFC7CE'],
      ['sheet[9-2].getRange(E2).format.fill.color', '#FFC7CE'],
    ]);
    expect(r.undo.ops).toEqual([
      { op: 'set-fill', sheet: '9-2', cell: 'E2', color: null },
      { op: 'set-fill', sheet: '9-2', cell: 'D2', color: 'FFFF00' },
    ]);
    await port.applyPlan(r.undo);
    expect(m.cell('9-2', 'D2').format.fill.color).toBe('#FFFF00');
    expect(m.cell('9-2', 'E2').format.fill.pattern).toBe('None');
  });

  test('notes (ExcelApi 1.18): ours added, or appended to a person\'s note; undo leaves theirs exactly', async () => {
    const m = mockExcel([kitakami({ notes: { D2: '利用者のメモ' } })], { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const r = await port.applyPlan(
      plan([
        { op: 'set-note', sheet: '9-2', cell: 'D2', text: 'Evalsheet\n評価と数値が合いません' },
        { op: 'set-note', sheet: '9-2', cell: 'E2', text: 'Evalsheet\n期待値が空です' },
      ]),
    );
    expect(r.applied).toBe(2);
    expect(m.log.filter((e) => e.path === 'sheet[9-2].notes.add')).toEqual([{ kind: 'call', path: 'sheet[9-2].notes.add', args: ['"E2"', '"Evalsheet\\n期待値が空です"'] }]);
    expect(m.sheet('9-2').noteItems.D2.content).toBe('利用者のメモ\n\nEvalsheet\n評価と数値が合いません');
    expect(r.undo.ops).toEqual([
      { op: 'set-note', sheet: '9-2', cell: 'E2', text: null },
      { op: 'set-note', sheet: '9-2', cell: 'D2', text: '利用者のメモ' },
    ]);
    await port.applyPlan(r.undo);
    expect(m.sheet('9-2').noteItems.D2.content).toBe('利用者のメモ');
    expect(m.sheet('9-2').noteItems.E2.isNullObject).toBe(true);
  });

  test('without notes (ExcelApi 1.10–1.17) a threaded comment carries the text', async () => {
    const m = mockExcel([kitakami()], { excelApi: '1.12', comments: { "'9-2'!D2": '既存のコメント' } });
    const r = await new ExcelPort(m.host).applyPlan(
      plan([
        { op: 'set-note', sheet: '9-2', cell: 'D2', text: '評価と数値が合いません' },
        { op: 'set-note', sheet: '9-2', cell: 'E2', text: '期待値が空です' },
      ]),
    );
    expect(r.applied).toBe(2);
    expect(m.log.some((e) => e.path.includes('notes'))).toBe(false);
    expect(sets(m.log, '.content')).toEqual([["comment['9-2'!D2].content", '評価と数値が合いません']]);
    expect(m.log.filter((e) => e.path === 'context.workbook.comments.add').map((e) => e.args)).toEqual([['"\'9-2\'!E2"', '"期待値が空です"']]);
    expect(r.undo.ops).toEqual([
      { op: 'set-note', sheet: '9-2', cell: 'E2', text: null },
      { op: 'set-note', sheet: '9-2', cell: 'D2', text: '既存のコメント' },
    ]);
  });

  test('with neither notes nor comments the op is skipped as unsupported, other ops still apply', async () => {
    const m = mockExcel([kitakami()], { excelApi: '1.9' });
    const note: EditOp = { op: 'set-note', sheet: '9-2', cell: 'D2', text: 'x' };
    const r = await new ExcelPort(m.host).applyPlan(plan([note, fillE3]));
    expect(r.applied).toBe(1);
    expect(r.skipped).toEqual([{ op: note, reason: 'unsupported', detail: expect.stringContaining('ExcelApi 1.18') }]);
  });
});

describe('applyPlan: Excel refuses the batch', () => {
  test('the error says so in ja and en and carries the undo plan', async () => {
    const m = mockExcel([kitakami()], { excelApi: '1.18' });
    const run = m.host.run;
    // The third sync (the writes) fails, as Excel does for e.g. a sheet protected meanwhile.
    m.host.run = (batch) =>
      run(async (context) => {
        let n = 0;
        const sync = context.sync.bind(context);
        const failing = new Proxy(context, { get: (t, p) => (p === 'sync' ? async () => (++n === 3 ? Promise.reject(new Error('AccessDenied')) : sync()) : Reflect.get(t, p)) });
        return batch(failing);
      });
    const err = await new ExcelPort(m.host).applyPlan(plan([fillE3])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelWriteError);
    expect((err as ExcelWriteError).message).toContain('Excel did not accept the changes (AccessDenied)');
    expect((err as ExcelWriteError).undo.ops).toEqual([{ op: 'set-value', sheet: '9-2', cell: 'E3', value: null, expect: 52, numberFormat: 'General' }]);
  });
});

describe('applyPlan: round trips', () => {
  test('filling one cell on each of 60 sheets takes as many syncs as on one sheet (3)', async () => {
    const ops = (n: number): EditOp[] => Array.from({ length: n }, (_, i) => ({ op: 'set-value', sheet: `${i + 1}-1`, cell: 'E3', value: 52, expect: 52 }));
    const one = mockExcel(manySheets(1), { excelApi: '1.18' });
    const sixty = mockExcel(manySheets(60), { excelApi: '1.18' });
    const a = await new ExcelPort(one.host).applyPlan(plan(ops(1)));
    const b = await new ExcelPort(sixty.host).applyPlan(plan(ops(60)));
    expect([a.applied, b.applied]).toEqual([1, 60]);
    expect(one.syncs()).toBe(3);
    expect(sixty.syncs()).toBe(one.syncs());
  });
});
