import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { nothingToWorkOn } from '../../core/findings/advice';
import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { ApplyResult, Submission, SubmissionState } from '../../core';
import type { SubmittedFile } from '../state/engine';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';
import { UndoButton } from './UndoButton';
import { useViewStyles } from './views.styles';
import { fileBytes } from '../host/file-bytes';

/** Workbooks only: .xlsx and .xlsm (a dropped folder or picture is not a submission). */
const WORKBOOK = /\.xls[xm]$/i;

/** A file's state for the list: the worst of its sheets, as 提出状況 says it. */
function stateOf(s: Submission): SubmissionState {
  if (!s.analysis || nothingToWorkOn(s.analysis)) return 'unreadable';
  if (s.analysis.findings.some((f) => f.rule === 'sheet-unrecognized')) return 'unreadable';
  return s.analysis.findings.some((f) => f.severity === 'error') ? 'fix' : 'ok';
}

/**
 * Summary: build or replace the 評価サマリー sheet from a fresh check; or, for the planning
 * division, add the workbooks the departments submitted and write 提出状況, 評価サマリー and 集計
 * over all of them into this workbook.
 */
export function SummaryView() {
  const styles = useViewStyles();
  const { t, lang } = useI18n();
  const { check, engine, apply, busy, analysis } = useSession();
  const [submissions, setSubmissions] = useState<Submission[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const picker = useRef<HTMLInputElement>(null);

  const add = async (files: File[]) => {
    const picked = files.filter((f) => WORKBOOK.test(f.name));
    if (picked.length === 0) return;
    setReading({ done: 0, total: picked.length });
    // One at a time: fifty workbooks never sit in memory as bytes at once; each is listed as it is read.
    for (const [i, f] of picked.entries()) {
      const file: SubmittedFile = { name: f.name, lastModified: f.lastModified, bytes: () => fileBytes(f) };
      const s = await engine.readSubmission(file);
      setSubmissions((list) => [...list.filter((x) => x.file !== s.file), s]);
      setReading({ done: i + 1, total: picked.length });
    }
    setReading(null);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    void add([...e.dataTransfer.files]);
  };
  const buildAll = async () => {
    const r = await apply(await engine.planSubmissions(submissions), { undoable: true });
    if (r) setResult({ r, key: 'summary.builtAll', count: r.applied });
  };
  const [noFindings, setNoFindings] = useState(false);
  // 指摘一覧: a sheet per department; the fresh check gives this workbook's sheets, so an earlier run's sheet of a department with nothing left goes.
  const writeFindings = async () => {
    setNoFindings(false);
    const fresh = await check();
    if (!fresh) return;
    const plan = await engine.planDepartmentFindings(submissions, fresh.sheets.map((s) => s.model.sheet).filter((n): n is string => typeof n === 'string'));
    const sheets = plan.ops.filter((o) => o.op === 'put-sheet').length;
    if (sheets === 0) setNoFindings(true);
    if (plan.ops.length === 0) return;
    const r = await apply(plan, { undoable: true });
    if (r && sheets > 0) setResult({ r, key: 'summary.findingsWritten', count: sheets });
  };
  // Opened before a check: the check runs, so the view knows what there is to work on.
  useEffect(() => {
    if (!analysis && busy === null) void check();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const nothing = analysis ? nothingToWorkOn(analysis) : null;
  const [result, setResult] = useState<{ r: ApplyResult; key: 'summary.built' | 'summary.builtAll' | 'summary.findingsWritten'; count: number } | null>(null);

  const build = async () => {
    const fresh = await check();
    // No evaluation sheet: an empty summary sheet is not written.
    if (!fresh || nothingToWorkOn(fresh)) return;
    const r = await apply(engine.planSummary(fresh), { undoable: true });
    if (r) setResult({ r, key: 'summary.built', count: r.applied });
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
      {result ? <ApplyReport result={result.r} success={{ key: result.key, count: result.count }} /> : null}
      {noFindings ? (
        <MessageBar intent="info" data-testid="no-findings">
          <MessageBarBody>{t('summary.noFindings')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.list} data-testid="submissions" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <Text weight="semibold">{t('summary.submissions')}</Text>
        <Text className={styles.note}>{t('summary.submissionsExplain')}</Text>
        <input ref={picker} type="file" multiple accept=".xlsx,.xlsm" hidden data-testid="submission-input" onChange={(e) => void add([...(e.target.files ?? [])]).then(() => { e.target.value = ''; })} />
        <div className={styles.actions}>
          <Button disabled={busy !== null || reading !== null} onClick={() => picker.current?.click()}>
            {t('summary.add')}
          </Button>
          {submissions.length > 0 ? (
            <>
              <Button appearance="primary" disabled={busy !== null || reading !== null} onClick={() => void buildAll()}>
                {t('summary.buildAll')}
              </Button>
              <Button disabled={busy !== null || reading !== null} onClick={() => void writeFindings()}>
                {t('summary.findings')}
              </Button>
              <Button appearance="subtle" disabled={reading !== null} onClick={() => setSubmissions([])}>
                {t('summary.clear')}
              </Button>
            </>
          ) : null}
        </div>
        {reading ? <Text role="status">{t('summary.reading', { done: reading.done, total: reading.total })}</Text> : null}
        <ul className={styles.list} aria-label={t('summary.submissions')}>
          {submissions.map((s) => (
            <li key={s.file} className={styles.row} data-state={stateOf(s)}>
              <Text>
                {s.file}: <b>{t(`summary.state.${stateOf(s)}`)}</b>
                {s.error ? <span className={styles.reason}>{s.error[lang]}</span> : null}
              </Text>
            </li>
          ))}
        </ul>
      </div>
      <UndoButton />
    </div>
  );
}
