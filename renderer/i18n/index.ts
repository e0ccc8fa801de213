// i18next with one catalogue file per screen area and language. A unit test
// (catalogues.test.ts) fails when a key exists in one language only.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/types';
import { addGlossaryFormat } from './glossary';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

export const NAMESPACES = [...new Set(Object.keys(files).map((p) => p.split('/')[3]!.replace('.json', '')))];

const resources: Record<string, Record<string, Record<string, unknown>>> = {};
for (const [file, mod] of Object.entries(files)) {
  const [, , lang, name] = file.split('/');
  (resources[lang!] ??= {})[name!.replace('.json', '')] = mod.default;
}

export function systemLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

void i18n.use(initReactI18next).init({
  resources,
  lng: systemLanguage(),
  fallbackLng: 'en',
  ns: NAMESPACES,
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});
addGlossaryFormat(i18n);

export function applyLanguage(language: Language | null) {
  const lang = language ?? systemLanguage();
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
