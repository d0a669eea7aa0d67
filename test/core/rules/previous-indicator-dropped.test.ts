import { compare, firedCells, lastYear, yearSheet } from './previous-support';

describe('indicator-dropped', () => {
  test('fires: last year\'s ② is gone (at the item that used it, or where it stood)', () => {
    const a = compare('indicator-dropped', yearSheet(), lastYear({ second: true }));
    expect(a.findings.map((f) => [f.cell, f.severity, f.data.kind, f.data.indicator])).toEqual([['A41', 'info', 'gone', '② 地域活動に参加している市民の割合']]);
    expect(a.findings[0].message.ja).toBe('前年度のブック（「r4.xlsx」のシート「9-2」の A41）にあった指標「② 地域活動に参加している市民の割合」が、このシートにありません。');
  });

  test('fires: ① renamed (same number, a similar name), at this year\'s name', () => {
    const a = compare('indicator-dropped', yearSheet({ name: 'まちづくり講座の参加人数（延べ）' }), lastYear());
    expect(a.findings.map((f) => [f.cell, f.data.kind, f.data.renamedTo])).toEqual([['A36', 'renamed', '① まちづくり講座の参加人数（延べ）']]);
  });

  test('must not fire: the same indicators; one renumbered under its name is not dropped', () => {
    expect(firedCells('indicator-dropped', yearSheet({ second: true }), lastYear({ second: true }))).toEqual([]);
    expect(firedCells('indicator-dropped', yearSheet({ id: '③' }), lastYear())).toEqual([]);
  });

  test('a new name under the old number that shares nothing is a different indicator: the old one is gone', () => {
    expect(compare('indicator-dropped', yearSheet({ name: '自治会加入率' }), lastYear()).findings.map((f) => f.data.kind)).toEqual(['gone']);
  });
});
