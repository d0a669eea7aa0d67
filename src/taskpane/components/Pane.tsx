import { FluentProvider } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { WorkbookPort } from '../../core';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Lang } from '../i18n/i18n';
import type { Engine } from '../state/engine';
import { SessionProvider } from '../state/session';
import { themeFor, type OfficeThemeInfo } from '../theme';
import { App } from './App';

/** Theme and language, which follow Office (or the browser outside it). */
export function Frame({ lang, theme, children }: { lang: Lang; theme: OfficeThemeInfo | null; children: ReactNode }) {
  return (
    <FluentProvider theme={themeFor(theme)}>
      <I18nProvider initialLang={lang}>{children}</I18nProvider>
    </FluentProvider>
  );
}

/** One workbook's session: everything Office-specific comes in through the port. */
export function Workspace({ port, engine, topBar }: { port: WorkbookPort; engine: Engine; topBar?: ReactNode }) {
  return (
    <SessionProvider port={port} engine={engine}>
      <App topBar={topBar} />
    </SessionProvider>
  );
}

export interface PaneProps {
  port: WorkbookPort;
  engine: Engine;
  lang: Lang;
  theme: OfficeThemeInfo | null;
}

/** The pane inside Excel. */
export function Pane({ port, engine, lang, theme }: PaneProps) {
  return (
    <Frame lang={lang} theme={theme}>
      <Workspace port={port} engine={engine} />
    </Frame>
  );
}
