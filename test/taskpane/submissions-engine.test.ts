/**
 * The pane's real engine reads submitted workbooks with the .xlsx reader (loaded on demand) under
 * each workbook's saved settings, and plans the three sheets from them: the same plan as the
 * command line's for the same files.
 */
import { planSubmissions, ROLLUP_SHEET, STATUS_SHEET, SUMMARY_SHEET } from '../../src/core';
import { defaultEngine } from '../../src/taskpane/state/engine-default';
import { seedWorkbook } from '../render/seed-workbook';

const submitted = (name: string, bytes: Uint8Array) => ({ name, lastModified: Date.UTC(2025, 5, 1, 1, 0), bytes: async () => bytes });

test('a readable workbook is analysed, a broken one comes back with the reason; the plan writes the three sheets', async () => {
  const kitakami = await defaultEngine.readSubmission(submitted('北上.xlsx', await seedWorkbook([{ seed: 'kitakami', name: '9-2' }])));
  const broken = await defaultEngine.readSubmission(submitted('壊れ.xlsx', new Uint8Array([1, 2, 3])));
  expect(kitakami.analysis?.sheets.map((s) => s.model.sheet)).toEqual(['9-2']);
  expect(kitakami.modified?.toISOString()).toBe('2025-06-01T01:00:00.000Z');
  expect(broken.analysis).toBeNull();
  expect(broken.error?.ja).toMatch(/^「壊れ\.xlsx」を読めません（.+）。Excel で開いて \.xlsx で保存し直し、もう一度追加してください。$/);
  const plan = await defaultEngine.planSubmissions([kitakami, broken]);
  expect(plan.ops.flatMap((o) => (o.op === 'put-sheet' ? [o.spec.name] : []))).toEqual([STATUS_SHEET, SUMMARY_SHEET, ROLLUP_SHEET]);
  // The same sheets as the engine gives the command line (the date aside).
  const same = planSubmissions([kitakami, broken], { generatedAt: new Date() });
  const rows = (p: typeof plan, name: string) => (p.ops.find((o) => o.op === 'put-sheet' && o.spec.name === name) as { spec: { rows: unknown[][] } }).spec.rows.slice(2);
  expect(rows(plan, ROLLUP_SHEET)).toEqual(rows(same, ROLLUP_SHEET));
  expect(rows(plan, STATUS_SHEET)).toEqual(rows(same, STATUS_SHEET));
});
