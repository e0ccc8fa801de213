// The renderer's side of a spreadsheet import: the fields a column can be
// mapped to and the header row, read with the importer's own code
// (core/csv.ts), and a first guess of the mapping from the header names, in
// English and Dutch.
import { ALL_FIELDS, COMMON_FIELD_LIST, ENTRY_KINDS, FIELDS_OF_KIND, KIND_CSV_WORDS, fieldNamed } from '../../core/entry-fields';
import { CSV_FIELDS, detectSeparator, duplicateHeaders, parseCsv, uniqueHeader, type CsvField, type CsvMapping, type CsvSeparator } from '../../core/csv';

export { CSV_FIELDS, type CsvField, type CsvMapping } from '../../core/csv';

/** The fields every entry has (the date first); the rest belong to one kind or another (core/entry-fields.ts). */
export const MAIN_FIELDS: readonly CsvField[] = ['date', 'kind', ...COMMON_FIELD_LIST.map((f) => f.name).filter((f) => f !== 'date')];
export const KIND_FIELDS: { kind: string; fields: CsvField[] }[] = ENTRY_KINDS.flatMap((kind) =>
  FIELDS_OF_KIND[kind].length ? [{ kind, fields: FIELDS_OF_KIND[kind].map((f) => f.name) }] : [],
);

/** The label of a field on the mapping screen: its own there (namespace data), else the form's (namespace journal). */
export function csvFieldLabelKey(field: CsvField): string {
  if (field === 'kind') return 'fields.kind';
  const f = fieldNamed(field);
  return f?.csvLabel ?? `journal:${f?.label ?? field}`;
}

export type Separator = CsvSeparator;

/**
 * The header row of a CSV text as the importer names its columns (trimmed; a
 * name used twice told apart as "Datum (2)"), the names used twice, and the
 * separator: the importer's own parser.
 */
export function readCsvHeader(text: string): { header: string[]; duplicates: ReturnType<typeof duplicateHeaders>; separator: Separator } {
  const separator = detectSeparator(text);
  const parsed = parseCsv(text, separator);
  const cells = (parsed.ok ? parsed.records[0]?.cells : undefined) ?? [];
  return { header: uniqueHeader(cells), duplicates: duplicateHeaders(cells), separator };
}

const squash = (v: string) => v.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_\-.()/]+/g, '');

/** Header words (squashed: lower case, no spaces, accents or punctuation) that name a field, in English and Dutch. */
const SYNONYMS: Record<string, CsvField> = Object.fromEntries([
  ...[...KIND_CSV_WORDS.en, ...KIND_CSV_WORDS.nl].map((w) => [w, 'kind']),
  ...ALL_FIELDS.flatMap((f) => [...f.csv.en, ...f.csv.nl].map((w) => [w, f.name])),
]) as Record<string, CsvField>;
const SUPPLIER_WORDS = new Set(['supplier', 'suppliername', 'vendor', 'leverancier', 'leveranciernaam', 'naamleverancier', 'partner']);

/**
 * A first guess of the mapping from the header: our own export's column
 * names, then common English and Dutch words. Also the column that names the
 * supplier, if one looks like it.
 */
export function guessMapping(header: readonly string[]): { mapping: CsvMapping; supplierColumn: string | null } {
  const mapping: CsvMapping = {};
  let supplierColumn: string | null = null;
  for (const h of header) {
    if (h === '') continue;
    const key = squash(h);
    const field = CSV_FIELDS.find((f) => f.toLowerCase() === key) ?? SYNONYMS[key];
    if (field && !mapping[field]) mapping[field] = h;
    else if (!field && supplierColumn === null && SUPPLIER_WORDS.has(key)) supplierColumn = h;
  }
  return { mapping, supplierColumn };
}
