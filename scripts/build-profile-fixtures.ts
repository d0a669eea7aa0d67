/**
 * Builds the "sixth city" workbooks for layout profiles (docs/layout-profiles.md): a layout the
 * seed readers do not read. Years run DOWN a 年度 column, one block of rows per indicator (its name,
 * unit and grade merged down the block), a 基準（R1） row above the years and a 最終目標（R6） row
 * below them, and the city's own words めやす (plan) / 結果 (actual) as columns, which no reader's
 * lexicon knows (the generic table reader reads the same arrangement under 目標 / 実績):
 *
 *   指標名 (merged)      | 単位 | 年度         | めやす | 結果 | 評価
 *   自主防災組織の結成数 | 団体 | 基準（R1）   |      |  40  |  B
 *                        |      | R2           |  44  |  43  |
 *                        |      | …            |      |      |
 *                        |      | 最終目標（R6）|  60  |      |
 *
 * Four workbooks of that layout, at different positions, with different indicator counts and values
 * (rokugo-d.xlsx is re-written by LibreOffice). Written with write-excel-file, not exceljs (the
 * adapter under test).
 *
 *   npx tsx scripts/build-profile-fixtures.ts <outDir>
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, SheetData } from 'write-excel-file/node';

type V = number | string | null;

export interface SixthIndicator {
  name: string;
  unit: string;
  grade: string;
  baseline: [label: string, value: V];
  /** [year label, 目標, 実績] */
  years: [string, V, V][];
  target: [label: string, value: V];
}

export interface SixthWorkbook {
  file: string;
  /** Rows above the header block, columns left of the table (position varies between workbooks). */
  top: number;
  left: number;
  project: string;
  department: string;
  year: string; // 令和5年度
  indicators: SixthIndicator[];
  /** Written by LibreOffice (converted from write-excel-file's output). */
  libreoffice?: boolean;
}

export const SIXTH: SixthWorkbook[] = [
  {
    file: 'rokugo-a.xlsx',
    top: 0,
    left: 0,
    project: '地域防災力強化事業',
    department: '防災安全課',
    year: '令和5年度',
    indicators: [
      { name: '自主防災組織の結成数', unit: '団体', grade: 'B', baseline: ['基準（R1）', 40], years: [['R2', 44, 43], ['R3', 48, 47], ['R4', 52, 50], ['R5', 56, 51]], target: ['最終目標（R6）', 60] },
      { name: '防災訓練の参加者数', unit: '人', grade: 'A', baseline: ['基準（R1）', 1200], years: [['R2', 1300, 850], ['R3', 1400, 1100], ['R4', 1500, 1450], ['R5', 1600, 1720]], target: ['最終目標（R6）', 1700] },
    ],
  },
  {
    // Three rows lower, one column right, three indicators; one R4 actual left blank, one unit blank.
    file: 'rokugo-b.xlsx',
    top: 3,
    left: 1,
    project: '子育て支援センター運営事業',
    department: 'こども家庭課',
    year: '令和5年度',
    indicators: [
      { name: '子育て支援センターの利用者数', unit: '人', grade: 'A', baseline: ['基準（R1）', 8000], years: [['R2', 8500, 6200], ['R3', 9000, 8100], ['R4', 9500, 9700], ['R5', 10000, 10400]], target: ['最終目標（R6）', 10500] },
      { name: '育児相談の件数', unit: '件', grade: 'B', baseline: ['基準（R1）', 300], years: [['R2', 320, 310], ['R3', 340, 335], ['R4', 360, null], ['R5', 380, 372]], target: ['最終目標（R6）', 400] },
      { name: '講座の満足度', unit: '', grade: 'A', baseline: ['基準（R1）', 78.5], years: [['R2', 80, 79.1], ['R3', 82, 83.4], ['R4', 84, 84.2], ['R5', 86, 86.9]], target: ['最終目標（R6）', 88] },
    ],
  },
  {
    // Evaluated R4, four indicators, table further down; 空き家 graded A while its numbers fell.
    file: 'rokugo-c.xlsx',
    top: 6,
    left: 0,
    project: '移住定住促進事業',
    department: '企画政策課',
    year: '令和4年度',
    indicators: [
      { name: '移住相談の件数', unit: '件', grade: 'A', baseline: ['基準（H30）', 120], years: [['R1', 130, 128], ['R2', 140, 151], ['R3', 150, 163], ['R4', 160, 175]], target: ['最終目標（R5）', 170] },
      { name: '空き家バンクの成約件数', unit: '件', grade: 'A', baseline: ['基準（H30）', 10], years: [['R1', 12, 9], ['R2', 14, 8], ['R3', 16, 7], ['R4', 18, 6]], target: ['最終目標（R5）', 20] },
      { name: '転入者数', unit: '人', grade: 'B', baseline: ['基準（H30）', 2100], years: [['R1', 2150, 2140], ['R2', 2200, 2180], ['R3', 2250, 2230], ['R4', 2300, 2290]], target: ['最終目標（R5）', 2350] },
      { name: 'お試し住宅の利用世帯数', unit: '世帯', grade: 'B', baseline: ['基準（H30）', 5], years: [['R1', 8, 7], ['R2', 11, 10], ['R3', 14, 14], ['R4', 17, 16]], target: ['最終目標（R5）', 20] },
    ],
  },
  {
    // Written by LibreOffice; two indicators, one R3 survey not carried out (未実施).
    file: 'rokugo-d.xlsx',
    top: 2,
    left: 2,
    project: '図書館サービス充実事業',
    department: '生涯学習課',
    year: '令和5年度',
    libreoffice: true,
    indicators: [
      { name: '図書の貸出冊数', unit: '冊', grade: 'B', baseline: ['基準（R1）', 310000], years: [['R2', 315000, 280000], ['R3', 320000, 305000], ['R4', 325000, 318000], ['R5', 330000, 322000]], target: ['最終目標（R6）', 335000] },
      { name: '利用者満足度調査で満足と答えた割合', unit: '%', grade: 'B', baseline: ['基準（R1）', 72], years: [['R2', 74, 73], ['R3', 76, '未実施'], ['R4', 78, 77], ['R5', 80, 79]], target: ['最終目標（R6）', 82] },
    ],
  },
];

const HEADERS = ['指標名', '単位', '年度', 'めやす', '結果', '評価'];

function sheetData(w: SixthWorkbook): SheetData {
  const rows: Cell[][] = [];
  const pad = (cells: Cell[]): Cell[] => [...Array.from({ length: w.left }, () => null), ...cells];
  for (let i = 0; i < w.top; i++) rows.push([]);
  const text = (value: string, extra: object = {}): Cell => ({ value, type: String, ...extra });
  const val = (v: V, extra: object = {}): Cell => (v === null ? null : typeof v === 'number' ? { value: v, type: Number, format: Number.isInteger(v) ? '#,##0' : '0.0', ...extra } : text(v, extra));
  rows.push(pad([text('事務事業評価シート', { fontWeight: 'bold', fontSize: 14 })]));
  rows.push(pad([text(`評価対象年度：${w.year}`)]));
  rows.push(pad([text('事業名'), text(w.project)]));
  rows.push(pad([text('担当課'), text(w.department)]));
  rows.push([]);
  rows.push(pad([text('３ 成果の指標')]));
  rows.push(pad(HEADERS.map((h) => text(h, { fontWeight: 'bold', backgroundColor: '#D9D9D9' }))));
  for (const ind of w.indicators) {
    const span = ind.years.length + 2;
    const lines: [string, V, V][] = [[ind.baseline[0], null, ind.baseline[1]], ...ind.years, [ind.target[0], ind.target[1], null]];
    lines.forEach(([label, plan, actual], i) => {
      const first = i === 0;
      rows.push(
        pad([
          first ? text(ind.name, { rowSpan: span, alignVertical: 'center', wrap: true }) : null,
          first ? (ind.unit === '' ? { value: '', type: String, rowSpan: span } : text(ind.unit, { rowSpan: span, alignVertical: 'center' })) : null,
          text(label),
          val(plan),
          val(actual),
          first ? text(ind.grade, { rowSpan: span, alignVertical: 'center', align: 'center' }) : null,
        ]),
      );
    });
  }
  rows.push([]);
  rows.push(pad([text('※ 評価は A（順調）、B（概ね順調）、C（やや遅れている）、D（遅れている）の 4 段階です。')]));
  return rows as SheetData;
}

export async function buildProfileFixtures(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const w of SIXTH) {
    const widths = [...Array.from({ length: w.left }, () => ({ width: 4 })), { width: 26 }, { width: 8 }, { width: 16 }, { width: 10 }, { width: 10 }, { width: 6 }];
    const buffer = await writeXlsxFile([{ data: sheetData(w), sheet: '事務事業評価', columns: widths }] as never).toBuffer();
    const file = path.join(outDir, w.file);
    if (!w.libreoffice) {
      fs.writeFileSync(file, buffer);
    } else {
      // LibreOffice re-writes the workbook in its own way (styles, shared strings, merges).
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
      try {
        const src = path.join(work, 'in', w.file);
        fs.mkdirSync(path.dirname(src));
        fs.writeFileSync(src, buffer);
        const soffice = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => fs.existsSync(p));
        if (!soffice) throw new Error('LibreOffice (soffice) is needed to write rokugo-d.xlsx');
        execFileSync(soffice, [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(work, 'out'), src], { stdio: 'pipe', timeout: 120_000 });
        fs.copyFileSync(path.join(work, 'out', w.file), file);
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    }
    written.push(file);
  }
  return written;
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, '..', 'test-output', 'profile-fixtures');
  buildProfileFixtures(out).then(
    (files) => console.log(files.join('\n')),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
