import { isLabel, labelHead, startsWithLabel } from '../../../src/core/read/labels';

describe('labels match whatever width and spacing a city typed', () => {
  test.each([
    ['評 価', 'grade'],
    ['達成状況評価', 'grade'],
    ['ＮＯ．', 'no'],
    ['No.', 'no'],
    ['no', 'no'],
    ['担当部署等', 'department'],
    ['単　位', 'unit'],
    ['内 容', 'scheduleContent'],
    ['取組項目(中項目)', 'policy'],
    ['今後の方向性 (◇:R6に着手予定)', 'narrative'],
    ['実績値', 'actual'],
  ] as const)('%s is %s', (text, key) => expect(isLabel(text, key)).toBe(true));

  test.each([
    ['基本方針1 協働のための人づくり', 'policy'],
    ['評価の結果について', 'grade'],
    ['No.28', 'no'],
    ['', 'grade'],
  ] as const)('%s is not %s', (text, key) => expect(isLabel(text, key)).toBe(false));

  test('prefix labels and bracketed tails', () => {
    expect(startsWithLabel('期待値 ※R7は目標値', 'expected')).toBe(true);
    expect(startsWithLabel('実績値', 'expected')).toBe(false);
    expect(labelHead('基準値 (H27)')).toBe('基準値');
  });
});
