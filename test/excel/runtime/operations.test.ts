/**
 * Every adapter operation on Microsoft's Excel client runtime, at each ExcelApi level the host
 * claims: check, fill, flags, charts, summary, select, undo. The assertions are on the in-memory
 * workbook (cells, notes or comments, charts), on the number of syncs and on request sizes.
 */
import { analyzeWorkbook, planAnnotate, planCharts, planFill, planSummary, proposeFill, FINDINGS_SHEET, SUMMARY_SHEET } from '../../../src/core';
import type { EditOp } from '../../../src/core/plan/types';
import { ExcelPort } from '../../../src/excel/excel-port';
import { officeHost } from '../../../src/excel/host';
import { seedSnapshot } from '../../support/seed-tsv';
import { LEVELS, loadRuntime, RUNTIME_FILES, type Platform } from './host';
import { Workbook } from './workbook';

const seed = seedSnapshot('kitakami', '9-2');
/** The seed with the numbers of two 期待値 rows blanked, so fill has work to do. */
const kitakami = (() => {
  const values = seed.values.map((r) => [...r]);
  const rows = values.map((r, i) => (r.some((v) => typeof v === 'string' && v.startsWith('期待値')) ? i : -1)).filter((i) => i >= 0).slice(0, 2);
  for (const r of rows) {
    const nums = values[r].map((v, c) => (typeof v === 'number' ? c : -1)).filter((c) => c >= 0);
    for (const c of nums.slice(1, 3)) values[r][c] = null;
  }
  return { ...seed, values };
})();

const book = (names = ['9-2']) =>
  new Workbook(
    names.map((name) => ({ name, values: kitakami.values, formats: kitakami.formats })),
    { name: '北上市.xlsx' },
  );

const at = (level: string) => Number(level.split('.')[1]);

describe.each(LEVELS)('ExcelApi %s (Excel on the web runtime)', (level) => {
  test('check reads the sheet as placed in 3 syncs (sheets, sizes, one batch of cells)', async () => {
    const h = loadRuntime(book(), { excelApi: level });
    const snap = await new ExcelPort(officeHost()).readSnapshot();
    expect(h.batches()).toBe(3);
    expect(snap.sheets.map((s) => s.name)).toEqual(['9-2']);
    const sheet = snap.sheets[0];
    // The used range (values only) starts at the first filled cell; placed back, it is the seed.
    const placed = kitakami.values.map((row, r) => row.map((_, c) => sheet.values[r - sheet.origin.row]?.[c - sheet.origin.col] ?? null));
    expect(placed).toEqual(kitakami.values);
    expect(sheet.formats.flat().filter((f) => f !== 'General').length).toBe(kitakami.formats.flat().filter((f) => f !== 'General').length);
    expect(snap.name).toBe(at(level) >= 7 ? '北上市.xlsx' : 'Workbook');
    expect(h.syncs.every((s) => s.error === undefined)).toBe(true);
  });

  test('fill writes every proposed value in 3 syncs; undo puts the sheet back', async () => {
    const h = loadRuntime(book(), { excelApi: level });
    const port = new ExcelPort(officeHost());
    const before = await port.readSnapshot();
    const changes = proposeFill(analyzeWorkbook(before), { overwriteMismatches: true });
    expect(changes.length).toBeGreaterThan(0);
    const plan = planFill(changes);
    h.reset();
    const r = await port.applyPlan(plan);
    expect(h.batches()).toBe(3);
    expect(r.skipped).toEqual([]);
    for (const op of plan.ops as Extract<EditOp, { op: 'set-value' }>[]) expect(h.wb.cell('9-2', op.cell)?.value).toBe(op.value);
    h.reset();
    await port.applyPlan(r.undo);
    expect(h.batches()).toBe(3);
    expect(await port.readSnapshot()).toEqual(before);
  });

  test('flags mark each flagged cell (fill and a note or comment where the level has one), write the findings sheet, and undo removes them', async () => {
    const h = loadRuntime(book(), { excelApi: level });
    const port = new ExcelPort(officeHost());
    const before = await port.readSnapshot();
    const plan = planAnnotate(analyzeWorkbook(before));
    const fills = plan.ops.filter((o): o is Extract<EditOp, { op: 'set-fill' }> => o.op === 'set-fill');
    expect(fills.length).toBeGreaterThan(0);
    h.reset();
    const r = await port.applyPlan(plan);
    expect(h.batches()).toBe(3);
    for (const f of fills) expect(h.wb.cell('9-2', f.cell)?.fill).toBe(`#${f.color}`);
    const notes = plan.ops.filter((o): o is Extract<EditOp, { op: 'set-note' }> => o.op === 'set-note');
    // The npm office.js has no Notes API: threaded comments carry the text from ExcelApi 1.10.
    const texts = notes.map((n) => h.wb.commentAt('9-2', n.cell)?.content ?? h.wb.sheet('9-2')?.notes.get(n.cell) ?? null);
    if (at(level) >= 10) expect(texts).toEqual(notes.map((n) => n.text));
    else expect(texts.every((t) => t === null)).toBe(true);
    expect(r.skipped.map((s) => s.reason)).toEqual(at(level) >= 10 ? [] : notes.map(() => 'unsupported'));
    expect(h.wb.sheet(FINDINGS_SHEET)?.names.has('Evalsheet_owned')).toBe(true);
    expect(h.wb.valuesOf(FINDINGS_SHEET).length).toBeGreaterThan(1);
    await port.applyPlan(r.undo);
    expect(h.wb.sheet(FINDINGS_SHEET)).toBeUndefined();
    for (const f of fills) expect(h.wb.cell('9-2', f.cell)?.fill).toBeUndefined();
    expect(h.wb.comments).toEqual([]);
    expect(await port.readSnapshot()).toEqual(before);
  });

  test('charts are drawn bound to cells from ExcelApi 1.7, skipped below; undo removes them', async () => {
    const h = loadRuntime(book(), { excelApi: level });
    const port = new ExcelPort(officeHost());
    const plan = planCharts(analyzeWorkbook(await port.readSnapshot()), { placement: 'beside' });
    const adds = plan.ops.filter((o): o is Extract<EditOp, { op: 'add-chart' }> => o.op === 'add-chart');
    expect(adds.length).toBeGreaterThan(0);
    h.reset();
    const r = await port.applyPlan(plan);
    // Below 1.7 nothing is left to write: the third sync is not made.
    expect(h.batches()).toBe(at(level) >= 7 ? 3 : 2);
    const charts = h.wb.sheets.flatMap((s) => s.charts.map((c) => c.name));
    if (at(level) >= 7) {
      expect(charts.sort()).toEqual(adds.map((a) => a.chart.id).sort());
      const first = h.wb.sheets.flatMap((s) => s.charts)[0];
      expect(first.bag.props.DisplayBlanksAs).toBe(at(level) >= 8 ? 'NotPlotted' : undefined);
      expect(first.source).toMatch(/!/);
      // The evaluated year's point on the actual series: a square, labelled 「評価年度」 where the label text can be set (1.8).
      const spec = adds.find((a) => a.chart.id === first.name)!.chart;
      expect(spec.evaluatedIndex).not.toBeNull();
      const point = first.bag.children.Series?.children['GetItemAt(0)']?.children.Points?.children[`GetItemAt(${spec.evaluatedIndex})`];
      expect(point?.props.MarkerStyle).toBe('Square');
      expect(point?.children.DataLabel?.props.Text).toBe(at(level) >= 8 ? '評価年度' : undefined);
      // The unit upright from ExcelApi 1.12 (ChartAxisTitle.textOrientation), never asked below.
      const unit = first.bag.children.Axes?.children.ValueAxis?.children.Title?.props ?? {};
      expect(unit.TextOrientation).toBe(at(level) >= 12 ? 0 : undefined);
    } else {
      expect(charts).toEqual([]);
      expect(r.skipped.filter((s) => s.op.op === 'add-chart').map((s) => s.reason)).toEqual(adds.map(() => 'unsupported'));
    }
    await port.applyPlan(r.undo);
    expect(h.wb.sheets.flatMap((s) => s.charts)).toEqual([]);
  });

  test('summary writes its sheet with text kept as text, and undo deletes it', async () => {
    const h = loadRuntime(book(), { excelApi: level });
    const port = new ExcelPort(officeHost());
    const plan = planSummary([{ file: null, analysis: analyzeWorkbook(await port.readSnapshot()) }], { generatedAt: null });
    h.reset();
    const r = await port.applyPlan(plan);
    expect(h.batches()).toBe(3);
    const rows = h.wb.valuesOf(SUMMARY_SHEET);
    // The sheet name 「9-2」 is a row of the summary, written as text (Excel would make it 2 September).
    expect(rows.some((row) => row.includes('9-2'))).toBe(true);
    expect(rows[0][0]).toBe('令和5年度 施策評価 結果一覧');
    // The policy merged over its rows (Range.merge, ExcelApi 1.2), as the spec says.
    const spec = plan.ops.find((o) => o.op === 'put-sheet' && o.spec.name === SUMMARY_SHEET);
    const merges = spec && spec.op === 'put-sheet' ? spec.spec.merges ?? [] : [];
    expect(merges.length).toBeGreaterThan(0);
    expect(h.wb.sheet(SUMMARY_SHEET)!.merges).toHaveLength(merges.length);
    // Page numbers in the footer where the page layout API is (ExcelApi 1.9); below it, not asked (no ApiNotFound).
    const hf = h.server.sheetBag(h.wb.sheet(SUMMARY_SHEET)!).children.PageLayout?.children.HeadersFooters?.children.DefaultForAllPages?.props ?? {};
    expect(hf.CenterFooter ?? hf.centerFooter ?? null).toBe(at(level) >= 9 ? '&P / &N ページ' : null);
    expect(r.skipped.map((x) => x.op.op)).toEqual(at(level) >= 7 ? [] : ['add-chart']);
    await port.applyPlan(r.undo);
    expect(h.wb.sheet(SUMMARY_SHEET)).toBeUndefined();
  });

  test('select activates the sheet and selects the cell in 2 syncs', async () => {
    const h = loadRuntime(book(['1-1', '9-2']), { excelApi: level });
    await new ExcelPort(officeHost()).selectCell('9-2', 'H43');
    expect(h.batches()).toBe(2);
    expect(h.wb.selection).toEqual({ sheet: '9-2', address: 'H43' });
    await expect(new ExcelPort(officeHost()).selectCell('nope', 'A1')).rejects.toThrow('シート「nope」が見つかりません');
  });

  test('settings are saved with the workbook', async () => {
    const h = loadRuntime(book(), { excelApi: level });
    const port = new ExcelPort(officeHost());
    await port.writeSettings({ preset: 'abc' } as never);
    expect(h.settings.get('evalsheet.settings')).toEqual({ preset: 'abc' });
    expect(await port.readSettings()).toEqual({ preset: 'abc' });
  });
});

describe.each(Object.keys(RUNTIME_FILES) as Platform[])('the %s runtime', (platform) => {
  test('check, flags and undo run the same on it at ExcelApi 1.18', async () => {
    const h = loadRuntime(book(), { excelApi: '1.18', platform });
    const port = new ExcelPort(officeHost());
    const before = await port.readSnapshot();
    const r = await port.applyPlan(planAnnotate(analyzeWorkbook(before)));
    expect(r.skipped).toEqual([]);
    await port.applyPlan(r.undo);
    expect(await port.readSnapshot()).toEqual(before);
    expect(h.batches()).toBe(3 + 3 + 3 + 3);
  });
});

test('a sheet of 3000 cells is written whole: the runtime cuts the write into 1500-cell slices itself', async () => {
  const h = loadRuntime(new Workbook([{ name: 'S', values: [[1]] }]), { excelApi: '1.18' });
  const rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 30 }, (_, c) => ({ value: c === 0 ? `${r + 1}-2` : r * 30 + c })));
  const r = await new ExcelPort(officeHost()).applyPlan({ title: { ja: 'x', en: 'x' }, ops: [{ op: 'put-sheet', spec: { name: 'Big', owner: 'evalsheet', rows, headerRows: 1 } }] });
  expect(r.skipped).toEqual([]);
  const validations = h.syncs.flatMap((s) => s.body.Actions.filter((a) => a.Name === '_ValidateArraySize'));
  expect(validations.length).toBe(2); // numberFormat and values
  expect(h.wb.valuesOf('Big', 'A1:C2')).toEqual([['1-2', 1, 2], ['2-2', 31, 32]]);
  expect(h.wb.valuesOf('Big', 'A100:B100')).toEqual([['100-2', 2971]]);
});
