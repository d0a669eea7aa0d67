import { Menu, MenuButton, MenuItemRadio, MenuList, MenuPopover, MenuTrigger, mergeClasses, Button, type MenuProps } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import { useViewSwitcherStyles } from './ViewSwitcher.styles';

export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  /** The views shown as tabs (at most four, so they never wrap at 320 px). */
  tabs: ViewTab<Id>[];
  /** The other views, behind a 「その他」 menu button after the tabs. */
  more?: ViewTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Names the tab list for screen readers. */
  label: string;
  /** The overflow menu button's label (「その他」 / More). */
  moreLabel?: string;
  /** Prefix of the ids that tie each tab to its panel (aria-controls / aria-labelledby). */
  idPrefix: string;
}

export const MAX_TABS = 4;
export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const moreId = (prefix: string) => `${prefix}-more`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;
/** The element that names the panel of a view: its tab, or the overflow button when the view lives there. */
export const labelledBy = <Id extends string>(prefix: string, id: Id, more: ViewTab<Id>[] = []) =>
  more.some((m) => m.id === id) ? moreId(prefix) : tabId(prefix, id);

/**
 * The row of view tabs, made of Fluent Buttons with the WAI-ARIA tabs pattern (role tablist/tab,
 * aria-selected, aria-controls, roving tabindex; ←/→ wrap, Home/End; Enter/Space open the view).
 * Focus moves without switching (manual activation), so arrowing past a view does not load it.
 * Written instead of Fluent's TabList to keep the JS Excel loads within budget (TabList and its
 * arrow-key mover cost ~10 KB gzipped).
 *
 * At most MAX_TABS tabs; the other views sit in a Fluent Menu after the tab list (a menu button,
 * its own tab stop: Enter/Space/↓ open it, ↑/↓ move, Enter picks, Esc closes). When one of those
 * views is open, the button shows its name and names the panel, so the current view is always in sight.
 */
export function ViewSwitcher<Id extends string>({ tabs, more = [], selected, onSelect, label, moreLabel, idPrefix }: Props<Id>) {
  const styles = useViewSwitcherStyles();
  const list = useRef<HTMLDivElement>(null);
  if (tabs.length > MAX_TABS) throw new Error(`ViewSwitcher: at most ${MAX_TABS} tabs (got ${tabs.length})`);
  const inMore = more.find((m) => m.id === selected);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
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

  const onMoreChange: MenuProps['onCheckedValueChange'] = (_e, { checkedItems }) => {
    const id = checkedItems[0] as Id | undefined;
    if (id) onSelect(id);
  };

  return (
    <div className={styles.bar}>
      <div ref={list} role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.id === selected;
          // With an overflow view open no tab is selected; the first one keeps the tab stop.
          const stop = isSelected || (!tabs.some((x) => x.id === selected) && tab === tabs[0]);
          return (
            <Button
              key={tab.id}
              role="tab"
              id={tabId(idPrefix, tab.id)}
              aria-selected={isSelected}
              aria-controls={isSelected ? panelId(idPrefix, tab.id) : undefined}
              tabIndex={stop ? 0 : -1}
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
      {more.length ? (
        <Menu checkedValues={{ view: inMore ? [inMore.id] : [] }} onCheckedValueChange={onMoreChange}>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton
              id={moreId(idPrefix)}
              size="small"
              appearance="transparent"
              className={mergeClasses(styles.tab, styles.more, inMore && styles.selected)}
              aria-current={inMore ? 'page' : undefined}
              aria-controls={inMore ? panelId(idPrefix, inMore.id) : undefined}
              data-view-more=""
            >
              {inMore ? inMore.label : moreLabel}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              {more.map((m) => (
                <MenuItemRadio key={m.id} name="view" value={m.id} data-view={m.id}>
                  {m.label}
                </MenuItemRadio>
              ))}
            </MenuList>
          </MenuPopover>
        </Menu>
      ) : null}
    </div>
  );
}
