import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { downloadBlob } from '../host/download';
import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { WorkbookSnapshot } from '../../core';
import { resultName, watchPort, type OpenedWorkbook, type Opener } from '../host/standalone';
import { useI18n } from '../i18n/I18nProvider';
import type { Engine } from '../state/engine';
import { errorText } from '../state/where';
import { CellPreview } from './CellPreview';
import { Workspace } from './Pane';
import { useStandaloneShellStyles } from './StandaloneShell.styles';
import { fileBytes } from '../host/file-bytes';
import { Spinner } from './Spinner';

interface Props {
  engine: Engine;
  open: Opener;
  /** Hands the result to the person (a browser download); injectable for tests. */
  save: (bytes: Uint8Array, name: string) => void;
}

/** Outside Office: open an .xlsx, work on it in memory, download the result. The input file is never changed. */
export function StandaloneShell({ engine, open, save }: Props) {
  const styles = useStandaloneShellStyles();
  const { t, lang, setLang } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [opened, setOpened] = useState<{ wb: OpenedWorkbook; gen: number } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<{ name: string; detail: string } | null>(null);
  const [selection, setSelection] = useState<{ sheet: string; cell: string } | null>(null);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);

  // Changes not downloaded yet: Download becomes the primary action, and leaving the page asks first.
  const [dirty, setDirty] = useState(false);
  const port = useMemo(() => (opened ? watchPort(opened.wb.port, setSelection, setSnapshot, () => setDirty(true)) : null), [opened]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation(); // the bar sits inside the landing page: one drop, one open
    void onFile(e.dataTransfer?.files?.[0]);
  };
  const onDragOver = (e: DragEvent<HTMLDivElement>) => e.preventDefault();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setLoading(true);
    setFailure(null);
    try {
      const bytes = await fileBytes(file);
      const wb = await open(bytes, file.name);
      setSelection(null);
      setSnapshot(null);
      setDirty(false);
      setOpened((prev) => ({ wb, gen: (prev?.gen ?? 0) + 1 }));
    } catch (e) {
      setFailure({ name: file.name, detail: errorText(e) });
    } finally {
      setLoading(false);
      if (input.current) input.current.value = '';
    }
  };

  const download = async () => {
    if (!opened) return;
    try {
      save(await opened.wb.toBytes(), resultName(opened.wb.name));
      setDirty(false);
    } catch (e) {
      setFailure({ name: opened.wb.name, detail: errorText(e) });
    }
  };

  const bar = (
    <div className={styles.bar} onDrop={onDrop} onDragOver={onDragOver} data-testid="drop-zone">
      {/* Once a file is open the bar is one line, so the first finding stays near the top at 320 px. */}
      {opened ? null : <Text>{t('standalone.explain')}</Text>}
      <div className={styles.actions}>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12"
          data-testid="file-input"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button appearance={opened ? 'subtle' : 'primary'} size={opened ? 'small' : 'medium'} disabled={loading} onClick={() => input.current?.click()}>
          {t('standalone.open')}
        </Button>
        {opened ? (
          <Button appearance={dirty ? 'primary' : 'secondary'} size="small" data-dirty={dirty} onClick={() => void download()}>
            {t('standalone.download')}
          </Button>
        ) : null}
        {opened ? <span className={styles.name}>{t('standalone.opened', { name: opened.wb.name })}</span> : null}
      </div>
      {loading ? <Spinner label={t('standalone.loading')} /> : null}
      {failure ? (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>
            {t('standalone.openFailed', { name: failure.name })}
            {failure.detail ? <div>{failure.detail}</div> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {selection ? <CellPreview snapshot={snapshot} sheet={selection.sheet} cell={selection.cell} /> : null}
    </div>
  );

  if (opened && port) return <Workspace key={opened.gen} port={port} engine={engine} topBar={bar} />;
  return (
    <div className={styles.landing} onDrop={onDrop} onDragOver={onDragOver}>
      <header className={styles.header}>
        <h1 className={styles.title}>{t('standalone.title')}</h1>
        <Button size="small" appearance="subtle" aria-label={`${t('app.language')}（${t('app.languageLabel')}）`} onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}>
          {t('app.language')}
        </Button>
      </header>
      <main>{bar}</main>
    </div>
  );
}

/** A browser download of the result, under a new name (never the input's). */
export function browserSave(bytes: Uint8Array, name: string): void {
  downloadBlob(new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), name);
}

