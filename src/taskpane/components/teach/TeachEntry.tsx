import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useRef, useState } from 'react';
import { parseProfile, formatProblem } from '../../../core/profile';
import type { WorkbookAnalysis } from '../../../core';
import { readingLines } from '../../../core/report/reading-text';
import { useI18n } from '../../i18n/I18nProvider';
import { useSession } from '../../state/session';
import { Spinner } from '../Spinner';
import { readText, withProfile } from './profile-file';
import { et } from './strings';

// The panel and its preview load the first time a person teaches (chunk names starting "view-": see lazyViews.ts).
const TeachPanel = lazy(() => import(/* webpackChunkName: "view-teach" */ './TeachPanel').then((m) => ({ default: m.TeachPanel })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  sheet: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
  hidden: { display: 'none' },
});

/**
 * 「シートの読み方」 under the check results: one row per sheet of the workbook, the only place the pane
 * lists them: how it was read (one line per table, as the CLI says it), or that it could not be read
 * (a sheet that looks like an evaluation sheet: `unread`) or was skipped, with 「読み方を教える」 on
 * that row (primary where the sheet could not be read); then 「プロファイルを読み込む」. Teaching opens
 * the panel, which replaces this list until closed.
 */
export function TeachEntry({ analysis, unread = new Set() }: { analysis: WorkbookAnalysis; unread?: ReadonlySet<string> }) {
  const styles = useStyles();
  const { lang } = useI18n();
  const { settings, saveSettings, check } = useSession();
  const [teaching, setTeaching] = useState<string | null>(null);
  const [note, setNote] = useState<{ intent: 'success' | 'error'; text: string; lines: string[] } | null>(null);
  const file = useRef<HTMLInputElement>(null);

  if (teaching) {
    return (
      <Suspense fallback={<Spinner />}>
        <TeachPanel sheet={teaching} onClose={() => setTeaching(null)} />
      </Suspense>
    );
  }

  const onImport = async (f: File | undefined) => {
    if (!f) return;
    if (file.current) file.current.value = '';
    const parsed = parseProfile(await readText(f));
    if (!parsed.ok) {
      setNote({ intent: 'error', text: et(lang, 'entry.importFailed', { file: f.name }), lines: parsed.problems.map((p) => formatProblem(p, lang)) });
      return;
    }
    const next = { ...settings, profiles: withProfile(settings.profiles, parsed.profile) };
    if (await saveSettings(next)) {
      setNote({ intent: 'success', text: et(lang, 'entry.imported', { name: parsed.profile.name }), lines: [] });
      await check(next);
    }
  };

  const sheets = (analysis.sheets ?? []).map((s) => s.model).filter((m) => m !== undefined);
  return (
    <section className={styles.root} aria-label={et(lang, 'entry.title')} data-testid="reading">
      <Text weight="semibold">{et(lang, 'entry.title')}</Text>
      <ul className={styles.list}>
        {sheets.map((m) => {
          const read = m.kind === 'evaluation';
          const lines = read ? readingLines(m.reading ?? [], lang) : [et(lang, unread.has(m.sheet) ? 'entry.notRead' : 'entry.skipped', { sheet: m.sheet })];
          return (
            <li key={m.sheet} className={styles.sheet} data-reading={m.sheet} data-sheet-reading={m.sheet} data-read={read ? 'yes' : unread.has(m.sheet) ? 'no' : 'skipped'}>
              <Text weight="semibold" size={200}>
                {m.sheet}
              </Text>
              {lines.map((line, i) => (
                <Text key={i} size={200} block>
                  {line}
                </Text>
              ))}
              <Button size="small" appearance={unread.has(m.sheet) ? 'primary' : 'subtle'} onClick={() => setTeaching(m.sheet)} data-teach={m.sheet} aria-label={`${et(lang, 'entry.teach')}（${m.sheet}）`}>
                {et(lang, 'entry.teach')}
              </Button>
            </li>
          );
        })}
      </ul>
      <div className={styles.row}>
        <input ref={file} className={styles.hidden} type="file" accept=".json,application/json" data-testid="profile-input" onChange={(e) => void onImport(e.target.files?.[0])} />
        <Button size="small" onClick={() => file.current?.click()}>
          {et(lang, 'entry.import')}
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
