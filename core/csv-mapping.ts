// A first guess of a spreadsheet's column mapping from its header names: our
// own export's column names, then common English and Dutch words. The import
// screen shows it for the user to correct; the importer itself only follows
// the mapping it is given.
import { CSV_FIELDS, type CsvField, type CsvMapping } from './csv';
import { ALL_FIELDS, KIND_CSV_WORDS } from './entry-fields';
import { entryFieldByTitle } from './csv-columns';
import { squashHeader } from './supplier-csv';

const squash = (v: string) => v.trim().toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\s_\-.()/]+/g, '');

/** Header words (squashed: lower case, no spaces, accents or punctuation) that name a field, in English and Dutch: each field's own, from its declaration. */
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
    const field = CSV_FIELDS.find((f) => f.toLowerCase() === key) ?? SYNONYMS[key] ?? (entryFieldByTitle().get(squashHeader(h)) as CsvField | undefined);
    if (field && !mapping[field]) mapping[field] = h;
    else if (!field && supplierColumn === null && SUPPLIER_WORDS.has(key)) supplierColumn = h;
  }
  return { mapping, supplierColumn };
}

export type DateFormat = 'iso' | 'dmy' | 'mdy';

/**
 * How a column of dates is written, from its cells: year first when all are
 * (or none says otherwise); day first when a first number is above 12 or the
 * dates use '-' or '.' (31-12-2026, as Dutch Excel writes them); month first
 * when a second number is above 12 or they use '/' with none above 12 first.
 */
export function guessDateFormat(cells: readonly string[]): DateFormat {
  let dmy = 0;
  let mdy = 0;
  for (const cell of cells) {
    const m = /^(\d{1,2})([-/.])(\d{1,2})\2\d{2,4}\b/.exec(cell.trim());
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12) return 'dmy';
    if (b > 12) return 'mdy';
    if (m[2] === '/') mdy += 1;
    else dmy += 1;
  }
  return dmy === 0 && mdy === 0 ? 'iso' : dmy >= mdy ? 'dmy' : 'mdy';
}
