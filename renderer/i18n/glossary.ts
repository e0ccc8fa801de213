// The glossary (locales/*/glossary.json) holds each core term once, as a label
// starts it. Other texts name a term as $t(glossary:term), or inside a
// sentence as $t(glossary:term, lowercase); catalogues.test.ts keeps them to it.
import type { i18n as I18n } from 'i18next';

export function addGlossaryFormat(i18n: I18n) {
  i18n.services.formatter?.add('lowercase', (value: unknown, lng: string | undefined) => String(value).toLocaleLowerCase(lng));
}
