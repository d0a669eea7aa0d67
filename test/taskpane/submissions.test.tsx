/** @jest-environment jsdom */
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine } from './fakes';
import { renderPane } from './render';

/** The fake engine reads a file starting 「PK」 as a workbook whose S1!A1 is the rest of its text. */
const file = (name: string, text: string) => new File([text], name, { lastModified: Date.UTC(2025, 5, 1) });

describe('Summary view: submitted workbooks', () => {
  test('adds many files at once, lists each with its state (an unreadable one with the reason), and writes the sheets over all of them; undo takes them away', async () => {
    const wb = new FakeWorkbook({ 'S1!A1': 'x' });
    // 「abc」 in S1!A1 is not a number: an error, so that file is 要修正.
    renderPane(wb, fakeEngine({ numeric: ['S1!A1'] }), 'ja');
    await userEvent.click(screen.getByRole('tab', { name: 'サマリー' }));
    await userEvent.upload(await screen.findByTestId('submission-input'), [file('部局1.xlsx', 'PKabc'), file('部局2.xlsm', 'garbage'), file('メモ.txt', 'PK')]);
    const list = await screen.findByRole('list', { name: '提出されたブック' });
    await within(list).findByText('「部局2.xlsm」を読めません。');
    const items = within(list).getAllByRole('listitem');
    // The .txt is not a submission; the .xlsm is one.
    expect(items.map((li) => [li.textContent?.split(':')[0], li.getAttribute('data-state')])).toEqual([
      ['部局1.xlsx', 'fix'],
      ['部局2.xlsm', 'unreadable'],
    ]);
    expect(items[0].textContent).toContain('要修正');
    expect(items[1].textContent).toContain('「部局2.xlsm」を読めません。');
    await userEvent.click(screen.getByRole('button', { name: 'サマリーを作成' }));
    await screen.findByText('「提出状況」「評価サマリー」「集計」を書き込みました。');
    expect(wb.cells.get('提出状況!A1')).toBe('部局1.xlsx,部局2.xlsm');
    await userEvent.click(screen.getByRole('button', { name: '直前の変更を元に戻す' }));
    await screen.findByText(/元に戻しました/);
    expect(wb.cells.has('提出状況!A1')).toBe(false);
  });

  test('a file added again replaces its row; the list can be cleared', async () => {
    renderPane(new FakeWorkbook({ 'S1!A1': 'x' }), fakeEngine({}));
    await userEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    const input = await screen.findByTestId('submission-input');
    await userEvent.upload(input, [file('a.xlsx', 'garbage')]);
    await screen.findByText(/a\.xlsx cannot be read/);
    await userEvent.upload(input, [file('a.xlsx', 'PK1')]);
    const list = screen.getByRole('list', { name: 'Submitted workbooks' });
    await within(list).findByText('Ready');
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Clear the list' }));
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Build the summary sheets' })).toBeNull();
  });

  test('files dropped onto the list are added like picked ones; what is not a workbook is left out', async () => {
    renderPane(new FakeWorkbook({ 'S1!A1': 'x' }), fakeEngine({}));
    await userEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    const zone = await screen.findByTestId('submissions');
    fireEvent.drop(zone, { dataTransfer: { files: [file('b.xlsx', 'PK1'), file('c.xlsm', 'PK2'), file('写真.png', 'PK3')] } });
    const list = screen.getByRole('list', { name: 'Submitted workbooks' });
    await within(list).findByText('c.xlsm', { exact: false });
    expect(within(list).getAllByRole('listitem').map((li) => [li.textContent?.split(':')[0], li.getAttribute('data-state')])).toEqual([
      ['b.xlsx', 'ok'],
      ['c.xlsm', 'ok'],
    ]);
  });
});
