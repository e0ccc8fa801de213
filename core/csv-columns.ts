// The words of a CSV export for a spreadsheet, in the journal's language: the
// column titles (each field's own label from the catalogue) and the choice
// values (kinds, statuses, channels… as the screens name them), and the way
// back: a title or a value in either language read as the field or code it
// names, so Rapport imports its own export in Dutch or English without a
// mapping step (core/csv-mapping.ts, db/worker/import.ts).
import type { TFunction } from 'i18next';
import { catalogueI18n } from './catalogue';
import { ALL_FIELDS, ENTRY_KINDS, fieldNamed } from './entry-fields';
import { SUPPLIER_FIELDS } from './supplier-fields';
import { squashHeader, type SupplierCsvField } from './supplier-csv';
import type { Language } from './types';

const LANGS: readonly Language[] = ['en', 'nl'];
const tOf = (language: Language): TFunction => catalogueI18n(language, 'data').getFixedT(language, 'data');

/** The entries export's columns that are not fields: ids, the supplier's name, the timestamps. */
const EXTRA_TITLES = { id: 'csvExport.id', supplierId: 'csvExport.supplierId', supplier: 'csvExport.supplier', createdAt: 'csvExport.createdAt', updatedAt: 'csvExport.updatedAt' } as const;

/** An entry column's title in `language`: the field's label as the mapping screen shows it. */
export function entryColumnTitle(column: string, language: Language): string {
  const t = tOf(language);
  if (column in EXTRA_TITLES) return t(EXTRA_TITLES[column as keyof typeof EXTRA_TITLES]);
  if (column === 'kind') return t('fields.kind');
  const f = fieldNamed(column);
  return f ? t(f.csvLabel ?? `journal:${f.label}`) : column;
}

/** A supplier column's title in `language`: the field's label on the supplier form. */
export function supplierColumnTitle(column: string, language: Language): string {
  const f = SUPPLIER_FIELDS[column as keyof typeof SUPPLIER_FIELDS];
  return f ? tOf(language)(f.label) : tOf(language)(column === 'id' ? 'csvExport.id' : column);
}

/** A choice's value as the screens name it ("Toezegging", "Kept late"); the kind is a choice too. */
export function choiceWord(field: string, value: string, language: Language): string {
  const t = tOf(language);
  if (field === 'kind') return t(`journal:kind.${value}`);
  const f = fieldNamed(field);
  return t(`journal:${f?.valueKey ? f.valueKey(value) : `${field}.${value}`}`);
}

let titles: Map<string, string> | null = null;
/** Squashed entry column title (either language) -> the field it names. */
export function entryFieldByTitle(): ReadonlyMap<string, string> {
  titles ??= new Map(LANGS.flatMap((l) => ['kind', ...ALL_FIELDS.map((f) => f.name)].map((c) => [squashHeader(entryColumnTitle(c, l)), c] as const)));
  return titles;
}

let supplierTitles: Map<string, SupplierCsvField> | null = null;
/** Squashed supplier column title (either language) -> the field it names. */
export function supplierFieldByTitle(): ReadonlyMap<string, SupplierCsvField> {
  supplierTitles ??= new Map(
    LANGS.flatMap((l) => (Object.keys(SUPPLIER_FIELDS) as SupplierCsvField[]).filter((k) => k !== ('contacts' as string)).map((k) => [squashHeader(supplierColumnTitle(k, l)), k] as const)),
  );
  return supplierTitles;
}

let choices: Map<string, Map<string, string>> | null = null;
/** A choice's word in either language ("toezegging", "Kept late") read back as its code, or undefined. */
export function choiceFromWord(field: string, word: string): string | undefined {
  choices ??= new Map(
    ['kind', ...ALL_FIELDS.filter((f) => f.type === 'choice').map((f) => f.name)].map((name) => {
      const values = name === 'kind' ? ENTRY_KINDS : fieldNamed(name)!.values!;
      return [name, new Map(LANGS.flatMap((l) => values.map((v) => [squashHeader(choiceWord(name, v, l)), v] as const)))];
    }),
  );
  return choices.get(field)?.get(squashHeader(word));
}
