import { fired, clean } from './support';
import type { Indicator } from '../../../src/core/model/types';
import { item, sheet, value } from '../../support/model-builder';

/** Niigata-style plan/actual indicator: 現状 H26, 計画/実績 H27, H28, final target in words. */
function niigata(plans: (number | null)[], target: string | number): Indicator {
  const years = [2015, 2016].map((year, i) => ({
    year,
    label: `平成${year - 1988}年度`,
    labelCell: `D${10}`,
    expected: value(`${String.fromCharCode(68 + 2 * i)}12`, plans[i]),
    actual: value(`${String.fromCharCode(69 + 2 * i)}12`, [1152, 1345][i], '#,##0'),
    note: null,
  }));
  return {
    key: 'a', id: '', layout: 'plan-actual', cell: 'B12',
    name: { cell: 'B12', text: 'コミュニティ・コーディネーター育成講座受講者数(累計)' }, unit: null, unitText: '人',
    department: null, description: null,
    baseline: { year: 2014, label: '現状 (平成26年度)', labelCell: 'C10', value: value('C12', '930(見込み)') },
    target: { year: 2017, label: '中間目標/ 29年度以降', labelCell: 'H10', value: value('H12', target) },
    current: null, years, cumulative: true, qualitative: false, precision: null, grade: null, itemKey: null, badYearHeaders: [],
  };
}

const planSheet = (ind: Indicator) => sheet({ indicators: [ind], items: [item({ key: '28', row: 3, yearlyGrades: [{ year: 2015, cell: 'F20', raw: 'B' }, { year: 2016, cell: 'H20', raw: 'C' }] })] });

test('fires on a blank target where one is needed', () => {
  expect(fired('target-missing', clean({ expected: [100, 110, 120, 130, 140, 150, null] }))).toEqual([['target-missing', 'J39']]);
  expect(fired('target-missing', planSheet(niigata([1090, null], '')))).toEqual([['target-missing', 'H12']]);
  // Needed but written in words: value-not-numeric says so (not both).
  expect(fired('target-missing', planSheet(niigata([1090, null], '継続実施')))).toEqual([]);
  expect(fired('value-not-numeric', planSheet(niigata([1090, null], '継続実施')))).toEqual([['value-not-numeric', 'H12']]);
});

test('not for plan/actual indicators whose plans cover the evaluated years (Niigata 「継続実施」)', () => {
  expect(fired('target-missing', planSheet(niigata([1090, 1250], '継続実施')))).toEqual([]);
  expect(fired('value-not-numeric', planSheet(niigata([1090, 1250], '継続実施')))).toEqual([]);
  expect(fired('target-missing', clean())).toEqual([]);
});
