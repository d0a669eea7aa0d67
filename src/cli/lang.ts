import type { Message } from '../core/findings/types';
import { UsageError } from './context';

export type Lang = 'ja' | 'en';

/** --lang wins; else ja when the locale (LC_ALL, LC_MESSAGES, LANG) is Japanese; else en. */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>): Lang {
  if (option !== undefined) {
    if (option === 'ja' || option === 'en') return option;
    throw new UsageError(`--lang must be ja or en, not "${option}"`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

export function t(lang: Lang, m: Message): string {
  return m[lang];
}
