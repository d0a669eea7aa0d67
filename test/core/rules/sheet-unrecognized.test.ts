import { analyzeWorkbook } from '../../../src/core/analyze';
import { readSheet } from '../../../src/core/read';
import type { CellValue } from '../../../src/core/snapshot/types';
import { sheetOf } from '../read/build';

/** sheet-unrecognized: a sheet that looks like an evaluation sheet but that no reader could read. */

const _ = null;
const findings = (rows: CellValue[][], name = 's') => analyzeWorkbook({ name: 'x.xlsx', sheets: [sheetOf(name, { row: 0, col: 0 }, rows)] }).findings;

describe('fires', () => {
  test('目標 / 実績 rows under a year header but no indicator name: names the labels and what is missing', () => {
    const f = findings([
      ['令和5年度 評価調書'],
      [],
      [_, '区分', 'R2', 'R3', 'R4', 'R5'],
      [_, '目標', 120, 130, 140, 150],
      [_, '実績', 118, 133, 129, 151],
    ]);
    expect(f.map((x) => [x.rule, x.severity, x.cell])).toEqual([['sheet-unrecognized', 'warning', 'C3']]);
    expect(f[0].data).toEqual({ labels: ['目標', '実績'], labelCells: ['B4', 'B5'], missing: 'name' });
    expect(f[0].message.ja).toBe(
      'このシートは評価シートのようですが、読み取れませんでした。年度の見出しの下に「目標」「実績」の行がありますが、指標名が見つかりません。作業ウィンドウで表を選んで配置を教えるか、コマンドラインでは --profile でレイアウト プロファイルを指定してください。',
    );
    expect(f[0].message.en).toContain('There are "目標", "実績" rows under a year header, but no indicator name.');
    expect(f[0].message.en).toContain('--profile');
  });

  test('evaluation words and numbers in no table shape: names the words it saw', () => {
    const f = findings([
      ['事業評価'],
      ['指標', '参加者数について'],
      ['数値', 120],
      ['前年', 118],
      ['前々年', 101],
    ]);
    expect(f.map((x) => [x.rule, x.cell, x.data.missing])).toEqual([['sheet-unrecognized', 'A1', 'table']]);
    expect(f[0].data.labels).toEqual(['事業評価', '指標', '数値']);
  });
});

describe('must not fire', () => {
  test('a memo without evaluation words stays unrecognized and silent', () => {
    const rows: CellValue[][] = [['メモ'], ['提出前に担当課長の確認を受けること'], ['締切', '令和6年5月31日'], ['内線', 1234], ['部数', 3], ['版', 2]];
    expect(readSheet(sheetOf('memo', { row: 0, col: 0 }, rows)).kind).toBe('unrecognized');
    expect(findings(rows)).toEqual([]);
  });

  test('evaluation words without numbers (a prose page about the evaluation)', () => {
    expect(findings([['評価の手順'], ['指標の実績を記入し、目標と比べて評価します。'], ['担当', '企画課']])).toEqual([]);
  });

  test('a sheet a reader could read gets no sheet-unrecognized', () => {
    const f = findings([
      ['指標名', '区分', 'R2', 'R3', 'R4'],
      ['参加者数', '目標', 120, 130, 140],
      [_, '実績', 118, 133, 129],
    ]);
    expect(f.filter((x) => x.rule === 'sheet-unrecognized')).toEqual([]);
  });
});
