import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApplyResult } from '../../core';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';
import { UndoButton } from './UndoButton';
import { useViewStyles } from './views.styles';

/** Summary: build or replace the 評価サマリー sheet from a fresh check. */
export function SummaryView() {
  const styles = useViewStyles();
  const { t } = useI18n();
  const { check, engine, apply, busy } = useSession();
  const [result, setResult] = useState<ApplyResult | null>(null);

  const build = async () => {
    const analysis = await check();
    if (!analysis) return;
    const r = await apply(engine.planSummary(analysis), { undoable: true });
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
      {result ? <ApplyReport result={result} success={{ key: 'summary.built', count: result.applied }} /> : null}
      <UndoButton />
    </div>
  );
}
