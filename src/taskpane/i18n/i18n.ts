import i18next, { type i18n as I18n } from 'i18next';
import { en, type MessageKey } from './en';
import { ja } from './ja';

export type Lang = 'ja' | 'en';

/** Office display language (or the browser's) → UI language: Japanese for ja-*, English otherwise. */
export function pickLanguage(locale: string | null | undefined): Lang {
  return locale && /^ja\b/i.test(locale) ? 'ja' : 'en';
}

/** One i18next instance per pane (not the global one), so tests can render both languages side by side. */
export function createI18n(lang: Lang): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    initAsync: false,
    resources: { en: { translation: en }, ja: { translation: ja } },
    // React escapes text when it renders; escaping here too would show "&lt;" to the user.
    interpolation: { escapeValue: false },
  });
  return instance;
}

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
