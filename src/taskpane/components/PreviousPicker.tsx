import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { SubmittedFile } from '../state/engine';
import { useSession } from '../state/session';
import { fileBytes } from '../host/file-bytes';

/**
 * 「前年度のブックと比較」: pick last year's workbook; the .xlsx reader (loaded on demand) reads it,
 * then the check runs against it. Said while it is in force; 「比較をやめる」 checks without it again.
 */
export function PreviousPicker() {
  const { t, lang } = useI18n();
  const { engine, previous, setPrevious, check, busy } = useSession();
  const picker = useRef<HTMLInputElement>(null);
  if (!engine.readPrevious) return null;
  const read = engine.readPrevious.bind(engine);

  const pick = async (files: FileList | null) => {
    const f = files?.[0];
    if (!f) return;
    const file: SubmittedFile = { name: f.name, lastModified: f.lastModified, bytes: () => fileBytes(f) };
    const p = await read(file);
    setPrevious(p);
    if (picker.current) picker.current.value = '';
    if (p.sheets && p.sheets.length > 0) await check();
  };
  const stop = async () => {
    setPrevious(null);
    await check();
  };

  return (
    <div data-testid="previous">
      <input ref={picker} type="file" accept=".xlsx,.xlsm" hidden aria-hidden="true" data-testid="previous-input" onChange={(e) => void pick(e.target.files)} />
      {previous?.sheets && previous.sheets.length > 0 ? (
        <>
          <Text size={200} data-testid="previous-on">
            {t('check.previousOn', { file: previous.file, count: previous.sheets.length })}
          </Text>{' '}
          <Button size="small" appearance="subtle" disabled={busy !== null} onClick={() => void stop()}>
            {t('check.previousOff')}
          </Button>
        </>
      ) : (
        <Button size="small" disabled={busy !== null} onClick={() => picker.current?.click()}>
          {t('check.previous')}
        </Button>
      )}
      {previous?.error ? (
        <MessageBar intent="error" data-testid="previous-error">
          <MessageBarBody>{previous.error[lang]}</MessageBarBody>
        </MessageBar>
      ) : previous?.sheets && previous.sheets.length === 0 ? (
        <MessageBar intent="warning" data-testid="previous-none">
          <MessageBarBody>{t('check.previousNone', { file: previous.file })}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
