import { Button, Checkbox, MessageBar, MessageBarBody, Switch, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { nothingToWorkOn } from '../../core/findings/advice';
import type { ApplyResult, CellValue } from '../../core';
import { useI18n } from '../i18n/I18nProvider';
import type { FillRow } from '../state/engine';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';
import { UndoButton } from './UndoButton';
import { useViewStyles } from './views.styles';

/** Expected values: preview every cell that would change, choose, apply, undo. */
export function FillView() {
  const styles = useViewStyles();
  const { t, lang } = useI18n();
  const { analysis, engine, apply, busy, check } = useSession();
  // Opened before a check: the check runs, so the view has something to show.
  useEffect(() => {
    if (!analysis && busy === null) void check();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const nothing = analysis ? nothingToWorkOn(analysis) : null;
  const [overwrite, setOverwrite] = useState(false);
  // Keys the person unticked; new proposals start ticked.
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<{ r: ApplyResult; count: number } | null>(null);

  const rows = useMemo(() => (analysis ? engine.proposeFill(analysis, { overwriteMismatches: overwrite }) : []), [analysis, engine, overwrite]);
  const chosen = rows.filter((r) => !unticked.has(r.key));

  const run = async (list: FillRow[]) => {
    const r = await apply(engine.planFill(list), { undoable: true, recheck: true });
    if (r) {
      setResult({ r, count: r.applied });
      setUnticked(new Set());
    }
  };
  const shown = (v: CellValue) => (v === null || v === '' ? t('fill.blank') : String(v));

  return (
    <div className={styles.root}>
      {!analysis ? <Text>{t('fill.empty')}</Text> : null}
      {nothing ? (
        <MessageBar intent="warning" data-testid="nothing">
          <MessageBarBody>{nothing[lang]}</MessageBarBody>
        </MessageBar>
      ) : null}
      {analysis && !nothing ? <Switch label={t('fill.overwrite')} checked={overwrite} onChange={(_, d) => setOverwrite(d.checked)} /> : null}
      {analysis && !nothing && rows.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('fill.none')}</MessageBarBody>
        </MessageBar>
      ) : null}
      {rows.length > 0 ? (
        <>
          <Checkbox
            label={t('fill.selectAll')}
            checked={chosen.length === rows.length ? true : chosen.length === 0 ? false : 'mixed'}
            onChange={(_, d) => setUnticked(d.checked ? new Set() : new Set(rows.map((r) => r.key)))}
          />
          <div className={styles.list} role="list">
            {rows.map((row) => (
              <div key={row.key} className={styles.row} role="listitem" data-fill={row.key}>
                <Checkbox
                  aria-label={row.key}
                  checked={!unticked.has(row.key)}
                  onChange={(_, d) =>
                    setUnticked((prev) => {
                      const next = new Set(prev);
                      if (d.checked) next.delete(row.key);
                      else next.add(row.key);
                      return next;
                    })
                  }
                />
                <span>
                  <span className={styles.where}>{row.key}</span>{' '}
                  <span className={styles.change}>
                    {shown(row.from)} → {String(row.to)}
                  </span>
                  <span className={styles.reason}>{row.reason[lang]}</span>
                </span>
              </div>
            ))}
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy !== null || chosen.length === 0} onClick={() => void run(chosen)}>
              {t('fill.applySelected', { count: chosen.length })}
            </Button>
            <Button disabled={busy !== null} onClick={() => void run(rows)}>
              {t('fill.applyAll', { count: rows.length })}
            </Button>
          </div>
        </>
      ) : null}
      {result ? <ApplyReport result={result.r} success={{ key: 'fill.applied', count: result.count }} /> : null}
      <UndoButton />
    </div>
  );
}
