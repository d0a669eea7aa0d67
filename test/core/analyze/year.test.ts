import { effectiveYear } from '../../../src/core/analyze/year';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { item, kitakamiModel, nasushiobaraModel, sheet } from '../../support/model-builder';

const s = (evaluationYear: number | null) => ({ ...DEFAULT_SETTINGS, evaluationYear });

test('settings, else the sheet, else inferred, else null', () => {
  expect(effectiveYear(kitakamiModel(), s(2024))).toEqual({ year: 2024, source: 'settings' });
  expect(effectiveYear(kitakamiModel(), s(null))).toEqual({ year: 2023, source: 'sheet' });
  const plan = sheet({ items: [item({ key: '28', row: 3, yearlyGrades: [{ year: 2017, cell: 'F20', raw: 'C' }, { year: 2018, cell: 'H20', raw: 'C' }, { year: 2019, cell: 'J20', raw: null }] })] });
  expect(effectiveYear(plan, s(null))).toEqual({ year: 2018, source: 'inferred' }); // the latest graded year
  expect(effectiveYear(nasushiobaraModel(), s(null))).toEqual({ year: 2022, source: 'inferred' }); // 現状値 (R4)
  expect(effectiveYear(sheet({}), s(null))).toEqual({ year: null, source: null });
});
