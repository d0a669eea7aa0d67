import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { parseProfile, formatProblem } from '../../../core/profile';
import type { WorkbookAnalysis } from '../../../core';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../state/session';
import { readText, withProfile } from './profile-file';
import { tt } from './strings';

// The panel and its preview load the first time a person teaches (chunk names starting "view-": see lazyViews.ts).
const TeachPanel = lazy(() => import(/* webpackChunkName: "view-teach" */ './TeachPanel').then((m) => ({ default: m.TeachPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  hidden: { display: 'none' },
});

/**
 * The way into 「読み方を教える」 from the Check view: each sheet no reader could read, with a button
 * to teach its layout; the tables a profile read; and 「プロファイルを読み込む」. Render it under the
 * check results; `onTeach` hands the sheet to the panel, which replaces the view until closed.
 */
export function TeachEntry({ analysis }: { analysis: WorkbookAnalysis }) {
  const styles = useStyles();
  const { lang } = useI18n();
  const { settings, saveSettings, check } = useSession();
  const [teaching, setTeaching] = useState<string | null>(null);
  const [note, setNote] = useState<{ intent: 'success' | 'error'; text: string; lines: string[] } | null>(null);
  const file = useRef<HTMLInputElement>(null);

  if (teaching) {
    return (
      <Suspense fallback={<Spinner size="tiny" />}>
        <TeachPanel sheet={teaching} onClose={() => setTeaching(null)} />
      </Suspense>
    );
  }

  const onImport = async (f: File | undefined) => {
    if (!f) return;
    if (file.current) file.current.value = '';
    const parsed = parseProfile(await readText(f));
    if (!parsed.ok) {
      setNote({ intent: 'error', text: tt(lang, 'entry.importFailed', { file: f.name }), lines: parsed.problems.map((p) => formatProblem(p, lang)) });
      return;
    }
    const next = { ...settings, profiles: withProfile(settings.profiles, parsed.profile) };
    if (await saveSettings(next)) {
      setNote({ intent: 'success', text: tt(lang, 'entry.imported', { name: parsed.profile.name }), lines: [] });
      await check(next);
    }
  };

  const sheets = (analysis.sheets ?? []).map((s) => s.model).filter((m) => m !== undefined);
  return (
    <section className={styles.root} aria-label={tt(lang, 'entry.title')} data-testid="teach-entry">
      <Text weight="semibold">{tt(lang, 'entry.title')}</Text>
      {sheets.map((m) => (
        <div key={m.sheet} className={styles.row} data-sheet-reading={m.sheet}>
          <Text>
            {m.kind === 'unrecognized'
              ? tt(lang, 'entry.notRead', { sheet: m.sheet })
              : taughtOf(m).length > 0
                ? tt(lang, 'entry.read', { sheet: m.sheet, how: tt(lang, 'entry.byProfile', { name: taughtOf(m)[0].profile ?? '', ranges: taughtOf(m).map((r) => r.range).join(', ') }) })
                : tt(lang, 'entry.read', { sheet: m.sheet, how: (m.layouts ?? []).join(', ') })}
          </Text>
          <Button size="small" appearance={m.kind === 'unrecognized' ? 'primary' : 'subtle'} onClick={() => setTeaching(m.sheet)} data-teach={m.sheet}>
            {tt(lang, 'entry.teach')}
          </Button>
        </div>
      ))}
      <div className={styles.row}>
        <input ref={file} className={styles.hidden} type="file" accept=".json,application/json" data-testid="profile-input" onChange={(e) => void onImport(e.target.files?.[0])} />
        <Button size="small" onClick={() => file.current?.click()}>
          {tt(lang, 'entry.import')}
        </Button>
      </div>
      {note ? (
        <MessageBar intent={note.intent} layout="multiline" data-testid="profile-import-note">
          <MessageBarBody>
            {note.text}
            {note.lines.map((l) => (
              <div key={l} data-profile-problem>
                {l}
              </div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

/** The tables of a sheet that a layout profile read. */
function taughtOf(m: { reading?: readonly { profile: string | null; range: string }[] }) {
  return (m.reading ?? []).filter((r) => r.profile !== null);
}
