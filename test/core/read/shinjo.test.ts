import { readSheet } from '../../../src/core/read';
import { seedSnapshot } from '../../support/seed-tsv';

const sheet = readSheet(seedSnapshot('shinjo', '計画'));

describe('Shinjo seed (schedule tables with bare years)', () => {
  test('a schedule sheet, nothing else', () => {
    expect(sheet.kind).toBe('evaluation');
    expect(sheet.layouts).toEqual(['schedule']);
    expect(sheet.title).toBe('新庄市協働推進計画');
    expect(sheet.indicators).toEqual([]);
    expect(sheet.items).toEqual([]);
  });

  test('actions 1–20 numbered from 内容, bare years 27…31 read in 平成 (2015–2019)', () => {
    expect(sheet.schedule.map((a) => a.no)).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
    for (const a of sheet.schedule) expect(a.statuses.map((s) => s.year)).toEqual([2015, 2016, 2017, 2018, 2019]);
    expect(sheet.schedule[0]).toMatchObject({ name: '地域の活動支援', cell: 'B92' });
    expect(new Set(sheet.schedule.map((a) => a.key)).size).toBe(20);
  });

  test('names from 取組事項 carried down where the merged cell is blank', () => {
    expect(sheet.schedule[1].name).toBe('地域の活動支援');
    expect(sheet.schedule[13].name).toBe(sheet.schedule[12].name);
    expect(sheet.schedule[19].name).toBe('協働事業評価制度の導入');
  });

  test('statuses: 実施 in 27; 10–12 検討 then 実施; 15–20 none', () => {
    const st = (no: string) => sheet.schedule.find((a) => a.no === no)!.statuses.map((s) => s.status);
    expect(st('1')).toEqual(['実施', null, null, null, null]);
    for (const no of ['10', '11', '12']) expect(st(no)).toEqual(['検討', '実施', null, null, null]);
    for (let n = 15; n <= 20; n++) expect(st(String(n)).every((s) => s === null)).toBe(true);
    expect(sheet.badYearHeaders).toEqual([]);
  });
});
