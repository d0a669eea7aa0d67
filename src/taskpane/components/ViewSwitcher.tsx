import { Button, mergeClasses } from '@fluentui/react-components';
import { useRef, type KeyboardEvent } from 'react';
import { useViewSwitcherStyles } from './ViewSwitcher.styles';

export interface ViewTab<Id extends string> {
  id: Id;
  label: string;
}

interface Props<Id extends string> {
  tabs: ViewTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
  /** Names the tab list for screen readers. */
  label: string;
  /** Prefix of the ids that tie each tab to its panel (aria-controls / aria-labelledby). */
  idPrefix: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string) => `${prefix}-panel-${id}`;

/**
 * The row of view tabs, made of Fluent Buttons with the WAI-ARIA tabs pattern (role tablist/tab,
 * aria-selected, aria-controls, roving tabindex; ←/→ wrap, Home/End; Enter/Space open the view).
 * Focus moves without switching (manual activation), so arrowing past a view does not load it.
 * Written instead of Fluent's TabList to keep the JS Excel loads within budget (TabList and its
 * arrow-key mover cost ~10 KB gzipped).
 */
export function ViewSwitcher<Id extends string>({ tabs, selected, onSelect, label, idPrefix }: Props<Id>) {
  const styles = useViewSwitcherStyles();
  const list = useRef<HTMLDivElement>(null);

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

  return (
    <div ref={list} role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
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
  );
}
