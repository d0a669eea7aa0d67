/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine } from './fakes';
import { renderPane } from './render';

const rules = { expected: { 'S!E43': 47.5, 'S!F43': 52, 'S!G43': 56.5 } };
function workbook() {
  return new FakeWorkbook({ 'S!D43': 43, 'S!E43': null, 'S!F43': null, 'S!G43': 60 });
}

async function openFill() {
  await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
  await screen.findByTestId('counts');
  await userEvent.click(screen.getByRole('tab', { name: 'Expected values' }));
  // The view is loaded on demand: wait for it.
  await screen.findByRole('switch', { name: /Also replace expected values/ });
}
const previewKeys = () => [...document.querySelectorAll('[data-fill]')].map((r) => r.getAttribute('data-fill'));

describe('Expected values view', () => {
  test('opened before a check, it runs the check itself and previews the changes', async () => {
    const engine = fakeEngine(rules);
    renderPane(workbook(), engine);
    expect(engine.analyzedWith).toHaveLength(0);
    await userEvent.click(screen.getByRole('tab', { name: 'Expected values' }));
    expect(await screen.findByRole('button', { name: /Apply all/ })).toBeTruthy();
    expect(engine.analyzedWith).toHaveLength(1);
    expect(screen.queryByText(/Run a check first/)).toBeNull();
  });

  test('previews every cell that would change, old → new with the reason; mismatches only when asked', async () => {
    renderPane(workbook(), fakeEngine(rules));
    await openFill();
    expect(previewKeys()).toEqual(['S!E43', 'S!F43']);
    const row = document.querySelector('[data-fill="S!E43"]') as HTMLElement;
    expect(row.textContent).toContain('(blank) → 47.5');
    expect(row.textContent).toContain('straight line baseline → target');
    await userEvent.click(screen.getByRole('switch', { name: /Also replace/ }));
    expect(previewKeys()).toEqual(['S!E43', 'S!F43', 'S!G43']);
    expect(document.querySelector('[data-fill="S!G43"]')?.textContent).toContain('60 → 56.5');
  });

  test('applies only the ticked cells, then the preview shrinks to what is left', async () => {
    const wb = workbook();
    renderPane(wb, fakeEngine(rules));
    await openFill();
    await userEvent.click(screen.getByRole('checkbox', { name: 'S!F43' }));
    await userEvent.click(screen.getByRole('button', { name: 'Apply selected (1)' }));
    await screen.findByText('1 cell written.');
    expect(wb.cells.get('S!E43')).toBe(47.5);
    expect(wb.cells.get('S!F43')).toBeNull();
    expect(wb.cells.get('S!G43')).toBe(60);
    await waitFor(() => expect(previewKeys()).toEqual(['S!F43']));
  });

  test('apply all, then undo restores the blanks exactly', async () => {
    const wb = workbook();
    renderPane(wb, fakeEngine(rules));
    await openFill();
    await userEvent.click(screen.getByRole('button', { name: 'Apply all (2)' }));
    await screen.findByText('2 cells written.');
    expect([wb.cells.get('S!E43'), wb.cells.get('S!F43')]).toEqual([47.5, 52]);
    await waitFor(() => expect(screen.getByText(/Every expected value is already right/)).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: 'Undo last change' }));
    await screen.findByText('Last change undone (2 cells restored).');
    expect([wb.cells.get('S!E43'), wb.cells.get('S!F43')]).toEqual([null, null]);
    await waitFor(() => expect(previewKeys()).toEqual(['S!E43', 'S!F43']));
    expect((screen.getByRole('button', { name: 'Undo last change' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('cells changed since the check are skipped and named', async () => {
    const wb = workbook();
    renderPane(wb, fakeEngine(rules));
    await openFill();
    wb.cells.set('S!F43', 50); // a person typed a value after the check
    await userEvent.click(screen.getByRole('button', { name: 'Apply all (2)' }));
    const skipped = await screen.findByText(/Skipped 1 cell changed since the check: S!F43/);
    expect(skipped).toBeTruthy();
    expect(wb.cells.get('S!F43')).toBe(50);
    expect(wb.cells.get('S!E43')).toBe(47.5);
  });

  test('a protected sheet is an error naming the cell, and nothing is claimed written', async () => {
    const wb = workbook();
    wb.protectedSheets.add('S');
    renderPane(wb, fakeEngine(rules));
    await openFill();
    await userEvent.click(screen.getByRole('button', { name: 'Apply all (2)' }));
    await screen.findByText(/S!E43: the sheet is protected/);
    expect(screen.queryByText(/cells? written/)).toBeNull();
    expect(document.querySelector('[data-skip="protected"]')).not.toBeNull();
  });

  test('a host failure while writing shows an error message with the cell', async () => {
    const wb = workbook();
    wb.applyPlan = async () => {
      throw Object.assign(new Error('InvalidArgument'), { sheet: 'S', cell: 'E43' });
    };
    renderPane(wb, fakeEngine(rules));
    await openFill();
    await userEvent.click(screen.getByRole('button', { name: 'Apply all (2)' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The change could not be written to the workbook.');
    expect(alert.textContent).toContain('At S!E43.');
  });
});
