import './jsdom-shims';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Pane } from '../../src/taskpane/components/Pane';
import type { Lang } from '../../src/taskpane/i18n/i18n';
import type { Engine } from '../../src/taskpane/state/engine';
import type { WorkbookPort } from '../../src/core/port';

export function renderPane(port: WorkbookPort, engine: Engine, lang: Lang = 'en') {
  return render(<Pane port={port} engine={engine} lang={lang} theme={null} />);
}

/** Opens a view by its name: its tab, or the list 「その他」/More shows for the views kept there. */
export async function openView(name: string) {
  const tab = screen.queryByRole('tab', { name });
  if (tab) return userEvent.click(tab);
  await userEvent.click(document.querySelector<HTMLElement>('[data-view-more]')!);
  await userEvent.click(within(document.querySelector<HTMLElement>('[data-view-more-list]')!).getByRole('button', { name }));
}
