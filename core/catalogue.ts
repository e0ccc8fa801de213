// The translation catalogue (renderer/i18n/locales/{en,nl}/*.json) as one set
// of resources, and i18next instances over it. The renderer's i18n loads it,
// the review pack speaks its own language through it, and the shells take
// their own words from it (menus, dialogs, notifications, the browser-mode
// command line) in the journal's language. The JSON is data every layer may
// read (scripts/eslint-layering.js); one catalogue, one place per word.
import { createInstance, type i18n as I18n, type Resource, type TFunction } from 'i18next';
import type { ApiResult } from './errors';
import type { Language, Preferences } from './types';
import enAgenda from '../renderer/i18n/locales/en/agenda.json';
import enCommon from '../renderer/i18n/locales/en/common.json';
import enData from '../renderer/i18n/locales/en/data.json';
import enErrors from '../renderer/i18n/locales/en/errors.json';
import enGlossary from '../renderer/i18n/locales/en/glossary.json';
import enJournal from '../renderer/i18n/locales/en/journal.json';
import enMeeting from '../renderer/i18n/locales/en/meeting.json';
import enLock from '../renderer/i18n/locales/en/lock.json';
import enReport from '../renderer/i18n/locales/en/report.json';
import enSearch from '../renderer/i18n/locales/en/search.json';
import enShell from '../renderer/i18n/locales/en/shell.json';
import enTrust from '../renderer/i18n/locales/en/trust.json';
import nlAgenda from '../renderer/i18n/locales/nl/agenda.json';
import nlCommon from '../renderer/i18n/locales/nl/common.json';
import nlData from '../renderer/i18n/locales/nl/data.json';
import nlErrors from '../renderer/i18n/locales/nl/errors.json';
import nlGlossary from '../renderer/i18n/locales/nl/glossary.json';
import nlJournal from '../renderer/i18n/locales/nl/journal.json';
import nlMeeting from '../renderer/i18n/locales/nl/meeting.json';
import nlLock from '../renderer/i18n/locales/nl/lock.json';
import nlReport from '../renderer/i18n/locales/nl/report.json';
import nlSearch from '../renderer/i18n/locales/nl/search.json';
import nlShell from '../renderer/i18n/locales/nl/shell.json';
import nlTrust from '../renderer/i18n/locales/nl/trust.json';

/** Every namespace of both languages (catalogues.test.ts checks this list against the folder). */
export const CATALOGUE = {
  en: {
    agenda: enAgenda, common: enCommon, data: enData, errors: enErrors, glossary: enGlossary,
    journal: enJournal, lock: enLock, meeting: enMeeting, report: enReport, search: enSearch, shell: enShell, trust: enTrust,
  },
  nl: {
    agenda: nlAgenda, common: nlCommon, data: nlData, errors: nlErrors, glossary: nlGlossary,
    journal: nlJournal, lock: nlLock, meeting: nlMeeting, report: nlReport, search: nlSearch, shell: nlShell, trust: nlTrust,
  },
} satisfies Record<Language, Record<string, object>> as Resource;

export const NAMESPACES = Object.keys(CATALOGUE.en!);

/** The options every instance shares (the renderer's own adds React to them). */
export const I18N_OPTIONS = {
  resources: CATALOGUE,
  fallbackLng: 'en',
  ns: NAMESPACES,
  interpolation: { escapeValue: false },
  returnNull: false,
} as const;

/**
 * The glossary (glossary.json) holds each core term once, as a label starts
 * it. Other texts name a term as $t(glossary:term), or inside a sentence as
 * $t(glossary:term, lowercase); catalogues.test.ts keeps them to it.
 */
export function addGlossaryFormat(i18n: I18n): void {
  i18n.services.formatter?.add('lowercase', (value: unknown, lng: string | undefined) => String(value).toLocaleLowerCase(lng));
}

/** The language Rapport speaks for a locale name (en-GB, nl_BE.UTF-8, nl): Dutch for Dutch, else English. */
export function languageOfLocale(locale: string | undefined | null): Language {
  return (locale ?? '').trim().toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The language a shell speaks: the journal's preference, else (none, or the journal cannot say) the system's. */
export async function shellLanguage(call: (name: string, input: unknown) => Promise<ApiResult<unknown>>, system: Language): Promise<Language> {
  const preferences = await call('getPreferences', {});
  return (preferences.ok ? (preferences.value as Preferences).language : null) ?? system;
}

const instances = new Map<string, I18n>();

/** An i18next instance in one language over the whole catalogue, ready at once (made once per language and namespace). */
export function catalogueI18n(language: Language, defaultNS = 'shell'): I18n {
  const id = `${language}:${defaultNS}`;
  let instance = instances.get(id);
  if (!instance) {
    instance = createInstance();
    void instance.init({ ...I18N_OPTIONS, lng: language, defaultNS, initAsync: false, showSupportNotice: false });
    addGlossaryFormat(instance);
    instances.set(id, instance);
  }
  return instance;
}

/** The words of the shells in one language: `t('menu.file')`, or another namespace's `t('errors:internal')`. */
export type Words = TFunction;

export function wordsFor(language: Language): Words {
  return catalogueI18n(language).getFixedT(language, 'shell');
}
