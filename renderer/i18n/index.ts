// i18next with one catalogue file per screen area and language (the files are
// loaded by core/catalogue.ts, which the shells read too). A unit test
// (catalogues.test.ts) fails when a key exists in one language only.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addGlossaryFormat, I18N_OPTIONS, languageOfLocale } from '../../core/catalogue';
import type { Language } from '../../core/types';

export function systemLanguage(): Language {
  return languageOfLocale(navigator.language);
}

void i18n.use(initReactI18next).init({
  ...I18N_OPTIONS,
  lng: systemLanguage(),
  defaultNS: 'common',
});
addGlossaryFormat(i18n);

export function applyLanguage(language: Language | null) {
  const lang = language ?? systemLanguage();
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

export default i18n;
