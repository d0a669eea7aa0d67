/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine } from './fakes';
import { renderPane } from './render';

const LABELS = ['Check', 'Expected values', 'Flags', 'Charts', 'Summary', 'Settings'];
const tabs = () => within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab');
const selected = () => tabs().filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);

describe('view tabs', () => {
  test('a tab list with one selected tab in the tab order, tied to the panel it shows', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    expect(tabs().map((t) => t.textContent)).toEqual(LABELS);
    expect(selected()).toEqual(['Check']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1, -1, -1]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs()[0].id);
    expect(tabs()[0].getAttribute('aria-controls')).toBe(panel.id);
    expect(within(panel).getByRole('button', { name: 'Check the workbook' })).toBeTruthy();

    await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
    expect(selected()).toEqual(['Flags']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, 0, -1, -1, -1]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs()[2].id);
    expect(tabs()[0].getAttribute('aria-controls')).toBeNull();
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Mark flagged cells' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check the workbook' })).toBeNull();
  });

  test('arrow keys move focus along the tabs and wrap; Home/End jump; Enter or Space opens the focused view', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(tabs()[0]);
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.activeElement).toBe(tabs()[2]);
    // Focus alone does not switch the view (manual activation: no view is loaded by arrowing past it).
    expect(selected()).toEqual(['Check']);
    await userEvent.keyboard('{Enter}');
    expect(selected()).toEqual(['Flags']);
    await screen.findByRole('button', { name: 'Mark flagged cells' });
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(tabs()[5]);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabs()[0]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tabs()[5]);
    await userEvent.keyboard('{Home}{ArrowRight}');
    expect(document.activeElement).toBe(tabs()[1]);
    await userEvent.keyboard(' ');
    expect(selected()).toEqual(['Expected values']);
    // Opening Expected values before a check runs the check.
    await waitFor(() => expect(document.querySelector('[data-current-view="fill"]')?.textContent).not.toContain('Run a check first'));
    // Other keys are left alone.
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(tabs()[1]);
  });

  test('Tab leaves the tab list for the panel instead of walking every tab', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(tabs()[0]);
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Check the workbook' }));
  });

  test('in Japanese the tabs and the list name are Japanese', () => {
    renderPane(new FakeWorkbook(), fakeEngine({}), 'ja');
    const list = screen.getByRole('tablist', { name: '画面' });
    expect(within(list).getAllByRole('tab').map((t) => t.textContent)).toEqual(['チェック', '期待値', '印', 'グラフ', 'サマリー', '設定']);
  });
});
