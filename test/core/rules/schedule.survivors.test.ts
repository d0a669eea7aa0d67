import { fired } from './support';
import { action, sheet } from '../../support/model-builder';

/**
 * Issue 13, StrykerJS survivors of 3 December in schedule-status-invalid.ts: an arrow counts as a
 * status only when the cell holds nothing but arrows.
 */

const years = [2021, 2022, 2023];

test('an arrow beside a word that is no status is still flagged (「○→」, 「→未定」); arrows alone are not', () => {
  const m = sheet({ schedule: [action('1', 50, '地域通貨の検討', years, ['○→', '→未定', '→→'])] });
  expect(fired('schedule-status-invalid', m)).toEqual([
    ['schedule-status-invalid', 'C50'],
    ['schedule-status-invalid', 'D50'],
  ]);
});
