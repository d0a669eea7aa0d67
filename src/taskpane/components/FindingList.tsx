import { Button, mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding, Severity } from '../../core';
import { renderAdvice, renderFix, ruleName } from '../../core/findings/advice';
import { useI18n } from '../i18n/I18nProvider';
import { useFindingListStyles } from './FindingList.styles';
import { useOpenView } from './nav';
import { SEVERITIES, SEVERITY_LABEL } from './severity';

interface Props {
  findings: Finding[];
  selected: string | null;
  onSelect: (finding: Finding) => void;
}

/** Which view does what a finding asks: Expected values writes 期待値, Settings holds the year and the preset. */
function actionOf(f: Finding): { view: string; label: 'check.openFill' | 'check.openSettings' } | null {
  if (f.rule === 'expected-missing' || f.rule === 'expected-mismatch') return { view: 'fill', label: 'check.openFill' };
  if (f.rule === 'eval-year-missing' || (f.rule === 'grade-invalid' && f.data.suggestedPreset)) return { view: 'settings', label: 'check.openSettings' };
  return null;
}

/** Findings that repeat (one indicator, one rule: R2〜R6 blank) become one row that expands. */
function groupsOf(list: Finding[]): { key: string; indicator: string | null; items: Finding[] }[] {
  const out: { key: string; indicator: string | null; items: Finding[] }[] = [];
  const at = new Map<string, number>();
  for (const f of list) {
    const indicator = typeof f.data.indicator === 'string' && f.data.indicator !== '' ? f.data.indicator : null;
    const key = indicator ? `${f.rule}|${indicator}` : `${f.rule}|${f.cell}|${out.length}`;
    const i = at.get(key);
    if (i === undefined) {
      at.set(key, out.length);
      out.push({ key, indicator, items: [f] });
    } else out[i].items.push(f);
  }
  return out;
}

/** Findings grouped by sheet, then by severity, each group with its count; a click selects the cell. */
export function FindingList({ findings, selected, onSelect }: Props) {
  const styles = useFindingListStyles();
  const { t, lang } = useI18n();
  const open = useOpenView();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const sheets = new Map<string, Map<Severity, Finding[]>>();
  for (const f of findings) {
    const bySeverity = sheets.get(f.sheet) ?? new Map<Severity, Finding[]>();
    const list = bySeverity.get(f.severity) ?? [];
    list.push(f);
    bySeverity.set(f.severity, list);
    sheets.set(f.sheet, bySeverity);
  }

  const one = (f: Finding, i: number) => {
    const id = `${f.sheet}!${f.cell}`;
    const fix = renderFix(f);
    const advice = renderAdvice(f.rule, f.data);
    const action = actionOf(f);
    return (
      <div key={`${f.rule}-${f.cell}-${i}`} className={styles.item}>
        <Button
          appearance="subtle"
          className={mergeClasses(styles.finding, selected === id && styles.selected)}
          title={t('check.selectCell', { cell: id })}
          data-finding={f.rule}
          data-cell={id}
          onClick={() => onSelect(f)}
        >
          <span className={styles.findingInner}>
            {/* The accessible name starts with severity and cell (「警告、9-2!E45」), the visible text with the cell. */}
            <span className={styles.cell}>
              <span className={styles.hidden}>{`${t(SEVERITY_LABEL[f.severity])}、${f.sheet}!`}</span>
              {f.cell}
              <span className={styles.hidden}>：</span>
            </span>
            <span>
              {f.message[lang]}
              <span className={styles.rule} title={t('check.ruleTip', { id: f.rule })}>
                {ruleName(f.rule, lang)}
              </span>
            </span>
          </span>
        </Button>
        {fix ? (
          <span className={styles.advice} data-fix={id}>
            {t('check.fix', { text: fix[lang] })}
          </span>
        ) : null}
        {advice ? (
          <span className={styles.advice} data-advice={f.rule}>
            {t('check.advice', { text: advice[lang] })}
          </span>
        ) : null}
        {action ? (
          <Button size="small" className={styles.action} data-open={action.view} onClick={() => open(action.view)}>
            {t(action.label)}
          </Button>
        ) : null}
      </div>
    );
  };

  return (
    <div>
      {[...sheets].map(([sheet, bySeverity]) => (
        <section key={sheet} className={styles.sheet} aria-label={sheet} data-sheet={sheet}>
          <h2 className={styles.sheetTitle}>{sheet}</h2>
          {SEVERITIES.filter((s) => bySeverity.has(s)).map((severity) => {
            const list = bySeverity.get(severity) ?? [];
            return (
              <div key={severity} className={styles.group} data-severity={severity}>
                <div className={styles.groupTitle}>
                  <span className={mergeClasses(styles.badge, styles[`badge-${severity}`])} data-badge={severity}>
                    {t(SEVERITY_LABEL[severity])}
                  </span>
                  <span data-testid={`count-${sheet}-${severity}`}>{list.length}</span>
                </div>
                {groupsOf(list).map((g) => {
                  if (g.items.length === 1) return one(g.items[0], 0);
                  const key = `${sheet}|${severity}|${g.key}`;
                  const isOpen = expanded.has(key);
                  const cells = g.items.map((f) => f.cell).join('、');
                  return (
                    <div key={key} data-group={g.items[0].rule}>
                      <Button
                        appearance="subtle"
                        className={styles.groupHead}
                        aria-expanded={isOpen}
                        onClick={() => setExpanded((prev) => {
                          const next = new Set(prev);
                          if (next.has(key)) next.delete(key);
                          else next.add(key);
                          return next;
                        })}
                      >
                        {lang === 'ja'
                          ? `${isOpen ? '▾' : '▸'} ${g.indicator}：${ruleName(g.items[0].rule, lang)}（${g.items.length} 件：${cells}）`
                          : `${isOpen ? '▾' : '▸'} ${g.indicator}: ${ruleName(g.items[0].rule, lang)} (${g.items.length}: ${cells.replace(/、/g, ', ')})`}
                      </Button>
                      {isOpen ? <div className={styles.groupBody}>{g.items.map((f, i) => one(f, i))}</div> : null}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
