import { readSheet } from '../../../src/core/read';
import { seedSnapshot } from '../../support/seed-tsv';
import { shown } from './helpers';

const sheet = readSheet(seedSnapshot('ichinoseki', '計画'));

describe('Ichinoseki seed (baseline → target tables + schedules in a plan document)', () => {
  test('layouts, title; no items, grades or evaluation year', () => {
    expect(sheet.kind).toBe('evaluation');
    expect(sheet.layouts).toEqual(['baseline-target', 'schedule']);
    expect(sheet.title).toBe('一関市協働推進計画');
    expect(sheet.items).toEqual([]);
    expect(sheet.overallGrade).toBeNull();
    expect(sheet.legend).toBeNull();
    expect(sheet.evaluationYear).toBeNull();
    expect(sheet.policy).toEqual([]);
  });

  test('nine indicators from four tables, numbering restarting per table, keys unique', () => {
    const rows = sheet.indicators.map((i) => [i.id, i.name?.text, i.unit?.text, shown(i.baseline?.value), shown(i.target?.value)]);
    expect(rows).toEqual([
      ['1', '市民1人当たりの市民センター利用回数', '回/年', 3.77, 4.23],
      ['1', '輪っしょい!!WEBへの年間アクセス数', '件', 7033, 10000],
      ['2', 'まちづくりスタッフバンクの登録者数', '人', 41, 61],
      ['3', '市職員の協働に対する認知度', '%', '-', 90],
      ['1', '地域協働体の活動件数', '件', 466, 486],
      ['2', 'いちのせき市民活動センターによる話し合い支援の件数', '件', 138, 150],
      ['1', 'チーム会議の開催数', '回', 125, 170],
      ['2', 'いちのせき市民活動センター年間相談件数', '件', 2335, 2500],
      ['3', '地域協働体の設立件数', '件', 33, 34],
    ]);
    expect(new Set(sheet.indicators.map((i) => i.key)).size).toBe(9);
    for (const i of sheet.indicators) {
      expect(i.layout).toBe('baseline-target');
      expect(i.baseline).toMatchObject({ year: 2022, label: '現状 (令和4年度)' });
      expect(i.target).toMatchObject({ year: 2028, label: '目標 (令和10年度)' });
      expect(i.years).toEqual([]);
    }
    const first = sheet.indicators[0];
    expect(first).toMatchObject({ cell: 'A345', baseline: { labelCell: 'D344', value: { cell: 'D345' } }, precision: 2 });
    // The no-data mark 「—」 is kept as such, not as a number.
    expect(sheet.indicators[3].baseline?.value?.parsed.kind).toBe('no-data');
  });

  test('prose with years (the history table, the table of contents) is neither indicator nor schedule', () => {
    const cells = [...sheet.indicators.map((i) => i.cell), ...sheet.schedule.map((a) => a.cell)];
    const rows = cells.map((c) => Number(c.replace(/^[A-Z]+/, '')));
    expect(rows.every((r) => r > 340)).toBe(true);
    expect(sheet.schedule.some((a) => a.name.includes('アクションプラン'))).toBe(false);
  });

  test('18 project schedules over 6年度…10年度 (2024–2028), titles from the 事業 rows', () => {
    expect(sheet.schedule.map((a) => a.no)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    const one = sheet.schedule[0];
    expect(one.name).toBe('情報発信機能及び体制の強化');
    expect(one.statuses.map((s) => [s.year, s.label, s.status])).toEqual([
      [2024, '6年度', '実施'],
      [2025, '7年度', '→'],
      [2026, '8年度', '→'],
      [2027, '9年度', '→'],
      [2028, '10年度', '→'],
    ]);
    expect(one.statuses[0].cell).toBe('C390');
    const eleven = sheet.schedule[10];
    expect(eleven.name).toBe('「地域づくり計画」の市政への反映');
    expect(eleven.statuses.map((s) => s.status)).toEqual(['検討', '→', '実施', '→', '→']);
    expect(sheet.schedule.find((a) => a.no === '3')?.name).toBe('学習機会の提供');
    expect(sheet.badYearHeaders).toEqual([]);
  });
});
