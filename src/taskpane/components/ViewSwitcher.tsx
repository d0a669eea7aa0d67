import {
  Button,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  mergeClasses,
  Overflow,
  OverflowItem,
  useOverflowMenu,
  useOverflowVisibility,
} from '@fluentui/react-components';
import { useRef, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useViewSwitcherStyles } from './ViewSwitcher.styles';

export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  /** Every view, in the order of the bar. */
  tabs: ViewTab<Id>[];
  /** The views that keep a tab first when room is short, most important first; the others go first. */
  priority?: Id[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Names the tab list for screen readers. */
  label: string;
  /** The overflow menu button's label (「その他」 / More). */
  moreLabel: string;
  /** Prefix of the ids that tie each tab to its panel (aria-controls / aria-labelledby). */
  idPrefix: string;
}

/** At most this many tabs in a narrow pane (the 320 px task pane); the other views are in the menu. */
export const MAX_NARROW_TABS = 4;
/** Below this window width the pane is narrow (Excel's task pane opens at 320 px). */
export const NARROW_PX = 400;

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const moreId = (prefix: string) => `${prefix}-more`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

const subscribeResize = (cb: () => void) => {
  window.addEventListener('resize', cb);
  return () => window.removeEventListener('resize', cb);
};
/** True while the window (the task pane inside Excel) is narrower than NARROW_PX. */
function useNarrow(): boolean {
  return useSyncExternalStore(subscribeResize, () => window.innerWidth < NARROW_PX, () => false);
}

/**
 * The tabs a pane of this width shows, in bar order: all of them when wide; when narrow the selected
 * view and then the highest-priority ones, MAX_NARROW_TABS in all.
 */
export function visibleTabs<Id extends string>(tabs: ViewTab<Id>[], priority: Id[], selected: Id, narrow: boolean): Set<Id> {
  if (!narrow) return new Set(tabs.map((t) => t.id));
  const rank = (id: Id) => (id === selected ? -1 : priority.includes(id) ? priority.indexOf(id) : priority.length + tabs.findIndex((t) => t.id === id));
  return new Set([...tabs].sort((a, b) => rank(a.id) - rank(b.id)).slice(0, MAX_NARROW_TABS).map((t) => t.id));
}

/**
 * The row of view tabs, made of Fluent Buttons with the WAI-ARIA tabs pattern (role tablist/tab,
 * aria-selected, roving tabindex: ←/→ move between tabs and wrap, Home/End jump, Enter/Space open).
 * Focus moves without switching (manual activation), so arrowing past a view does not load it.
 * Written instead of Fluent's TabList to keep the JS Excel loads within budget (TabList and its
 * arrow-key mover cost ~10 KB gzipped).
 *
 * Room is managed with Fluent's Overflow, the documented way: each tab is an OverflowItem, the
 * selected one pinned (so the current view always has a visible, selected tab), and the tabs that do
 * not fit go to a 「その他」/More menu button after the tab list (its own tab stop; Enter/Space/↓
 * open it, ↑/↓ move, Enter picks, Esc closes). A narrow pane also caps the tabs at
 * MAX_NARROW_TABS, so the bar stays one calm row at 320 px whatever the language.
 */
export function ViewSwitcher<Id extends string>({ tabs, priority = [], selected, onSelect, label, moreLabel, idPrefix }: Props<Id>) {
  const styles = useViewSwitcherStyles();
  const narrow = useNarrow();
  const shown = visibleTabs(tabs, priority, selected, narrow);
  const capped = tabs.filter((t) => !shown.has(t.id));
  const rank = (id: Id) => (priority.includes(id) ? priority.length - priority.indexOf(id) : 0);

  return (
    <Overflow hasHiddenItems={capped.length > 0}>
      <div className={styles.bar}>
        <TabRow tabs={tabs.filter((t) => shown.has(t.id))} selected={selected} onSelect={onSelect} label={label} idPrefix={idPrefix} rank={rank} />
        {/* Remounted when the cap comes or goes, so Overflow measures the button it reserves room for. */}
        <MoreMenu key={String(capped.length > 0)} tabs={tabs} capped={new Set(capped.map((t) => t.id))} onSelect={onSelect} label={moreLabel} idPrefix={idPrefix} />
      </div>
    </Overflow>
  );
}

function TabRow<Id extends string>({
  tabs,
  selected,
  onSelect,
  label,
  idPrefix,
  rank,
}: {
  tabs: ViewTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  label: string;
  idPrefix: string;
  rank: (id: Id) => number;
}) {
  const styles = useViewSwitcherStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    // Only the tabs on screen: the ones Overflow moved to the menu are display: none.
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]:not([data-overflowing])') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      e.key === 'ArrowRight' ? (at + 1) % buttons.length
      : e.key === 'ArrowLeft' ? (at - 1 + buttons.length) % buttons.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? buttons.length - 1
      : null;
    if (next === null) return;
    e.preventDefault();
    buttons[next].focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <OverflowItem key={tab.id} id={tab.id} {...(isSelected ? { pinned: true } : { priority: rank(tab.id) })}>
            <Button
              role="tab"
              id={tabId(idPrefix, tab.id)}
              aria-selected={isSelected}
              aria-controls={isSelected ? panelId(idPrefix, tab.id) : undefined}
              tabIndex={isSelected ? 0 : -1}
              size="small"
              appearance="transparent"
              className={mergeClasses(styles.tab, isSelected && styles.selected)}
              data-view={tab.id}
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </Button>
          </OverflowItem>
        );
      })}
    </div>
  );
}

/** The 「その他」 button: the views capped out of a narrow pane and those Overflow had no room for. */
function MoreMenu<Id extends string>({
  tabs,
  capped,
  onSelect,
  label,
  idPrefix,
}: {
  tabs: ViewTab<Id>[];
  capped: Set<Id>;
  onSelect: (id: Id) => void;
  label: string;
  idPrefix: string;
}) {
  const styles = useViewSwitcherStyles();
  const { ref } = useOverflowMenu<HTMLButtonElement>();
  const { itemVisibility } = useOverflowVisibility();
  // `=== false`: before Overflow has measured (or without layout, as in jsdom) every tab counts as shown.
  const items = tabs.filter((t) => capped.has(t.id) || itemVisibility[t.id] === false);
  // Rendered only when it holds something (as in Fluent's examples): useOverflowMenu registers the
  // button again whenever overflow starts or stops, and Overflow then counts its width.
  if (!items.length) return null;
  return (
    // inline: the popover stays inside <nav> (a landmark) and under the FluentProvider's theme, not in a portal at <body>.
    <Menu inline>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          ref={ref}
          id={moreId(idPrefix)}
          size="small"
          appearance="transparent"
          className={mergeClasses(styles.tab, styles.more)}
          data-view-more=""
        >
          {label}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover className={styles.popover}>
        <MenuList>
          {items.map((m) => (
            <MenuItem key={m.id} data-view={m.id} onClick={() => onSelect(m.id)}>
              {m.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
