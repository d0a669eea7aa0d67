/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine } from './fakes';
import { renderPane, openView } from './render';

describe('Charts view', () => {
  test('adds charts where the person chose, and removes only through the remove plan', async () => {
    const wb = new FakeWorkbook({ 'S1!A1': 'x' });
    renderPane(wb, fakeEngine({}));
    await openView('Charts');
    await userEvent.click(await screen.findByRole('radio', { name: 'On a charts sheet' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add progress charts' }));
    await screen.findByText(/^1 chart added: /);
    expect(wb.charts).toEqual(['evalsheet:sheet']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Evalsheet charts' }));
    await screen.findByText('Evalsheet’s charts removed.');
    expect(wb.charts).toEqual([]);
    expect(wb.plans.at(-1)?.ops).toEqual([{ op: 'delete-owned-charts', sheet: null }]);
  });

  test('a chart the host cannot make is reported, not claimed', async () => {
    const wb = new FakeWorkbook({ 'S1!A1': 'x' });
    wb.applyPlan = async (plan) => ({ applied: 0, skipped: plan.ops.map((op) => ({ op, reason: 'unsupported' as const, detail: 'ExcelApi 1.1 missing' })), undo: { title: plan.title, ops: [] } });
    renderPane(wb, fakeEngine({}));
    await openView('Charts');
    await userEvent.click(await screen.findByRole('button', { name: 'Add progress charts' }));
    await screen.findByText('S1!L2: not supported here (ExcelApi 1.1 missing)');
    expect(screen.queryByText(/charts? added/)).toBeNull();
  });
});

describe('Summary view', () => {
  test('builds the summary sheet from a fresh check; undo takes it away', async () => {
    const wb = new FakeWorkbook({ 'S1!A1': 'x' });
    renderPane(wb, fakeEngine({}));
    await userEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Build summary sheet' }));
    await screen.findByText('Summary sheet written.');
    expect(wb.cells.get('評価サマリー!A1')).toBe('施策');
    await userEvent.click(screen.getByRole('button', { name: 'Undo last change' }));
    await screen.findByText(/Last change undone/);
    expect(wb.cells.has('評価サマリー!A1')).toBe(false);
  });
});

describe('plans made on demand', () => {
  test('when a plan cannot be made (its code failed to load), an error says so and nothing is written', async () => {
    const wb = new FakeWorkbook({ 'S1!A1': 'x' });
    const engine = fakeEngine({});
    engine.planSummary = () => Promise.reject(new Error('Loading chunk view-summary failed.'));
    renderPane(wb, engine);
    await userEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Build summary sheet' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The change could not be written to the workbook.');
    expect(alert.textContent).toContain('Loading chunk view-summary failed.');
    expect(wb.plans).toEqual([]);
    expect(screen.queryByText('Summary sheet written.')).toBeNull();
    expect((screen.getByRole('button', { name: 'Undo last change' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
