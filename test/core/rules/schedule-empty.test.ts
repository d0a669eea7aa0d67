import { fired } from './support';
import { action, sheet } from '../../support/model-builder';

test('fires on an action with no status in any year', () => {
  const m = sheet({ schedule: [action('1', 50, '地域の連携', [2015, 2016], [null, ' '])] });
  expect(fired('schedule-empty', m)).toEqual([['schedule-empty', 'A50']]);
});

test('not when one year has a status', () => {
  const m = sheet({ schedule: [action('1', 50, '地域の連携', [2015, 2016], ['実施', null])] });
  expect(fired('schedule-empty', m)).toEqual([]);
});
