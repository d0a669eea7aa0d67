import { compare, firedCells, lastYear, yearSheet } from './previous-support';

describe('actual-revised', () => {
  test('fires: R3 reported as 118 last year, 120 now', () => {
    const a = compare('actual-revised', yearSheet(), lastYear({ actual: [100, 110, 118, 130, null, null, null] }));
    expect(a.findings.map((f) => [f.cell, f.severity, f.data.year, f.data.actual, f.data.previousActual])).toEqual([['F38', 'info', 2021, 120, 118]]);
    expect(a.findings[0].message.ja).toBe('指標「① まちづくり講座の参加人数」の R3年度 の実績値 120 は、前年度のブック（「r4.xlsx」のシート「9-2」の F38）では 118でした。');
  });

  test('must not fire: the same values; the evaluated year, new since last year; a year last year left blank', () => {
    expect(firedCells('actual-revised', yearSheet(), lastYear())).toEqual([]);
    // R5 is this year's news; R4 blank last year and filled now is a late figure, not a revision.
    expect(firedCells('actual-revised', yearSheet(), lastYear({ actual: [100, 110, 120, null, 999, null, null] }))).toEqual([]);
  });

  test('the baseline is not an actual revised (target-changed speaks of it)', () => {
    expect(firedCells('actual-revised', yearSheet(), lastYear({ actual: [90, 110, 120, 130, null, null, null] }))).toEqual([]);
  });

  test('a note in 備考 is kept with the finding and changes the 対応', () => {
    const a = compare('actual-revised', yearSheet({ notes: [null, null, '確定値に修正'] }), lastYear({ actual: [100, 110, 118, 130, null, null, null] }));
    expect(a.findings.map((f) => f.data.note)).toEqual(['確定値に修正']);
  });
});
