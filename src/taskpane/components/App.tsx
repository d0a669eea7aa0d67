import { Button, Tab, TabList } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { useAppStyles } from './App.styles';
import { BusyBar } from './BusyBar';
import { ChartsView } from './ChartsView';
import { CheckView } from './CheckView';
import { ErrorBar } from './ErrorBar';
import { FillView } from './FillView';
import { FlagsView } from './FlagsView';
import { SettingsView } from './SettingsView';
import { SummaryView } from './SummaryView';

export type ViewId = 'check' | 'fill' | 'flags' | 'charts' | 'summary' | 'settings';
const VIEWS: { id: ViewId; label: MessageKey }[] = [
  { id: 'check', label: 'tab.check' },
  { id: 'fill', label: 'tab.fill' },
  { id: 'flags', label: 'tab.flags' },
  { id: 'charts', label: 'tab.charts' },
  { id: 'summary', label: 'tab.summary' },
  { id: 'settings', label: 'tab.settings' },
];

/** The pane's frame: title and language switch, an optional bar (standalone mode), progress, errors, views. */
export function App({ topBar }: { topBar?: ReactNode }) {
  const styles = useAppStyles();
  const { t, lang, setLang } = useI18n();
  const { settingsEpoch } = useSession();
  const [view, setView] = useState<ViewId>('check');
  return (
    <div className={styles.root} lang={lang}>
      <header className={styles.header}>
        <span className={styles.title}>{t('app.title')}</span>
        <Button size="small" appearance="subtle" aria-label={t('app.languageLabel')} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
          {t('app.language')}
        </Button>
      </header>
      {topBar}
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, d) => setView(d.value as ViewId)} size="small">
        {VIEWS.map((v) => (
          <Tab key={v.id} value={v.id} data-view={v.id}>
            {t(v.label)}
          </Tab>
        ))}
      </TabList>
      <BusyBar />
      <ErrorBar />
      <main className={styles.view} data-current-view={view}>
        {view === 'check' ? <CheckView /> : null}
        {view === 'fill' ? <FillView /> : null}
        {view === 'flags' ? <FlagsView /> : null}
        {view === 'charts' ? <ChartsView /> : null}
        {view === 'summary' ? <SummaryView /> : null}
        {view === 'settings' ? <SettingsView key={settingsEpoch} /> : null}
      </main>
    </div>
  );
}
