// The renderer's side of a spreadsheet import: the fields a column can be
// mapped to and the header row, read with the importer's own code
// (core/csv.ts). The first guess of the mapping is core/csv-mapping.ts.
import { detectSeparator, duplicateHeaders, parseCsv, uniqueHeader, type CsvField, type CsvSeparator } from '../../core/csv';

export { CSV_FIELDS, type CsvField, type CsvMapping } from '../../core/csv';

/** The fields every entry has; the rest belong to one kind or another. */
export const MAIN_FIELDS: readonly CsvField[] = ['date', 'kind', 'title', 'body', 'tags', 'private', 'side'];
export const KIND_FIELDS: { kind: string; fields: CsvField[] }[] = [
  { kind: 'interaction', fields: ['channel', 'tone'] },
  { kind: 'promise', fields: ['dueOn', 'obligation', 'inContract', 'status', 'settledOn'] },
  { kind: 'incident', fields: ['severity', 'resolvedOn', 'impact', 'rootCause', 'causedBy', 'handledWell'] },
  { kind: 'review', fields: ['scoreAbility', 'scoreIntegrity', 'scoreBenevolence'] },
];

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
