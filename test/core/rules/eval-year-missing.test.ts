import { fired, clean } from './support';
import { rowIndicator, sheet } from '../../support/model-builder';

test('fires when no year is on the sheet, in settings, or inferable', () => {
  const m = { ...clean(), evaluationYear: null };
  expect(fired('eval-year-missing', m)).toEqual([['eval-year-missing', 'B16']]);
});

test('not when settings give the year, nor on a plan with targets only', () => {
  expect(fired('eval-year-missing', { ...clean(), evaluationYear: null }, { evaluationYear: 2023 })).toEqual([]);
  const plan = sheet({ indicators: [rowIndicator({ key: '1', row: 5, layout: 'baseline-target', name: '利用回数', unit: '回/年', baseline: [2022, 3.77], target: [2028, 4.23] })] });
  expect(fired('eval-year-missing', plan)).toEqual([]);
});
