import { en, type MessageKey } from './en';
import { ja } from './ja';

/**
 * The pane's message lookup: two dictionaries with the same keys (ja.ts is typed against en.ts) and
 * {{name}} placeholders. Hand-written rather than i18next because of the size budget of the JS Excel
 * loads (i18next was ~15 KB gzipped); the pane needs no namespaces or loading.
 *
 * Plurals: `{{count|# warning|# warnings}}` picks a form by the language's plural rule
 * (Intl.PluralRules: English "one" → the first form, anything else → the last) and writes the number
 * where `#` is, so English never says "1 warnings". Japanese has one form and writes `{{count}}` 件.
 */
export type Lang = 'ja' | 'en';

/** Office display language (or the browser's) → UI language: Japanese for ja-*, English otherwise. */
export function pickLanguage(locale: string | null | undefined): Lang {
  return locale && /^ja\b/i.test(locale) ? 'ja' : 'en';
}

/** The {{names}} in a message template (plural forms after `|` dropped), as a union of string literals (never when it has none). */
export type VarsOf<S extends string> = S extends `${string}{{${infer V}}}${infer Rest}` ? (V extends `${infer N}|${string}` ? N : V) | VarsOf<Rest> : never;

/** The values a message needs: exactly its placeholders. */
export type MessageValues<K extends MessageKey> = Record<VarsOf<(typeof en)[K]>, string | number>;

/** Keys whose only placeholder (if any) is {{count}}: what "n done" result lines take. */
export type CountKey = { [K in MessageKey]: VarsOf<(typeof en)[K]> extends 'count' ? K : never }[MessageKey];

export type Translate = <K extends MessageKey>(key: K, values?: MessageValues<K>) => string;

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, ja };
const PLACEHOLDER = /\{\{(\w+)((?:\|[^|}]*)*)\}\}/g;
const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralForm(lang: Lang, n: number, forms: string[]): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = rules.select(n) === 'one' ? forms[0] : forms[forms.length - 1];
  return form.split('#').join(String(n));
}

/**
 * Fills {{name}} from values, and {{name|one|other}} with the plural form for the value (see above);
 * a placeholder without a value stays visible rather than vanishing.
 */
export function interpolate(template: string, values?: Record<string, string | number>, lang: Lang = 'en'): string {
  if (!values) return template;
  return template.replace(PLACEHOLDER, (whole, name: string, plural: string) => {
    if (!Object.prototype.hasOwnProperty.call(values, name)) return whole;
    const value = values[name];
    const n = Number(value);
    return plural && Number.isFinite(n) ? pluralForm(lang, n, plural.slice(1).split('|')) : String(value);
  });
}

/** The message in the language, English when a dictionary lacks it; no HTML escaping (React escapes). */
export function translate<K extends MessageKey>(lang: Lang, key: K, values?: MessageValues<K>): string {
  const template = DICTIONARIES[lang][key] ?? en[key] ?? key;
  return interpolate(template, values as Record<string, string | number> | undefined, lang);
}

/** The placeholders of a template, sorted: ja and en must use the same ones (test/taskpane checks). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}
