import type { LayoutProfile } from '../../../core/profile';
import { downloadBlob } from '../../host/download';

/** A browser download of a profile as JSON (UTF-8, indented, so a person can read and edit it). */
export function downloadProfile(profile: LayoutProfile): string {
  const name = `${profile.name.replace(/[\\/:*?"<>|\s]+/g, '_') || 'layout'}.evalsheet-profile.json`;
  const blob = new Blob([`${JSON.stringify(profile, null, 2)}\n`], { type: 'application/json' });
  downloadBlob(blob, name);
  return name;
}

/** A picked file's text (FileReader: every webview has it). */
export function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error(file.name));
    reader.readAsText(file, 'utf-8');
  });
}

/** The workbook's profiles with one added (a profile of the same name is replaced). */
export function withProfile(list: readonly LayoutProfile[] | undefined, p: LayoutProfile): LayoutProfile[] {
  return [p, ...(list ?? []).filter((x) => x.name !== p.name)];
}
