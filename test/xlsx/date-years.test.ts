import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeWorkbook, type WorkbookSnapshot } from '../../src/core';
import { readXlsx } from '../../src/xlsx';
import { readDirect } from '../../src/xlsx/read/index';
import { FIXTURE_DIR, fixtureBytes } from '../support/fixtures';

/**
 * Year headers typed as dates (issue 8), from a real .xlsx built by scripts/build-fixtures.ts
 * (date-years.xlsx: the Kitakami sheet with three blocks' R2–R7 headers as dates in three number
 * formats, and a generic 目標 / 実績 table with 「令和3年度」… shown by a date format beside its twin
 * with text headers), and the same file as LibreOffice writes it. Each must read as its text twin.
 */

function loConverted(): Uint8Array {
  const out = path.join(FIXTURE_DIR, '..', 'lo-fixtures', 'date-years-lo.xlsx');
  const src = path.join(FIXTURE_DIR, 'date-years.xlsx');
  fixtureBytes('date-years.xlsx'); // builds the fixtures when stale
  if (!fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(src).mtimeMs) {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-xlsx-'));
    try {
      fs.copyFileSync(src, path.join(work, 'in.xlsx'));
      execFileSync('soffice', [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(work, 'out'), path.join(work, 'in.xlsx')], { stdio: 'ignore', timeout: 120_000 });
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.copyFileSync(path.join(work, 'out', 'in.xlsx'), out);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  return new Uint8Array(fs.readFileSync(out));
}

const findings = (w: WorkbookSnapshot, sheet: string) =>
  analyzeWorkbook(w)
    .findings.filter((f) => f.sheet === sheet)
    .map((f) => `${f.rule} ${f.cell} ${f.message.en}`);

const sheetModel = (w: WorkbookSnapshot, sheet: string) => analyzeWorkbook(w).sheets.find((s) => s.model.sheet === sheet)!.model;

const sources: [string, () => Promise<WorkbookSnapshot>][] = [
  ['direct reader', async () => readDirect(fixtureBytes('date-years.xlsx'), 'date-years.xlsx').snapshot],
  ['ExcelJS (the standalone pane)', async () => readXlsx(fixtureBytes('date-years.xlsx'), 'date-years.xlsx')],
  ['written by LibreOffice', async () => readDirect(loConverted(), 'date-years.xlsx').snapshot],
];

const textTwin = readDirect(fixtureBytes('kitakami.xlsx'), 'kitakami.xlsx').snapshot;

describe.each(sources)('year headers typed as dates (%s)', (_, load) => {
  let w: WorkbookSnapshot;
  beforeAll(async () => {
    w = await load();
  }, 120_000);

  test('the Kitakami sheet gives exactly the findings of its text-header original', () => {
    const original = findings(textTwin, '9-2');
    expect(original.length).toBeGreaterThan(0);
    expect(findings(w, '9-2')).toEqual(original);
  });

  test('every block reads FY2019–FY2025; the labels are what the cells show', () => {
    const model = sheetModel(w, '9-2');
    const twin = sheetModel(textTwin, '9-2');
    expect(model.indicators.map((i) => i.years.map((y) => y.year))).toEqual(twin.indicators.map((i) => i.years.map((y) => y.year)));
    // C holds 「R1 (現状値)」 as text (a date cannot say 現状値); D–I are the dates.
    const [first, second, third] = model.indicators.map((i) => ({ years: i.years.slice(1) }));
    expect(model.indicators[0].years[0]).toMatchObject({ year: 2019, label: 'R1 (現状値)' });
    expect(first.years.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(first.years.map((y) => y.label)).toEqual(['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
    // Days within each fiscal year, March 31 of the next calendar year among them.
    expect(second.years.map((y) => [y.label, y.year])).toEqual([
      ['2020/10/1', 2020],
      ['2022/3/31', 2021],
      ['2022/10/1', 2022],
      ['2024/3/31', 2023],
      ['2024/10/1', 2024],
      ['2026/3/31', 2025],
    ]);
    expect(third.years.map((y) => y.label)).toEqual(['2020年度', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度']);
    expect(model.indicators.map((i) => [i.baseline?.year, i.target?.year])).toEqual(twin.indicators.map((i) => [i.baseline?.year, i.target?.year]));
  });

  test('a generic 目標 / 実績 table with date headers reads as its text twin', () => {
    const dated = sheetModel(w, '成果指標');
    const text = sheetModel(w, '成果指標（文字）');
    expect(dated.layouts).toEqual(['generic-table']);
    expect(dated.indicators.map((i) => i.years.map((y) => [y.year, y.label]))).toEqual(text.indicators.map((i) => i.years.map((y) => [y.year, y.label])));
    expect(dated.indicators[0].years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(findings(w, '成果指標')).toEqual(findings(w, '成果指標（文字）'));
    expect(findings(w, '成果指標')).toEqual([expect.stringMatching(/^actual-missing F7 /)]);
  });
});
