import * as fs from 'fs';
import { analyzeWorkbook } from '../../../src/core/analyze';
import { planFill, proposeFill } from '../../../src/core/plan';
import { readXlsx } from '../../../src/xlsx';
import { fixturePath } from '../../support/fixtures';
import { analysis, finding, indicator, valueCell, year } from './helpers';

const ind = indicator([
  year(2019, 'R1 (現状値)', valueCell('D39', 43, '0.0')),
  year(2021, 'R3', valueCell('F39', null)),
  year(2023, 'R5', valueCell('H39', 62, '0.0')),
  year(2024, 'R6', valueCell('I39', '  ')),
]);

const missing = finding({ rule: 'expected-missing', cell: 'F39', fix: { cell: 'F39', value: 52 }, data: { value: 52, precision: 1 } });
const mismatch = finding({ rule: 'expected-mismatch', cell: 'H39', fix: { cell: 'H39', value: 61 }, data: { value: 61, precision: 1 } });

describe('proposeFill', () => {
  it('proposes blank expected cells only, with the raw value, year, indicator, the neighbours’ format and a ja/en message', () => {
    const changes = proposeFill(analysis(ind, [missing, mismatch]), { overwriteMismatches: false });
    expect(changes).toEqual([
      {
        sheet: '9-2', cell: 'F39', from: null, to: 52, toText: '52.0', rule: 'expected-missing',
        indicator: { id: '①', name: '参加人数' }, year: { year: 2021, label: 'R3' }, numberFormat: '0.0',
        message: { ja: '① 参加人数 R3 の期待値（空欄）に 52.0 を記入（基準値から目標値への直線）', en: '① 参加人数 R3: blank expected value set to 52.0 (straight line from baseline to target)' },
      },
    ]);
  });

  it('adds mismatched cells only when asked, with what they hold now', () => {
    const changes = proposeFill(analysis(ind, [missing, mismatch]), { overwriteMismatches: true });
    expect(changes.map((c) => [c.cell, c.from, c.to, c.rule])).toEqual([
      ['F39', null, 52, 'expected-missing'],
      ['H39', 62, 61, 'expected-mismatch'],
    ]);
    expect(changes[1].message.ja).toContain('62 を 61.0 に修正');
  });

  it('never proposes a non-blank cell as missing, a cell the model does not know, or a text fix', () => {
    const wrong = finding({ rule: 'expected-missing', cell: 'H39', fix: { cell: 'H39', value: 61 } }); // H39 holds 62
    const unknown = finding({ rule: 'expected-missing', cell: 'Z99', fix: { cell: 'Z99', value: 1 } });
    const text = finding({ rule: 'expected-missing', cell: 'F39', fix: { cell: 'F39', value: '52' } });
    const other = finding({ rule: 'value-normalized', cell: 'F39', fix: { cell: 'F39', value: 52 } });
    expect(proposeFill(analysis(ind, [wrong, unknown, text, other]), { overwriteMismatches: false })).toEqual([]);
  });

  it('never fills a cell holding only spaces (a person marked it deliberately empty; issue 8), even when asked to overwrite', () => {
    const f = finding({ rule: 'expected-missing', cell: 'I39', fix: { cell: 'I39', value: 65.5 }, data: { value: 65.5, precision: 1 } });
    expect(proposeFill(analysis(ind, [f]), { overwriteMismatches: false })).toEqual([]);
    expect(proposeFill(analysis(ind, [f]), { overwriteMismatches: true })).toEqual([]);
  });

  it('on the bundled sample, proposes exactly the real sheet’s ② 期待値 R2–R6', async () => {
    const w = await readXlsx(fs.readFileSync(fixturePath('kitakami-9-2.xlsx')), 'kitakami-9-2.xlsx');
    const changes = proposeFill(analyzeWorkbook(w), { overwriteMismatches: false });
    expect(changes.map((c) => [c.cell, c.to])).toEqual([
      ['E45', 49.1],
      ['F45', 49.6],
      ['G45', 50.1],
      ['H45', 50.5],
      ['I45', 51],
    ]);
  });
});

describe('planFill', () => {
  it('makes compare-and-set value ops that keep the number format and carry the reason', () => {
    const changes = proposeFill(analysis(ind, [missing, mismatch]), { overwriteMismatches: true });
    const plan = planFill(changes);
    expect(plan.title.en).toBe('Fill in expected values (2 cells)');
    expect(plan.ops).toEqual([
      { op: 'set-value', sheet: '9-2', cell: 'F39', value: 52, expect: null, numberFormat: '0.0', reason: { rule: 'expected-missing', ja: changes[0].message.ja, en: changes[0].message.en } },
      { op: 'set-value', sheet: '9-2', cell: 'H39', value: 61, expect: 62, numberFormat: '0.0', reason: { rule: 'expected-mismatch', ja: changes[1].message.ja, en: changes[1].message.en } },
    ]);
  });

  it('leaves the format alone where neither the cell nor its neighbours have one', () => {
    const plain = indicator([year(2021, 'R3', valueCell('F39', null))]);
    const f = finding({ rule: 'expected-missing', cell: 'F39', fix: { cell: 'F39', value: 52 } });
    expect(planFill(proposeFill(analysis(plain, [f]), { overwriteMismatches: false })).ops[0]).not.toHaveProperty('numberFormat');
  });
});
