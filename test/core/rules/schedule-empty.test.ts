import { fired, run } from './support';
import { action, sheet } from '../../support/model-builder';

test('fires on an action with no status in any year', () => {
  const m = sheet({ schedule: [action('1', 50, '地域の連携', [2015, 2016], [null, ' '])] });
  expect(fired('schedule-empty', m)).toEqual([['schedule-empty', 'A50']]);
});

test('not when one year has a status', () => {
  const m = sheet({ schedule: [action('1', 50, '地域の連携', [2015, 2016], ['実施', null])] });
  expect(fired('schedule-empty', m)).toEqual([]);
});

test('messages name the action by number and name, so two actions of one name can be told apart', () => {
  const m = sheet({
    schedule: [
      action('19', 156, '協働事業評価制度の導入', [2015, 2016], [null, null]),
      action('20', 157, '協働事業評価制度の導入', [2015, 2016], [null, null]),
      { ...action('x', 158, '広報の充実', [2015, 2016], [null, null]), no: null },
      { ...action('y', 159, '', [2015, 2016], [null, null]), no: null },
    ],
  });
  expect(run('schedule-empty', m).map((f) => [f.cell, f.message.ja, f.message.en])).toEqual([
    ['A156', '取組「19 協働事業評価制度の導入」にどの年度の予定もありません。', 'Action "19 協働事業評価制度の導入" has no status in any year'],
    ['A157', '取組「20 協働事業評価制度の導入」にどの年度の予定もありません。', 'Action "20 協働事業評価制度の導入" has no status in any year'],
    ['A158', '取組「広報の充実」にどの年度の予定もありません。', 'Action "広報の充実" has no status in any year'],
    ['A159', '取組「A159」にどの年度の予定もありません。', 'Action "A159" has no status in any year'],
  ]);
  expect(run('schedule-empty', m)[0].data).toMatchObject({ no: '19', name: '協働事業評価制度の導入' });
});
