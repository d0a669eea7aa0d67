import { fired, clean } from './support';

test('fires on each unreadable, repeated or backward year label, once per cell', () => {
  const m = clean();
  m.indicators[0].badYearHeaders = [{ cell: 'E37', text: 'R2年' }, { cell: 'F37', text: 'R2' }];
  m.badYearHeaders = [{ cell: 'F37', text: 'R2' }];
  expect(fired('year-header-invalid', m)).toEqual([
    ['year-header-invalid', 'E37'],
    ['year-header-invalid', 'F37'],
  ]);
});

test('not when the headers read', () => {
  expect(fired('year-header-invalid', clean())).toEqual([]);
});
