/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultEngine } from '../../src/taskpane/state/engine-default';
import { FakeWorkbook } from './fakes';
import { renderPane } from './render';

/** The Check view says how each sheet was read, and how many sheets could not be checked (real engine). */
function workbook() {
  return new FakeWorkbook({
    // An indicator table the generic reader reads (B2:F4).
    '成果!B2': '指標名', '成果!C2': '区分', '成果!D2': 'R2', '成果!E2': 'R3', '成果!F2': 'R4',
    '成果!B3': '参加者数', '成果!C3': '目標', '成果!D3': 120, '成果!E3': 130, '成果!F3': 140,
    '成果!C4': '実績', '成果!D4': 118, '成果!E4': 133, '成果!F4': 129,
    // 目標 / 実績 rows under a year header, no indicator name: not read.
    '調書!B2': '区分', '調書!C2': 'R2', '調書!D2': 'R3', '調書!E2': 'R4',
    '調書!B3': '目標', '調書!C3': 120, '調書!D3': 130, '調書!E3': 140,
    '調書!B4': '実績', '調書!C4': 118, '調書!D4': 133, '調書!E4': 129,
  });
}

test.each([
  ['en', 'Check the workbook', 'Read as an indicator table: B2:F4', '1 sheet could not be checked.', '"調書" could not be read. Teach Evalsheet how its table is laid out to check it.', 'Teach the layout'],
  ['ja', 'ブックをチェック', '指標の表として読みました: B2:F4', 'チェックできなかったシートが 1 枚あります。', '「調書」は読み取れませんでした。表の読み方を教えると、チェックできるようになります。', '読み方を教える'],
] as const)('%s: one list, one row per sheet: how it was read, or not read with the teach button on that row', async (lang, button, line, bar, notRead, teach) => {
  renderPane(workbook(), defaultEngine, lang);
  await userEvent.click(screen.getByRole('button', { name: button }));
  const reading = await screen.findByTestId('reading');
  expect(reading.querySelector('[data-reading="成果"]')?.textContent).toBe(`成果${line}${teach}`);
  expect(reading.querySelector('[data-reading="調書"]')?.textContent).toBe(`調書${notRead}${teach}`);
  // The sheet that could not be read has the prominent button; the read one a quiet one.
  expect(reading.querySelector('[data-reading="調書"] [data-teach]')?.className).toContain('fui-Button');
  expect(screen.getByRole('button', { name: `${teach}（調書）` })).toBe(reading.querySelector('[data-teach="調書"]'));
  expect(screen.getByTestId('unread-sheets').textContent).toContain(bar);
  // Each sheet appears once in the view: no second list of sheets elsewhere.
  const view = document.querySelector('[data-current-view="check"]')!;
  expect(view.querySelectorAll('[data-reading="成果"], [data-sheet-reading="成果"]')).toHaveLength(1);
  expect(reading.querySelectorAll('li').length).toBe(2);
  expect(screen.getAllByText(lang === 'ja' ? 'シートの読み方' : 'How sheets were read')).toHaveLength(1);
  expect(view.textContent).not.toContain(lang === 'ja' ? '評価シートのようですが読み取れなかった' : 'Looks like an evaluation sheet but could not be read');
  expect(screen.queryByTestId('teach-entry')).toBeNull();
});

test('a sheet skipped as not an evaluation sheet is on the list once, with what to do if it is one', async () => {
  const wb = workbook();
  wb.cells.set('表紙!A1', '令和5年度 施策評価');
  renderPane(wb, defaultEngine, 'ja');
  await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
  const reading = await screen.findByTestId('reading');
  const row = reading.querySelector('[data-reading="表紙"]');
  expect(row?.getAttribute('data-read')).toBe('skipped');
  expect(row?.textContent).toBe('表紙評価シートではないため、対象外にしました。評価シートであれば、読み方を教えてください。読み方を教える');
  expect(reading.querySelector('[data-reading="調書"]')?.getAttribute('data-read')).toBe('no');
  expect(reading.querySelector('[data-reading="成果"]')?.getAttribute('data-read')).toBe('yes');
});

test('a sheet the adapter could not read (over Excel’s cell limit) is named in the Check view with what to do', async () => {
  const wb = workbook();
  const read = wb.readSnapshot.bind(wb);
  wb.readSnapshot = async () => {
    const s = await read();
    return {
      ...s,
      sheets: [
        ...s.sheets,
        {
          name: '巨大',
          origin: { row: 0, col: 0 },
          values: [],
          formats: [],
          readIssues: [{ code: 'too-large', ja: 'シート「巨大」は使用範囲が大きすぎるため、確認しませんでした。不要な行や列を削除してから、もう一度確認してください。', en: 'Sheet "巨大" was not checked: its used range is too large. Delete the rows and columns it does not need, then check again.' }],
        },
      ],
    };
  };
  renderPane(wb, defaultEngine, 'ja');
  await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
  await screen.findByTestId('reading');
  const bar = document.querySelector('[data-problem="too-large"]');
  expect(bar?.textContent).toContain('巨大');
  expect(bar?.textContent).toContain('不要な行や列を削除してから、もう一度確認してください。');
});
