/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CellValue } from '../../src/core';
import { cellAddress } from '../../src/core/snapshot/address';
import { defaultEngine } from '../../src/taskpane/state/engine-default';
import { seedCells } from '../support/seed-tsv';
import { FakeWorkbook, fakeEngine, finding } from './fakes';
import { renderPane, openView } from './render';

/** Issue 10: a pane that says what is wrong, where, and what to do next. */

/** Kitakami 9-2 as a department has it: ②'s 期待値 R2–R6 (E45:I45) still blank. */
function kitakamiSample(): FakeWorkbook {
  const cells: Record<string, CellValue> = {};
  seedCells('kitakami').values.forEach((row, r) => row.forEach((v, c) => v !== null && (cells[`9-2!${cellAddress(r, c)}`] = v)));
  for (const c of ['E45', 'F45', 'G45', 'H45', 'I45']) delete cells[`9-2!${c}`];
  return new FakeWorkbook(cells);
}

const memo = () => new FakeWorkbook({ 'メモ!A1': '提出前に担当課長の確認を受けること', '連絡先!A1': '企画課 内線 1234' });

describe('a workbook with no evaluation sheet', () => {
  test('Check says once that there is nothing to work on, naming the sheets looked at', async () => {
    renderPane(memo(), defaultEngine, 'ja');
    await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
    const bar = await screen.findByTestId('nothing');
    expect(bar.textContent).toBe('評価シートが見つからないため、処理するものがありません（確認したシート：「メモ」、「連絡先」）。');
    expect(screen.queryByText('提出できます')).toBeNull();
  });

  test('Expected values, opened first, runs the check and never claims 「すべて正しく入っています」', async () => {
    renderPane(memo(), defaultEngine, 'ja');
    await userEvent.click(screen.getByRole('tab', { name: '期待値' }));
    expect((await screen.findByTestId('nothing')).textContent).toContain('処理するものがありません');
    expect(screen.queryByText(/すべて正しく入っています/)).toBeNull();
  });

  test('Summary writes nothing; Flags marks nothing', async () => {
    const wb = memo();
    renderPane(wb, defaultEngine, 'en');
    await userEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Build summary sheet' }));
    await screen.findByTestId('nothing');
    await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark flagged cells' }));
    await screen.findByTestId('nothing');
    expect(wb.plans).toEqual([]);
    expect(screen.queryByText(/marked/)).toBeNull();
  });
});

describe('findings a person can act on (real engine, Kitakami 9-2)', () => {
  test('a blank 期待値 shows its fix, what to do, and a button that opens Expected values; repeats are one row', async () => {
    renderPane(kitakamiSample(), defaultEngine, 'ja');
    await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
    // R2–R6 of ② are one row that expands.
    const head = await screen.findByRole('button', { name: /：期待値が空欄（5 件：E45、F45、G45、H45、I45）/ });
    expect(head.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(document.querySelector('[data-fix="9-2!E45"]')?.textContent).toBe('修正：E45 に 49.1 を記入');
    expect(document.querySelector('[data-advice="expected-missing"]')?.textContent).toBe('対応：「期待値」画面で、計算した値をまとめて記入できます。');
    // The accessible name says severity and cell.
    expect(screen.getByRole('button', { name: /^警告、9-2!\s*E45\s*：/ })).toBeTruthy();
    await userEvent.click(screen.getAllByRole('button', { name: '期待値を記入する' })[0]);
    await waitFor(() => expect(document.querySelector('[data-current-view]')?.getAttribute('data-current-view')).toBe('fill'));
    expect(await screen.findByText('9-2!E45')).toBeTruthy();
  });

  test('the rule filter lists names, with the id only as a tooltip', async () => {
    renderPane(kitakamiSample(), defaultEngine, 'ja');
    await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
    const select = (await screen.findByRole('combobox', { name: 'ルール' })) as HTMLSelectElement;
    const options = [...select.options].slice(1);
    expect(options.map((o) => o.textContent)).toContain('期待値が空欄');
    expect(options.map((o) => o.textContent)).not.toContain('expected-missing');
    expect(options.find((o) => o.value === 'expected-missing')?.title).toBe('ルール ID：expected-missing');
    // No negative percentages for people.
    expect(document.body.textContent).not.toMatch(/進捗 -\d/);
    expect(document.body.textContent).toContain('基準値を下回っています（実績 38.7、基準値 48.6）');
  });

  test('Settings shows the year read from the sheet as the placeholder', async () => {
    renderPane(kitakamiSample(), defaultEngine, 'ja');
    await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
    await screen.findByRole('combobox', { name: 'ルール' });
    await openView('設定');
    const year = (await screen.findByRole('textbox', { name: /評価対象年度/ })) as HTMLInputElement;
    expect(year.placeholder).toBe('シートから：R5');
  });
});

describe('first run and the error bar', () => {
  test('before a check: the three steps and one call to action', () => {
    renderPane(new FakeWorkbook(), fakeEngine({}), 'ja');
    const mat = screen.getByTestId('placemat');
    expect([...mat.querySelectorAll('li')].map((li) => li.textContent?.split('：')[0])).toEqual(['チェック', '期待値の記入', 'サマリー作成']);
    expect(document.querySelectorAll('main button')).toHaveLength(1);
  });

  test('the close button of an error says 閉じる / Dismiss', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    wb.failRead = new Error('boom');
    renderPane(wb, fakeEngine({ extra: [finding('grade-missing', 'error', 'S', 'A1', 'x', 'x')] }), 'ja');
    await userEvent.click(screen.getByRole('button', { name: 'ブックをチェック' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: '閉じる' })).toBeTruthy();
  });
});
