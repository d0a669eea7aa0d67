/**
 * Issue 9's defects, each shown on Microsoft's Excel client runtime with the stand-in host
 * (each of these failed before its fix; docs/office-runtime-tests.md).
 */
import { analyzeWorkbook, planAnnotate, planFill, proposeFill } from '../../../src/core';
import { planSummary, SUMMARY_SHEET } from '../../../src/core/summary';
import type { EditOp, EditPlan } from '../../../src/core/plan/types';
import type { CellValue } from '../../../src/core/snapshot/types';
import { ExcelWriteError } from '../../../src/excel/apply-plan';
import { ExcelPort } from '../../../src/excel/excel-port';
import { officeHost } from '../../../src/excel/host';
import { partialUndo } from '../../../src/taskpane/state/session';
import { seedSnapshot } from '../../support/seed-tsv';
import { loadRuntime, WEB_PAYLOAD_LIMIT } from './host';
import { HostError } from './server';
import { Workbook } from './workbook';

const seed = seedSnapshot('kitakami', '9-2');
const plan = (ops: EditOp[]): EditPlan => ({ title: { ja: 'テスト', en: 'Test' }, ops });
const port = () => new ExcelPort(officeHost());

test('(2) a host claiming ExcelApi 1.18 with the npm office.js (no Notes API): flags fall back to threaded comments', async () => {
  const h = loadRuntime(new Workbook([{ name: '9-2', values: seed.values, formats: seed.formats }]), { excelApi: '1.18' });
  expect(typeof (h.window.Excel as Record<string, unknown>).NoteCollection).toBe('undefined');
  const p = port();
  expect(p.features.notes).toBe(false);
  const r = await p.applyPlan(planAnnotate(analyzeWorkbook(await p.readSnapshot())));
  expect(r.skipped).toEqual([]);
  expect(h.wb.comments.length).toBeGreaterThan(0);
  expect(h.wb.comments.every((c) => c.content.startsWith('Evalsheet\n'))).toBe(true);
});

/** A sheet of 200 rows × 30 columns as a department fills them: labels, numbers with decimals. */
function bigSheet(name: string): { name: string; values: CellValue[][]; formats: string[][] } {
  const values = Array.from({ length: 200 }, (_, r) => Array.from({ length: 30 }, (_, c) => (c < 3 ? `施策${r + 1}の成果指標（市民活動団体数）` : 1000 + r * 7.5 + c)));
  const formats = values.map((row) => row.map((v) => (typeof v === 'number' ? '#,##0.0' : 'General')));
  return { name, values, formats };
}

test('(3) 60 sheets of 200×30 on Excel on the web: read in batches, each response under 5 MB', async () => {
  const h = loadRuntime(new Workbook(Array.from({ length: 60 }, (_, i) => bigSheet(`${i + 1}-1`))), { excelApi: '1.18' });
  const snap = await port().readSnapshot();
  expect(snap.sheets).toHaveLength(60);
  expect(snap.sheets[59].values[0][3]).toBe(1003);
  expect(h.syncs.filter((s) => s.error)).toEqual([]);
  const biggest = Math.max(...h.syncs.map((s) => s.responseBytes));
  const total = h.syncs.reduce((n, s) => n + s.responseBytes, 0);
  expect(biggest).toBeLessThan(WEB_PAYLOAD_LIMIT / 2);
  // All of it in one response would pass the limit (as the single read did before).
  expect(total).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  expect(h.batches()).toBe(2 + Math.ceil((60 * 6000) / 100_000));
});

test('(3) a summary of 200 sheets on Excel on the web: written in parts, each request under 5 MB; a part refused leaves an undo that deletes the sheet', async () => {
  const sheets = Array.from({ length: 200 }, (_, i) => ({ name: `${i + 1}-2`, values: seed.values, formats: seed.formats }));
  const h = loadRuntime(new Workbook(sheets), { excelApi: '1.18' });
  const p = port();
  const summary = planSummary([{ file: null, analysis: analyzeWorkbook(await p.readSnapshot()) }], { generatedAt: null });
  h.reset();
  const r = await p.applyPlan(summary);
  expect(h.syncs.filter((s) => s.error)).toEqual([]);
  const writes = h.syncs.filter((s) => !s.cleanup).slice(2);
  // In one request the write would pass the limit; in parts, each stays under it (and under the budget's 2.5 MB with margin).
  expect(writes.reduce((n, s) => n + s.requestBytes, 0)).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  expect(writes.length).toBeGreaterThan(1);
  expect(Math.max(...writes.map((s) => s.requestBytes))).toBeLessThan(WEB_PAYLOAD_LIMIT);
  const rows = h.wb.valuesOf(SUMMARY_SHEET);
  expect(rows.filter((row) => row.includes('200-2')).length).toBeGreaterThan(0);
  await p.applyPlan(r.undo);
  expect(h.wb.sheet(SUMMARY_SHEET)).toBeUndefined();

  // The second part refused: what the first part wrote is taken back by the error's undo plan.
  let parts = 0;
  const h2 = loadRuntime(new Workbook(sheets), {
    excelApi: '1.18',
    fault: (a) => (a.type === 4 && a.name === 'Values' && a.kind === 'Range' && ++parts === 2 ? new HostError('GeneralException', 'refused') : undefined),
  });
  const p2 = port();
  const err = await p2.applyPlan(summary).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ExcelWriteError);
  expect(h2.wb.sheet(SUMMARY_SHEET)).toBeDefined();
  await p2.applyPlan(partialUndo(err) as EditPlan);
  expect(h2.wb.sheet(SUMMARY_SHEET)).toBeUndefined();
});

test('(4) a sheet of more than 512 merged areas is read without merges, with a note; the other sheets keep theirs', async () => {
  const grid = Array.from({ length: 600 }, (_, r) => [`項目${r}`, null, 1, null]);
  const merges = Array.from({ length: 600 }, (_, r) => `A${r + 1}:B${r + 1}`);
  const wb = new Workbook([
    { name: '方眼紙', values: grid, merges },
    { name: '9-2', values: [['a', null], ['b', 1]], merges: ['A1:B1'] },
  ]);
  loadRuntime(wb, { excelApi: '1.14' });
  const snap = await port().readSnapshot();
  expect(snap.sheets[0].merges).toBeUndefined();
  expect(snap.sheets[0].values).toHaveLength(600);
  expect(snap.sheets[0].readIssues?.map((i) => i.code)).toEqual(['merges-unread']);
  expect(snap.sheets[0].readIssues?.[0].ja).toContain('512');
  expect(snap.sheets[1].merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  expect(snap.sheets[1].readIssues).toBeUndefined();
});

test('(5) text written into a person\'s cell goes with Excel\'s text prefix and stays text (「9-2」, 「+1件」, 「-」)', async () => {
  const wb = new Workbook([{ name: 'S', values: [[null, null, null]] }]);
  const h = loadRuntime(wb, { excelApi: '1.4' });
  const ops: EditOp[] = ['9-2', '+1件', '-'].map((value, c) => ({ op: 'set-value', sheet: 'S', cell: ['A1', 'B1', 'C1'][c], value, expect: null }));
  h.reset();
  const r = await port().applyPlan(plan(ops));
  expect(r.applied).toBe(3);
  const sets = h.syncs.flatMap((s) => s.body.Actions.filter((a) => a.ActionType === 4 && a.Name === 'Values').map((a) => a.ArgumentInfo?.Arguments?.[0]));
  expect(sets).toEqual([[["'9-2"]], [["'+1件"]], [["'-"]]]);
  expect(wb.valuesOf('S', 'A1:C1')).toEqual([['9-2', '+1件', '-']]);
  expect(wb.cell('S', 'B1')?.formula).toBeUndefined();
});

test('(6) a write Excel refuses part-way keeps the undo plan of what it queued; applied, it puts back what was written', async () => {
  const wb = new Workbook([{ name: 'S', values: [[1, 2]] }]);
  let writes = 0;
  loadRuntime(wb, {
    excelApi: '1.18',
    fault: (a) => (a.type === 4 && a.name === 'Values' && ++writes === 2 ? new HostError('GeneralException', 'refused') : undefined),
  });
  const p = port();
  const err = await p
    .applyPlan(plan([
      { op: 'set-value', sheet: 'S', cell: 'A1', value: 10, expect: 1 },
      { op: 'set-value', sheet: 'S', cell: 'B1', value: 20, expect: 2 },
    ]))
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ExcelWriteError);
  expect(wb.valuesOf('S', 'A1:B1')).toEqual([[10, 2]]); // not a transaction: A1 was written
  const undo = partialUndo(err);
  expect(undo?.ops).toHaveLength(2);
  const r = await p.applyPlan(undo as EditPlan);
  expect(wb.valuesOf('S', 'A1:B1')).toEqual([[1, 2]]);
  expect(r.skipped.map((s) => s.reason)).toEqual(['changed-since-check']); // B1 never changed
});

test('(7) workbook structure protection: flags change nothing at all (no fills before the refused sheet)', async () => {
  const wb = new Workbook([{ name: '9-2', values: seed.values, formats: seed.formats }], { structureProtected: true });
  const h = loadRuntime(wb, { excelApi: '1.18' });
  const p = port();
  const r = await p.applyPlan(planAnnotate(analyzeWorkbook(await p.readSnapshot())));
  expect(r.applied).toBe(0);
  expect(new Set(r.skipped.map((s) => s.reason))).toEqual(new Set(['protected']));
  expect(r.skipped[0].detail).toContain('ブックの保護');
  expect([...(wb.sheet('9-2')?.cells.values() ?? [])].filter((c) => c.fill)).toEqual([]);
  expect(h.syncs.filter((s) => s.error)).toEqual([]);
});

test('(8) a sheet whose used range passes 5 million cells is reported as too large; the others are checked', async () => {
  const wb = new Workbook([
    { name: '巨大', values: [['x']], declaredUsed: 'A1:Z200000' },
    { name: '9-2', values: seed.values, formats: seed.formats },
  ]);
  loadRuntime(wb, { excelApi: '1.18' });
  const snap = await port().readSnapshot();
  expect(snap.sheets.map((s) => s.name)).toEqual(['巨大', '9-2']);
  expect(snap.sheets[0].values).toEqual([]);
  expect(snap.sheets[0].readIssues?.map((i) => i.code)).toEqual(['too-large']);
  expect(snap.sheets[0].readIssues?.[0].ja).toContain('5,200,000 セル');
  expect(snap.sheets[1].values.length).toBeGreaterThan(10);
  // The analysis says it where the pane and the CLI show problems, naming the sheet.
  const a = analyzeWorkbook(snap);
  expect(a.problems?.filter((x) => x.source === 'read').map((x) => [x.sheet, x.subject])).toEqual([['巨大', 'too-large']]);
  expect(a.problems?.[0].message.ja).toContain('不要な行や列を削除してから');
  expect(a.sheets.find((s) => s.model.sheet === '9-2')?.model.kind).toBe('evaluation');
});

test('(9) a colleague\'s threaded comment on a flagged cell is kept: ours is appended, and removing ours leaves theirs', async () => {
  const wb = new Workbook([{ name: 'S', values: [[1]] }], { comments: { 'S!A1': '課長：確認済み' } });
  loadRuntime(wb, { excelApi: '1.14' });
  const p = port();
  const r = await p.applyPlan(plan([{ op: 'set-note', sheet: 'S', cell: 'A1', text: 'Evalsheet\n数値が合いません' }]));
  expect(wb.commentAt('S', 'A1')?.content).toBe('課長：確認済み\n\nEvalsheet\n数値が合いません');
  await p.applyPlan(plan([{ op: 'set-note', sheet: 'S', cell: 'A1', text: null }]));
  expect(wb.commentAt('S', 'A1')?.content).toBe('課長：確認済み');
  await p.applyPlan(r.undo);
  expect(wb.comments.map((c) => c.content)).toEqual(['課長：確認済み']);
});

test('(9) the same for a note (ExcelApi 1.18, where the library has notes): the mock-free host keeps notes by cell', async () => {
  // The npm runtime has no Notes API, so this runs the comment path; notes are covered by the
  // office-addin-mock test "notes (ExcelApi 1.18)".
  const wb = new Workbook([{ name: 'S', values: [[1]] }], { comments: { 'S!A1': '担当：入力中' } });
  loadRuntime(wb, { excelApi: '1.18' });
  await port().applyPlan(plan([{ op: 'set-note', sheet: 'S', cell: 'A1', text: 'Evalsheet\n期待値が空です' }]));
  expect(wb.commentAt('S', 'A1')?.content).toBe('担当：入力中\n\nEvalsheet\n期待値が空です');
});

test('(10) an empty sheet next to evaluation sheets: merged areas are not asked of its null used range', async () => {
  const wb = new Workbook([{ name: '空' }, { name: '9-2', values: [['a', null], ['b', 1]], merges: ['A1:B1'] }]);
  const h = loadRuntime(wb, { excelApi: '1.18' });
  const snap = await port().readSnapshot();
  expect(snap.sheets.map((s) => [s.name, s.values.length, s.merges?.length])).toEqual([['空', 0, 0], ['9-2', 2, 1]]);
  expect(h.syncs.filter((s) => s.error)).toEqual([]);
});

test('(10) a protected sheet takes values in its unlocked cells; a locked target stops the plan before anything is written', async () => {
  // Two 期待値 rows blanked, as in the operations test, so fill has cells to write.
  const values = seed.values.map((r) => [...r]);
  const rows = values.map((r, i) => (r.some((v) => typeof v === 'string' && v.startsWith('期待値')) ? i : -1)).filter((i) => i >= 0).slice(0, 2);
  for (const r of rows) {
    const nums = values[r].map((v, c) => (typeof v === 'number' ? c : -1)).filter((c) => c >= 0);
    for (const c of nums.slice(1, 3)) values[r][c] = null;
  }
  const wb0 = new Workbook([{ name: '9-2', values, formats: seed.formats }]);
  loadRuntime(wb0, { excelApi: '1.18' });
  const changes = proposeFill(analyzeWorkbook(await port().readSnapshot()), { overwriteMismatches: true });
  const fill = planFill(changes);
  const cells = (fill.ops as Extract<EditOp, { op: 'set-value' }>[]).map((o) => o.cell);
  expect(cells.length).toBeGreaterThan(1);

  const open = new Workbook([{ name: '9-2', values, formats: seed.formats, protected: true, unlocked: cells }]);
  loadRuntime(open, { excelApi: '1.18' });
  const r = await port().applyPlan(fill);
  expect(r.skipped).toEqual([]);
  for (const op of fill.ops as Extract<EditOp, { op: 'set-value' }>[]) expect(open.cell('9-2', op.cell)?.value).toBe(op.value);

  const partly = new Workbook([{ name: '9-2', values, formats: seed.formats, protected: true, unlocked: cells.slice(1) }]);
  loadRuntime(partly, { excelApi: '1.18' });
  const r2 = await port().applyPlan(fill);
  expect(r2.applied).toBe(0);
  expect(r2.skipped[0].detail).toContain(`9-2!${cells[0]}`);
  for (const c of cells.slice(1)) expect(partly.cell('9-2', c)?.value).toBe('');
});

test('ApiNotFound: an API above the level the host claims is refused (the guards are what keep the adapter off them)', async () => {
  loadRuntime(new Workbook([{ name: 'S', values: [[1]] }]), { excelApi: '1.4' });
  const err = await officeHost()
    .run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject();
      await context.sync();
    })
    .catch((e: { code?: string }) => e);
  expect((err as { code?: string }).code).toBe('ApiNotFound');
});

test('InvalidRequestContext / InvalidObjectPath: a proxy from one Excel.run used in another is refused by the runtime', async () => {
  loadRuntime(new Workbook([{ name: 'S', values: [[1]] }]), { excelApi: '1.18' });
  let kept: Excel.Range | null = null;
  await officeHost().run(async (context) => {
    kept = context.workbook.worksheets.getItem('S').getRange('A1');
    kept.load('values');
    await context.sync();
  });
  const err = await officeHost()
    .run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('B1').values = (kept as unknown as Excel.Range).values;
      (kept as unknown as Excel.Range).values = [[2]];
      await context.sync();
    })
    .catch((e: { code?: string }) => e);
  expect(['InvalidRequestContext', 'InvalidObjectPath']).toContain((err as { code?: string }).code);
});

test('PropertyNotLoaded: reading what was not loaded throws in the runtime', async () => {
  loadRuntime(new Workbook([{ name: 'S', values: [[1]] }]), { excelApi: '1.18' });
  const err = await officeHost()
    .run(async (context) => {
      const r = context.workbook.worksheets.getItem('S').getRange('A1');
      await context.sync();
      return r.values;
    })
    .catch((e: { code?: string }) => e);
  expect((err as { code?: string }).code).toBe('PropertyNotLoaded');
});
