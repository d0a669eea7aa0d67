import { fired, clean } from './support';
import { item, nasushiobaraModel, sheet } from '../../support/model-builder';

test('fires on an empty grade cell and an empty yearly grade up to the evaluated year', () => {
  expect(fired('grade-missing', clean({ grade: null }))).toEqual([['grade-missing', 'G26']]);
  const plan = sheet({ items: [item({ key: '28', row: 3, yearlyGrades: [{ year: 2015, cell: 'F20', raw: 'B' }, { year: 2016, cell: 'H20', raw: null }, { year: 2017, cell: 'J20', raw: null }] })] });
  expect(fired('grade-missing', plan, { evaluationYear: 2016 })).toEqual([['grade-missing', 'H20']]);
});

test('not when graded, nor once for a row that is both item and indicator', () => {
  expect(fired('grade-missing', clean())).toEqual([]);
  const m = nasushiobaraModel();
  m.items[0].grade = { ...m.items[0].grade!, value: null, raw: '' };
  m.indicators[0].grade = m.items[0].grade;
  expect(fired('grade-missing', m)).toEqual([['grade-missing', 'F5']]);
});
