// The UI's languages: Vietnamese by default, English on request. Screens take
// their words from here through `useTranslation(namespace)`; no component
// holds a user-facing string of its own (test/renderer/no-literal-strings
// checks it). The chosen language is kept in the settings so every window and
// every start opens in it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi/index.js';
import { en } from './en/index.js';
import { isLanguage, type Language } from './messages.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: typeof vi;
  }
}

export const i18n = i18next.createInstance();

/** Starts the strings in `language` (Vietnamese when it is unknown); resolves once they can be used. */
export async function startI18n(language: unknown): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { vi, en },
    lng: isLanguage(language) ? language : 'vi',
    fallbackLng: 'vi',
    defaultNS: 'common',
    ns: Object.keys(vi),
    // React escapes text itself; escaping here would show "&amp;" in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
}

export async function switchLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'vi';
}

export type { Language };
