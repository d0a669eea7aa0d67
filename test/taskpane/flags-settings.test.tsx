/** @jest-environment jsdom */
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine, finding } from './fakes';
import { renderPane, openView } from './render';

const rules = { extra: [finding('grade-inconsistent', 'warning', 'S', 'F20', 'Grade B; numbers suggest D', '評価 B、数値からは D')] };

describe('Flags view', () => {
  test('marks flagged cells, saves how to remove them, and removes them after the workbook is reopened', async () => {
    const wb = new FakeWorkbook({ 'S!F20': 'B' });
    wb.fills.set('S!F20', 'FFFF00'); // the user's own fill
    renderPane(wb, fakeEngine(rules));
    await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
    expect(((await screen.findByRole('button', { name: 'Remove marks' })) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Mark flagged cells' }));
    // One cell marked (its fill and its note are two operations, one mark for a person).
    await screen.findByText('1 cell marked with a fill and a note.');
    expect(wb.fills.get('S!F20')).toBe('FFC7CE');
    expect(wb.notes.get('S!F20')).toBe('評価 B、数値からは D');
    const saved = wb.settings as { flagMarks?: { ops: unknown[] } };
    expect(saved.flagMarks?.ops).toHaveLength(2);
    expect(screen.getByText(/even after the workbook is closed and reopened/)).toBeTruthy();

    // Reopen: a fresh pane on the same workbook reads the saved undo plan.
    cleanup();
    renderPane(wb, fakeEngine(rules));
    await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
    const remove = await screen.findByRole('button', { name: 'Remove marks' }) as HTMLButtonElement;
    await waitFor(() => expect(remove.disabled).toBe(false));
    await userEvent.click(remove);
    await screen.findByText('Marks removed.');
    expect(wb.fills.get('S!F20')).toBe('FFFF00');
    expect(wb.notes.get('S!F20')).toBeNull();
    expect((wb.settings as { flagMarks?: unknown }).flagMarks).toBeNull();
  });

  test('marking twice does not stack marks: the saved plan still restores the user’s own fill', async () => {
    const wb = new FakeWorkbook({ 'S!F20': 'B' });
    wb.fills.set('S!F20', 'FFFF00');
    renderPane(wb, fakeEngine(rules));
    await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark flagged cells' }));
    // One cell marked (its fill and its note are two operations, one mark for a person).
    await screen.findByText('1 cell marked with a fill and a note.');
    await userEvent.click(screen.getByRole('button', { name: 'Mark flagged cells' }));
    await waitFor(() => expect(wb.settingsWrites).toHaveLength(2));
    await userEvent.click(screen.getByRole('button', { name: 'Remove marks' }));
    await screen.findByText('Marks removed.');
    expect(wb.fills.get('S!F20')).toBe('FFFF00');
  });
});

test('a Flags run that fails part-way records the marks it made, so Remove marks takes them off (defect 6)', async () => {
  const wb = new FakeWorkbook({ 'S!F20': 'B' });
  wb.fills.set('S!F20', 'FFFF00');
  const apply = wb.applyPlan.bind(wb);
  let failNext = true;
  wb.applyPlan = async (plan) => {
    if (!failNext || plan.ops.length < 2) return apply(plan);
    failNext = false;
    // As ExcelWriteError does: the first operation was written, then Excel refused; the error carries its undo.
    const done = await apply({ ...plan, ops: plan.ops.slice(0, 1) });
    throw Object.assign(new Error('AccessDenied'), { undo: done.undo });
  };
  renderPane(wb, fakeEngine(rules));
  await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Mark flagged cells' }));
  await waitFor(() => expect((wb.settings as { flagMarks?: { ops: unknown[] } } | null)?.flagMarks?.ops).toHaveLength(1));
  expect(wb.fills.get('S!F20')).toBe('FFC7CE'); // the fill was written before the failure
  const remove = screen.getByRole('button', { name: 'Remove marks' }) as HTMLButtonElement;
  await waitFor(() => expect(remove.disabled).toBe(false));
  await userEvent.click(remove);
  await screen.findByText('Marks removed.');
  expect(wb.fills.get('S!F20')).toBe('FFFF00');
});

describe('Settings view', () => {
  test('saves year, preset and rounding in the workbook, and the next check uses them', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    const engine = fakeEngine({});
    renderPane(wb, engine);
    await openView('Settings');
    await userEvent.type(await screen.findByRole('textbox', { name: /Evaluated year/ }), 'R5');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Grade preset' }), 'osaka-library');
    await userEvent.click(screen.getByRole('radio', { name: 'Round down' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved in the workbook.');
    // The preset's own thresholds untouched: saved as null, not as a copy.
    expect(wb.settings).toEqual({ evaluationYear: 2023, preset: 'osaka-library', rounding: 'floor', thresholds: null });
    await userEvent.click(screen.getByRole('tab', { name: 'Check' }));
    await userEvent.click(screen.getByRole('button', { name: 'Check the workbook' }));
    await screen.findByTestId('counts');
    expect(engine.analyzedWith.at(-1)).toEqual({ evaluationYear: 2023, preset: 'osaka-library', rounding: 'floor', thresholds: null });
  });

  test('an unreadable year is refused with a message; 2023 and an empty field are accepted', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    renderPane(wb, fakeEngine({}));
    await openView('Settings');
    const year = await screen.findByRole('textbox', { name: /Evaluated year/ });
    await userEvent.type(year, 'next year');
    expect(screen.getByText('“next year” is not a fiscal year. Write R5, 令和5 or 2023.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save settings' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.clear(year);
    await userEvent.type(year, '2023');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Settings saved in the workbook.');
    expect(wb.settings).toMatchObject({ evaluationYear: 2023 });
    await userEvent.clear(year);
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(wb.settings).toMatchObject({ evaluationYear: null }));
  });

  test('settings saved in the workbook are shown when the pane opens', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    wb.settings = { evaluationYear: 2024, preset: 'osaka-library', rounding: 'ceil' };
    renderPane(wb, fakeEngine({}));
    await waitFor(() => expect(wb.settingsWrites).toHaveLength(0));
    await new Promise((r) => setTimeout(r, 0));
    await openView('Settings');
    expect(((await screen.findByRole('textbox', { name: /Evaluated year/ })) as HTMLInputElement).value).toBe('R6');
    expect((screen.getByRole('combobox', { name: 'Grade preset' }) as HTMLSelectElement).value).toBe('osaka-library');
    expect((screen.getByRole('radio', { name: 'Round up' }) as HTMLInputElement).checked).toBe(true);
  });

  test('a failure to save is an error message', async () => {
    const wb = new FakeWorkbook({ 'S!A1': 'x' });
    wb.writeSettings = async () => {
      throw new Error('Settings are too large');
    };
    renderPane(wb, fakeEngine({}));
    await openView('Settings');
    await userEvent.click(await screen.findByRole('button', { name: 'Save settings' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The settings could not be saved.');
    expect(alert.textContent).toContain('Settings are too large');
    expect(screen.queryByText('Settings saved in the workbook.')).toBeNull();
  });
});
