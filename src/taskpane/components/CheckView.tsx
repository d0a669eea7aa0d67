import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import type { Finding, Severity } from '../../core';
import { nothingToWorkOn, ruleName } from '../../core/findings/advice';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { useCheckViewStyles } from './CheckView.styles';
import { FindingList } from './FindingList';
import { PreviousPicker } from './PreviousPicker';
import { SEVERITIES, SEVERITY_LABEL } from './severity';
import { TeachEntry } from './teach/TeachEntry';

/** Check: one button; findings with counts and filters; a click selects the cell in the workbook. */
export function CheckView() {
  const styles = useCheckViewStyles();
  const { t, lang } = useI18n();
  const { analysis, check, busy, port } = useSession();
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [rule, setRule] = useState<string>('all');
  const [selected, setSelected] = useState<string | null>(null);
  const ruleSelect = useId();

  const findings = analysis?.findings ?? [];
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity] += 1;
    return c;
  }, [findings]);
  const rules = useMemo(() => [...new Set(findings.map((f) => f.rule))].sort((a, b) => ruleName(a, lang).localeCompare(ruleName(b, lang), lang)), [findings, lang]);
  const nothing = analysis ? nothingToWorkOn(analysis) : null;
  const visible = findings.filter((f) => shown[f.severity] && (rule === 'all' || f.rule === rule));
  const evaluationSheets = analysis?.sheets.filter((s) => s.model.kind === 'evaluation').length ?? 0;
  const unread = new Set(findings.filter((f) => f.rule === 'sheet-unrecognized').map((f) => f.sheet));

  const select = async (f: Finding) => {
    setSelected(`${f.sheet}!${f.cell}`);
    try {
      await port.selectCell(f.sheet, f.cell);
    } catch {
      // Selecting is a convenience; the cell is named in the list either way.
    }
  };

  return (
    <div className={styles.root}>
      <Button appearance="primary" disabled={busy !== null} onClick={() => void check()}>
        {t('check.run')}
      </Button>
      <PreviousPicker />
      {!analysis ? (
        <div data-testid="placemat">
          <Text weight="semibold">{t('start.title')}</Text>
          <ol>
            <li>{t('start.step1')}</li>
            <li>{t('start.step2')}</li>
            <li>{t('start.step3')}</li>
          </ol>
          <Text>{t('check.empty')}</Text>
        </div>
      ) : (
        <>
          {evaluationSheets === 0 ? (
            <MessageBar intent="warning" data-testid="nothing">
              <MessageBarBody>{nothing ? nothing[lang] : t('check.noSheets')}</MessageBarBody>
            </MessageBar>
          ) : counts.error === 0 && counts.warning === 0 ? (
            <MessageBar intent="success" data-testid="ready">
              <MessageBarBody>
                <MessageBarTitle>{t('check.ready')}</MessageBarTitle>
                {t('check.readyDetail')}
              </MessageBarBody>
            </MessageBar>
          ) : counts.error === 0 ? (
            // Warnings left: not green. The person is told what to look at before submitting.
            <MessageBar intent="warning" data-testid="ready-warnings">
              <MessageBarBody>{t('check.readyWarningsAmber', { count: counts.warning })}</MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="error" data-testid="not-ready">
              <MessageBarBody>{t('check.notReady', { count: counts.error })}</MessageBarBody>
            </MessageBar>
          )}
          {(analysis.problems ?? []).map((p, i) => (
            <MessageBar key={`${p.source}-${p.subject}-${i}`} intent="warning" data-problem={p.subject}>
              <MessageBarBody>
                {p.sheet ? `${p.sheet}: ` : ''}
                {p.message[lang]}
              </MessageBarBody>
            </MessageBar>
          ))}
          {unread.size > 0 ? (
            <MessageBar intent="warning" data-testid="unread-sheets">
              <MessageBarBody>{t('check.unreadSheets', { count: unread.size })}</MessageBarBody>
            </MessageBar>
          ) : null}
          <Text className={styles.counts} data-testid="counts">
            {t('check.counts', { errors: counts.error, warnings: counts.warning, info: counts.info })}
          </Text>
          {evaluationSheets > 1 ? (
            <ul className={styles.counts} data-testid="per-sheet">
              {analysis.sheets
                .filter((s) => s.model.kind === 'evaluation')
                .map((s) => {
                  const of = (sev: Severity) => (s.findings ?? []).filter((f) => f.severity === sev).length;
                  return <li key={s.model.sheet}>{t('check.perSheet', { sheet: s.model.sheet, errors: of('error'), warnings: of('warning'), info: of('info') })}</li>;
                })}
            </ul>
          ) : null}
          {findings.length > 0 ? (
            <div className={styles.filters}>
              {SEVERITIES.map((s) => (
                // A Button with aria-pressed, not Fluent's ToggleButton: its checked styles (5.6 KB
                // gzipped at open) are all overridden by styles.pressed (docs/pane-size.md).
                <Button
                  key={s}
                  size="small"
                  aria-pressed={shown[s]}
                  className={shown[s] ? styles.pressed : undefined}
                  data-toggle={s}
                  onClick={() => setShown((prev) => ({ ...prev, [s]: !prev[s] }))}
                >
                  {`${t(SEVERITY_LABEL[s])} ${counts[s]}`}
                </Button>
              ))}
              {/* A labelled native <select> drawn as Fluent's small Field + Select (CheckView.styles.ts), not those
                  components: their style sheets for every size and appearance were 5 KB gzipped at open. */}
              <div className={styles.field}>
                <label htmlFor={ruleSelect} className={styles.label}>
                  {t('check.ruleFilter')}
                </label>
                <span className={styles.selectRoot}>
                  <select id={ruleSelect} className={styles.select} value={rule} onChange={(e) => setRule(e.target.value)}>
                    <option value="all">{t('check.allRules')}</option>
                    {rules.map((r) => (
                      <option key={r} value={r} title={t('check.ruleTip', { id: r })}>
                        {ruleName(r, lang)}
                      </option>
                    ))}
                  </select>
                  <span className={styles.chevron} aria-hidden="true">
                    {/* Fluent's ChevronDownRegular. */}
                    <svg width="1em" height="1em" viewBox="0 0 20 20" fill="currentColor">
                      <path d="M15.85 7.65c.2.2.2.5 0 .7l-5.46 5.49a.55.55 0 0 1-.78 0L4.15 8.35a.5.5 0 1 1 .7-.7L10 12.8l5.15-5.16c.2-.2.5-.2.7 0" />
                    </svg>
                  </span>
                </span>
              </div>
            </div>
          ) : null}
          {findings.length > 0 && visible.length === 0 ? <Text>{t('check.noneShown')}</Text> : null}
          <FindingList findings={visible} selected={selected} onSelect={(f) => void select(f)} />
          {/* One list of the sheets, after the findings so the first finding stays near the top at 320 px. */}
          <TeachEntry analysis={analysis} unread={unread} />
        </>
      )}
    </div>
  );
}
