import { Button, Field, Radio, RadioGroup } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApplyResult } from '../../core';
import type { CountKey } from '../i18n/i18n';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';
import { UndoButton } from './UndoButton';
import { useViewStyles } from './views.styles';

type Placement = 'beside' | 'sheet';

/** Charts: add progress charts (beside each block or on a charts sheet), or remove Evalsheet's charts. */
export function ChartsView() {
  const styles = useViewStyles();
  const { t } = useI18n();
  const { check, engine, apply, busy } = useSession();
  const [placement, setPlacement] = useState<Placement>('beside');
  const [outcome, setOutcome] = useState<{ r: ApplyResult; key: CountKey } | null>(null);

  const add = async () => {
    const analysis = await check();
    if (!analysis) return;
    const r = await apply(engine.planCharts(analysis, { placement }), { undoable: true });
    if (r) setOutcome({ r, key: 'charts.added' });
  };
  const remove = async () => {
    const r = await apply(engine.planRemoveCharts(), { undoable: true });
    if (r) setOutcome({ r, key: 'charts.removed' });
  };

  return (
    <div className={styles.root}>
      <Field label={t('charts.placement')}>
        <RadioGroup value={placement} onChange={(_, d) => setPlacement(d.value as Placement)}>
          <Radio value="beside" label={t('charts.beside')} />
          <Radio value="sheet" label={t('charts.sheet')} />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void add()}>
          {t('charts.add')}
        </Button>
        <Button disabled={busy !== null} onClick={() => void remove()}>
          {t('charts.remove')}
        </Button>
      </div>
      {outcome ? <ApplyReport result={outcome.r} success={{ key: outcome.key, count: outcome.r.applied }} /> : null}
      <UndoButton />
    </div>
  );
}
