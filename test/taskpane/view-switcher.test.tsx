/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FakeWorkbook, fakeEngine } from './fakes';
import { openView, renderPane } from './render';

const LABELS = ['Check', 'Expected values', 'Flags', 'Summary'];
const tabs = () => within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab');
const selected = () => tabs().filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);
const more = () => document.querySelector<HTMLButtonElement>('[data-view-more]')!;

describe('view tabs', () => {
  test('four tabs with one selected tab in the tab order, tied to the panel it shows; Charts and Settings behind More', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    expect(tabs().map((t) => t.textContent)).toEqual(LABELS);
    expect(selected()).toEqual(['Check']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    const panel = screen.getByRole('tabpanel');
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs()[0].id);
    expect(tabs()[0].getAttribute('aria-controls')).toBe(panel.id);
    expect(within(panel).getByRole('button', { name: 'Check the workbook' })).toBeTruthy();
    // The overflow button is outside the tab list, a menu button named More.
    expect(more().textContent).toBe('More');
    expect(more().getAttribute('aria-haspopup')).toBe('menu');
    expect(screen.getByRole('tablist').contains(more())).toBe(false);

    await userEvent.click(screen.getByRole('tab', { name: 'Flags' }));
    expect(selected()).toEqual(['Flags']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, 0, -1]);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tabs()[2].id);
    expect(tabs()[0].getAttribute('aria-controls')).toBeNull();
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Mark flagged cells' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Check the workbook' })).toBeNull();
  });

  test('a view from the More menu: the button shows its name and names the panel; no tab is selected', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    await userEvent.click(more());
    const items = await screen.findAllByRole('menuitemradio');
    expect(items.map((i) => i.textContent)).toEqual(['Charts', 'Settings']);
    expect(items.map((i) => i.getAttribute('aria-checked'))).toEqual(['false', 'false']);
    await userEvent.click(items[1]);
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Save settings' })).toBeTruthy();
    expect(selected()).toEqual([]);
    expect(more().textContent).toBe('Settings');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(more().id);
    // The first tab keeps the tab stop, so the tab list is still reachable with Tab.
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    await userEvent.click(more());
    expect((await screen.findByRole('menuitemradio', { name: 'Settings' })).getAttribute('aria-checked')).toBe('true');
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Charts' }));
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Add progress charts' })).toBeTruthy();
    expect(more().textContent).toBe('Charts');
    await userEvent.click(screen.getByRole('tab', { name: 'Check' }));
    expect(more().textContent).toBe('More');
    expect(selected()).toEqual(['Check']);
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
    expect(document.activeElement).toBe(tabs()[3]);
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(tabs()[0]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(tabs()[3]);
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

  test('Tab leaves the tab list for the More button, then the panel; the menu works from the keyboard', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(tabs()[0]);
    await userEvent.tab();
    expect(document.activeElement).toBe(more());
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Check the workbook' }));
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(more());
    await userEvent.keyboard('{Enter}');
    const first = await screen.findByRole('menuitemradio', { name: 'Charts' });
    await waitFor(() => expect(document.activeElement).toBe(first));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitemradio', { name: 'Settings' }));
    await userEvent.keyboard('{Enter}');
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Save settings' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    // Escape closes the menu without switching.
    more().focus();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('menu');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(more().textContent).toBe('Settings');
  });

  test('every view is reachable by name (openView)', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    for (const [name, view] of [['Charts', 'charts'], ['Summary', 'summary'], ['Settings', 'settings'], ['Expected values', 'fill'], ['Flags', 'flags'], ['Check', 'check']] as const) {
      await openView(name);
      await waitFor(() => expect(document.querySelector('[data-current-view]')?.getAttribute('data-current-view')).toBe(view));
    }
  });

  test('in Japanese the tabs, the list name and the menu are Japanese', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}), 'ja');
    const list = screen.getByRole('tablist', { name: '画面' });
    expect(within(list).getAllByRole('tab').map((t) => t.textContent)).toEqual(['チェック', '期待値', '印', 'サマリー']);
    expect(more().textContent).toBe('その他');
    await userEvent.click(more());
    expect((await screen.findAllByRole('menuitemradio')).map((i) => i.textContent)).toEqual(['グラフ', '設定']);
  });
});
