import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup } from '@fluentui/react-components';
import { nothingToWorkOn } from '../../core/findings/advice';
import { useEffect, useState } from 'react';
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
  const { t, lang } = useI18n();
  const { check, engine, apply, busy, analysis } = useSession();
  // Opened before a check: the check runs, so the view knows what there is to work on.
  useEffect(() => {
    if (!analysis && busy === null) void check();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const nothing = analysis ? nothingToWorkOn(analysis) : null;
  const [placement, setPlacement] = useState<Placement>('beside');
  const [outcome, setOutcome] = useState<{ r: ApplyResult; key: CountKey; text?: string } | null>(null);

  const add = async () => {
    const fresh = await check();
    if (!fresh || nothingToWorkOn(fresh)) return;
    const plan = await engine.planCharts(fresh, { placement });
    const r = await apply(plan, { undoable: true });
    if (!r) return;
    // Charts added, each named by its indicator: not the operations it took.
    const skipped = new Set(r.skipped.flatMap((s) => (s.op.op === 'add-chart' ? [s.op.chart.id] : [])));
    const names = plan.ops.flatMap((o) => (o.op === 'add-chart' && !skipped.has(o.chart.id) ? [o.chart.title] : []));
    setOutcome({ r, key: 'charts.added', text: names.length === 0 ? undefined : t('charts.addedFor', { count: names.length, names: names.join(lang === 'ja' ? '、' : ', ') }) });
  };
  const remove = async () => {
    const r = await apply(engine.planRemoveCharts(), { undoable: true });
    if (!r) return;
    setOutcome({ r, key: 'charts.removed', text: r.applied > 0 ? t('charts.removed') : t('charts.removedNone') });
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
      {nothing ? (
        <MessageBar intent="warning" data-testid="nothing">
          <MessageBarBody>{nothing[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome ? <ApplyReport result={outcome.r} success={{ key: outcome.key, count: outcome.r.applied }} successText={outcome.text} /> : null}
      <UndoButton />
    </div>
  );
}
