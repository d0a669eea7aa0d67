import { Button, mergeClasses } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
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
  /** The label of the button that shows the other views (「その他」 / More). */
  moreLabel: string;
  /** Prefix of the ids that tie each tab to its panel (aria-controls / aria-labelledby). */
  idPrefix: string;
}

/** At most this many tabs in a narrow pane (the 320 px task pane); the other views are under More. */
export const MAX_NARROW_TABS = 4;
/** Below this window width the pane is narrow (Excel's task pane opens at 320 px). */
export const NARROW_PX = 400;

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const moreId = (prefix: string) => `${prefix}-more`;
export const moreListId = (prefix: string) => `${prefix}-more-list`;
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
 * True while the bar is narrower than the full row of tabs once needed (a wide pane whose labels do
 * not fit, e.g. long English ones just above NARROW_PX). The full row is measured when shown; the
 * bar's width is followed with a ResizeObserver (none in jsdom: there the window width alone decides).
 */
function useTooTight(bar: RefObject<HTMLDivElement>, full: boolean, key: string): boolean {
  const [needs, setNeeds] = useState<{ key: string; px: number } | null>(null);
  const [width, setWidth] = useState(Infinity);
  const tight = needs !== null && needs.key === key && width < needs.px;
  useLayoutEffect(() => {
    const el = bar.current;
    if (!full || tight || !el || el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1) return;
    const px = el.scrollWidth;
    setWidth(el.clientWidth);
    setNeeds((was) => (was?.key === key && was.px === px ? was : { key, px }));
  });
  useEffect(() => {
    const el = bar.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [bar]);
  return tight;
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

/** Moves focus among `buttons` for the arrow keys in `keys` (previous, next) and Home/End; true when it did. */
function rove(e: KeyboardEvent, buttons: HTMLElement[], keys: [string, string]): boolean {
  const at = buttons.indexOf(document.activeElement as HTMLElement);
  if (at < 0) return false;
  const next =
    e.key === keys[1] ? (at + 1) % buttons.length
    : e.key === keys[0] ? (at - 1 + buttons.length) % buttons.length
    : e.key === 'Home' ? 0
    : e.key === 'End' ? buttons.length - 1
    : null;
  if (next === null) return false;
  e.preventDefault();
  buttons[next].focus();
  return true;
}

/**
 * The row of view tabs, made of Fluent Buttons with the WAI-ARIA tabs pattern (role tablist/tab,
 * aria-selected, roving tabindex: ←/→ move between tabs and wrap, Home/End jump, Enter/Space open).
 * Focus moves without switching (manual activation), so arrowing past a view does not load it.
 *
 * A narrow pane (below NARROW_PX, or a bar too short for the full row) shows at most MAX_NARROW_TABS
 * tabs, the open view always among them; the others sit behind a 「その他」/More button after the tab
 * list, a disclosure (WAI-ARIA): it toggles a list of buttons right under the bar, inside <nav>
 * (aria-expanded, aria-controls). Enter/Space/↓ open it with focus on the first view, ↑/↓ and
 * Home/End move, Enter/Space pick and close, Esc closes and hands focus back to More.
 * Written with plain Buttons, not Fluent's TabList, Overflow or Menu: those bring tabster, the
 * positioning code and floating-ui into the JS Excel loads at open (~35 KB gzipped).
 */
export function ViewSwitcher<Id extends string>({ tabs, priority = [], selected, onSelect, label, moreLabel, idPrefix }: Props<Id>) {
  const styles = useViewSwitcherStyles();
  const bar = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const drop = useRef<HTMLUListElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [focusFirst, setFocusFirst] = useState(false);
  const narrowWindow = useNarrow();
  const tight = useTooTight(bar, !narrowWindow, tabs.map((t) => t.label).join('\n'));
  const shown = visibleTabs(tabs, priority, selected, narrowWindow || tight);
  const rest = tabs.filter((t) => !shown.has(t.id));
  const isOpen = open && rest.length > 0;

  useEffect(() => {
    if (isOpen && focusFirst) {
      drop.current?.querySelector<HTMLButtonElement>('button')?.focus();
      setFocusFirst(false);
    }
  }, [isOpen, focusFirst]);

  const show = () => {
    setOpen(true);
    setFocusFirst(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) moreButton.current?.focus();
  };

  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    rove(e, [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])], ['ArrowLeft', 'ArrowRight']);
  };
  const onMoreKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown' && !isOpen) {
      e.preventDefault();
      show();
    } else if (e.key === 'Escape' && isOpen) {
      e.preventDefault();
      close(true);
    }
  };
  const onDropKey = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
      return;
    }
    rove(e, [...(drop.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])], ['ArrowUp', 'ArrowDown']);
  };
  /** Focus leaving More and its list (Tab past the last view, a click elsewhere) closes the list. */
  const onBlur = (e: FocusEvent) => {
    const to = e.relatedTarget as Node | null;
    if (to && !moreButton.current?.contains(to) && !drop.current?.contains(to)) setOpen(false);
  };

  return (
    <>
      <div ref={bar} className={styles.bar}>
        <div ref={list} role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list} onKeyDown={onTabKey}>
          {tabs
            .filter((t) => shown.has(t.id))
            .map((tab) => {
              const isSelected = tab.id === selected;
              return (
                <Button
                  key={tab.id}
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
              );
            })}
        </div>
        {rest.length ? (
          <Button
            ref={moreButton}
            id={moreId(idPrefix)}
            size="small"
            appearance="transparent"
            aria-expanded={isOpen}
            aria-controls={moreListId(idPrefix)}
            className={mergeClasses(styles.tab, styles.more, isOpen && styles.moreOpen)}
            data-view-more=""
            onClick={() => (isOpen ? close(false) : show())}
            onKeyDown={onMoreKey}
            onBlur={onBlur}
          >
            {moreLabel}
          </Button>
        ) : null}
      </div>
      {rest.length ? (
        <ul ref={drop} id={moreListId(idPrefix)} aria-label={moreLabel} className={isOpen ? styles.drop : undefined} hidden={!isOpen} data-view-more-list="" onKeyDown={onDropKey}>
          {rest.map((m) => (
            <li key={m.id} className={styles.dropItem}>
              <Button
                size="small"
                appearance="subtle"
                className={styles.dropButton}
                data-view={m.id}
                onBlur={onBlur}
                onClick={() => {
                  onSelect(m.id);
                  close(true);
                }}
              >
                {m.label}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
