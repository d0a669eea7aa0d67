import { readSheet } from '../../../src/core/read';
import { seedSnapshot } from '../../support/seed-tsv';
import { shown } from './helpers';

const sheet = readSheet(seedSnapshot('nasushiobara', 'P3'));
const row = (n: number) => sheet.indicators.find((i) => i.key === `row:${n}`)!;
const itemAt = (n: number) => sheet.items.find((i) => i.cell === `B${n}`)!;

describe('Nasushiobara seed (baseline / target / current rows)', () => {
  test('layout, evaluation year from 「(1)令和4年度実施状況」', () => {
    expect(sheet.layouts).toEqual(['baseline-target-current']);
    expect(sheet.evaluationYear).toMatchObject({ year: 2022, cell: 'D7' });
    expect(sheet.overallGrade).toBeNull();
  });

  test('16 rows, each an item and an indicator, from three tables', () => {
    expect(sheet.indicators).toHaveLength(16);
    expect(sheet.items).toHaveLength(16);
    for (const i of sheet.indicators) {
      expect(i.baseline).toMatchObject({ year: 2015, label: '基準値 (H27)' });
      expect(i.target).toMatchObject({ year: 2022, label: '目標値 (R4)' });
      expect(i.current).toMatchObject({ year: 2022, label: '現状値 (R4)' });
      expect(i.years.map((y) => y.year)).toEqual([2022]);
      expect(sheet.items.find((it) => it.key === i.itemKey)?.indicatorKeys).toEqual([i.key]);
    }
  });

  test('labelled values: name from the label, unit from the values', () => {
    expect(row(11)).toMatchObject({ name: { text: '未設置地区' }, unitText: '地区', qualitative: false });
    expect([shown(row(11).baseline?.value), shown(row(11).target?.value), shown(row(11).current?.value)]).toEqual([4, 2, 2]);
    expect(row(14)).toMatchObject({ name: { text: '加入率' }, unitText: '%', precision: 1 });
    expect(shown(row(14).baseline?.value)).toBe(66.1);
    expect(row(21)).toMatchObject({ name: { text: '交付団体' }, unitText: '団体' });
    expect(row(33)).toMatchObject({ name: { text: '回数' }, unitText: '回' });
    // The flattening broke 世帯カバー率; the current value is a bare 82% cell (0.82 shown as 82).
    expect(row(15).name?.text).toBe('世帯力 バー率');
    expect([shown(row(15).baseline?.value), shown(row(15).target?.value), shown(row(15).current?.value)]).toEqual([73, 95, 82]);
  });

  test('登録団体数 64 → 100 → no data, grade E', () => {
    const i = row(24);
    expect(i.current?.value?.parsed.kind).toBe('no-data');
    expect(i.grade?.value).toBe('E');
    expect(itemAt(24).grade?.value).toBe('E');
    expect(itemAt(24).title).toBe('市民ポータルサイトによるネットワーク化の推進');
  });

  test('qualitative rows keep their words', () => {
    expect(row(12)).toMatchObject({ name: { text: '保険制度' }, qualitative: true, precision: null });
    expect([shown(row(12).baseline?.value), shown(row(12).target?.value), shown(row(12).current?.value)]).toEqual([
      '保険制度 未実施',
      '保険制度 実施',
      '保険制度 一部実施',
    ]);
    expect(row(10)).toMatchObject({ name: { text: '情報の集約・提供' }, qualitative: true });
    expect(row(32)).toMatchObject({ name: { text: '調査・活用' }, qualitative: true });
  });

  test('items: 事業名, 担当課, 事業の評価, 効果又は理由; 協働の相手 is not a reference', () => {
    const first = itemAt(10);
    expect(first).toMatchObject({ no: '各種助成制度の情報提供', department: '市民協働推進課', grade: { value: 'B', cell: 'F10' } });
    expect(first.narrative.map((n) => [n.label, n.cell])).toEqual([['効果又は理由(改善策)', 'G10']]);
    for (const it of sheet.items) expect(it.indicatorRefs).toEqual([]);
    expect(sheet.items.map((i) => i.grade?.value).join('')).toBe('BDDCCCBCBAECACAD');
  });

  test('項目 headings carried down as the item group', () => {
    expect(itemAt(11).group).toBe('(1)市民の組織機能を強化するための支援');
    expect(itemAt(25).group).toBe('(2)相互交流のネットワーク化');
    expect(itemAt(33).group).toBe('(3)市職員の市民団体活動などへの参加促進');
    // Row 20 opens the second table (a page break) with 項目 blank: it continues (1).
    expect(itemAt(20).group).toBe('(1)市民の組織機能を強化するための支援');
  });
});
