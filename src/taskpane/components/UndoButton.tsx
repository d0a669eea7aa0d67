import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApplyResult } from '../../core';
import { useI18n } from '../i18n/I18nProvider';
import { useSession } from '../state/session';
import { ApplyReport } from './ApplyReport';

/** "Undo last change": applies the undo plan the adapter returned for the last change. */
export function UndoButton() {
  const { undoStack, undo, busy } = useSession();
  const { t } = useI18n();
  const [result, setResult] = useState<ApplyResult | null>(null);
  const last = undoStack[undoStack.length - 1];
  return (
    <div>
      <Button disabled={!last || busy !== null} onClick={async () => setResult(await undo())}>
        {t('undo.run')}
      </Button>
      {result ? <ApplyReport result={result} success={{ key: 'undo.done', count: result.applied }} /> : null}
      {result && result.applied === 0 && result.skipped.length === 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('undo.nothing')}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
