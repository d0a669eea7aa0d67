import { planFill, proposeFill } from '../../../src/core/plan';
import type { ValueCell } from '../../../src/core/model/types';
import { analysis, finding, indicator, valueCell, year } from './helpers';

const fix = (cell: string, rule: 'expected-missing' | 'expected-mismatch' = 'expected-missing') =>
  finding({ rule, cell, fix: { cell, value: 52 }, data: { value: 52, precision: 1 } });
const off = { overwriteMismatches: false };
const on = { overwriteMismatches: true };

describe('proposeFill: which cells, which value, which format', () => {
  it('fills a cell whose raw is the empty string (nothing in it)', () => {
    const ind = indicator([year(2021, 'R3', valueCell('F39', ''))]);
    expect(proposeFill(analysis(ind, [fix('F39')]), off).map((c) => [c.cell, c.to])).toEqual([['F39', 52]]);
  });

  it('a mismatch on a blank cell is left alone unless asked, and its message says the cell was blank', () => {
    const ind = indicator([year(2021, 'R3', valueCell('F39', null)), year(2022, 'R4', valueCell('G39', ' '))]);
    expect(proposeFill(analysis(ind, [fix('F39', 'expected-mismatch')]), off)).toEqual([]);
    const changes = proposeFill(analysis(ind, [fix('F39', 'expected-mismatch'), fix('G39', 'expected-mismatch')]), on);
    expect(changes.map((c) => c.message)).toEqual([
      { ja: '① 参加人数 R3 の期待値 (空欄/blank) を 52.0 に修正（基準値から目標値への直線）', en: '① 参加人数 R3: expected value (空欄/blank) replaced by 52.0 (straight line from baseline to target)' },
      { ja: '① 参加人数 R4 の期待値 (空欄/blank) を 52.0 に修正（基準値から目標値への直線）', en: '① 参加人数 R4: expected value (空欄/blank) replaced by 52.0 (straight line from baseline to target)' },
    ]);
  });

  it('never writes into a formula cell, even one with no saved result and even when asked to overwrite', () => {
    const cell: ValueCell = { ...valueCell('F39', null), formula: true };
    const ind = indicator([year(2021, 'R3', cell)]);
    expect(proposeFill(analysis(ind, [fix('F39', 'expected-mismatch')]), on)).toEqual([]);
  });

  it('proposes a cell once when two findings point at it', () => {
    const ind = indicator([year(2021, 'R3', valueCell('F39', null))]);
    expect(proposeFill(analysis(ind, [fix('F39'), fix('F39', 'expected-mismatch')]), on)).toHaveLength(1);
  });

  it("keeps the cell's own number format over its neighbours'", () => {
    const ind = indicator([year(2019, 'R1', valueCell('D39', 43, '0.0')), year(2021, 'R3', valueCell('F39', null, '0.00'))]);
    expect(proposeFill(analysis(ind, [fix('F39')]), off)[0].numberFormat).toBe('0.00');
  });

  it("takes the neighbours' most common format, first on a tie; General and non-number cells do not count", () => {
    const fmt = (years: ReturnType<typeof year>[]) => proposeFill(analysis(indicator([...years, year(2030, 'R12', valueCell('Z39', null))]), [fix('Z39')]), off)[0].numberFormat;
    expect(fmt([year(2019, 'a', valueCell('A1', 1, '0.0')), year(2020, 'b', valueCell('B1', 2, '0.0')), year(2021, 'c', valueCell('C1', 3, '0.00'))])).toBe('0.0');
    expect(fmt([year(2019, 'a', valueCell('A1', 1, '0.0')), year(2021, 'c', valueCell('C1', 3, '0.00'))])).toBe('0.0');
    expect(fmt([year(2019, 'a', valueCell('A1', 1, '0.00')), year(2020, 'b', valueCell('B1', 2, '0.0')), year(2021, 'c', valueCell('C1', 3, '0.0'))])).toBe('0.0');
    expect(fmt([year(2019, 'a', valueCell('A1', '-', '0.000'), valueCell('A2', '-', '0.000')), year(2021, 'c', valueCell('C1', 3, '0.0'))])).toBe('0.0');
    expect(fmt([year(2019, 'a', valueCell('A1', 1), valueCell('A2', 2)), year(2021, 'c', valueCell('C1', 3, '0.0'))])).toBe('0.0');
    expect(fmt([year(2019, 'a', valueCell('A1', 1))])).toBeNull();
  });

  it('labels the indicator by its name alone when it has no number, and by its cell when it has neither', () => {
    const named = { ...indicator([year(2021, 'R3', valueCell('F39', null))]), id: '' };
    expect(proposeFill(analysis(named, [fix('F39')]), off)[0].message.ja).toBe('参加人数 R3 の期待値（空欄）に 52.0 を記入（基準値から目標値への直線）');
    const bare = { ...named, name: null };
    const c = proposeFill(analysis(bare, [fix('F39')]), off)[0];
    expect(c.message.ja).toBe('A35 R3 の期待値（空欄）に 52.0 を記入（基準値から目標値への直線）');
    expect(c.indicator).toEqual({ id: '', name: null });
  });
});

describe('planFill', () => {
  it('titles the plan with the number of cells it writes', () => {
    const ind = indicator([year(2021, 'R3', valueCell('F39', null)), year(2022, 'R4', valueCell('G39', null))]);
    const plan = planFill(proposeFill(analysis(ind, [fix('F39'), fix('G39')]), off));
    expect(plan.title).toEqual({ ja: '期待値の記入（2 か所）', en: 'Fill in expected values (2 cells)' });
    expect(plan.ops.map((o) => o.op === 'set-value' && [o.cell, o.value, o.expect])).toEqual([['F39', 52, null], ['G39', 52, null]]);
  });
});
