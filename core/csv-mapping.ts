// A first guess of a spreadsheet's column mapping from its header names: our
// own export's column names, then common English and Dutch words. The import
// screen shows it for the user to correct; the importer itself only follows
// the mapping it is given.
import { CSV_FIELDS, type CsvField, type CsvMapping } from './csv';
import { ALL_FIELDS, KIND_CSV_WORDS } from './entry-fields';

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
    const field = CSV_FIELDS.find((f) => f.toLowerCase() === key) ?? SYNONYMS[key];
    if (field && !mapping[field]) mapping[field] = h;
    else if (!field && supplierColumn === null && SUPPLIER_WORDS.has(key)) supplierColumn = h;
  }
  return { mapping, supplierColumn };
}
