/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { visibleTabs } from '../../src/taskpane/components/ViewSwitcher';
import { FakeWorkbook, fakeEngine } from './fakes';
import { openView, renderPane } from './render';

const ALL = ['Check', 'Expected values', 'Flags', 'Charts', 'Summary', 'Settings'];
const tabs = () => within(screen.getByRole('tablist', { name: 'Views' })).getAllByRole('tab');
const selected = () => tabs().filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);
const more = () => document.querySelector<HTMLButtonElement>('[data-view-more]');
/** The list More toggles (a disclosure: a list of buttons under the bar, inside <nav>). */
const drop = () => document.querySelector<HTMLElement>('[data-view-more-list]');
const isOpen = () => more()?.getAttribute('aria-expanded') === 'true' && !!drop() && !drop()!.hidden;
const items = () => within(drop()!).getAllByRole('button');
const item = (name: string) => within(drop()!).getByRole('button', { name });

/** The window width jsdom reports (it has no layout; the pane reads innerWidth to know it is narrow). */
function setWidth(px: number) {
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: px });
  act(() => void window.dispatchEvent(new Event('resize')));
}
afterEach(() => setWidth(1024));

describe('view tabs in a wide pane', () => {
  test('every view has a tab, one selected and in the tab order, tied to the panel it shows; no More button', async () => {
    renderPane(new FakeWorkbook(), fakeEngine({}));
    expect(tabs().map((t) => t.textContent)).toEqual(ALL);
    expect(more()).toBeNull();
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
});

describe('view tabs in a narrow pane (320 px)', () => {
  test('four tabs (check → expected values → flags, and summary) and a More button that shows the rest', async () => {
    setWidth(320);
    renderPane(new FakeWorkbook(), fakeEngine({}));
    expect(tabs().map((t) => t.textContent)).toEqual(['Check', 'Expected values', 'Flags', 'Summary']);
    expect(selected()).toEqual(['Check']);
    expect(tabs().map((t) => t.tabIndex)).toEqual([0, -1, -1, -1]);
    // The More button is outside the tab list (a tab list holds only tabs): a disclosure that controls
    // a list inside the nav landmark, collapsed at first.
    expect(more()!.textContent).toBe('More');
    expect(screen.getByRole('tablist').contains(more())).toBe(false);
    expect(more()!.getAttribute('aria-expanded')).toBe('false');
    expect(more()!.getAttribute('aria-controls')).toBe(drop()!.id);
    expect(drop()!.hidden).toBe(true);
    expect(screen.getByRole('navigation').contains(drop())).toBe(true);
    await userEvent.click(more()!);
    expect(more()!.getAttribute('aria-expanded')).toBe('true');
    expect(items().map((i) => i.textContent)).toEqual(['Charts', 'Settings']);
    // Clicking More again closes it.
    await userEvent.click(more()!);
    expect(isOpen()).toBe(false);
  });

  test('a view picked from More gets a selected tab (the current view is always in sight); another tab makes room', async () => {
    setWidth(320);
    renderPane(new FakeWorkbook(), fakeEngine({}));
    await userEvent.click(more()!);
    await userEvent.click(item('Settings'));
    expect(isOpen()).toBe(false);
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Save settings' })).toBeTruthy();
    expect(tabs().map((t) => t.textContent)).toEqual(['Check', 'Expected values', 'Flags', 'Settings']);
    expect(selected()).toEqual(['Settings']);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(screen.getByRole('tab', { name: 'Settings' }).id);
    expect(tabs().map((t) => t.tabIndex)).toEqual([-1, -1, -1, 0]);
    await userEvent.click(more()!);
    expect(items().map((i) => i.textContent)).toEqual(['Charts', 'Summary']);
    await userEvent.click(item('Charts'));
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Add progress charts' })).toBeTruthy();
    expect(tabs().map((t) => t.textContent)).toEqual(['Check', 'Expected values', 'Flags', 'Charts']);
    await userEvent.click(screen.getByRole('tab', { name: 'Check' }));
    expect(tabs().map((t) => t.textContent)).toEqual(['Check', 'Expected values', 'Flags', 'Summary']);
    expect(selected()).toEqual(['Check']);
  });

  test('keyboard: Tab goes from the selected tab to More, then the panel; Enter opens the list, ↓ moves, Enter picks, Esc closes', async () => {
    setWidth(320);
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
    expect(isOpen()).toBe(true);
    await waitFor(() => expect(document.activeElement).toBe(item('Charts')));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Settings'));
    // ↓ wraps, ↑ goes back.
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(item('Charts'));
    await userEvent.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(item('Settings'));
    await userEvent.keyboard('{Enter}');
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Save settings' })).toBeTruthy();
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(more());
    expect(selected()).toEqual(['Settings']);
    // Space opens too; Escape closes without switching and hands focus back to More.
    await userEvent.keyboard(' ');
    await waitFor(() => expect(document.activeElement).toBe(item('Charts')));
    await userEvent.keyboard('{Escape}');
    expect(isOpen()).toBe(false);
    expect(document.activeElement).toBe(more());
    expect(selected()).toEqual(['Settings']);
    // ↓ on More opens it as well; Space on a view picks it.
    await userEvent.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toBe(item('Charts')));
    await userEvent.keyboard(' ');
    expect(await within(screen.getByRole('tabpanel')).findByRole('button', { name: 'Add progress charts' })).toBeTruthy();
    expect(selected()).toEqual(['Charts']);
    // The list now holds Summary and Settings; End jumps to the last, Tab past it closes the list.
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(item('Summary')));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(item('Settings'));
    await userEvent.tab();
    expect(isOpen()).toBe(false);
  });

  test('widening the pane brings every tab back and removes More; narrowing caps them again', async () => {
    setWidth(320);
    renderPane(new FakeWorkbook(), fakeEngine({}));
    expect(tabs()).toHaveLength(4);
    setWidth(450);
    expect(tabs().map((t) => t.textContent)).toEqual(ALL);
    expect(more()).toBeNull();
    setWidth(320);
    expect(tabs()).toHaveLength(4);
    expect(more()).not.toBeNull();
  });

  test('every view is reachable by name (openView)', async () => {
    setWidth(320);
    renderPane(new FakeWorkbook(), fakeEngine({}));
    for (const [name, view] of [['Charts', 'charts'], ['Summary', 'summary'], ['Settings', 'settings'], ['Expected values', 'fill'], ['Flags', 'flags'], ['Check', 'check']] as const) {
      await openView(name);
      await waitFor(() => expect(document.querySelector('[data-current-view]')?.getAttribute('data-current-view')).toBe(view));
    }
  });

  test('in Japanese the tabs, the list name and the other views are Japanese', async () => {
    setWidth(320);
    renderPane(new FakeWorkbook(), fakeEngine({}), 'ja');
    const list = screen.getByRole('tablist', { name: '画面' });
    expect(within(list).getAllByRole('tab').map((t) => t.textContent)).toEqual(['チェック', '期待値', '印', 'サマリー']);
    expect(more()!.textContent).toBe('その他');
    await userEvent.click(more()!);
    expect(items().map((i) => i.textContent)).toEqual(['グラフ', '設定']);
    expect(drop()!.getAttribute('aria-label')).toBe('その他');
  });
});

describe('visibleTabs', () => {
  const T = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, label: id }));
  test('wide: all; narrow: the selected one and the highest priorities, four in all, in bar order', () => {
    expect([...visibleTabs(T, ['a', 'b'], 'a', false)]).toHaveLength(6);
    expect([...visibleTabs(T, ['a', 'b', 'c', 'e'], 'a', true)].sort()).toEqual(['a', 'b', 'c', 'e']);
    expect([...visibleTabs(T, ['a', 'b', 'c', 'e'], 'f', true)].sort()).toEqual(['a', 'b', 'c', 'f']);
    // Views with no priority follow in bar order.
    expect([...visibleTabs(T, ['e'], 'e', true)].sort()).toEqual(['a', 'b', 'c', 'e']);
  });
});
