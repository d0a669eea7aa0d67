import { matchIndicators, matchItems, matchSheets, similarity, splitCode, titleKey } from '../../../src/core/previous';
import { item, rowIndicator, sheet } from '../../support/model-builder';
import { lastYear, yearSheet } from '../rules/previous-support';

const prev = (model: ReturnType<typeof yearSheet>, file = 'r4.xlsx') => ({ file, model, evaluationYear: 2022 });

describe('matching last year\'s sheets to this year\'s', () => {
  test('titles lose their years; headings split into number and text', () => {
    expect(titleKey('令和6年度基本施策事後評価シート（評価対象期間：令和5年度）')).toBe(titleKey('令和5年度基本施策事後評価シート（評価対象期間：令和4年度）'));
    expect(splitCode('9-2.まちづくりで広がる市民協働の深化')).toEqual({ code: '9-2', rest: 'まちづくりで広がる市民協働の深化' });
    expect(similarity('まちづくりセンター数', 'まちづくりセンター設置数')).toBeCloseTo(0.8, 5);
    expect(similarity('abc', 'xyz')).toBe(0);
  });

  test('sheets by policy: among sheets of one template, the one with the same 基本施策, whatever its name or number', () => {
    const cur = yearSheet();
    const other = lastYear();
    other.sheet = '9-1';
    other.policy = [other.policy[0], { label: '基本施策', value: '9-1.地域コミュニティの活性化', cell: 'B6' }];
    other.items = [item({ key: '1', row: 26, title: '自治会活動の支援', grade: 'B' })];
    const renumbered = lastYear();
    renumbered.sheet = '9-3';
    renumbered.policy = [renumbered.policy[0], { label: '基本施策', value: '9-3.まちづくりで広がる市民協働の深化', cell: 'B6' }];
    const m = matchSheets([cur], [prev(other), prev(renumbered)]);
    expect(m.get('9-2')?.previous.model.sheet).toBe('9-3');
  });

  test('a sheet with no counterpart is left unmatched, and each of last year\'s sheets is used once', () => {
    const unrelated = sheet({ sheet: 'メモ2', title: '防災計画', items: [item({ key: '1', row: 5, title: '避難所の整備' })] });
    expect(matchSheets([yearSheet()], [prev(unrelated)]).get('9-2')).toBeNull();
    const a = yearSheet();
    const b = yearSheet();
    b.sheet = '9-2 (2)';
    const m = matchSheets([a, b], [prev(lastYear())]);
    expect([m.get('9-2') !== null, m.get('9-2 (2)') !== null]).toEqual([true, false]);
  });

  test('items: number and title, the title under a new number, the number with a similar title; not a different title', () => {
    const cur = [item({ key: '1', row: 1, title: '協働の定着と拡充' }), item({ key: '2', row: 2, title: '人材の育成' }), item({ key: '3', row: 3, title: '地域づくり組織のマネジメント強化' })];
    const before = [item({ key: '2', row: 1, title: '協働の定着と拡充' }), item({ key: '3', row: 2, title: '地域づくり組織のマネジメントの強化' }), item({ key: '1', row: 3, title: '防災' })];
    expect(matchItems(cur, before).map((p) => [p.current.no, p.previous.no, p.basis])).toEqual([
      ['1', '2', 'renumbered'],
      ['3', '3', 'retitled'],
    ]);
  });

  test('indicators of item rows match only within paired items (two rows both named 登録団体数)', () => {
    const ind = (key: string, row: number, itemKey: string) => ({ ...rowIndicator({ key, row, name: '登録団体数', layout: 'baseline-target-current', baseline: [2015, 0], target: [2022, 50] }), itemKey });
    const items = matchItems([item({ key: 'a', row: 23, title: '推進団体登録事業' }), item({ key: 'b', row: 24, title: 'ポータルサイト' })], [item({ key: 'x', row: 24, title: 'ポータルサイト' }), item({ key: 'y', row: 23, title: '推進団体登録事業' })]);
    const pairs = matchIndicators([ind('r23', 23, 'a'), ind('r24', 24, 'b')], [ind('p24', 24, 'x'), ind('p23', 23, 'y')], items);
    expect(pairs.map((p) => [p.current.key, p.previous.key])).toEqual([
      ['r23', 'p23'],
      ['r24', 'p24'],
    ]);
  });
});
