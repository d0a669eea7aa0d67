import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { errorText } from '../state/where';
import { useAppStyles } from './App.styles';
import { BusyBar } from './BusyBar';
import { CheckView } from './CheckView';
import { ErrorBar } from './ErrorBar';
import { lazyViews, type LazyViewId } from './lazyViews';
import { NavContext } from './nav';
import { Spinner } from './Spinner';
import { ViewBoundary } from './ViewBoundary';
import { panelId, tabId, ViewSwitcher } from './ViewSwitcher';

export type ViewId = 'check' | LazyViewId;
const VIEWS: { id: ViewId; label: MessageKey }[] = [
  { id: 'check', label: 'tab.check' },
  { id: 'fill', label: 'tab.fill' },
  { id: 'flags', label: 'tab.flags' },
  { id: 'charts', label: 'tab.charts' },
  { id: 'summary', label: 'tab.summary' },
  { id: 'settings', label: 'tab.settings' },
];
/** The check → expected values → marks flow and the committee summary keep their tabs in a narrow pane; the rest go to 「その他」 first. */
const PRIORITY: ViewId[] = ['check', 'fill', 'flags', 'summary'];

/** The pane's frame: title and language switch, an optional bar (standalone mode), progress, errors, views. */
export function App({ topBar }: { topBar?: ReactNode }) {
  const styles = useAppStyles();
  const { t, lang, setLang } = useI18n();
  const { settingsEpoch } = useSession();
  const [view, setView] = useState<ViewId>('check');
  const [attempt, setAttempt] = useState(0);
  // New lazy components per attempt ("Try again" after a failed load): see lazyViews().
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const views = useMemo(() => lazyViews(), [attempt]);
  const ids = useId();

  const current = (() => {
    if (view === 'check') return <CheckView />;
    const View = views[view];
    return (
      <ViewBoundary
        key={`${view}-${attempt}`}
        fallback={(e) => (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              {t('view.loadFailed')}
              {errorText(e) ? <div>{errorText(e)}</div> : null}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => setAttempt((n) => n + 1)}>{t('view.retry')}</Button>
            </MessageBarActions>
          </MessageBar>
        )}
      >
        <Suspense fallback={<Spinner label={t('view.loading')} />}>
          <View key={view === 'settings' ? settingsEpoch : undefined} />
        </Suspense>
      </ViewBoundary>
    );
  })();

  return (
    <div className={styles.root} lang={lang}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('app.title')}</h1>
        <Button size="small" appearance="subtle" aria-label={`${t('app.language')}（${t('app.languageLabel')}）`} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
          {t('app.language')}
        </Button>
      </header>
      {topBar ? <section aria-label={t('standalone.title')}>{topBar}</section> : null}
      <nav aria-label={t('app.views')}>
        <ViewSwitcher
          tabs={VIEWS.map((v) => ({ id: v.id, label: t(v.label) }))}
          priority={PRIORITY}
          selected={view}
          onSelect={setView}
          label={t('app.views')}
          moreLabel={t('app.more')}
          idPrefix={ids}
        />
      </nav>
      <BusyBar />
      <ErrorBar />
      <main className={styles.view}>
        <div role="tabpanel" id={panelId(ids, view)} aria-labelledby={tabId(ids, view)} data-current-view={view}>
          <NavContext.Provider value={(v) => VIEWS.some((x) => x.id === v) && setView(v as ViewId)}>{current}</NavContext.Provider>
        </div>
      </main>
    </div>
  );
}
