import { fired, run } from './support';
import { action, sheet } from '../../support/model-builder';

const years = [2015, 2016, 2017, 2018, 2019];

test('fires on a status that is not one schedules use', () => {
  const m = sheet({ schedule: [action('1', 50, '自治会活動を支援する', years, ['実施', 'やる', '→', null, '○'])] });
  expect(fired('schedule-status-invalid', m)).toEqual([
    ['schedule-status-invalid', 'D50'],
    ['schedule-status-invalid', 'G50'],
  ]);
});

test('not on 実施 / 検討 / arrows / full-width forms', () => {
  const m = sheet({ schedule: [action('1', 50, '連携', years, ['検討', '実施', '⇒', '━', 'ー']), action('2', 51, '拡充', years, ['一部実施', '見直し', '—', '継 続', null])] });
  expect(fired('schedule-status-invalid', m)).toEqual([]);
});

test('the message names the action by number and name', () => {
  const m = sheet({ schedule: [action('7', 50, '自治会活動を支援する', years, ['やる', null, null, null, null])] });
  expect(run('schedule-status-invalid', m).map((f) => f.message.ja)).toEqual(['取組「7 自治会活動を支援する」の H27年度 の「やる」は工程表の区分として読めません。']);
});
