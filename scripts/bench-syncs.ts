/**
 * context.sync() round trips of the Excel adapter for check (read the workbook) and for fill,
 * flags and charts (apply the engine's plans) on a mocked workbook of 1 and of 60 copies of the
 * Kitakami seed sheet. Budget: constant in the number of sheets, at most 3.
 *
 *   npx tsx scripts/bench-syncs.ts [--json]
 *
 * Counts come from the same strict office-addin-mock harness as test/excel (a read before
 * load+sync would fail); they are round trips, not timings.
 */
import Module from 'module';
import * as path from 'path';

// office-addin-mock requires office-addin-manifest only for an enum; the real package does not load
// on Node 20 (see jest.config.js), so the script resolves it to the same stub the tests use.
const STUB = path.join(__dirname, '..', 'test', 'support', 'office-addin-manifest-stub.js');
const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const original = resolver._resolveFilename;
resolver._resolveFilename = (request: string, ...rest: unknown[]) => (request === 'office-addin-manifest' ? STUB : original.call(Module, request, ...rest));

const BUDGET = 3;

async function main(): Promise<void> {
  const { analyzeWorkbook, planAnnotate, planCharts, planFill, proposeFill } = await import('../src/core');
  const { ExcelPort } = await import('../src/excel/excel-port');
  const { seedSnapshot } = await import('../test/support/seed-tsv');
  const { mockExcel, sheetFromSnapshot } = await import('../test/excel/mock-workbook');

  const seed = seedSnapshot('kitakami', '9-2');
  // Blank the middle of each 期待値 row so fill has cells to write.
  const values = seed.values.map((row) => (row.some((v) => typeof v === 'string' && v.startsWith('期待値')) ? row.map((v, c) => (typeof v === 'number' && c > 4 && c < 7 ? null : v)) : [...row]));

  const measure = async (copies: number) => {
    const m = mockExcel(Array.from({ length: copies }, (_, i) => sheetFromSnapshot({ ...seed, values }, `9-${i + 2}`)), { excelApi: '1.18' });
    const port = new ExcelPort(m.host);
    const snap = await port.readSnapshot();
    const counts: Record<string, number> = { check: m.syncs() };
    const analysis = analyzeWorkbook(snap);
    const plans = {
      fill: planFill(proposeFill(analysis, { overwriteMismatches: false })),
      flags: planAnnotate(analysis),
      charts: planCharts(analysis, { placement: 'beside' }),
    };
    const ops: Record<string, number> = {};
    for (const [name, plan] of Object.entries(plans)) {
      m.resetCounts();
      await port.applyPlan(plan);
      counts[name] = m.syncs();
      ops[name] = plan.ops.length;
    }
    return { sheets: copies, syncs: counts, ops };
  };

  const rows = [await measure(1), await measure(60)];
  const constant = JSON.stringify(rows[0].syncs) === JSON.stringify(rows[1].syncs);
  const withinBudget = rows.every((r) => Object.values(r.syncs).every((n) => n <= BUDGET));
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ budget: BUDGET, constant, withinBudget, rows }, null, 2));
  } else {
    console.log('context.sync() calls (mocked Excel, ExcelApi 1.18)');
    console.log('sheets  check  fill  flags  charts   (ops: fill / flags / charts)');
    for (const r of rows) {
      const s = r.syncs;
      console.log(`${String(r.sheets).padStart(6)}  ${String(s.check).padStart(5)}  ${String(s.fill).padStart(4)}  ${String(s.flags).padStart(5)}  ${String(s.charts).padStart(6)}   (${r.ops.fill} / ${r.ops.flags} / ${r.ops.charts})`);
    }
    console.log(`budget: at most ${BUDGET}, constant in the number of sheets — ${constant && withinBudget ? 'met' : 'NOT met'}`);
  }
  if (!constant || !withinBudget) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
