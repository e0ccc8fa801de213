// The renderer's side of a spreadsheet import: the fields a column can be
// mapped to and the header row, read with the importer's own code
// (core/csv.ts). The first guess of the mapping and of the date format is
// core/csv-mapping.ts.
import { COMMON_FIELD_LIST, ENTRY_KINDS, FIELDS_OF_KIND, fieldNamed } from '../../core/entry-fields';
import { guessDateFormat, type DateFormat } from '../../core/csv-mapping';
import { detectSeparator, duplicateHeaders, parseCsv, uniqueHeader, type CsvField, type CsvSeparator } from '../../core/csv';

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
export function readCsvHeader(text: string): { header: string[]; duplicates: ReturnType<typeof duplicateHeaders>; separator: Separator; dateFormat: DateFormat } {
  const separator = detectSeparator(text);
  const parsed = parseCsv(text, separator);
  const cells = (parsed.ok ? parsed.records[0]?.cells : undefined) ?? [];
  // How dates are written, guessed from the first rows (Rapport's own Dutch export: 31-12-2026).
  const sample = parsed.ok ? parsed.records.slice(1, 201).flatMap((r) => r.cells) : [];
  return { header: uniqueHeader(cells), duplicates: duplicateHeaders(cells), separator, dateFormat: guessDateFormat(sample) };
}
