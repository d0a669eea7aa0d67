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
  ['en', 'Check the workbook', 'Read as an indicator table: B2:F4', '1 sheet could not be checked.', 'could not be read: not checked'],
  ['ja', 'ブックをチェック', '指標の表として読みました: B2:F4', 'チェックできなかったシートが 1 枚あります。', '読み取れなかったため、チェックしていません。'],
] as const)('%s: one line per table under each sheet, and the sheets not checked', async (lang, button, line, bar, notRead) => {
  renderPane(workbook(), defaultEngine, lang);
  await userEvent.click(screen.getByRole('button', { name: button }));
  const reading = await screen.findByTestId('reading');
  expect(reading.querySelector('[data-reading="成果"]')?.textContent).toBe(`成果${line}`);
  expect(reading.querySelector('[data-reading="調書"]')?.textContent).toContain(notRead);
  expect(screen.getByTestId('unread-sheets').textContent).toContain(bar);
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
