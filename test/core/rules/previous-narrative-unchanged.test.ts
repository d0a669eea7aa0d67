import { compare, firedCells, lastYear, yearSheet } from './previous-support';
import { item, sheet } from '../../support/model-builder';

const copied = ['講座の参加者は前年度から5人増えた。', '人口減少が続いている。', '講座の内容を見直して継続する。'];

describe('narrative-unchanged', () => {
  test('fires: 内部要因 word for word last year\'s (white space aside)', () => {
    const a = compare('narrative-unchanged', yearSheet({ narrative: [' 講座の参加者は前年度から5人増えた。 ', '人口減少が続いている。', '講座の内容を見直して継続する。'] }), lastYear({ narrative: copied }));
    expect(a.findings.map((f) => [f.cell, f.severity, f.data.field])).toEqual([
      ['H26', 'info', '内部要因'],
      ['I26', 'info', '外部要因'],
      ['J26', 'info', '今後の方向性'],
    ]);
    expect(a.findings[0].message.ja).toBe('項目 1 の「内部要因」（18文字）は、前年度のブック（「r4.xlsx」のシート「9-2」の H26）と同じ文章です。');
  });

  test('must not fire: texts brought up to date; short entries (「特になし」) that are the same every year', () => {
    expect(firedCells('narrative-unchanged', yearSheet(), lastYear())).toEqual([]);
    expect(firedCells('narrative-unchanged', yearSheet({ narrative: ['特になし', '-', ''] }), lastYear({ narrative: ['特になし', '-', ''] }))).toEqual([]);
  });

  test('a field per year: only the evaluated year\'s against last year\'s evaluated year (history is the same by nature)', () => {
    const plan = (fields: [string, string][]) => sheet({ sheet: 'No.28', evaluationYear: { year: 2018, label: '平成30年度', cell: 'A1' }, items: [item({ key: '28', row: 50, title: '担い手を育む仕組みづくり', narrative: fields })] });
    const h29 = '・地域の拠点化支援のあり方について、引き続き検討していく。';
    const cur = plan([
      ['課題 (平成29年度)', h29],
      ['課題 (平成30年度)', '・育成講座を継続実施し、開催方法を検討していく。'],
    ]);
    const prev = plan([
      ['課題 (平成29年度)', h29],
      ['課題 (平成30年度)', ''],
    ]);
    expect(firedCells('narrative-unchanged', cur, prev, 2017)).toEqual([]);
    // H30 written last year already (a sheet submitted late) and unchanged: still this year's own cell.
    const copiedH30 = plan([
      ['課題 (平成29年度)', h29],
      ['課題 (平成30年度)', h29],
    ]);
    expect(firedCells('narrative-unchanged', copiedH30, prev, 2017)).toEqual(['I50']);
  });
});
