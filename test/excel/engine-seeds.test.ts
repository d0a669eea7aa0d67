/**
 * The adapter with the real engine on a seed sheet (Kitakami, indicator blocks): check, fill,
 * mark flags and draw charts on a mocked workbook, counting round trips.
 */
import { analyzeWorkbook, planAnnotate, planCharts, planFill, proposeFill } from '../../src/core';
import type { EditOp } from '../../src/core/plan/types';
import { ExcelPort } from '../../src/excel/excel-port';
import { seedSnapshot } from '../support/seed-tsv';
import { mockExcel, sheetFromSnapshot } from './mock-workbook';

const seed = seedSnapshot('kitakami', '9-2');
/** The seed with the numbers of two 期待値 rows blanked, as a department might hand it in. */
const kitakami = (() => {
  const values = seed.values.map((r) => [...r]);
  const rows = values.map((r, i) => (r.some((v) => typeof v === 'string' && v.startsWith('期待値')) ? i : -1)).filter((i) => i >= 0).slice(0, 2);
  for (const r of rows) {
    const nums = values[r].map((v, c) => (typeof v === 'number' ? c : -1)).filter((c) => c >= 0);
    for (const c of nums.slice(1, 3)) values[r][c] = null;
  }
  return { ...seed, values };
})();

function workbook(copies: number) {
  return mockExcel(
    Array.from({ length: copies }, (_, i) => sheetFromSnapshot(kitakami, copies === 1 ? '9-2' : `9-${i + 2}`)),
    { excelApi: '1.18', name: '北上市.xlsx' },
  );
}

test('the snapshot read through Office.js is the seed as placed', async () => {
  const snap = await new ExcelPort(workbook(1).host).readSnapshot();
  expect(snap.sheets[0].values).toEqual(kitakami.values);
  expect(snap.sheets[0].formats).toEqual(kitakami.formats);
});

test('check and fill: every proposed change is written, in 3 + 3 syncs, and undo puts the sheet back', async () => {
  const m = workbook(1);
  const port = new ExcelPort(m.host);
  const before = await port.readSnapshot();
  expect(m.syncs()).toBe(3);
  const changes = proposeFill(analyzeWorkbook(before), { overwriteMismatches: true });
  expect(changes.length).toBeGreaterThan(0);
  const fill = planFill(changes);
  m.resetCounts();
  const r = await port.applyPlan(fill);
  expect(m.syncs()).toBe(3);
  expect(r.skipped).toEqual([]);
  expect(r.applied).toBe(fill.ops.length);
  const written = m.log.filter((e) => e.kind === 'set' && e.path.endsWith('.values')).map((e) => [e.path.replace(/^sheet\[9-2\]\.getRange\((\w+)\)\.values$/, '$1'), (e.value as unknown[][])[0][0]]);
  expect(written).toEqual(fill.ops.map((o) => [(o as Extract<EditOp, { op: 'set-value' }>).cell, (o as Extract<EditOp, { op: 'set-value' }>).value]));
  await port.applyPlan(r.undo);
  expect(await port.readSnapshot()).toEqual(before);
});

test('60 sheets: check, fill, flags and charts each take the same syncs as one sheet', async () => {
  const counts = async (copies: number) => {
    const m = workbook(copies);
    const port = new ExcelPort(m.host);
    const out: Record<string, number> = {};
    const snap = await port.readSnapshot();
    out.check = m.syncs();
    const a = analyzeWorkbook(snap);
    for (const [name, plan] of [
      ['fill', planFill(proposeFill(a, { overwriteMismatches: true }))],
      ['flags', planAnnotate(a)],
      ['charts', planCharts(a, { placement: 'beside' })],
    ] as const) {
      m.resetCounts();
      const r = await port.applyPlan(plan);
      expect({ name, skipped: r.skipped.filter((s) => s.reason !== 'missing-sheet') }).toEqual({ name, skipped: [] });
      out[name] = m.syncs();
    }
    return out;
  };
  const one = await counts(1);
  const sixty = await counts(60);
  expect(one).toEqual({ check: 3, fill: 3, flags: 3, charts: 3 });
  expect(sixty).toEqual(one);
});
