import type { Lang } from '../../i18n/i18n';

/**
 * The strings of the list 「シートの読み方」 under the check results (TeachEntry), which loads at open;
 * the teach panel's own strings (panel-strings.ts) load with the panel (docs/pane-size.md).
 */
const ja = {
  'entry.title': 'シートの読み方',
  'entry.notRead': '「{{sheet}}」は読み取れませんでした。表の読み方を教えると、チェックできるようになります。',
  'entry.skipped': '評価シートではないため、対象外にしました。評価シートであれば、読み方を教えてください。',
  'entry.teach': '読み方を教える',
  'entry.import': 'プロファイルを読み込む',
  'entry.imported': 'レイアウトプロファイル「{{name}}」を読み込み、ブックに保存しました。',
  'entry.importFailed': '{{file}} を読み込めませんでした。次の項目を直してから、もう一度読み込んでください。',
};

export type EntryKey = keyof typeof ja;

const en: Record<EntryKey, string> = {
  'entry.title': 'How sheets were read',
  'entry.notRead': '"{{sheet}}" could not be read. Teach Evalsheet how its table is laid out to check it.',
  'entry.skipped': 'Not an evaluation sheet, so it was skipped. If it is one, teach its layout.',
  'entry.teach': 'Teach the layout',
  'entry.import': 'Import a profile',
  'entry.imported': 'Layout profile "{{name}}" imported and saved in the workbook.',
  'entry.importFailed': '{{file}} could not be imported. Fix the fields below, then import it again.',
};

/** {{name}} placeholders filled from values (a missing value becomes empty). */
export function fillIn(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

export function et(lang: Lang, key: EntryKey, values: Record<string, string | number> = {}): string {
  return fillIn((lang === 'ja' ? ja : en)[key], values);
}
