import { readSheet } from '../../../src/core/read';
import { seedSnapshot } from '../../support/seed-tsv';
import { actuals, expecteds, shown, yearsOf } from './helpers';

const sheet = readSheet(seedSnapshot('kitakami', '9-2'));
const ind = (id: string) => sheet.indicators.find((i) => i.id === id)!;
const item = (no: string) => sheet.items.find((i) => i.no === no)!;

describe('Kitakami seed (indicator blocks + items)', () => {
  test('header: title, policy, evaluation year, legend, overall grade', () => {
    expect(sheet.kind).toBe('evaluation');
    expect(sheet.layouts).toEqual(['indicator-blocks']);
    expect(sheet.title).toContain('基本施策事後評価シート');
    expect(sheet.policy.map((p) => [p.label, p.value])).toEqual([
      ['基本方針', '9.誰もが主体的に参画する市民協働の深化'],
      ['基本施策', '9-2.まちづくりで広がる市民協働の深化'],
    ]);
    expect(sheet.evaluationYear).toMatchObject({ year: 2023, cell: 'A3' });
    expect(sheet.legend?.map((l) => [l.grade, l.meaning])).toEqual([
      ['A', '順調'],
      ['B', '概ね順調'],
      ['C', 'やや遅れている'],
      ['D', '遅れている'],
    ]);
    expect(sheet.overallGrade).toMatchObject({ value: 'B', cell: 'B16', normalized: false });
  });

  test('items 1–3 with grades 「B (B)」, refs from the 達成状況 column, two-row narrative', () => {
    expect(sheet.items.map((i) => i.no)).toEqual(['1', '2', '3']);
    for (const no of ['1', '2', '3']) {
      expect(item(no).department).toBe('まちづくり部');
      expect(item(no).grade).toMatchObject({ raw: 'B (B)', value: 'B', previous: 'B', normalized: false });
    }
    expect(item('1').indicatorRefs).toEqual(['②']);
    expect(item('1').indicatorKeys).toEqual(['②']);
    expect(item('1').refCell).toBe('F26');
    expect(item('2').indicatorRefs).toEqual(['①']);
    expect(item('3').indicatorRefs).toEqual([]);
    // 「◆①プラットフォーム」 in 今後の方向性 is prose, not a reference.
    expect(item('1').indicatorRefs).not.toContain('①');
    const labels = item('1').narrative.map((n) => `${n.label.slice(0, 6)}@${n.cell}`);
    // Every analysis cell the item spans, blank ones with text '' (J27 here; H30, I30, J31 for item 3).
    expect(labels).toEqual(['内部要因@H26', '外部要因@I26', '今後の方向性@J26', '内部要因@H27', '外部要因@I27', '今後の方向性@J27']);
    expect(item('1').narrative.map((n) => n.text === '')).toEqual([false, false, false, false, false, true]);
    expect(item('3').narrative.map((n) => [n.cell, n.text === ''])).toEqual([
      ['H30', true],
      ['I30', true],
      ['J30', false],
      ['H31', false],
      ['I31', false],
      ['J31', true],
    ]);
    expect(item('1').title).toBe('協働の定着と拡充');
  });

  test('indicator ①: name, unit, department, years R1…R7, baseline R1, target R7 期待値, precision 1', () => {
    const i = ind('①');
    expect(i.name?.text).toBe('まちづくりスタートアップ塾への参加人数(R5~大人の放課後ゼミナールに改変)');
    expect(i.unit?.text).toBe('人');
    expect(i.department).toBe('まちづくり部');
    expect(i.description).toBe('年度ごとの講座参加者数');
    expect(yearsOf(i)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    expect(actuals(i)).toEqual([43, 43, 27, 36, 96, null, null]);
    expect(expecteds(i)).toEqual([43, 47.5, 52, 56.5, 61, 65.5, 70]);
    expect(i.years[0].label).toBe('R1 (現状値)');
    // Flattened: the header R1 sits in C37, its values in D38/D39.
    expect(i.years[0]).toMatchObject({ labelCell: 'C37', actual: { cell: 'D38' }, expected: { cell: 'D39' } });
    expect(i.baseline).toMatchObject({ year: 2019, value: { cell: 'D38' } });
    expect(shown(i.baseline?.value)).toBe(43);
    expect(i.target).toMatchObject({ year: 2025, value: { cell: 'J39' } });
    expect(shown(i.target?.value)).toBe(70);
    expect(i.precision).toBe(1);
    expect(i.cumulative).toBe(false);
    expect(i.qualitative).toBe(false);
  });

  test('indicator ②: % unit, blank R3 actual explained by the notes row, description', () => {
    const i = ind('②');
    expect(i.name?.text).toBe('地域活動やボランティア活動などに参加している市民の割合(市民意識調査)');
    expect(i.unitText).toBe('%');
    expect(actuals(i)).toEqual([48.6, 48, null, 40.9, 38.7, null, null]);
    expect(expecteds(i)).toEqual([48.6, 49.1, 49.6, 50.1, 50.5, 51, 51.5]);
    expect(i.years.map((y) => y.note?.text ?? null)).toEqual(['H30', null, '未実施', null, null, null, null]);
    expect(i.description).toContain('市民意識調査において');
    expect(i.precision).toBe(1);
  });

  test('empty blocks ③…⑮ are read as indicators with no name and no values', () => {
    expect(sheet.indicators.map((i) => i.id)).toEqual(['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩', '⑪', '⑫', '⑬', '⑭', '⑮']);
    for (const i of sheet.indicators.slice(2)) {
      expect(i.name).toBeNull();
      // The 単位 column is there with its cell blank: kept as text '' on the 実績値 row (B49 for ③).
      expect(i.unit).toEqual({ cell: `B${i.years[0].actual?.cell.replace(/^[A-Z]+/, '')}`, text: '' });
      expect(i.unitText).toBeNull();
      expect(i.department).toBeNull();
      expect(i.years.every((y) => shown(y.actual) === null && shown(y.expected) === null)).toBe(true);
    }
    expect(sheet.indicators[2].unit?.cell).toBe('B49');
    expect(new Set(sheet.indicators.map((i) => i.key)).size).toBe(15);
  });

  test('no schedule, no year-header problems', () => {
    expect(sheet.schedule).toEqual([]);
    expect(sheet.badYearHeaders).toEqual([]);
    expect(sheet.indicators.every((i) => i.badYearHeaders.length === 0)).toBe(true);
  });
});
