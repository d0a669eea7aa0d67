import { analyzeWorkbook, planCharts, planFill, proposeFill } from '../../src/core';
import { valueAt } from '../../src/core/snapshot/lookup';
import { DirectWorkbook } from '../../src/xlsx/direct-workbook';
import { readDirect } from '../../src/xlsx/read/index';
import { XlsxWorkbook } from '../../src/xlsx/workbook';
import { fixtureBytes } from '../support/fixtures';

/**
 * The standalone pane's workbook (src/xlsx/direct-workbook.ts): opened and checked with the direct
 * reader, ExcelJS loaded only at the first write; the same findings, fills, charts and download as
 * the ExcelJS adapter gives.
 */

function counted() {
  let loads = 0;
  const load = async (bytes: Uint8Array, name: string) => {
    loads++;
    return XlsxWorkbook.open(bytes, name);
  };
  return { load, loads: () => loads };
}

describe('DirectWorkbook', () => {
  const bytes = fixtureBytes('kitakami-9-2.xlsx');

  test('checking reads the sparse snapshot, the same findings as the ExcelJS adapter, without loading it', async () => {
    const w = counted();
    const wb = DirectWorkbook.open(bytes, 'kitakami-9-2.xlsx', w.load);
    const snap = await wb.readSnapshot();
    expect(snap.sheets[0].cells).toBeDefined();
    await wb.readSettings();
    await wb.selectCell('9-2', 'E45');
    const viaExcelJS = await (await XlsxWorkbook.open(bytes, 'kitakami-9-2.xlsx')).readSnapshot();
    const f = (s: typeof snap) => analyzeWorkbook(s).findings.map((x) => `${x.rule} ${x.cell}`);
    expect(f(snap)).toEqual(f(viaExcelJS));
    expect(f(snap).length).toBeGreaterThan(0);
    expect([w.loads(), wb.writing]).toEqual([0, false]);
    // Nothing written: the download is the input's own bytes.
    expect(await wb.toBytes()).toBe(bytes);
  });

  test('the first write loads the ExcelJS adapter once; later reads see what was written; the download is the patched package', async () => {
    const w = counted();
    const wb = DirectWorkbook.open(bytes, 'kitakami-9-2.xlsx', w.load);
    const changes = proposeFill(analyzeWorkbook(await wb.readSnapshot()), { overwriteMismatches: false });
    expect(changes.map((c) => c.cell)).toEqual(['E45', 'F45', 'G45', 'H45', 'I45']);
    const r = await wb.applyPlan(planFill(changes));
    expect(r.applied).toBe(5);
    await wb.writeSettings({ preset: 'default' });
    expect([w.loads(), wb.writing]).toEqual([1, true]);
    const after = await wb.readSnapshot();
    expect(valueAt(after.sheets[0], 44, 4)).toBe(changes[0].to);
    expect(await wb.readSettings()).toMatchObject({ preset: 'default' });
    const saved = readDirect(await wb.toBytes(), 'out.xlsx');
    expect(valueAt(saved.snapshot.sheets[0], 44, 4)).toBe(changes[0].to);
    expect(saved.settings).toMatchObject({ preset: 'default' });
  });

  test('charts beside their blocks are placed the same from the sparse snapshot as from the dense one', async () => {
    // A person's note in N38, right of block ①: the chart goes right of it, not over it.
    const edited = await XlsxWorkbook.open(bytes, 'k.xlsx');
    await edited.applyPlan({ title: { ja: 'メモ', en: 'note' }, ops: [{ op: 'set-value', sheet: '9-2', cell: 'N38', value: '担当者メモ', expect: null }] });
    const withNote = await edited.toBytes();
    const sparse = await DirectWorkbook.open(withNote, 'k.xlsx').readSnapshot();
    const dense = await (await XlsxWorkbook.open(withNote, 'k.xlsx')).readSnapshot();
    expect(dense.sheets[0].cells).toBeUndefined();
    const anchors = (s: typeof sparse) =>
      planCharts(analyzeWorkbook(s), { placement: 'beside', snapshot: s }).ops.flatMap((o) => (o.op === 'add-chart' ? [o.chart.anchor.cell] : []));
    const fromSparse = anchors(sparse);
    expect(fromSparse.length).toBeGreaterThan(0);
    expect(fromSparse).toEqual(anchors(dense));
    // Right of the used cells (N holds the note in block ①'s rows), one column apart: column P.
    expect(fromSparse[0]).toMatch(/^P\d+$/);
  });

  test('valueAt reads either form', async () => {
    const sparse = (await DirectWorkbook.open(bytes, 'k.xlsx').readSnapshot()).sheets[0];
    const dense = (await (await XlsxWorkbook.open(bytes, 'k.xlsx')).readSnapshot()).sheets[0];
    for (const [r, c] of [[37, 3], [38, 9], [0, 0], [500, 500], [2, 0]]) expect(valueAt(sparse, r, c)).toEqual(valueAt(dense, r, c));
    expect(valueAt(sparse, 38, 9)).toBe(70);
  });
});
