// The pack speaks its own language, whatever the app's: a separate i18next
// instance per language over the same catalogue (core/catalogue.ts), handed to
// the pack's subtree with <I18nextProvider> (so the trust charts inside it follow too).
import type { i18n as I18n } from 'i18next';
import { catalogueI18n } from '../../core/catalogue';
import type { Language } from '../../core/types';

export function reportI18n(lang: Language): I18n {
  return catalogueI18n(lang, 'report');
}
