// Imports: a JSON export into an empty journal (everything or nothing), and
// entries from a spreadsheet (CSV) with columns mapped to fields by the user.
// Every record passes the same core schemas as user input before anything is
// written; all writes of one import run in ONE transaction, so a failure at
// any point leaves the journal exactly as it was.
import type { z } from 'zod';
import { isIsoDate } from '../../core/dates';
import { JournalError, issueFromZod, storageProblem, type FieldIssue } from '../../core/errors';
import { checkExport, nulPaths, type JournalExport } from '../../core/export-format';
import { jsonNestsDeeperThan } from '../../core/nesting';
import { ALL_FIELDS, type FieldType } from '../../core/entry-fields';
import { ENTRY_KINDS, entryInput } from '../../core/schemas';
import type { EntryKind } from '../../core/types';
import { CSV_FIELDS, csvParser, parseCsv, unguardCell, uniqueHeader, type CsvField, type CsvMapping, type CsvParse, type CsvRecord, type CsvSeparator } from '../../core/csv';
import { choiceFromWord } from '../../core/csv-columns';
import { itemKeyWithId, parseItemKey } from '../../core/agenda/keys';
import type { AgendaMark } from '../../core/agenda';
import { insertEntryRow } from './entry-insert';
import { insertSupplierRow } from './supplier-write';
import { deferSearchIndex, indexDeferredEntries, withSearchDeferred } from './search-bulk';
import type { ReadableDB, WritableDB } from './handles';
import { importMeetings } from './meetings';
import { importTemplates } from './templates';
import { importAttachments } from './attachments';
import { nextTurn } from './turns';

type ParsedEntry = z.output<typeof entryInput>;

/** Runs `write` in one transaction; a full disk becomes a clear JournalError, and either way nothing is left half-written. */
function inOneTransaction<T>(db: WritableDB, write: () => T): T {
  try {
    return db.transaction(write).immediate();
  } catch (err) {
    throw storageProblem(err) ?? err;
  }
}

/** True when the journal holds no supplier and no entry at all (trash included). */
export function isJournalEmpty(db: ReadableDB): boolean {
  return db.prepare('SELECT (SELECT count(*) FROM suppliers) + (SELECT count(*) FROM entries)').pluck().get() === 0;
}

// ---------- JSON ----------

export interface JsonImportOptions {
  /**
   * 'replace-empty': the whole journal, settings included, into one with no
   * suppliers or entries (trash included). 'add-as-new': its suppliers and
   * entries added as new ones beside what is here; this journal's settings stay.
   */
  mode: 'replace-empty' | 'add-as-new';
}

export interface ImportSummary {
  suppliers: number;
  entries: number;
  settings: number;
  /** Agenda marks (snoozed, dismissed) written. */
  marks: number;
  /** Marks left out, each with why: 'markItemNotInFile' (its entry or supplier is not in the file). */
  marksDropped: { key: string; reason: 'markItemNotInFile' }[];
}

const MARK_UPSERT = `INSERT INTO agenda_marks (item_key, action, until, created_at) VALUES (@key, @action, @until, @createdAt)
  ON CONFLICT (item_key) DO UPDATE SET action = excluded.action, until = excluded.until, created_at = excluded.created_at`;

/**
 * Writes the file's agenda marks, each under the id its entry or supplier got
 * here (`entryId`, `supplierId`: the file's id to this journal's). A mark whose
 * entry or supplier is not in the file has nothing to follow: it is left out
 * and named in the summary, never written against whatever holds that id here.
 */
function putMarks(db: WritableDB, marks: readonly AgendaMark[], entryId: (id: number) => number | undefined, supplierId: (id: number) => number | undefined) {
  const put = db.prepare(MARK_UPSERT);
  const dropped: ImportSummary['marksDropped'] = [];
  let written = 0;
  for (const m of marks) {
    const parts = parseItemKey(m.key);
    const id = parts ? (parts.about === 'entry' ? entryId : supplierId)(parts.id) : undefined;
    if (!parts || id === undefined) {
      dropped.push({ key: m.key, reason: 'markItemNotInFile' });
      continue;
    }
    put.run({ ...m, key: itemKeyWithId(parts, id) });
    written += 1;
  }
  return { marks: written, marksDropped: dropped };
}

/**
 * How deeply arrays and objects may nest in an imported JSON file. An export
 * nests 4 deep (journal > entries > entry > tags); a file nested thousands
 * deep is not a journal, and would overflow the checker's stack.
 * Documented in docs/export-format.md.
 */
export const MAX_JSON_DEPTH = 64;

/** Parses and checks an export's text without writing; throws a JournalError listing every problem. */
export function checkJsonImport(text: string): JournalExport {
  if (jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
    throw new JournalError('validation', 'jsonTooDeep', [{ path: [], key: 'jsonTooDeep', params: { max: MAX_JSON_DEPTH } }]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new JournalError('validation', 'notJson');
  }
  const checked = checkExport(data);
  if (!checked.ok) throw new JournalError('validation', checked.key, checked.issues);
  return checked.value;
}

/**
 * Imports a JSON export: into an EMPTY journal keeping ids, timestamps and
 * settings ('replace-empty'), or beside what is here ('add-as-new'). Refuses
 * any file with a problem (all problems listed, paths like ['entries', 12,
 * 'dueOn']); writes everything in one transaction or nothing.
 */
export function importJson(db: WritableDB, text: string, options: JsonImportOptions = { mode: 'replace-empty' }): ImportSummary {
  if (options?.mode !== 'replace-empty' && options?.mode !== 'add-as-new') throw new JournalError('validation', 'validation', [{ path: ['mode'], key: 'invalidChoice', params: {} }]);
  if (typeof text !== 'string') throw new JournalError('validation', 'notJson');
  if (options.mode === 'replace-empty' && !isJournalEmpty(db)) throw new JournalError('conflict', 'importNeedsEmptyJournal');
  return writeImport(db, checkJsonImport(text), options);
}

/**
 * Writes a checked export (checkExport, core/export-format.ts): the bulk
 * writer of every import, and of the example journal. One transaction.
 */
export function writeImport(db: WritableDB, data: JournalExport, options: JsonImportOptions): ImportSummary {
  if (options.mode === 'add-as-new') return addAsNew(db, data);
  return inOneTransaction(db, () => {
    // Checked inside the write lock: nothing can have slipped in since.
    if (!isJournalEmpty(db)) throw new JournalError('conflict', 'importNeedsEmptyJournal');
    const putSetting = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(data.settings)) putSetting.run(key, JSON.stringify(value));
    for (const s of data.suppliers) insertSupplierRow(db, s, s.id, s);
    withSearchDeferred(db, () => {
      for (const e of data.entries) insertEntryRow(db, e as unknown as ParsedEntry, e.id, e.createdAt, e.updatedAt);
    });
    // Ids are kept: a mark keeps its key when its entry or supplier is in the file.
    const entryIds = new Set(data.entries.map((e) => e.id));
    const supplierIds = new Set(data.suppliers.map((s) => s.id));
    const marks = putMarks(db, data.agendaMarks, (id) => (entryIds.has(id) ? id : undefined), (id) => (supplierIds.has(id) ? id : undefined));
    importMeetings(db, data.meetings, { supplier: (id) => id, entry: (id) => (entryIds.has(id) ? id : undefined), keep: true });
    importAttachments(db, data.attachments, data.attachmentFiles, { supplier: (id) => id, entry: (id) => id });
    // Templates saved before the import (a journal with no supplier yet may have some) stay: the file's go beside them.
    const noTemplates = db.prepare('SELECT count(*) FROM entry_templates').pluck().get() === 0;
    importTemplates(db, data.templates.map(withKind), noTemplates);
    return { suppliers: data.suppliers.length, entries: data.entries.length, settings: Object.keys(data.settings).length, ...marks };
  });
}

/** "Name", or "Name (2)", "Name (3)"… when a supplier here (or one added before it) already has that name. */
function distinctName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLocaleLowerCase()); n++) candidate = `${name} (${n})`;
  taken.add(candidate.toLocaleLowerCase());
  return candidate;
}

/** A Rapport export added to a journal that already holds some: new ids, names kept apart, all or nothing. */
function addAsNew(db: WritableDB, data: JournalExport): ImportSummary {
  return inOneTransaction(db, () => {
    const taken = new Set((db.prepare('SELECT name FROM suppliers').pluck().all() as string[]).map((n) => n.toLocaleLowerCase()));
    const newId = new Map<number, number>();
    for (const s of data.suppliers) newId.set(s.id, insertSupplierRow(db, { ...s, name: distinctName(s.name, taken) }, null, s));
    const newEntryId = new Map<number, number>();
    withSearchDeferred(db, () => {
      for (const e of data.entries) {
        const supplierId = newId.get(e.supplierId);
        // checkJsonImport has already refused an entry whose supplier is not in the file.
        if (supplierId === undefined) throw new JournalError('validation', 'validation');
        newEntryId.set(e.id, insertEntryRow(db, { ...e, supplierId } as unknown as ParsedEntry, null, e.createdAt, e.updatedAt));
      }
    });
    // Marks follow their entries and suppliers to their new ids.
    const marks = putMarks(db, data.agendaMarks, (id) => newEntryId.get(id), (id) => newId.get(id));
    importMeetings(db, data.meetings, { supplier: (id) => newId.get(id), entry: (id) => newEntryId.get(id), keep: false });
    importAttachments(db, data.attachments, data.attachmentFiles, { supplier: (id) => newId.get(id), entry: (id) => newEntryId.get(id) });
    importTemplates(db, data.templates.map(withKind), false);
    return { suppliers: data.suppliers.length, entries: data.entries.length, settings: 0, ...marks };
  });
}

const withKind = (t: JournalExport['templates'][number]) => ({ ...t, kind: t.values.kind });

// ---------- CSV ----------

export { CSV_FIELDS, type CsvField, type CsvMapping } from '../../core/csv';

export type DateFormat = 'iso' | 'dmy' | 'mdy';

export interface CsvImportOptions {
  /** Every row belongs to this supplier ... */
  supplierId?: number;
  /** ... or this column holds each row's supplier, by name (case-insensitive) or id. */
  supplierColumn?: string;
  /** Suppliers to resolve and check against (importCsv passes the journal's own). */
  suppliers?: readonly { id: number; name: string }[];
  /** Dates besides ISO (always read): 'dmy' 31-12-2026 / 31/12/2026 / 31.12.2026 / 31-12-26, 'mdy' 12/31/2026 / 12/31/26. Default 'iso'. */
  dateFormat?: DateFormat;
  /** Kind of a row when no column is mapped to kind, or its cell is empty. Default 'note'. */
  defaultKind?: EntryKind;
  /** Import the good rows and skip exactly the rows named as bad; default false: all or nothing. */
  skipBadRows?: boolean;
  separator?: CsvSeparator;
}

export interface CsvProblem {
  /** Spreadsheet row number (header = row 1). */
  row: number;
  /** The column the user must fix, or null when the field is not mapped to a column. */
  column: string | null;
  field: string;
  key: string;
  params: Record<string, string | number>;
}

export interface CsvPreviewRow {
  row: number;
  entry: ParsedEntry | null;
  problems: CsvProblem[];
}

export interface CsvPreview {
  separator: CsvSeparator;
  header: string[];
  rows: CsvPreviewRow[];
  valid: number;
  invalid: number;
  problems: CsvProblem[];
}

const MAX_CSV_ROWS = 100_000;

const norm = (v: string) => v.trim().toLowerCase().replace(/[\s-]+/g, '_');

const KIND_WORDS: Record<string, EntryKind> = {
  interactie: 'interaction', contact: 'interaction', belofte: 'promise', toezegging: 'promise', afspraak: 'promise',
  verstoring: 'incident', storing: 'incident', advies: 'advice', initiatief: 'advice', initiative: 'advice',
  beoordeling: 'review', evaluatie: 'review', notitie: 'note', aantekening: 'note',
};
export const BOOL_WORDS: Record<string, boolean> = {
  yes: true, y: true, true: true, '1': true, ja: true, j: true, waar: true, x: true,
  no: false, n: false, false: false, '0': false, nee: false, onwaar: false,
};
// How a cell is read follows from its field's declared type (core/entry-fields.ts).
const ENUMS: Partial<Record<CsvField, readonly string[]>> = {
  kind: ENTRY_KINDS, ...Object.fromEntries(ALL_FIELDS.filter((f) => f.type === 'choice').map((f) => [f.name, f.values!])),
};
const fieldsOfType = (...types: FieldType[]) => new Set<CsvField>(ALL_FIELDS.filter((f) => types.includes(f.type)).map((f) => f.name));
const DATE_FIELDS = fieldsOfType('date');
const BOOL_FIELDS = fieldsOfType('yesNo', 'yesNoUnknown');
const NUMBER_FIELDS = fieldsOfType('score');

/**
 * A two-digit year as Excel and LibreOffice read it (their default window
 * 1930-2029): 00-29 are 2000-2029, 30-99 are 1930-1999. "5-3-24" is 2024.
 */
export function pivotYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

/**
 * An Excel serial day number (a date cell saved or pasted as a plain number):
 * day 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was, so
 * from day 61 on the count starts at 1899-12-30. Only 10000 (1927-05-18) and
 * later are read as dates: a smaller number is more likely a year or a typo.
 */
export function excelSerialDate(cell: string): string | null {
  if (!/^\d{5,7}(\.\d+)?$/.test(cell)) return null;
  const day = Math.floor(Number(cell));
  if (day < 10_000 || day > 2_958_465) return null;
  return new Date(Date.UTC(1899, 11, 30) + day * 86_400_000).toISOString().slice(0, 10);
}

/** Month names (and their usual short forms) in English and Dutch, by their first three letters, "mrt" and "mei" too. */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, mrt: 3, maa: 3, apr: 4, may: 5, mei: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, okt: 10, nov: 11, dec: 12,
};
const monthOf = (word: string) => MONTHS[word.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '').slice(0, 3)];

/** "5 maart 2026", "5 mrt. 2026", "March 5, 2026", "5 March 2026" to ISO, or null. */
function namedMonthDate(v: string): string | null {
  const dayFirst = /^(\d{1,2})\.?\s+([\p{L}]+)\.?,?\s+(\d{4})$/u.exec(v);
  const monthFirst = /^([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(v);
  const [day, word, year] = dayFirst ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!] : monthFirst ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!] : [];
  const month = word ? monthOf(word) : undefined;
  return month && day && year ? `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}` : null;
}

/** A date cell to ISO, or null when it does not read as a date in `format` (an Excel serial number or a named month reads in any). */
export function readDate(cell: string, format: DateFormat): string | null {
  const v = cell.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  const pad = (n: string) => n.padStart(2, '0');
  let iso: string | null = excelSerialDate(v) ?? namedMonthDate(v);
  const ymd = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(v);
  if (ymd) iso = `${ymd[1]}-${pad(ymd[2]!)}-${pad(ymd[3]!)}`;
  const other = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(v);
  if (!iso && other && format !== 'iso') {
    const [a, b] = [other[1]!, other[2]!];
    const year = other[3]!.length === 4 ? other[3]! : String(pivotYear(Number(other[3])));
    iso = format === 'dmy' ? `${year}-${pad(b)}-${pad(a)}` : `${year}-${pad(a)}-${pad(b)}`;
  }
  return iso && isIsoDate(iso) ? iso : null;
}

/** Reads one cell for one field; returns undefined for an empty cell (the schema's default applies). */
function readCell(field: CsvField, raw: string, format: DateFormat): { value?: unknown; problem?: string } {
  const cell = unguardCell(raw).trim();
  if (cell === '') return {};
  if (nulPaths(cell).length) return { problem: 'invalidCharacter' };
  if (DATE_FIELDS.has(field)) {
    const iso = readDate(cell, format);
    return iso ? { value: iso } : { problem: 'invalidDate' };
  }
  if (BOOL_FIELDS.has(field)) {
    const b = BOOL_WORDS[cell.toLowerCase()];
    return b === undefined ? { problem: 'invalidBoolean' } : { value: b };
  }
  if (NUMBER_FIELDS.has(field)) {
    const n = Number(cell.replace(',', '.'));
    return Number.isFinite(n) && /^[\d.,\s]+$/.test(cell) ? { value: n } : { problem: 'invalidNumber' };
  }
  if (field === 'tags') return { value: cell.split(/[,;]/).map((t) => t.trim()).filter(Boolean) };
  const choices = ENUMS[field];
  if (choices) {
    const code = norm(cell);
    if (choices.includes(code)) return { value: code };
    if (field === 'kind' && KIND_WORDS[code]) return { value: KIND_WORDS[code] };
    // The word our own export writes, in either language ("Toezegging", "Kept late").
    const named = choiceFromWord(field, cell);
    if (named) return { value: named };
    return { problem: 'invalidChoice' };
  }
  // Free text keeps its inner spacing; the schema trims the ends.
  return { value: unguardCell(raw) };
}

function setupError(key: string, path: (string | number)[] = [], params: Record<string, string | number> = {}): JournalError {
  return new JournalError('validation', key, [{ path, key, params }]);
}

/**
 * Reads a spreadsheet's rows into entries without writing anything: each row
 * either parses (the same entryInput schema as the form) or carries its
 * problems, each named by row number and column. Throws a JournalError only
 * when the file or the mapping as a whole cannot be used.
 */
export function previewCsvImport(text: string, mapping: CsvMapping, options: CsvImportOptions): CsvPreview {
  const prepared = prepareCsvImport(text, mapping, options);
  return summarise(prepared, prepared.records.map(prepared.readRow));
}

interface PreparedCsv {
  separator: CsvSeparator;
  header: string[];
  records: CsvRecord[];
  readRow: (record: CsvRecord) => CsvPreviewRow;
}

function summarise(prepared: PreparedCsv, rows: CsvPreviewRow[]): CsvPreview {
  const problems = rows.flatMap((r) => r.problems);
  const invalid = rows.filter((r) => r.problems.length > 0).length;
  return { separator: prepared.separator, header: prepared.header, rows, valid: rows.length - invalid, invalid, problems };
}

/** Progress of a long import, for the screen: which step, and how many rows of how many. */
export interface ImportProgressReport {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}

export interface LongWorkOptions {
  /** Told every chunk of rows. */
  onProgress?: (progress: ImportProgressReport) => void;
  /** Awaited between chunks, so other calls are answered meanwhile (default: the next turn of the event loop). */
  pause?: () => Promise<void>;
  /** How long one chunk of rows may hold the thread before pausing (default 10 ms). */
  sliceMs?: number;
}

/** A chunk of rows holds the thread at most this long: a read that arrives meanwhile waits no longer. */
const SLICE_MS = 10;

/** previewCsvImport in chunks of rows, pausing between them: the same result, without holding the thread for seconds. */
export async function previewCsvImportInSteps(text: string, mapping: CsvMapping, options: CsvImportOptions, work: LongWorkOptions = {}): Promise<CsvPreview> {
  const pause = work.pause ?? nextTurn;
  const slice = work.sliceMs ?? SLICE_MS;
  if (typeof text !== 'string') throw setupError('csvUnreadable');
  // Reading the text is itself long work for a big file: in slices too.
  const separator = typeof options === 'object' && options !== null && options.separator !== undefined && [',', ';', '\t'].includes(options.separator) ? options.separator : undefined;
  const parser = csvParser(text, separator);
  let parsed: CsvParse | null;
  while ((parsed = parser.run(performance.now() + slice)) === null) await pause();
  const prepared = prepareCsvImport(text, mapping, options, parsed);
  const rows: CsvPreviewRow[] = [];
  const { records } = prepared;
  while (rows.length < records.length) {
    const until = performance.now() + slice;
    do rows.push(prepared.readRow(records[rows.length]!));
    while (rows.length < records.length && performance.now() < until);
    work.onProgress?.({ phase: 'checking', done: rows.length, total: records.length });
    await pause();
  }
  return summarise(prepared, rows);
}

function prepareCsvImport(text: string, mapping: CsvMapping, options: CsvImportOptions, alreadyParsed?: CsvParse): PreparedCsv {
  if (typeof text !== 'string') throw setupError('csvUnreadable');
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) throw setupError('csvMappingInvalid', ['mapping']);
  const opts = (typeof options === 'object' && options !== null ? options : {}) as CsvImportOptions;
  const format: DateFormat = opts.dateFormat ?? 'iso';
  if (!['iso', 'dmy', 'mdy'].includes(format)) throw setupError('invalidChoice', ['dateFormat']);
  const defaultKind = opts.defaultKind ?? 'note';
  if (!ENTRY_KINDS.includes(defaultKind)) throw setupError('invalidChoice', ['defaultKind']);
  const hasId = opts.supplierId !== undefined && opts.supplierId !== null;
  const hasColumn = typeof opts.supplierColumn === 'string' && opts.supplierColumn !== '';
  if (hasId === hasColumn) throw setupError('csvSupplierChoice', ['supplierId']);
  if (hasId && !(Number.isSafeInteger(opts.supplierId) && (opts.supplierId as number) > 0)) throw setupError('invalidType', ['supplierId']);
  if (opts.separator !== undefined && ![',', ';', '\t'].includes(opts.separator)) throw setupError('invalidChoice', ['separator']);
  const suppliers = Array.isArray(opts.suppliers) ? opts.suppliers : null;

  const parsed = alreadyParsed ?? parseCsv(text, opts.separator);
  if (!parsed.ok) throw setupError(parsed.key, ['rows', parsed.row], { row: parsed.row });
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord) throw setupError('csvEmpty');
  if (records.length > MAX_CSV_ROWS) throw setupError('csvTooManyRows', [], { max: MAX_CSV_ROWS });
  // A name used twice is told apart by its place ("Datum (2)"), as the mapping screen lists it.
  const header = uniqueHeader(headerRecord.cells);
  const columnIndex = (name: string) => header.indexOf(name.trim());

  const mapped: [CsvField, string, number][] = [];
  const missing: FieldIssue[] = [];
  for (const [field, column] of Object.entries(mapping)) {
    if (column === undefined || column === null || column === '') continue;
    if (!(CSV_FIELDS as readonly string[]).includes(field)) {
      missing.push({ path: ['mapping', field], key: 'unknownField', params: { fields: field } });
      continue;
    }
    const index = typeof column === 'string' ? columnIndex(column) : -1;
    if (index < 0) missing.push({ path: ['mapping', field], key: 'csvColumnMissing', params: { column: String(column) } });
    else mapped.push([field as CsvField, column as string, index]);
  }
  const supplierIndex = hasColumn ? columnIndex(opts.supplierColumn!) : -1;
  if (hasColumn && supplierIndex < 0) missing.push({ path: ['supplierColumn'], key: 'csvColumnMissing', params: { column: opts.supplierColumn! } });
  if (missing.length) throw new JournalError('validation', 'csvMappingInvalid', missing);
  const columnOf = new Map<string, string>(mapped.map(([f, c]) => [f, c]));

  const byName = new Map<string, number[]>();
  for (const s of suppliers ?? []) byName.set(s.name.trim().toLowerCase(), [...(byName.get(s.name.trim().toLowerCase()) ?? []), s.id]);
  const known = new Set((suppliers ?? []).map((s) => s.id));

  const readRow = ({ row, cells }: CsvRecord): CsvPreviewRow => {
    const problems: CsvProblem[] = [];
    const problem = (field: string, column: string | null, key: string, params: Record<string, string | number> = {}) =>
      problems.push({ row, column, field, key, params });
    // More cells than the header names: an unquoted separator in a text has shifted the row; nothing is guessed.
    const lastFilled = cells.reduce((last, c, i) => (c.trim() !== '' ? i : last), -1);
    if (lastFilled >= header.length) {
      problem('', null, 'csvTooManyCells', { cells: lastFilled + 1, header: header.length });
      return { row, entry: null, problems };
    }
    let supplierId: number | undefined = hasId ? opts.supplierId : undefined;
    if (hasColumn) {
      const cell = unguardCell(cells[supplierIndex] ?? '').trim();
      const ids = byName.get(cell.toLowerCase()) ?? (/^\d+$/.test(cell) && known.has(Number(cell)) ? [Number(cell)] : []);
      if (cell === '') problem('supplierId', opts.supplierColumn!, 'required');
      else if (suppliers === null && /^\d+$/.test(cell)) supplierId = Number(cell);
      else if (ids.length === 1) supplierId = ids[0];
      else problem('supplierId', opts.supplierColumn!, ids.length > 1 ? 'ambiguousSupplier' : 'unknownSupplier', { name: cell });
    } else if (suppliers !== null && !known.has(opts.supplierId!)) {
      problem('supplierId', null, 'unknownSupplier', { id: opts.supplierId! });
    }
    const draft: Record<string, unknown> = { supplierId: supplierId ?? 0, kind: defaultKind };
    for (const [field, column, index] of mapped) {
      const read = readCell(field, cells[index] ?? '', format);
      if (read.problem) problem(field, column, read.problem);
      else if (read.value !== undefined) draft[field] = read.value;
    }
    const result = entryInput.safeParse(draft);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const fi = issueFromZod(issue);
        const field = String(fi.path[0] ?? '');
        if (field === 'supplierId' || problems.some((p) => p.field === field)) continue; // already named above
        problem(field, columnOf.get(field) ?? null, fi.key, fi.params);
      }
    }
    return { row, entry: result.success && problems.length === 0 ? result.data : null, problems };
  };
  return { separator: parsed.separator, header, records, readRow };
}

export interface CsvImportResult {
  imported: number;
  /** Row numbers skipped (only with skipBadRows), exactly the rows that carry problems. */
  skippedRows: number[];
  problems: CsvProblem[];
}

/** A CSV problem as a field issue: path ['rows', row, column-or-field]. */
function csvIssue(p: CsvProblem): FieldIssue {
  return { path: ['rows', p.row, p.column ?? p.field], key: p.key, params: { ...p.params, row: p.row, column: p.column ?? p.field } };
}

/**
 * Imports entries from a spreadsheet into the journal (new ids, timestamps of
 * now). All or nothing: any bad row refuses the whole file with every
 * problem listed ('csvImportInvalid'), unless skipBadRows, which skips
 * exactly the rows named as bad and writes the rest in one transaction.
 */
export function importCsv(db: WritableDB, text: string, mapping: CsvMapping, options: CsvImportOptions): CsvImportResult {
  const suppliers = db.prepare('SELECT id, name FROM suppliers WHERE deleted_at IS NULL').all() as { id: number; name: string }[];
  const opts = (typeof options === 'object' && options !== null ? options : {}) as CsvImportOptions;
  const preview = previewCsvImport(text, mapping, { ...opts, suppliers });
  if (preview.invalid > 0 && opts.skipBadRows !== true) {
    throw new JournalError('validation', 'csvImportInvalid', preview.problems.slice(0, 500).map(csvIssue));
  }
  const good = preview.rows.filter((r) => r.entry !== null);
  if (good.length === 0) throw new JournalError('validation', preview.rows.length ? 'csvImportInvalid' : 'csvNothingToImport', preview.problems.slice(0, 500).map(csvIssue));
  const stamp = new Date().toISOString();
  inOneTransaction(db, () => {
    withSearchDeferred(db, () => {
      for (const r of good) insertEntryRow(db, r.entry!, null, stamp, stamp);
    });
  });
  return { imported: good.length, skippedRows: preview.rows.filter((r) => r.entry === null).map((r) => r.row), problems: preview.problems };
}

/**
 * importCsv as long work (a spreadsheet of 20,000 rows takes seconds): the
 * rows are checked in chunks, pausing between them, then written in chunks
 * inside ONE transaction on `writer`, a second connection to the same file.
 * The journal's own connection (`db`) keeps answering reads meanwhile; in
 * WAL mode they see the journal as it was until the whole import commits,
 * never half of it. All or nothing, as importCsv. Without a writer (an
 * in-memory journal) the rows are written at once on `db`.
 */
export async function importCsvInSteps(
  db: WritableDB, writer: WritableDB | null, text: string, mapping: CsvMapping, options: CsvImportOptions, work: LongWorkOptions = {},
): Promise<CsvImportResult> {
  const suppliers = db.prepare('SELECT id, name FROM suppliers WHERE deleted_at IS NULL').all() as { id: number; name: string }[];
  const opts = (typeof options === 'object' && options !== null ? options : {}) as CsvImportOptions;
  const preview = await previewCsvImportInSteps(text, mapping, { ...opts, suppliers }, work);
  if (preview.invalid > 0 && opts.skipBadRows !== true) {
    throw new JournalError('validation', 'csvImportInvalid', preview.problems.slice(0, 500).map(csvIssue));
  }
  const good = preview.rows.filter((r) => r.entry !== null);
  if (good.length === 0) throw new JournalError('validation', preview.rows.length ? 'csvImportInvalid' : 'csvNothingToImport', preview.problems.slice(0, 500).map(csvIssue));
  const stamp = new Date().toISOString();
  const result = { imported: good.length, skippedRows: preview.rows.filter((r) => r.entry === null).map((r) => r.row), problems: preview.problems };
  if (!writer) {
    inOneTransaction(db, () => {
      withSearchDeferred(db, () => {
        for (const r of good) insertEntryRow(db, r.entry!, null, stamp, stamp);
      });
    });
    return result;
  }
  const pause = work.pause ?? nextTurn;
  const slice = work.sliceMs ?? SLICE_MS;
  try {
    writer.prepare('BEGIN IMMEDIATE').run();
    // The suppliers were checked on the other connection: check again inside the write lock.
    const live = new Set((writer.prepare('SELECT id FROM suppliers WHERE deleted_at IS NULL').pluck().all() as number[]));
    if (good.some((r) => !live.has(r.entry!.supplierId))) throw new JournalError('conflict', 'supplierNotFound');
    deferSearchIndex(writer);
    let done = 0;
    while (done < good.length) {
      const until = performance.now() + slice;
      do insertEntryRow(writer, good[done++]!.entry!, null, stamp, stamp);
      while (done < good.length && performance.now() < until);
      work.onProgress?.({ phase: 'writing', done, total: good.length });
      await pause();
    }
    indexDeferredEntries(writer);
    writer.prepare('COMMIT').run();
  } catch (err) {
    if (writer.inTransaction) writer.prepare('ROLLBACK').run();
    throw storageProblem(err) ?? err;
  }
  return result;
}
