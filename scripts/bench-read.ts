/**
 * Reading time per sheet: the generic table reader (after the seed readers, as `readSheet` runs)
 * beside a baseline in the same run, the seed readers alone on the same sheets. Sheets: generated
 * indicator tables of 500, 1,000 and 5,000 rows (a name merged over 目標 / 実績 rows, years across
 * H27…R6, a 達成率 row per indicator), a 5,000-row collection workbook (one row per project), the
 * five seeds, and the corpus of real sheets (test/fixtures/real/*.xlsx) when it is there. Figures
 * only, nothing asserted: time per row should stay flat as sheets grow (reading is linear).
 *
 *   npx tsx scripts/bench-read.ts [--json]
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { readSheet } from '../src/core/read';
import type { CellValue, SheetSnapshot } from '../src/core/snapshot/types';
import { readXlsx } from '../src/xlsx';
import { seedSnapshot } from '../test/support/seed-tsv';

const YEARS = ['27年度', '28年度', '29年度', '30年度', '元年度', '2年度', '3年度', '4年度', '5年度', '6年度'];

function snapshot(name: string, rows: CellValue[][], merges: SheetSnapshot['merges'] = []): SheetSnapshot {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...new Array(width - r.length).fill(null)] as CellValue[]);
  return { name, origin: { row: 0, col: 0 }, values, formats: values.map((r) => r.map(() => 'General')), merges };
}

/** An indicator table of about `rows` rows: 3 rows per indicator (目標, 実績, 達成率). */
function indicatorTable(rows: number): SheetSnapshot {
  const out: CellValue[][] = [['成果指標', '単位', '区分', ...YEARS]];
  const merges: NonNullable<SheetSnapshot['merges']> = [];
  for (let i = 0; out.length < rows; i++) {
    const r = out.length;
    out.push([`市民講座${i + 1}の参加者数`, '人', '目標', ...YEARS.map((_, k) => 100 + 10 * k)]);
    out.push([null, null, '実績', ...YEARS.map((_, k) => (k < 8 ? 95 + 11 * k + (i % 7) : null))]);
    out.push([null, null, '達成率', ...YEARS.map((_, k) => (k < 8 ? `${95 + k}%` : null))]);
    merges.push({ top: r, left: 0, bottom: r + 2, right: 0 }, { top: r, left: 1, bottom: r + 2, right: 1 });
  }
  return snapshot(`table-${rows}`, out, merges);
}

/** A collection workbook: one row per project, a 年度 column, indicator name, target and actual. */
function collection(rows: number): SheetSnapshot {
  const out: CellValue[][] = [['年度', '事業名', '担当課', '成果指標名', '単位', '目標値', '実績値', '達成率']];
  for (let i = 1; i < rows; i++) out.push(['令和5年度', `事業${i}`, `課${i % 20}`, `相談${i}の件数`, '件', 100 + (i % 50), 90 + (i % 60), `${90 + (i % 10)}%`]);
  return snapshot(`collection-${rows}`, out);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(sheet: SheetSnapshot, generic: boolean): number {
  const runs = sheet.values.length > 2000 ? 5 : 15;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    readSheet(sheet, { generic });
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

async function corpus(): Promise<SheetSnapshot[]> {
  const dir = path.join(__dirname, '..', 'test', 'fixtures', 'real');
  if (!fs.existsSync(dir)) return [];
  const out: SheetSnapshot[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.xlsx')).sort()) {
    const w = await readXlsx(new Uint8Array(fs.readFileSync(path.join(dir, f))), f);
    out.push(...w.sheets.map((s) => ({ ...s, name: `${f}!${s.name}` })));
  }
  return out;
}

async function main(): Promise<void> {
  const sheets: { group: string; sheet: SheetSnapshot }[] = [
    ...[500, 1000, 5000].map((n) => ({ group: 'generated', sheet: indicatorTable(n) })),
    { group: 'generated', sheet: collection(5000) },
    ...(['kitakami', 'ichinoseki', 'niigata', 'shinjo', 'nasushiobara'] as const).map((s) => ({ group: 'seeds', sheet: seedSnapshot(s, s) })),
    ...(await corpus()).map((sheet) => ({ group: 'corpus', sheet })),
  ];
  const rows = sheets.map(({ group, sheet }) => {
    const full = time(sheet, true);
    const seedsOnly = time(sheet, false);
    const model = readSheet(sheet);
    return { group, sheet: sheet.name, rows: sheet.values.length, ms: full, seedReadersMs: seedsOnly, usPerRow: (1000 * full) / Math.max(1, sheet.values.length), indicators: model.indicators.length, kind: model.kind };
  });
  const groups = ['seeds', 'corpus'].map((g) => {
    const list = rows.filter((r) => r.group === g);
    return { group: g, sheets: list.length, medianMs: list.length ? median(list.map((r) => r.ms)) : null, medianSeedReadersMs: list.length ? median(list.map((r) => r.seedReadersMs)) : null };
  });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ rows, groups }, null, 2));
    return;
  }
  console.log('Reading one sheet (readSheet, median of runs): all readers vs the seed readers alone');
  console.log('sheet                                    rows   all (ms)  seed readers (ms)  µs/row  indicators');
  for (const r of rows) {
    console.log(`${r.sheet.slice(0, 40).padEnd(40)} ${String(r.rows).padStart(5)} ${r.ms.toFixed(2).padStart(10)} ${r.seedReadersMs.toFixed(2).padStart(18)} ${r.usPerRow.toFixed(1).padStart(7)} ${String(r.indicators).padStart(11)}`);
  }
  for (const g of groups) if (g.sheets > 0) console.log(`${g.group}: ${g.sheets} sheets, median ${g.medianMs!.toFixed(2)} ms per sheet (seed readers alone ${g.medianSeedReadersMs!.toFixed(2)} ms)`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
