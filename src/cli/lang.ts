import type { Message } from '../core/findings/types';
import { UsageError } from './context';

export type Lang = 'ja' | 'en';

/** The operating system's locale as the JavaScript runtime sees it (Japanese Windows: ja-JP). */
export function osLocale(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale ?? '';
  } catch {
    return '';
  }
}

/**
 * --lang wins; else the locale variables (LC_ALL, LC_MESSAGES, LANG, the first one set); else the
 * OS locale (Intl), so a Japanese Windows without LANG gets Japanese. ja when Japanese, else en.
 */
export function pickLang(option: string | undefined, env: Record<string, string | undefined>, os: () => string = osLocale): Lang {
  if (option !== undefined) {
    if (option === 'ja' || option === 'en') return option;
    throw new UsageError(`--lang must be ja or en, not "${option}"`, `--lang には ja か en を指定してください（「${option}」は使えません）。`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || os();
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** --lang as written on the command line, before commander parses it (for messages about misuse). */
export function langFromArgv(argv: string[], env: Record<string, string | undefined>): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i].includes('=') ? argv[i].slice('--lang='.length) : argv[i + 1];
  try {
    return pickLang(value === 'ja' || value === 'en' ? value : undefined, env);
  } catch {
    return 'en';
  }
}

/**
 * A usage error in one language: its own Japanese if given, else the halves of 「english / 日本語」,
 * the Japanese half prefixed with what the English names first (the option or file).
 */
export function usageText(e: UsageError, lang: Lang): string {
  if (lang === 'en') return e.ja !== undefined ? e.message : englishHalf(e.message);
  if (e.ja !== undefined) return e.ja;
  const cut = e.message.lastIndexOf(' / ');
  if (cut < 0 || !/[\u3040-\u30ff\u4e00-\u9fff]/.test(e.message.slice(cut))) return e.message;
  const head = e.message.slice(0, cut);
  const ja = e.message.slice(cut + 3);
  const subject = /^(\S+?): /.exec(head)?.[1];
  const sentence = /[。）]$/.test(ja) ? ja : `${ja}。`;
  return subject && !ja.startsWith(subject) ? `${subject}: ${sentence}` : sentence;
}

function englishHalf(message: string): string {
  const cut = message.lastIndexOf(' / ');
  return cut >= 0 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(message.slice(cut)) ? message.slice(0, cut) : message;
}

export function t(lang: Lang, m: Message): string {
  return m[lang];
}
