import './jsdom-shims';
import { render } from '@testing-library/react';
import { Pane } from '../../src/taskpane/components/Pane';
import type { Lang } from '../../src/taskpane/i18n/i18n';
import type { Engine } from '../../src/taskpane/state/engine';
import type { WorkbookPort } from '../../src/core/port';

export function renderPane(port: WorkbookPort, engine: Engine, lang: Lang = 'en') {
  return render(<Pane port={port} engine={engine} lang={lang} theme={null} />);
}
