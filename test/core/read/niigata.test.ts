import { readSheet } from '../../../src/core/read';
import { seedSnapshot } from '../../support/seed-tsv';
import { actuals, expecteds, shown, yearsOf } from './helpers';

const sheet = readSheet(seedSnapshot('niigata', '28'));
const byName = (n: string) => sheet.indicators.find((i) => i.name?.text.startsWith(n))!;

describe('Niigata seed (plan/actual pairs in two blocks)', () => {
  test('one layout, title, policy lines, no explicit evaluation year', () => {
    expect(sheet.kind).toBe('evaluation');
    expect(sheet.layouts).toEqual(['plan-actual']);
    expect(sheet.title).toBe('重点改革項目Ⅱ 市民や民間とのパートナーシップ・連携の深化');
    expect(sheet.policy.map((p) => p.label)).toEqual(['取組項目(中項目)', '具体的な取組項目(小項目)', '改革実施項目名称(細項目)']);
    expect(sheet.evaluationYear).toBeNull();
    expect(sheet.overallGrade).toBeNull();
  });

  test('the same indicator in both blocks is one indicator over 2015–2018', () => {
    expect(sheet.indicators).toHaveLength(2);
    const a = byName('コミュニティ・コーディネーター育成講座受講者数(累計)');
    expect(yearsOf(a)).toEqual([2015, 2016, 2017, 2018]);
    expect(expecteds(a)).toEqual([1090, 1250, 1410, 1570]);
    expect(actuals(a)).toEqual([1152, 1345, 1454, 1671]);
    expect(a.cumulative).toBe(true);
    expect(a.baseline).toMatchObject({ year: 2014, label: '現状 (平成26年度)', value: { cell: 'C14' } });
    const base = a.baseline?.value?.parsed;
    expect(base?.kind === 'number' && base.value === 930 && base.estimate).toBe(true);
    // The final target of the second block wins over the interim one of the first.
    expect(a.target).toMatchObject({ year: 2019, label: '最終目標/ 31年度以降', value: { cell: 'H43' } });
    expect(shown(a.target?.value)).toBe('継続実施');
    // Block 1 is flattened (headers one column left), block 2 is aligned.
    expect(a.years.map((y) => [y.expected?.cell, y.actual?.cell])).toEqual([
      ['D14', 'E14'],
      ['F14', 'G14'],
      ['D43', 'E43'],
      ['F43', 'G43'],
    ]);
    expect(a.precision).toBe(0);
    expect(a.qualitative).toBe(false);
  });

  test('まちづくりセンター数: 37(見込み); 42/43, 50/48, 58/54, 66/55; not cumulative', () => {
    const b = byName('まちづくりセンター数');
    expect(shown(b.baseline?.value)).toBe(37);
    expect(expecteds(b)).toEqual([42, 50, 58, 66]);
    expect(actuals(b)).toEqual([43, 48, 54, 55]);
    expect(b.cumulative).toBe(false);
  });

  test('the 取組工程 row (text in plan/actual cells) is not an indicator', () => {
    expect(sheet.indicators.some((i) => (i.name?.text ?? '').includes('取組工程'))).toBe(false);
    expect(sheet.indicators.some((i) => i.cell.endsWith('42'))).toBe(false);
  });

  test('one item No. 28 with title, department, both indicators and yearly grades B, C, C, C', () => {
    expect(sheet.items).toHaveLength(1);
    const item = sheet.items[0];
    expect(item.no).toBe('28');
    expect(item.cell).toBe('D5');
    expect(item.title).toBe('地域活動の担い手を育む仕組みづくり(住民自治を担う人材の育成、ノウハウ蓄積)');
    expect(item.department).toBe('市民協働課● 中央公民館');
    expect(item.indicatorKeys).toEqual(sheet.indicators.map((i) => i.key));
    expect(item.yearlyGrades.map((g) => [g.year, g.grade.value, g.grade.cell])).toEqual([
      [2015, 'B', 'E23'],
      [2016, 'C', 'G23'],
      [2017, 'C', 'E50'],
      [2018, 'C', 'G50'],
    ]);
    expect(item.grade).toMatchObject({ value: 'C', previous: 'C', cell: 'G50' });
    expect(item.narrative.length).toBeGreaterThan(0);
    // 進捗に遅れあり (progress management) is not a grade.
    expect(item.yearlyGrades.some((g) => g.grade.value === '進捗に遅れあり')).toBe(false);
  });

  test('the 進捗管理 and 年度評価 year rows do not become schedules', () => {
    expect(sheet.schedule).toEqual([]);
    expect(sheet.badYearHeaders).toEqual([]);
  });
});
