import { compare, firedCells, lastYear, yearSheet } from './previous-support';

const raised = [100, 110, 120, 130, 140, 150, 170];

describe('target-changed', () => {
  test('fires: the R7 target was 170 last year, 160 now, and nothing says why', () => {
    const a = compare('target-changed', yearSheet(), lastYear({ expected: raised }));
    expect(a.findings.map((f) => [f.cell, f.severity, f.data.field, f.data.value, f.data.previousValue])).toEqual([['J39', 'warning', 'target', 160, 170]]);
    expect(a.findings[0].message.ja).toBe('指標「① まちづくり講座の参加人数」の目標値が、前年度のブック（「r4.xlsx」のシート「9-2」の J39）の R7年度 170 から R7年度 160 に変わっていますが、変更の理由が記入されていません。');
  });

  test('fires on the baseline too', () => {
    expect(firedCells('target-changed', yearSheet(), lastYear({ actual: [95, 110, 120, 130, null, null, null] }))).toEqual(['D38']);
  });

  test('must not fire: unchanged; or a new 備考 or 見直し in the description says why', () => {
    expect(firedCells('target-changed', yearSheet(), lastYear())).toEqual([]);
    expect(firedCells('target-changed', yearSheet({ notes: [null, null, null, null, null, null, '計画改定により160に変更'] }), lastYear({ expected: raised }))).toEqual([]);
    expect(firedCells('target-changed', yearSheet({ description: '年度ごとの参加者数（R5に目標を見直し）' }), lastYear({ expected: raised }))).toEqual([]);
  });

  test('「見直し」 in the analysis counts only where it speaks of the target or baseline', () => {
    // The default analysis says 「講座の内容を見直して継続する。」: about the course, not the target.
    expect(firedCells('target-changed', yearSheet({ narrative: ['参加者が増えた。', '人口減少。', '目標値を上方修正した。'] }), lastYear({ expected: raised }))).toEqual([]);
  });

  test('a 備考 last year already had is not a note about this change', () => {
    const notes = [null, null, '講座を2回開催'];
    expect(firedCells('target-changed', yearSheet({ notes }), lastYear({ expected: raised, notes }))).toEqual(['J39']);
  });
});
