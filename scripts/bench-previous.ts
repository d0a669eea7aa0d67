/**
 * The matching of last year's workbook (issue 12), measured: 50 sheets of one template (Kitakami
 * 9-2, each under its own 基本施策 and items) against last year's 50, pooled as `--previous <folder>`
 * pools them. Prints the matching alone and the whole analysis with and without last year.
 *
 *   npx tsx scripts/bench-previous.ts
 */
import { analyzeWorkbook } from '../src/core/analyze';
import { matchSheets, preparePrevious } from '../src/core/previous';
import { readSheet } from '../src/core/read';
import type { SheetSnapshot, WorkbookSnapshot } from '../src/core/snapshot/types';
import { seedSnapshot } from '../test/support/seed-tsv';

const N = 50;

/** Sheet i: the seed with its 基本施策 and item titles made its own (a city's fifty policies). */
function sheetOf(i: number, year: 'now' | 'last'): SheetSnapshot {
  const s = seedSnapshot('kitakami', `${Math.floor(i / 5) + 1}-${(i % 5) + 1}`);
  const values = s.values.map((r) => [...r]);
  values[5][1] = `${Math.floor(i / 5) + 1}-${(i % 5) + 1}.施策その${i}の推進`;
  for (const r of [25, 27, 29]) values[r][3] = `施策${i}の取組${r}`;
  if (year === 'last') values[37][7] = null; // R5 not yet written
  return { ...s, values };
}

function time<T>(f: () => T, runs = 20): { ms: number; value: T } {
  let value = f();
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < runs; k++) value = f();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6 / runs, value };
}

const now: WorkbookSnapshot = { name: 'r5.xlsx', sheets: Array.from({ length: N }, (_, i) => sheetOf(i, 'now')) };
// Last year's sheets in reverse order, so no pairing is found by position.
const last: WorkbookSnapshot = { name: 'r4.xlsx', sheets: Array.from({ length: N }, (_, i) => sheetOf(N - 1 - i, 'last')) };
const previous = preparePrevious(last);
const models = now.sheets.map((s) => readSheet(s));
const m = time(() => matchSheets(models, previous));
const right = [...m.value].filter(([name, x]) => x !== null && x.previous.model.sheet === name).length;
const without = time(() => analyzeWorkbook(now), 5);
const withPrev = time(() => analyzeWorkbook(now, {}, { previous }), 5);
const prep = time(() => preparePrevious(last), 5);
process.stdout.write(
  `${N} sheets against ${previous.length}: matching ${m.ms.toFixed(1)} ms (${right}/${N} paired with their own); ` +
    `reading last year's ${prep.ms.toFixed(1)} ms; analysis ${without.ms.toFixed(1)} ms without, ${withPrev.ms.toFixed(1)} ms with last year\n`,
);
