import { en, type MessageKey } from './en';
import { ja } from './ja';

/**
 * The pane's message lookup: two dictionaries with the same keys (ja.ts is typed against en.ts) and
 * {{name}} placeholders. Hand-written rather than i18next because of the size budget of the JS Excel
 * loads (i18next was ~15 KB gzipped); the pane needs no plurals, namespaces or loading.
 */
export type Lang = 'ja' | 'en';

/** Office display language (or the browser's) → UI language: Japanese for ja-*, English otherwise. */
export function pickLanguage(locale: string | null | undefined): Lang {
  return locale && /^ja\b/i.test(locale) ? 'ja' : 'en';
}

/** The {{names}} in a message template, as a union of string literals (never when it has none). */
export type VarsOf<S extends string> = S extends `${string}{{${infer V}}}${infer Rest}` ? V | VarsOf<Rest> : never;

/** The values a message needs: exactly its placeholders. */
export type MessageValues<K extends MessageKey> = Record<VarsOf<(typeof en)[K]>, string | number>;

/** Keys whose only placeholder (if any) is {{count}}: what "n done" result lines take. */
export type CountKey = { [K in MessageKey]: VarsOf<(typeof en)[K]> extends 'count' ? K : never }[MessageKey];

export type Translate = <K extends MessageKey>(key: K, values?: MessageValues<K>) => string;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, ja };
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Fills {{name}} from values; a placeholder without a value stays visible rather than vanishing. */
export function interpolate(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole));
}

/** The message in the language, English when a dictionary lacks it; no HTML escaping (React escapes). */
export function translate<K extends MessageKey>(lang: Lang, key: K, values?: MessageValues<K>): string {
  const template = DICTIONARIES[lang][key] ?? en[key] ?? key;
  return interpolate(template, values as Record<string, string | number> | undefined);
}

/** The placeholders of a template, sorted: ja and en must use the same ones (test/taskpane checks). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}
