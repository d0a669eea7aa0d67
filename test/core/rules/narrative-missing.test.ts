import { fired, clean } from './support';

test('fires on a graded item whose analysis fields are all empty', () => {
  expect(fired('narrative-missing', clean({ narrative: ['', ' ', '-'] }))).toEqual([['narrative-missing', 'H26']]);
});

test('not when one field says something, nor for an ungraded item', () => {
  expect(fired('narrative-missing', clean({ narrative: ['', '', '◇継続する'] }))).toEqual([]);
  expect(fired('narrative-missing', clean({ grade: null, narrative: ['', ''] }))).toEqual([]);
});

test('not for an item table without analysis columns (no fields at all)', () => {
  expect(fired('narrative-missing', clean({ narrative: [] }))).toEqual([]);
});
