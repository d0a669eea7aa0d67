import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { nothingToWorkOn } from '../../core/findings/advice';
import { useEffect, useState } from 'react';
import type { ApplyResult } from '../../core';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';
import { UndoButton } from './UndoButton';
import { useViewStyles } from './views.styles';

/** Summary: build or replace the 評価サマリー sheet from a fresh check. */
export function SummaryView() {
  const styles = useViewStyles();
  const { t, lang } = useI18n();
  const { check, engine, apply, busy, analysis } = useSession();
  // Opened before a check: the check runs, so the view knows what there is to work on.
  useEffect(() => {
    if (!analysis && busy === null) void check();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const nothing = analysis ? nothingToWorkOn(analysis) : null;
  const [result, setResult] = useState<ApplyResult | null>(null);

  const build = async () => {
    const fresh = await check();
    // No evaluation sheet: an empty summary sheet is not written.
    if (!fresh || nothingToWorkOn(fresh)) return;
    const r = await apply(engine.planSummary(fresh), { undoable: true });
    if (r) setResult(r);
  };

  return (
    <div className={styles.root}>
      <Text className={styles.note}>{t('summary.explain')}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void build()}>
          {t('summary.build')}
        </Button>
      </div>
      {nothing ? (
        <MessageBar intent="warning" data-testid="nothing">
          <MessageBarBody>{nothing[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {result ? <ApplyReport result={result} success={{ key: 'summary.built', count: result.applied }} /> : null}
      <UndoButton />
    </div>
  );
}
