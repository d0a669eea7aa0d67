import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ApplyResult, EditPlan } from '../../core';
import { nothingToWorkOn } from '../../core/findings/advice';

import type { CountKey } from '../i18n/i18n';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';
import { useViewStyles } from './views.styles';

/**
 * Flags: mark flagged cells (fill + note) and remove the marks. The undo plan of the marks is kept
 * in the workbook's settings (port.writeSettings), so the marks can be removed after reopening.
 */
/** Cells of the sheets (not the findings sheet) that the plan marked, skipped ones left out. */
export function markedCells(plan: EditPlan, r: ApplyResult): number {
  const skipped = new Set(r.skipped.flatMap((s) => ('cell' in s.op ? [`${s.op.sheet}!${s.op.cell}`] : [])));
  const cells = new Set<string>();
  for (const op of plan.ops) if ((op.op === 'set-fill' || op.op === 'set-note') && !skipped.has(`${op.sheet}!${op.cell}`)) cells.add(`${op.sheet}!${op.cell}`);
  return cells.size;
}

export function FlagsView() {
  const styles = useViewStyles();
  const { t, lang } = useI18n();
  const { check, engine, apply, settings, saveSettings, busy, analysis } = useSession();
  const [outcome, setOutcome] = useState<{ r: ApplyResult; key: CountKey; count: number } | null>(null);
  // Opened before a check: the check runs, so the view knows what there is to work on.
  useEffect(() => {
    if (!analysis && busy === null) void check();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const nothing = analysis ? nothingToWorkOn(analysis) : null;
  const marks = settings.flagMarks ?? null;

  const mark = async () => {
    // Marks already there are taken off first, so one undo plan always restores the cells' own state.
    let current = settings;
    if (marks) {
      const removed = await apply(marks);
      if (!removed) return;
      current = { ...settings, flagMarks: null };
    }
    const fresh = await check(current);
    if (!fresh || nothingToWorkOn(fresh)) return;
    const plan = engine.planAnnotate(fresh, lang);
    let partial: EditPlan | null = null;
    const r = await apply(plan, { onPartial: (u) => (partial = u) });
    if (!r) {
      // The write failed part-way: the marks made before it are recorded, so 「印を消す」 takes them off.
      if (partial) await saveSettings({ ...current, flagMarks: partial });
      return;
    }
    await saveSettings({ ...current, flagMarks: r.applied > 0 ? r.undo : null });
    // What a person sees: cells marked, not the operations it took (a fill and a note per cell).
    setOutcome({ r, key: 'flags.markedCells', count: markedCells(plan, r) });
  };

  const remove = async () => {
    if (!marks) return;
    const r = await apply(marks, { recheck: false });
    if (!r) return;
    await saveSettings({ ...settings, flagMarks: null });
    setOutcome({ r, key: 'flags.removed', count: r.applied });
  };

  return (
    <div className={styles.root}>
      <Text className={styles.note}>{t('flags.explain')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void mark()}>
          {t('flags.mark')}
        </Button>
        <Button disabled={busy !== null || !marks} onClick={() => void remove()}>
          {t('flags.remove')}
        </Button>
      </div>
      {nothing ? (
        <MessageBar intent="warning" data-testid="nothing">
          <MessageBarBody>{nothing[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome ? <ApplyReport result={outcome.r} success={{ key: outcome.key, count: outcome.count }} /> : null}
      {marks ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('flags.saved')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text className={styles.note}>{t('flags.none')}</Text>
      )}
    </div>
  );
}
