// CSV for spreadsheets: an RFC 4180 writer and a small tolerant parser.
// Pure (no Node, no SQLite): the journal's importer and exporter and the
// renderer's import screen share it. Why by hand and not papaparse: the writer is a dozen lines; the parser
// only has to read what Excel, LibreOffice and Google Sheets write (quoted
// fields, doubled quotes, CRLF/LF/CR, a BOM, ';' or ',' or tab) and is tested
// against exactly that (db/test/csv.test.ts).

import { ALL_FIELDS, type EntryFieldName } from './entry-fields';

export type CsvSeparator = ',' | ';' | '\t';

/** Entry fields a spreadsheet column can be mapped to: the kind, then every declared field (entry-fields.ts). */
export type CsvField = 'kind' | EntryFieldName;
export const CSV_FIELDS: readonly CsvField[] = ['kind', ...ALL_FIELDS.map((f) => f.name)];

/** Field -> column header, as the user mapped them. */
export type CsvMapping = Partial<Record<CsvField, string>>;

/** The separator a spreadsheet in this language expects: ';' where the decimal separator is a comma (nl), ',' otherwise. */
export function csvSeparatorFor(language: string | null | undefined): ',' | ';' {
  const lang = (language ?? 'en').toLowerCase().split(/[-_]/)[0];
  // Languages whose spreadsheets use a decimal comma and therefore ';' between fields.
  const decimalComma = new Set(['nl', 'de', 'fr', 'es', 'it', 'pt', 'da', 'sv', 'nb', 'fi', 'pl', 'cs', 'ru', 'tr']);
  return decimalComma.has(lang ?? 'en') ? ';' : ',';
}

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): = + -
 * @ tab CR at the start. Text that already starts with quotes before such a
 * character is guarded too, so unguardCell can tell the two apart.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** Makes one cell safe: formula guard (a leading single quote), then RFC 4180 quoting when needed. */
export function csvCell(value: string, separator: CsvSeparator): string {
  let v = value;
  if (FORMULA_START.test(v)) v = `'${v}`;
  if (v.includes(separator) || /["\r\n]/.test(v) || v !== v.trim()) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

/** Whole CSV text: UTF-8 BOM (so Excel reads UTF-8), CRLF line ends, every cell through csvCell. */
export function toCsv(rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  return `\uFEFF${rows.map((r) => r.map((c) => csvCell(c, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** Undoes csvCell's formula guard on import: "'=SUM(A1)" comes back as "=SUM(A1)". */
export function unguardCell(value: string): string {
  return value[0] === "'" && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Guesses the separator from the first record: the most frequent of ';' ',' tab outside quotes (',' on a tie). */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

export interface CsvRecord {
  /** The spreadsheet row number (the header is row 1): blank rows count, a cell's inner line breaks do not. */
  row: number;
  cells: string[];
}

export type CsvParse =
  | { ok: true; separator: CsvSeparator; records: CsvRecord[] }
  | { ok: false; key: 'csvUnclosedQuote'; row: number };

/**
 * Parses CSV text (RFC 4180 plus what spreadsheets really write): optional
 * BOM, quoted fields with doubled quotes, CRLF / LF / CR line ends, a quote
 * inside an unquoted field taken literally. Blank rows (nothing, or only
 * separators) are dropped but keep their place in the row numbering.
 */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): CsvParse {
  return csvParser(text, separator).run(Infinity)!;
}

/**
 * parseCsv that can stop and go on: run(deadline) parses until
 * performance.now() passes `deadline` and returns null, or returns the
 * result when the text is done. A big file is then read in slices, with
 * other work answered between them (db/worker/import.ts previewCsvImportInSteps).
 */
export function csvParser(text: string, separator: CsvSeparator = detectSeparator(text)): { run(deadline: number): CsvParse | null } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let row = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fieldQuoted = false;
  let recordQuoted = false;
  // The next character that ends a run of plain text.
  const special = new RegExp(`[${separator === '\t' ? '\\t' : separator}\\r\\n"]`, 'g');
  const endRecord = () => {
    cells.push(field);
    // A row of separators only (";;;", as Excel and LibreOffice write below the data) is a blank row too.
    if (recordQuoted || fieldQuoted || cells.some((c) => c !== '')) records.push({ row, cells });
    row += 1;
    cells = [];
    field = '';
    fieldQuoted = false;
    recordQuoted = false;
  };
  return {
    run(deadline: number): CsvParse | null {
      let sinceCheck = 0;
      while (i < text.length) {
        if (++sinceCheck === 4096) {
          sinceCheck = 0;
          if (performance.now() > deadline) return null;
        }
        const ch = text[i]!;
        if (ch === '"' && field === '' && !fieldQuoted) {
          // A quoted field: read to the closing quote; "" is one quote; newlines are data.
          fieldQuoted = true;
          recordQuoted = true;
          i += 1;
          for (;;) {
            const close = text.indexOf('"', i);
            if (close < 0) return { ok: false, key: 'csvUnclosedQuote', row };
            field += text.slice(i, close);
            if (text[close + 1] === '"') {
              field += '"';
              i = close + 2;
              continue;
            }
            i = close + 1;
            break;
          }
          continue;
        }
        if (ch === separator) {
          cells.push(field);
          field = '';
          fieldQuoted = false;
          i += 1;
          continue;
        }
        if (ch === '\r' || ch === '\n') {
          endRecord();
          i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
          continue;
        }
        // Plain text up to the next separator, line end or quote; text after a
        // closing quote, or a quote inside an unquoted field, is taken literally.
        special.lastIndex = i + 1;
        const next = special.exec(text);
        const stop = next ? next.index : text.length;
        field += text.slice(i, stop);
        i = stop;
      }
      if (field !== '' || cells.length > 0 || fieldQuoted) endRecord();
      return { ok: true, separator, records };
    },
  };
}

/**
 * The header as the importer and the mapping screen name its columns: trimmed,
 * and a name used twice ("Datum;Titel;Datum") made unique by its place
 * ("Datum", "Datum (2)"), so the user can map each of them.
 */
export function uniqueHeader(cells: readonly string[]): string[] {
  const names = cells.map((c) => c.trim());
  const taken = new Set(names);
  const seen = new Set<string>();
  return names.map((name) => {
    if (name === '' || !seen.has(name)) {
      seen.add(name);
      return name;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`)) n += 1;
    const label = `${name} (${n})`;
    taken.add(label);
    return label;
  });
}

/** Names that occur more than once in a header, with their columns (1-based) and the labels uniqueHeader gives them. */
export function duplicateHeaders(cells: readonly string[]): { name: string; columns: number[]; labels: string[] }[] {
  const names = cells.map((c) => c.trim());
  const labels = uniqueHeader(cells);
  const out: { name: string; columns: number[]; labels: string[] }[] = [];
  names.forEach((name, i) => {
    if (name === '' || names.indexOf(name) === i || out.some((d) => d.name === name)) return;
    const columns = names.flatMap((n, j) => (n === name ? [j + 1] : []));
    out.push({ name, columns, labels: columns.map((c) => labels[c - 1]!) });
  });
  return out;
}
