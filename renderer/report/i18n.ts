// The pack speaks its own language, whatever the app's: a separate i18next
// instance per language over the same catalogues, handed to the pack's
// subtree with <I18nextProvider> (so the trust charts inside it follow too).
import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import type { Language } from '../../core/types';
import appI18n, { NAMESPACES } from '../i18n';
import { addGlossaryFormat } from '../i18n/glossary';

const instances = new Map<Language, I18n>();

export function reportI18n(lang: Language): I18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createInstance();
    void instance.init({
      resources: appI18n.store.data as Resource,
      lng: lang,
      fallbackLng: 'en',
      ns: NAMESPACES,
      defaultNS: 'report',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    addGlossaryFormat(instance);
    instances.set(lang, instance);
  }
  return instance;
}
