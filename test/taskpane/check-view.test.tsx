/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine, finding } from './fakes';
import { renderPane } from './render';

const XSS = '<img src=x onerror=alert(1)>';

function workbook() {
  return new FakeWorkbook({ '9-2!D42': 43, '9-2!D43': null, '9-2!E42': 'abc', '9-3!C10': 'x' });
}
const rules = {
  expected: { '9-2!D43': 43 },
  numeric: ['9-2!E42', '9-3!C10'],
  extra: [finding('sudden-change', 'info', '9-2', 'F42', 'Actual jumps by 80%', '実績値が 80% 変化しています')],
};

describe('Check view', () => {
  test('before a check it explains what the button does, and shows no verdict', () => {
    renderPane(workbook(), fakeEngine(rules));
    expect(screen.getByText(/Press “Check the workbook”/)).toBeTruthy();
    expect(screen.queryByText('Ready to submit')).toBeNull();
  });

  test('while the workbook is read, a progress indicator says so', async () => {
    const wb = workbook();
    let release!: () => void;
    wb.holdRead = new Promise((r) => (release = r));
    renderPane(wb, fakeEngine(rules));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    expect(screen.getByRole('status').textContent).toContain('Reading the workbook');
    expect((screen.getByRole('button', { name: 'Check the workbook' }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () => release());
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
  });

  test('findings are grouped by sheet and severity, with counts, and the verdict says not ready', async () => {
    renderPane(workbook(), fakeEngine(rules));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByTestId('not-ready');
    expect(screen.getByTestId('counts').textContent).toBe('2 errors · 1 warning · 1 info');
    expect(screen.getByTestId('not-ready').textContent).toContain('2 errors');
    const s92 = screen.getByRole('region', { name: '9-2' });
    expect(within(s92).getByTestId('count-9-2-error').textContent).toBe('1');
    expect(within(s92).getByTestId('count-9-2-warning').textContent).toBe('1');
    expect(within(s92).getByTestId('count-9-2-info').textContent).toBe('1');
    const s93 = screen.getByRole('region', { name: '9-3' });
    expect(within(s93).getByTestId('count-9-3-error').textContent).toBe('1');
    expect(within(s93).queryByTestId('count-9-3-warning')).toBeNull();
    // Errors come before warnings within a sheet.
    const groups = [...s92.querySelectorAll('[data-severity]')].map((g) => g.getAttribute('data-severity'));
    expect(groups).toEqual(['error', 'warning', 'info']);
  });

  test('severity toggles and the rule filter narrow the list', async () => {
    renderPane(workbook(), fakeEngine(rules));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByTestId('not-ready');
    const cells = () => [...document.querySelectorAll('[data-cell]')].map((b) => b.getAttribute('data-cell'));
    expect(cells()).toEqual(['9-2!E42', '9-2!D43', '9-2!F42', '9-3!C10']);
    await userEvent.click(screen.getByRole('button', { name: 'Info 1' }));
    expect(cells()).toEqual(['9-2!E42', '9-2!D43', '9-3!C10']);
    await userEvent.click(screen.getByRole('button', { name: 'Errors 2' }));
    expect(cells()).toEqual(['9-2!D43']);
    await userEvent.click(screen.getByRole('button', { name: 'Errors 2' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'value-not-numeric');
    expect(cells()).toEqual(['9-2!E42', '9-3!C10']);
    await userEvent.click(screen.getByRole('button', { name: 'Errors 2' }));
    expect(cells()).toEqual([]);
    expect(screen.getByText('No findings match the filters.')).toBeTruthy();
  });

  test('a click on a finding selects its cell through the port', async () => {
    const wb = workbook();
    renderPane(wb, fakeEngine(rules));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByTestId('not-ready');
    await userEvent.click(screen.getByTitle('Select cell 9-3!C10'));
    expect(wb.selections).toEqual(['9-3!C10']);
  });

  test('no errors but warnings: not green "Ready to submit" but amber, asking to look at the warnings', async () => {
    renderPane(new FakeWorkbook({ 'S!D43': null }), fakeEngine({ expected: { 'S!D43': 43 } }));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    const amber = await screen.findByTestId('ready-warnings');
    expect(amber.textContent).toBe('No errors. Before submitting, look at the warning.');
    expect(screen.queryByTestId('ready')).toBeNull();
    expect(screen.queryByText('Ready to submit')).toBeNull();
    expect(screen.queryByTestId('not-ready')).toBeNull();
  });

  test('a clean workbook is ready with no warnings at all', async () => {
    renderPane(new FakeWorkbook({ 'S!D43': 43 }), fakeEngine({ expected: { 'S!D43': 43 } }));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    const ready = await screen.findByTestId('ready');
    expect(ready.textContent).toContain('No errors found.');
    expect(document.querySelectorAll('[data-cell]')).toHaveLength(0);
  });

  test('a cell holding HTML is shown as text, never as markup', async () => {
    const alert = jest.fn();
    window.alert = alert;
    renderPane(new FakeWorkbook({ 'S!C12': XSS }), fakeEngine({ numeric: ['S!C12'] }));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByTestId('not-ready');
    expect(screen.getByText(`"${XSS}" is not a number`)).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(alert).not.toHaveBeenCalled();
  });

  test('a failed read shows an error message naming the cell', async () => {
    const wb = workbook();
    wb.failRead = Object.assign(new Error('Merged area cannot be read'), { sheet: '9-2', cell: 'C12' });
    renderPane(wb, fakeEngine(rules));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The workbook could not be read.');
    expect(alert.textContent).toContain('At 9-2!C12.');
    expect(alert.textContent).toContain('Merged area cannot be read');
  });
});
