/**
 * Builds the corpus of real evaluation sheets (issue 7) into test/fixtures/real/.
 *
 *   npx tsx scripts/build-real-fixtures.ts              all files into test/fixtures/real
 *   npx tsx scripts/build-real-fixtures.ts <outDir>     into outDir instead
 *   npm run fixtures:real
 *
 * Each sheet below is data: the cell texts and values as the published document shows them,
 * merged areas, number formats. Sources, what was kept and what was inferred are listed per file
 * in test/fixtures/real/SOURCES.md. Every file is first written with ExcelJS; files marked
 * `writer: 'libreoffice'` are then converted by LibreOffice (soffice --convert-to xlsx), so their
 * bytes are LibreOffice's own (docProps/app.xml names LibreOffice). LibreOffice stamps the time
 * into docProps/core.xml, so its files differ byte-wise from run to run; their cells do not.
 *
 * Two files are synthetic and say so: memo-no-evaluation.xlsx (a memo that must stay silent) and
 * city-collection-export.xlsx (a 420-row collection export made by a seeded generator, with the
 * column layout of a published 事務事業評価一覧表).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

export type Cell = string | number | null;

export interface SheetSpec {
  name: string;
  /** Blocks of rows placed at an anchor cell (A1 form); null leaves a cell blank. */
  blocks: { at: string; rows: Cell[][] }[];
  merges?: string[];
  /** Number formats by cell (A1) or by range (A1:C3). */
  formats?: Record<string, string>;
  widths?: Record<string, number>;
}

export interface CorpusFile {
  file: string;
  writer: 'exceljs' | 'libreoffice';
  sheets: SheetSpec[];
}

// ---------------------------------------------------------------- helpers

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function parseA1(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`bad cell ${a1}`);
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

function a1Of(row: number, col: number): string {
  let s = '';
  let c = col;
  while (c > 0) {
    const r = (c - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    c = Math.floor((c - 1) / 26);
  }
  return `${s}${row}`;
}

/** All cells of a spec, A1 → value (blank cells left out). */
export function cellsOf(sheet: SheetSpec): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const b of sheet.blocks) {
    const { row, col } = parseA1(b.at);
    b.rows.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== '') out.set(a1Of(row + i, col + j), v);
      }),
    );
  }
  return out;
}

function expandRange(ref: string): string[] {
  const [a, b] = ref.split(':');
  if (!b) return [a];
  const p = parseA1(a);
  const q = parseA1(b);
  const out: string[] = [];
  for (let r = p.row; r <= q.row; r++) for (let c = p.col; c <= q.col; c++) out.push(a1Of(r, c));
  return out;
}

// ---------------------------------------------------------------- the sheets

/** 1. Sakuragawa City (Ibaraki), 施策評価シート H20: years across, 実績/見込み in a row of their own. */
const sakuragawa: CorpusFile = {
  file: 'sakuragawa-h20-shisaku.xlsx',
  writer: 'exceljs',
  sheets: [
    {
      name: '施策29',
      blocks: [
        { at: 'A1', rows: [['平成20年度 施策評価シート(平成20年度の振り返り、総括)']] },
        { at: 'H2', rows: [['作成日', '平成21年10月29日']] },
        { at: 'A3', rows: [['施策No.', 29, '施策名', '下水道の整備', null, null, '主管課名', '下水道課', '主管課長名', '常盤 恵一']] },
        { at: 'A4', rows: [['関係課名']] },
        { at: 'A5', rows: [['施策の目的', '【対象】', '市民'], [null, '【意図】', '・快適で衛生的な生活環境で暮らしてもらう\n・公共水域の水質汚濁防止']] },
        {
          at: 'A8',
          rows: [
            ['対象指標名', null, null, '単位', '17年度', '18年度', '19年度', '20年度', '21年度', '22年度'],
            [null, null, null, null, '実績', '実績', '実績', '実績', '実績', '見込み'],
            ['常住人口(10/1)', null, null, '人', 48400, 47997, 47590, 47058, 46575, 46035],
            ['常住人口世帯数(10/1)', null, null, '世帯', 13617, 13805, 13889, 14013, 14137, 14264],
          ],
        },
        {
          at: 'A13',
          rows: [
            ['成果指標名', null, null, '単位', '17年度', '18年度', '19年度', '20年度', '21年度', '22年度'],
            [null, null, null, null, '実績', '実績', '実績', '実績', '見込み', '見込み'],
            ['①生活排水処理普及率', null, null, '%', 44.33, 48.35, 54.34, 56.8, null, 66.7],
            ['②下水道普及率', null, null, '%', 5.81, 6.95, 10.73, 11.83, null, 15],
            ['③下水道接続率(下水道供用開始区域)', null, null, '%', 21.5, 26.6, 22.6, 29.3, null, 50],
            ['④桜川の水質(BOD)\n(市内の最下流「地蔵橋」地点)', null, null, '%', '-', 1.5, 1.4, 1.1, null, 1.1],
          ],
        },
        {
          at: 'A20',
          rows: [
            [
              '成果指標の把握方法と算定式等',
              '・①生活排水処理普及率は、市の人口のうち、下水処理(公共下水、農業集落排水、合併浄化槽)に接続している割合\n・②下水道普及率は市の人口より公共下水道に接続している人の割合\n・③下水道接続率は、供用開始区域人口(処理区域内の人口)のうち、下水道に接続した人口の割合。\n・④桜川の水質は、地蔵橋地点のBODの年平均値とする。(環境対策課で調査)',
            ],
            ['成果指標設定の考え方', '・「快適で衛生的な生活環境で暮らしてもらう」の指標については、①生活排水処理普及率、②下水道普及率、③下水道接続率(下水道供用開始区域)をもって、指標が上がれば成果が上がると考えられる。'],
          ],
        },
      ],
      merges: ['A1:J1', 'D3:F3', 'A5:A6', 'C5:J5', 'C6:J6', 'A8:C9', 'D8:D9', 'A10:C10', 'A11:C11', 'A13:C14', 'D13:D14', 'A15:C15', 'A16:C16', 'A17:C17', 'A18:C18', 'B20:J20', 'B21:J21'],
      formats: { 'E10:J11': '#,##0', 'E15:J16': '0.00', 'E17:J18': '0.0' },
      widths: { A: 14, B: 8, C: 14, D: 6 },
    },
  ],
};

/** 2. Kakogawa City (Hyogo), 令和元年度 事務事業評価シート p.1330: H28–H30 across, 目標年度 + 目標値 columns. */
const kakogawa: CorpusFile = {
  file: 'kakogawa-r1-jimujigyo.xlsx',
  writer: 'libreoffice',
  sheets: [
    {
      name: '1330',
      blocks: [
        { at: 'A1', rows: [['令和元年度行政評価 事務事業評価シート'], ['(下水道事業会計)'], ['<計測可能な数値による事業評価>'], ['【対象】']] },
        { at: 'A5', rows: [['対象指標名', null, null, '単位', '平成28年度', '平成29年度', '平成30年度'], ['未水洗化人口', null, null, '人', 12608, 11783, 10807]] },
        {
          at: 'A8',
          rows: [
            ['【事業実績】'],
            ['活動指標名', null, null, '単位', '平成28年度', '平成29年度', '平成30年度'],
            ['水洗便所設備助成金交付件数', null, null, '件', 147, 171, 119],
            ['未水洗家屋戸別訪問件数', null, null, '件', 1666, 1309, 1294],
            ['活動指標分析結果', '市街化調整区域の整備が本格化し、市街化区域と比較して整備対象となる戸数が少ないため、市街化調整区域における助成金の交付件数は減少傾向にある。また、助成金交付対象件数の増減は下水道管渠の整備戸数にも大きく依存している。'],
          ],
        },
        {
          at: 'A14',
          rows: [
            ['【事業成果】'],
            ['成果指標名', null, null, '単位', '平成28年度', '平成29年度', '平成30年度', '目標年度', '目標値'],
            ['水洗化率', null, null, '%', 94.9, 95.1, 95.5, '令和10年度', 100],
            ['成果指標分析結果', '水洗化率は毎年着実に伸びており、助成金の交付及び未水洗家屋への戸別訪問が水洗化を促す一助となっている。'],
          ],
        },
      ],
      merges: ['A5:C5', 'A6:C6', 'A9:C9', 'A10:C10', 'A11:C11', 'B12:I12', 'A15:C15', 'A16:C16', 'B17:I17'],
      formats: { 'E6:G6': '#,##0', 'E10:G11': '#,##0', 'E16:G16': '0.0' },
      widths: { A: 16, D: 6, E: 11, F: 11, G: 11, H: 11 },
    },
  ],
};

/** The 地域再生計画 事後評価調書 form (Nogi and Iyo): one row per indicator, 基準値 / 中間 / 最終 column groups. */
const SAISEI_HEADER: Cell[] = ['指標', null, '基準値', '基準年度', '中間目標値', '年度', '中間実績', '最終目標値', '基準年度', '最終実績', '事後評価', '最終目標値の実現状況に関する評価'];

/** 3. Nogi Town (Tochigi), 地域再生計画 事後評価調書 H18–H22. */
const nogi: CorpusFile = {
  file: 'nogi-saisei-jigo.xlsx',
  writer: 'exceljs',
  sheets: [
    {
      name: '事後評価調書',
      blocks: [
        { at: 'A1', rows: [['地域再生計画(汚水処理施設整備交付金)事後評価調書']] },
        { at: 'A2', rows: [['都道府県名', '栃木県', '計画期間', '平成18年度~平成22年度', null, '評価責任者', '野木町 産業建設部長 舘野 正文']] },
        { at: 'A3', rows: [['地域再生計画名', '「グリーン&クリーン」野木町 再生計画', null, null, null, '事業実施主体', '野木町']] },
        { at: 'B5', rows: [SAISEI_HEADER] },
        {
          at: 'A6',
          rows: [
            ['①地域再生計画に記載した数値目標の実現状況', '指標1', '汚水処理施設の整備促進(汚水処理人口普及率を54.2%から70.2%に向上)', 0.542, 'H18', 0.622, 'H20', 0.616, 0.702, 'H22', 0.691, '○', '目標値には達しなかったが、公共下水道等の整備により汚水処理人口の普及率を向上することができた。'],
            [null, '指標2', '子供が自然と出会える自然環境学習の場の創造(自然観察会の参加200名/年)', '0人', 'H18', '50人', 'H20', '0人', '200人', 'H22', '100人', '△', '平成22年度の段階では目標値を達成できなかったが、水辺の楽校にてホタルを見ることができるようになり、平成24年度よりホタル鑑賞会のイベントを行い、年々参加者が増加し平成27年度では約1200名/年の人が参加している。'],
            [null, '指標3', '逆川の水質改善(BOD値:7.2mg/Lから5.2mg/Lに改善)', 7.2, 'H18', 6.2, 'H20', 5.6, 5.2, 'H22', 4, '◎', '公共下水道等の整備により、河川の水質を改善することができた。'],
          ],
        },
        {
          at: 'A10',
          rows: [
            ['③事業の進捗状況', '事業名', null, '計画', '中間年度(H20)', '最終実績', '事業の進捗状況に関する評価'],
            [null, '特別措置を適用して行う事業\n下水道整備延長', null, '18800m', '9824m', '15446m', '目標には達しなかった。'],
            [null, '浄化槽設置数', null, '92基', '59基', null, null],
          ],
        },
      ],
      merges: ['A1:M1', 'G2:M2', 'B3:E3', 'G3:M3', 'B5:C5', 'A6:A8', 'A10:A12', 'B10:C10', 'B11:C11', 'B12:C12'],
      formats: { 'D6:K6': '0.0%', 'D8:K8': '0.0"mg/L"' },
      widths: { A: 16, B: 7, C: 34, M: 40 },
    },
  ],
};

/** 4. Iyo City (Ehime), the same 事後評価調書 form, H22–H26, interim columns left blank. */
const iyo: CorpusFile = {
  file: 'iyo-saisei-jigo.xlsx',
  writer: 'libreoffice',
  sheets: [
    {
      name: '事後評価調書',
      blocks: [
        { at: 'A1', rows: [['地域再生計画(汚水処理施設整備交付金)事後評価調書']] },
        { at: 'A2', rows: [['都道府県名', '愛媛県', '計画期間', '平成22年度~平成26年度', null, '評価責任者', '伊予市産業建設部下水道課長 角田栄治']] },
        { at: 'A3', rows: [['地域再生計画名', '「人と水がふれあう郷(くに)」再生プラン', null, null, null, '事業実施主体', '伊予市']] },
        { at: 'B5', rows: [SAISEI_HEADER] },
        {
          at: 'A6',
          rows: [
            ['①地域再生計画に記載した数値目標の実現状況', '指標1', '汚水処理人口普及率', 0.673, 'H21', null, null, null, 0.777, 'H26', 0.76, '△', '計画的に公共下水道整備と浄化槽整備を実施したが、現状では目標値を若干下回った。'],
            [null, '指標2'],
          ],
        },
        {
          at: 'A9',
          rows: [
            ['③事業の進捗状況', '事業名', null, '計画', '中間年度(H )', '最終実績', '事業の進捗状況に関する評価'],
            [null, '公共下水道整備事業(整備延長)', null, 'L=14,000m', null, 'L=12,397.7m', '管渠整備延長が計画値を若干下回ったので、今後も下水道整備コスト縮減に努めた効率的な整備を図り、更なる下水道処理人口普及率の促進に努めたい。'],
            [null, '浄化槽整備事業(設置基数)', null, 'N=430基', null, 'N=297基', '計画数量に達しなかった要因として、個人設置型の浄化槽整備事業の補助事業制度についての広報や住民の周知の不足、景気・雇用状態の低迷及び高齢化が考えられる。'],
          ],
        },
      ],
      merges: ['A1:M1', 'G2:M2', 'B3:E3', 'G3:M3', 'B5:C5', 'A6:A7', 'A9:A11', 'B9:C9', 'B10:C10', 'B11:C11'],
      formats: { 'D6:K6': '0.0%' },
      widths: { A: 16, B: 7, C: 30, M: 40 },
    },
  ],
};

/** 5. Matsubushi Town (Saitama), 社会資本総合整備計画 事後評価書 p.1: a table-level period and three labelled years. */
const matsubushi: CorpusFile = {
  file: 'matsubushi-shakaishihon.xlsx',
  writer: 'libreoffice',
  sheets: [
    {
      name: '事後評価書',
      blocks: [
        { at: 'A1', rows: [['社会資本総合整備計画 事後評価書']] },
        { at: 'H2', rows: [['平成27年3月']] },
        { at: 'A3', rows: [['計画の名称', '松伏町における水の安全・安心基盤整備(未普及解消下水道事業)']] },
        { at: 'A4', rows: [['計画の期間', '平成22年度 ~ 平成26年度 (5年間)', null, null, '交付対象', '松伏町']] },
        { at: 'A5', rows: [['計画の目標', '下水道整備を行い、安全・安心、快適な暮らしを実現し、良好な環境を創造する。']] },
        { at: 'A7', rows: [['計画の成果目標(定量的指標)'], ['①松伏町における下水道処理人口普及率を64.5%(H22)から67.7%(H26)に増加させる。']] },
        {
          at: 'A10',
          rows: [
            ['定量的指標の定義及び算定式', null, null, null, '定量的指標の現況値及び目標値'],
            [null, null, null, null, '当初現況値', '中間目標値', '最終目標値', '備考'],
            [null, null, null, null, '(H22当初)', '(H24末)', '(H26末)'],
            ['① 松伏町における総人口に対して下水道を利用できる人口の割合を算出する。\n(下水道処理人口普及率)=(下水道を利用できる人口)/(総人口)(%)', null, null, null, 0.645, 0.662, 0.678],
          ],
        },
        {
          at: 'A15',
          rows: [
            ['全体事業費', '104百万円', 'A', '104百万円', 'B', null, 'C', null],
            ['効果促進事業費の割合 C/(A+B+C)', null, null, 0],
          ],
        },
        { at: 'A18', rows: [['事 後 評 価 (中 間 評 価)'], ['○事後評価の実施体制、実施時期'], ['事後評価の実施体制', '松伏町', '事後評価(中間評価)の実施時期', '平成27年2月', '公表の方法', '松伏町ホームページ']] },
      ],
      merges: ['A1:G1', 'B3:H3', 'B4:D4', 'B5:H5', 'A7:H7', 'A8:H8', 'A10:D12', 'E10:H10', 'A13:D13', 'A16:C16', 'A18:H18', 'A19:H19'],
      formats: { 'E13:G13': '0.0%', D16: '0.0%' },
      widths: { A: 16, B: 12, C: 8, D: 10, E: 12, F: 12, G: 12, H: 10 },
    },
  ],
};

/** 6. Funagata Town (Yamagata), 都市再生整備計画 事後評価シート 様式2-1: 従前値 / 基準年度 / 目標値 / 目標年度 / 数値, ○△ grades. */
const FUNAGATA_HEADER: Cell[] = ['指 標', null, '単位', '従前値', '基準年度', '目標値', '目標年度', '数 値', 'モニタリング', '評価値', '目標達成度', '1年以内の達成見込み', 'フォローアップ予定時期'];
const funagata: CorpusFile = {
  file: 'funagata-toshisaisei-jigo.xlsx',
  writer: 'exceljs',
  sheets: [
    {
      name: '様式2-1',
      blocks: [
        { at: 'A1', rows: [['様式2 都市再生整備計画 事後評価シート'], ['西ノ前遺跡周辺地区'], ['平成29年2月', '山形県 舟形町']] },
        { at: 'A5', rows: [['様式2-1 評価結果のまとめ']] },
        {
          at: 'A6',
          rows: [
            ['都道府県名', '山形県', '市町村名', '舟形町', '地区名', '西ノ前遺跡周辺地区'],
            ['交付期間', '平成25年度~28年度', '事後評価実施時期', '平成28年度', '交付対象事業費', '247.6百万円', '国費率', 0.4, '面積', '136 ha'],
          ],
        },
        {
          at: 'A9',
          rows: [
            ['1)事業の実施状況', '当初計画に位置づけ、実施した事業', '基幹事業', '道路(町道252号線)、公園((仮称)縄文の女神記念公園)、地域生活基盤施設(情報板)'],
            [null, null, '提案事業', '事業活用調査(事業評価分析)、まちづくり活動推進事業(土器づくり体験学習・(仮称)ドキ☆土器体験事業)'],
            [null, '交付期間の変更', '当初', '平成25年度~28年度', '変更', '-'],
          ],
        },
        {
          at: 'A13',
          rows: [
            ['2)都市再生整備計画に記載した目標を定量化する指標の達成状況', ...FUNAGATA_HEADER],
            [null, '指標1', '住民満足度', '%', 13, 'H25', 18, 'H28', 6.7, null, '●', '△', 'なし', '平成29年8月'],
            [null, '指標2', '町の観光者数', '人/年', 245000, 'H24', 247000, 'H28', 256000, null, '●', '○', 'なし'],
          ],
        },
        { at: 'O14', rows: [['町道252号線、(仮称)縄文の女神記念公園は事業中であり、整備効果の発現に至っていない。']] },
        { at: 'A17', rows: [['3)その他の数値指標(当初設定した数値目標以外の指標)による効果発現状況', ...FUNAGATA_HEADER], [null, '効果発現要因(総合所見)', null, '情報板の整備が予定通り完了した']] },
      ],
      merges: ['A9:A11', 'B9:B10', 'A13:A15', 'B13:C13', 'D9:N9', 'D10:N10', 'B17:C17', 'A17:A18', 'B18:C18', 'D18:N18'],
      formats: { 'E14:G14': '0.0', I14: '0.0', 'E15:I15': '#,##0' },
      widths: { A: 18, B: 7, C: 16 },
    },
  ],
};

/** 7. A town's 地方創生先行型 事業実施結果報告 (H27): target months, the national effect phrases, 5 KPI rows per project. */
function senkouProject(no: number, name: string, amount: number, kpis: Cell[][], effect: string, review: string, opinion: string, policy: string, reason: string): Cell[][] {
  const rows: Cell[][] = [];
  for (let i = 0; i < 5; i++) {
    const k = kpis[i] ?? [];
    rows.push([i === 0 ? no : null, i === 0 ? name : null, i === 0 ? '基礎交付' : null, i === 0 ? amount : null, `指標${'①②③④⑤'[i]}`, k[0] ?? null, k[1] ?? null, k[2] ?? null, k[3] ?? null, k[4] ?? null, i === 0 ? effect : null, i === 0 ? review : null, i === 0 ? opinion : null, i === 0 ? policy : null, i === 0 ? reason : null]);
  }
  return rows;
}
const projectMerges = (top: number) => ['A', 'B', 'C', 'D', 'K', 'L', 'M', 'N', 'O'].map((c) => `${c}${top}:${c}${top + 4}`);
const chihousousei: CorpusFile = {
  file: 'chihousousei-senkou-kekka.xlsx',
  writer: 'libreoffice',
  sheets: [
    {
      name: '結果報告',
      blocks: [
        { at: 'A1', rows: [['地域活性化・地域住民生活等緊急支援交付金(地方創生先行型)に係る事業実施結果報告']] },
        {
          at: 'A3',
          rows: [
            ['①\nNo', '②\n交付対象事業の名称', '交付金の種類', '③\n実績額\n単位:円', '④\n本事業における重要業績評価指標(KPI)', null, null, null, null, '⑤\n本事業終了後における実績値', null, '⑥\n外部有識者からの評価', null, '⑦\n実績値を踏まえた事業の今後について'],
            [null, null, null, null, '指標', null, '指標値', '単位', '目標年月', '実績値', '事業効果', '事業の評価', '外部有識者からの意見', '今後の方針', '今後の方針の理由'],
          ],
        },
        {
          at: 'A5',
          rows: [
            ...senkouProject(
              1,
              '防災福祉マップづくり支援事業',
              0,
              [
                ['研修会の参加者', 120, '名', 'H28.2', 0],
                ['ワークショップの参加者', 40, '名', 'H28.2', 0],
              ],
              '地方創生に効果がなかった',
              '総合戦略のKPI達成に有効とは言えない',
              '平成27年度は自主防災組織の育成を図っている段階であったことから実施を見送ったが、平成28年度に実施する予定である。',
              '事業の継続',
              '自主防災組織の体制が整ったところから研修会の開催及び防災福祉マップづくりを実施する。',
            ),
            ...senkouProject(
              2,
              '特産品PR事業',
              1113001,
              [
                ['町内の主要な観光物産店舗における売上の前年度比増加率', 1, '%', 'H28.3', 5.93],
                ['ブランド化に取組む農家・商店・企業数', 6, '件', 'H28.3', 8],
              ],
              '地方創生に非常に効果的であった',
              '総合戦略のKPI達成に有効であった',
              '今や社会現象とも言えるふるさと納税だが、関連用品のデザイン面の充実によるファンづくりは先進的と言える。寄付者からの評価も高いほか、他自治体の参考事例としても取り上げられ、効果が高かった。',
              '事業の継続',
              '大きな効果があったため。',
            ),
          ],
        },
      ],
      merges: ['A1:O1', 'A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:I3', 'J3:K3', 'L3:M3', 'N3:O3', 'E4:F4', ...projectMerges(5), ...projectMerges(10)],
      formats: { 'D5:D14': '#,##0' },
      widths: { A: 5, B: 18, E: 7, F: 30, K: 18, L: 18, M: 36, O: 30 },
    },
  ],
};

/** 8. Matsudo City (Chiba), 総合戦略 数値目標の現状値 (H30): one small year table per indicator, roles in the year cells. */
const matsudo: CorpusFile = {
  file: 'matsudo-senryaku-genjo.xlsx',
  writer: 'exceljs',
  sheets: [
    {
      name: '基本目標Ⅰ',
      blocks: [
        { at: 'A1', rows: [['H30.10.3 第7回松戸市まち・ひと・しごと創生懇談会 資料4'], ['総合戦略における数値目標・重要業績評価指標の現状値'], ['(注)表中の数値右側に表示した矢印は、それぞれ当該数値欄の左欄の数値と比べた、数値の上下の動きを表しています。']] },
        {
          at: 'A4',
          rows: [
            ['基本目標Ⅰ 子育て・教育・文化を軸とした都市ブランドづくり'],
            ['①婚姻率:5.5‰(平成25年)→5.9‰(平成31年)'],
            ['②出生数: 3,823人(平成26年)→4,107人(平成31年)'],
            ['③合計特殊出生率: 1.36(平成25年)→1.55(平成31年)'],
          ],
        },
        {
          at: 'A9',
          rows: [
            ['数値目標① 婚姻率'],
            [null, '平成25\n(基準値)', '平成27', '平成28\n(現状値)', '平成31\n(目標値)'],
            ['婚姻率', '5.5‰', '5.4‰', '5.0‰', '5.9‰'],
            ['参考)婚姻率=婚姻件数/人口(千人) H26 5.3‰'],
          ],
        },
        {
          at: 'A14',
          rows: [
            ['数値目標② 出生数'],
            [null, '平成26\n(基準値)', '平成27', '平成28', '平成29\n(現状値)', '平成31\n(目標値)'],
            ['出生数', 3823, 3975, 3782, 3679, 4107],
            ['参考)平成25 4,016'],
          ],
        },
      ],
      merges: ['A1:F1', 'A2:F2', 'A3:F3', 'A9:F9', 'A12:F12', 'A14:F14', 'A17:F17'],
      formats: { 'B16:F16': '#,##0' },
      widths: { A: 16, B: 11, C: 11, D: 11, E: 11, F: 11 },
    },
  ],
};

/** 9. A prefecture's 管理事業評価調書 sample (H28): years down rows (最終目標 / 28年度 / 27年度), (見込)/(実績) in their own column. */
function kanriIndicator(no: number, name: string, final: Cell, y28: [Cell, Cell], y27: [Cell, Cell]): Cell[][] {
  return [
    [no, name, '最終目標', final, null, null],
    [null, null, '28年度', y28[0], y28[1], '(見込)'],
    [null, null, '27年度', y27[0], y27[1], '(実績)'],
  ];
}
const kanriMerges = (top: number) => [`A${top}:A${top + 2}`, `B${top}:B${top + 2}`, `D${top}:E${top}`];
const prefKanri: CorpusFile = {
  file: 'pref-kanri-jigyo-h28.xlsx',
  writer: 'exceljs',
  sheets: [
    {
      name: '0520',
      blocks: [
        { at: 'A1', rows: [['平成28年度 管理事業評価調書(28年度対象)'], ['事業コード', '0520', '事業名'], ['根拠法令・計画等']] },
        {
          at: 'A5',
          rows: [
            ['コスト(単位:千円)', '26年度', '27年度', '28年度'],
            ['従事人員 正規職員(うち地方機関)', '9.90人 (0人)', '11.90人 (0人)', null],
            ['人件費(a)', 108054, 116269, 121937],
            ['事業費(b)', 7918, 16006, 9346],
            ['公債費(c)', 0, 0, 0],
            ['計(a)+(b)+(c)', 115972, 132275, 131284],
          ],
        },
        { at: 'A12', rows: [['No', '指標', '目標年度', '目標値', '実績値・見込', null]] },
        {
          at: 'A13',
          rows: [
            ...kanriIndicator(1, 'しなやか県庁創造プランの取組により得られる行革効果額', '27~31年度 毎年度20億円以上', ['20億円', '31億円'], ['20億円', '33億円']),
            ...kanriIndicator(2, '県関係団体経営改善計画の年次数値目標に対する目標達成指標数', '全指標で目標達成', ['全91指標で目標達成', '48/91指標'], ['全91指標で目標達成', '46/91指標']),
            ...kanriIndicator(3, '出資法人に係る地方財政健全化法上の県負担見込額', '前年度以下', ['前年度以下', '108億円'], ['前年度314億円以下', '253億円']),
            ...kanriIndicator(4, 'グッドジョブ運動への延べ応募者数', '平成31年度までに7,000件', ['4,810件', '5,166件'], ['4,080件', '4,436件']),
            ...kanriIndicator(5, '県民あたりコスト\n(PL経常費用/本県人口)', '-', ['-', '-'], ['-', '17円']),
          ],
        },
        { at: 'A29', rows: [['評価', 'C:相当程度進展あり'], ['(判断の理由)', '◎主要な指標:1']] },
      ],
      merges: ['D2:F2', 'B3:F3', ...kanriMerges(13), ...kanriMerges(16), ...kanriMerges(19), ...kanriMerges(22), ...kanriMerges(25), 'B29:F29', 'B30:F30'],
      formats: { 'B7:D11': '#,##0' },
      widths: { A: 18, B: 40, C: 10, D: 24, E: 14, F: 8 },
    },
  ],
};

/** 10. Tsukuba City (Ibaraki), 個別施策評価調書 (様式1) H27: a name merged over a 目標値 / 実績 row pair, H26–H31 across. */
const tsukuba: CorpusFile = {
  file: 'tsukuba-kobetsu-shisaku-29.xlsx',
  writer: 'libreoffice',
  sheets: [
    {
      name: '個別施策29',
      blocks: [
        { at: 'A1', rows: [['個別施策評価調書 (様式1)', null, null, null, null, null, '部 長', '次 長']] },
        { at: 'A2', rows: [['主管部', '市長公室', null, null, null, null, '―', '―'], ['関係部', '―'], ['基本施策', 'つくばの魅力を発信する'], ['個別施策', '29 シティ・プロモーションの推進', null, null, null, '対象年度', '平成27年度']] },
        {
          at: 'A6',
          rows: [
            ['個別施策の方向', 'つくば市には,筑波山に代表される自然や歴史,世界に誇る科学技術といった魅力ある資源が豊富に存在する。これらの魅力を発信するため,つくば市全体が主体となり“オールつくば”でシティ・プロモーションを推進し,誘客及び定住の促進を図る。'],
            ['これまでの取組概要', 'マスコミ・SNSなど各種媒体を活用し,つくばの魅力を広く発信することで,認知度向上やイメージアップを図ってきた。さらに,首都圏のイベントに積極的に参加し,知的財産・自然環境・特産品など様々な魅力を移住フェア等でアピールし,誘客や移住促進に取り組んできた。また,BiViつくば交流サロン等を活用し,つくばの魅力を来訪者や市民に発信し,つくばへの愛着の醸成に努めてきた。'],
            ['市民意識調査満足度', 'H27', 0.207, '参考値(第3次総合計画市民意識調査結果)', null, 'H29'],
            ['対象施策名:新たなまちづくりと定住の促進'],
          ],
        },
        {
          at: 'A11',
          rows: [
            ['平成27年度決算及び事業費内訳', null, null, null, null, null, null, null, '(単位:千円)'],
            ['H27年度決算', '事業費', '国庫支出金', '県支出金', '地方債', 'その他特財', '一般財源', '人件費', '事業コスト'],
            [null, 31118, 12945, 0, 0, 0, 18173, 0, 31118],
          ],
        },
        {
          at: 'A15',
          rows: [
            ['個別施策の代表指標名', '指標種別', '年度', 'H26', 'H27', 'H28', 'H29', 'H30', 'H31'],
            ['夢特区サイトへのアクセス数\n(単位:千件)', '活動結果\n指標', '目標値', 200, 1000, 1500, 2000, 2500, 3000],
            [null, null, '実 績', 495, 1505, '―', '―', '―', '―'],
            ['PRキャンペーン実施回数(回)', '活動結果\n指標', '目標値', 20, 30, 30, 30, 30, 30],
            [null, null, '実 績', 31, 40, '―', '―', '―', '―'],
            [null, null, '目標値'],
            [null, null, '実 績'],
          ],
        },
        { at: 'A23', rows: [['個別施策の総合評価', '総合評価', 'B', '施策の成果が一部確認でき、今後更']] },
      ],
      merges: ['B2:F2', 'B3:F3', 'B4:F4', 'B5:E5', 'B6:I6', 'B7:I7', 'D8:E8', 'A9:I9', 'A11:H11', 'A16:A17', 'B16:B17', 'A18:A19', 'B18:B19', 'A20:A21', 'B20:B21', 'D23:I23'],
      formats: { C8: '0.0%', 'B13:I13': '#,##0', 'D16:I16': '#,##0', 'D17:E17': '#,##0', D19: '0.0' },
      widths: { A: 26, B: 10, C: 8 },
    },
  ],
};

/** 11. Near miss: Fuji City (Shizuoka), 前期基本計画の達成状況: 指標, 中間目標値, 実績 and 進捗率 everywhere, but no indicator table. */
const FUJI_ROWS: [string | null, string, number, number, number, number, number][] = [
  ['第1章 安全・安心', '一般', 38, 7937499, 36, 7415050, 0.934],
  [null, '計', 38, 7937499, 36, 7415050, 0.934],
  ['第2章 健康・福祉', '一般', 5, 1570693, 5, 3034064, 1.932],
  [null, '企業', 1, 1895000, 1, 2252251, 1.189],
  [null, '計', 6, 3465693, 6, 5286315, 1.525],
  ['第3章 産業', '一般', 55, 5888375, 52, 6248204, 1.061],
  [null, '土地改良', 7, 621549, 7, 555404, 0.894],
  [null, '計', 62, 6509924, 59, 6803608, 1.045],
  ['第4章 環境', '一般', 2, 16831644, 2, 1618233, 0.096],
  [null, '企業', 10, 21001260, 10, 14199533, 0.676],
  [null, '計', 12, 37832904, 12, 15817766, 0.418],
  ['第5章 教育・文化', '一般', 12, 11400360, 12, 11252942, 0.987],
  [null, '計', 12, 11400360, 12, 11252942, 0.987],
  ['第6章 都市基盤', '一般', 125, 24477850, 111, 19079275, 0.779],
  [null, '特別', 2, 8848534, 2, 7184462, 0.812],
  [null, '計', 127, 33326384, 113, 26263737, 0.788],
  ['第7章 都市経営', '一般', 3, 1988550, 2, 2186838, 1.1],
  [null, '計', 3, 1988550, 2, 2186838, 1.1],
  ['合計', '一般', 240, 70094971, 220, 50834606, 0.725],
  [null, '特別', 2, 8848534, 2, 7184462, 0.812],
  [null, '企業', 11, 22896260, 11, 16451784, 0.719],
  [null, '土地改良', 7, 621549, 7, 555404, 0.894],
  [null, '計', 260, 102461314, 240, 75026256, 0.732],
];
const fuji: CorpusFile = {
  file: 'fuji-zenki-tassei.xlsx',
  writer: 'exceljs',
  sheets: [
    {
      name: '達成状況',
      blocks: [
        { at: 'A1', rows: [['【第五次富士市総合計画】前期基本計画の達成状況'], ['・投資的事業費の実績 ・代表的な施策指標の進捗率と実績'], ['富士市総務部企画課']] },
        { at: 'A5', rows: [['【第五次富士市総合計画 前期基本計画】投資的事業費の実績', null, null, null, null, '単位…事業数:件 事業費:千円']] },
        { at: 'A6', rows: [['章', '会計', '前期実施計画', null, '実績', null, '進捗率'], [null, null, '事業数', '事業費(A)', '事業数', 'H23-27実績額(B)', '(B)/(A)']] },
        { at: 'A8', rows: FUJI_ROWS.map((r) => [...r]) },
        {
          at: 'A33',
          rows: [
            ['【第五次富士市総合計画 前期基本計画】代表的な施策指標の進捗率と実績'],
            ['進捗率(中間目標値に対して)', '該当施策指標の数', '備考'],
            ['80%以上', 57, 'うち100%以上が32指標'],
            ['50%以上80%未満', 12],
            ['50%未満', 6],
            ['20%未満', 0],
            ['その他', 3, '【第3章第3節 商業・流通】年間商品販売額については更新数値がなし\n【第2章第4節 地域福祉】生きがいと創造の事業講座数・会員数については、事業終了につき、評価せず'],
            ['合計', 78],
          ],
        },
      ],
      merges: ['A6:A7', 'B6:B7', 'C6:D6', 'E6:F6', 'A8:A9', 'A10:A12', 'A13:A15', 'A16:A18', 'A19:A20', 'A21:A23', 'A24:A25', 'A26:A30', 'C35:G35', 'C39:G39'],
      formats: { 'C8:F30': '#,##0', 'G8:G30': '0.0%' },
      widths: { A: 26, B: 16, C: 12, D: 14, E: 10, F: 16, G: 10 },
    },
  ],
};

/** 12. Near miss: Kitami City (Hokkaido), H27 事務事業評価シート 「シートの見方」: the form with explanations instead of values. */
const kitami: CorpusFile = {
  file: 'kitami-h27-mikata.xlsx',
  writer: 'libreoffice',
  sheets: [
    {
      name: 'シートの見方',
      blocks: [
        { at: 'A1', rows: [['平成27年度 事務事業評価シート (中間・事後)'], ['【中間・事後評価シートの見方】']] },
        {
          at: 'A3',
          rows: [
            ['整理番号', null, '事務事業名', null, '前年度整理番号'],
            ['評価時期', 0, '事業期間', '~', '公約番号'],
            ['施策体系', '将来像 ~ ひと・まち・自然きらめくオホーツク中核都市 ~'],
            ['基本目標', '北見市総合計画に基づく基本目標、分野別施策、主要施策を記載しています。'],
            ['分野別施策'],
            ['主要施策'],
          ],
        },
        { at: 'A10', rows: [['事業の目的', '何のためにこの事務事業を行うのか、事業を実施するにあたっての目的を記載しています。'], ['事業の手段', '事業の対象に対して、どのような方法により目的を達成しようとしているのかを記載しています。']] },
        {
          at: 'A13',
          rows: [
            ['区分', '指標名', '単位', null, '25年度', '26年度', '27年度', '最終目標値', '目標年度'],
            ['対象指標'],
            ['活動指標名', '行政がどのような活動を実施したのかを指標として記載しています。', null, '目標値'],
            [null, null, null, '実績値'],
            ['成果指標名', '事業を実施することによって、どのような成果が生み出されるのかを指標として記載しています。', null, '目標値'],
            [null, null, null, '実績値'],
          ],
        },
        {
          at: 'A20',
          rows: [
            ['区分 (単位:円)', '25年度決算', '26年度決算', '27年度予算'],
            ['①事業費', 7210000, 6924000],
            ['財源内訳 国道支出金'],
            ['地方債'],
            ['その他'],
            ['一般財源'],
            ['②平均職員費'],
            ['③人員(人工)'],
            ['④職員費(②×③)'],
            ['⑤総事業費(①+④)'],
          ],
        },
        {
          at: 'A31',
          rows: [
            ['妥当性', '事業の目的や目標値達成のために、実施主体や手段、執行体制等が適しているかどうかを記載しています。'],
            ['有効性', '事業が上位施策に対して期待される結果に結びついているかどうかを記載しています。', 'C'],
            ['効率性', '事業の実施方法の改善(外部委託や類似'],
          ],
        },
      ],
      merges: ['B5:I5', 'B6:I6', 'B10:I10', 'B11:I11', 'A15:A16', 'B15:B16', 'A17:A18', 'B17:B18'],
      formats: { 'B21:D21': '#,##0' },
      widths: { A: 16, B: 40 },
    },
  ],
};

/** 13. Synthetic: a meeting memo with numbers and no evaluation words (must stay silent). */
const memo: CorpusFile = {
  file: 'memo-no-evaluation.xlsx',
  writer: 'exceljs',
  sheets: [
    {
      name: 'メモ',
      blocks: [
        {
          at: 'A1',
          rows: [
            ['庁内打合せメモ'],
            ['日時', '2024年5月14日 10:00~11:30'],
            ['場所', '第3会議室'],
            ['出席者', 8, '名'],
            [],
            ['議題', '内容', '担当'],
            ['1 広報紙6月号の校正', '表紙写真の差し替え。締切は5月21日。', '広報係'],
            ['2 窓口の混雑', '来庁者は1日平均412人、昼休みに集中。番号札の台数を2台増やす。', '市民課'],
            ['3 次回日程', '5月28日 14:00から。', '庶務係'],
            [],
            ['配布物', '部数'],
            ['資料1 混雑状況(4月)', 12],
            ['資料2 校正刷り', 12],
          ],
        },
      ],
      widths: { A: 22, B: 50, C: 10 },
    },
  ],
};

// ---------------------------------------------------------------- the synthetic collection export

/** Park–Miller minimal standard generator: deterministic, no dependency. */
function lcg(seed: number): () => number {
  let s = seed % 2147483647;
  if (s <= 0) s += 2147483646;
  return () => {
    s = (s * 16807) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

const DEPARTMENTS: [string, string[]][] = [
  ['政策室', ['企画課', '広報課', '財政課']],
  ['区民部', ['区民サービス課', '戸籍住民課', '税務課']],
  ['子ども教育部', ['子ども政策課', '保育園課', '学校教育課', '子育て支援課']],
  ['地域支えあい推進部', ['地域活動推進課', '介護保険課', '福祉推進課']],
  ['健康福祉部', ['保健企画課', '障害福祉課', '生活援護課']],
  ['環境部', ['地球温暖化対策課', 'ごみゼロ推進課', '清掃事務所']],
  ['都市基盤部', ['道路課', '公園課', '交通政策課', '住宅政策課']],
  ['経営室', ['人事課', '施設課', '防災危機管理課']],
];
const SUBJECTS = ['高齢者', '子育て世帯', '区民', '地域団体', '障害者', '小中学生', '事業者', '若年層', '外国人住民', '町会・自治会'];
const ACTIONS = ['相談支援事業', '啓発事業', '講座開催事業', '助成事業', '見守り事業', '情報発信事業', '施設運営事業', '活動支援事業', '健診事業', '交流事業'];
const MEASURES: [string, string, number, number, number][] = [
  // name, unit, min, max, decimals
  ['相談件数', '件', 40, 4800, 0],
  ['参加者数', '人', 20, 3600, 0],
  ['開催回数', '回', 2, 120, 0],
  ['利用率', '%', 12, 98, 1],
  ['登録団体数', '団体', 3, 260, 0],
  ['助成件数', '件', 5, 900, 0],
  ['満足度', '%', 40, 95, 1],
  ['整備延長', 'm', 80, 5200, 0],
];
const DIRECTIONS = ['拡充', '継続', '継続', '継続', '改善', '改善', '縮小', '休止・廃止'];
const REASONS: Record<string, string[]> = {
  拡充: ['参加者が増加しており、内容を充実させる。', 'ニーズが高まっており、対象を広げる。'],
  継続: ['ニーズが高く、引き続き実施する。', '成果が上がっており、現行の手法で継続する。'],
  改善: ['手法を見直し、効率化を図る。', '利用が伸び悩んでおり、周知方法を改善する。'],
  縮小: ['類似事業と統合し、経費を縮減する。'],
  '休止・廃止': ['所期の目的を達成したため、事業を終了する。', '民間サービスで代替できるため、廃止する。'],
};
export const EXPORT_ROW_COUNT = 420;

export function exportRows(): Cell[][] {
  const rnd = lcg(20170401);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const rows: Cell[][] = [];
  const kinds = ['計画事業', '経常事業', '経常事業', '臨時事業'];
  const seen = new Map<string, number>();
  for (let i = 1; i <= EXPORT_ROW_COUNT; i++) {
    const [dept, sections] = DEPARTMENTS[Math.floor(rnd() * DEPARTMENTS.length)];
    const section = pick(sections);
    const project = `${pick(SUBJECTS)}${pick(ACTIONS)}`;
    const [mname, unit, lo, hi, dec] = pick(MEASURES);
    const raw = lo + rnd() * (hi - lo);
    const value = dec === 0 ? Math.round(raw) : Math.round(raw * 10) / 10;
    const g = () => 1 + Math.floor(rnd() * 4);
    const need = Math.max(2, g());
    const eff = g();
    const means = Math.max(2, g());
    const reach = g();
    const direction = reach <= 1 ? pick(['改善', '縮小', '休止・廃止']) : pick(DIRECTIONS);
    const cross = rnd() < 0.06 ? '①' : null;
    const n = (seen.get(project) ?? 0) + 1;
    seen.set(project, n);
    rows.push([i, pick(kinds), dept, section, n === 1 ? project : `${project}(その${n})`, mname, value, unit, need, eff, means, reach, direction, pick(REASONS[direction]), cross]);
  }
  return rows;
}

const cityExport: CorpusFile = {
  file: 'city-collection-export.xlsx',
  writer: 'libreoffice',
  sheets: [
    {
      name: '一覧',
      blocks: [
        { at: 'A1', rows: [['平成29年度 事務事業評価一覧表']] },
        {
          at: 'A3',
          rows: [
            ['No.', '事業区分', '所管部', '所管課', '事務事業名', '指標', null, null, '評価内容', null, null, null, null, null, '横断的な視点による改善事業'],
            [null, null, null, null, null, '名称', 'H28実績値', '単位', '必要性', '効率性', '手段の適切性', '目的達成度', '方向性', '評価の理由'],
          ],
        },
        { at: 'A5', rows: exportRows() },
      ],
      merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:E4', 'F3:H3', 'I3:N3', 'O3:O4'],
      formats: Object.fromEntries(exportRows().map((r, i) => [`G${5 + i}`, r[7] === '%' ? '0.0' : '#,##0'])),
      widths: { A: 5, B: 10, C: 16, D: 16, E: 28, F: 12, G: 10, H: 6, N: 36 },
    },
  ],
};

export const CORPUS: CorpusFile[] = [sakuragawa, kakogawa, nogi, iyo, matsubushi, funagata, chihousousei, matsudo, prefKanri, tsukuba, fuji, kitami, memo, cityExport];

// ---------------------------------------------------------------- writing

const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

async function writeWithExcelJS(spec: CorpusFile, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Evalsheet corpus builder (scripts/build-real-fixtures.ts)';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const [a1, v] of cellsOf(s)) {
      const cell = ws.getCell(a1);
      cell.value = v;
      if (typeof v === 'string' && v.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
    }
    for (const [ref, fmt] of Object.entries(s.formats ?? {})) for (const a1 of expandRange(ref)) ws.getCell(a1).numFmt = fmt;
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [col, w] of Object.entries(s.widths ?? {})) ws.getColumn(col).width = w;
  }
  await wb.xlsx.writeFile(file);
}

function convertWithLibreOffice(input: string, outDir: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-corpus-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, input], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export async function buildRealFixtures(outDir: string): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-build-'));
  const written: string[] = [];
  try {
    for (const spec of CORPUS) {
      const target = path.join(outDir, spec.file);
      if (spec.writer === 'exceljs') {
        await writeWithExcelJS(spec, target);
      } else {
        const src = path.join(scratch, 'in', spec.file);
        fs.mkdirSync(path.dirname(src), { recursive: true });
        await writeWithExcelJS(spec, src);
        const loOut = path.join(scratch, 'out');
        fs.mkdirSync(loOut, { recursive: true });
        convertWithLibreOffice(src, loOut);
        fs.copyFileSync(path.join(loOut, spec.file), target);
      }
      written.push(target);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return written;
}

if (require.main === module) {
  const root = path.join(__dirname, '..');
  const outDir = path.resolve(process.argv[2] ?? path.join(root, 'test', 'fixtures', 'real'));
  buildRealFixtures(outDir)
    .then((files) => process.stdout.write(`${files.length} workbooks in ${outDir}\n`))
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    });
}
