import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApplyResult } from '../../core';
import type { CountKey } from '../i18n/i18n';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';
import { useViewStyles } from './views.styles';

/**
 * Flags: mark flagged cells (fill + note) and remove the marks. The undo plan of the marks is kept
 * in the workbook's settings (port.writeSettings), so the marks can be removed after reopening.
 */
export function FlagsView() {
  const styles = useViewStyles();
  const { t } = useI18n();
  const { check, engine, apply, settings, saveSettings, busy } = useSession();
  const [outcome, setOutcome] = useState<{ r: ApplyResult; key: CountKey } | null>(null);
  const marks = settings.flagMarks ?? null;

  const mark = async () => {
    // Marks already there are taken off first, so one undo plan always restores the cells' own state.
    let current = settings;
    if (marks) {
      const removed = await apply(marks);
      if (!removed) return;
      current = { ...settings, flagMarks: null };
    }
    const analysis = await check(current);
    if (!analysis) return;
    const r = await apply(engine.planAnnotate(analysis));
    if (!r) return;
    await saveSettings({ ...current, flagMarks: r.applied > 0 ? r.undo : null });
    setOutcome({ r, key: 'flags.marked' });
  };

  const remove = async () => {
    if (!marks) return;
    const r = await apply(marks, { recheck: false });
    if (!r) return;
    await saveSettings({ ...settings, flagMarks: null });
    setOutcome({ r, key: 'flags.removed' });
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
      {outcome ? <ApplyReport result={outcome.r} success={{ key: outcome.key, count: outcome.r.applied }} /> : null}
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
