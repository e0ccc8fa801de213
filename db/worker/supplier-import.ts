// A supplier list from a spreadsheet (CSV, or an .xlsx read into CSV text by
// spreadsheet.ts), with its contracts: each row a supplier, its columns
// recognised by their names (core/supplier-csv.ts), matched to the suppliers
// already here by name (case and spaces do not count) so nothing is
// duplicated: a match gets the file's non-empty cells written over its
// fields, any other row becomes a new supplier. Every row passes the same
// schemas as the supplier form; any problem refuses the whole file with each
// problem named by row and column, and the writes run in one transaction.
import { JournalError, issueFromZod, storageProblem, type FieldIssue } from '../../core/errors';
import { parseCsv, unguardCell, uniqueHeader } from '../../core/csv';
import { supplierFieldByTitle } from '../../core/csv-columns';
import { guessSupplierColumns, nameKey, type SupplierCsvField } from '../../core/supplier-csv';
import { SUPPLIER_FIELDS, supplierDefaults, type SupplierValues } from '../../core/supplier-fields';
import { supplierInput } from '../../core/schemas';
import type { Supplier } from '../../core/types';
import type { SupplierImportPreview } from '../../core/files';
import type { ReadableDB, WritableDB } from './handles';
import { BOOL_WORDS, readDate, type DateFormat } from './import';
import { supplierFromRow, type SupplierRow } from './rows';
import { insertSupplierRow, updateSupplierRow } from './supplier-write';

const MAX_SUPPLIER_ROWS = 10_000;

interface ReadRow {
  row: number;
  name: string;
  /** The supplier as it would be written, and the id it would be written over (null: a new one). */
  values: SupplierValues | null;
  matchId: number | null;
  problems: FieldIssue[];
}

/** A number as spreadsheets write it: "12500", "12500,50" (decimal comma), "12.500,50", "12,500.50", "€ 1.200". */
function readAmount(cell: string): number | null {
  const v = cell.replace(/[\s€$£]|EUR|USD|GBP/gi, '');
  if (!/^\d[\d.,]*$/.test(v)) return null;
  const lastComma = v.lastIndexOf(',');
  const lastDot = v.lastIndexOf('.');
  const decimal = lastComma > lastDot ? ',' : '.';
  const thousands = decimal === ',' ? '.' : ',';
  const n = Number(v.split(thousands).join('').replace(decimal, '.'));
  return Number.isFinite(n) ? n : null;
}

/** One cell for one supplier field: its value, undefined for an empty cell, or the problem's key. */
function readSupplierCell(field: SupplierCsvField, raw: string, format: DateFormat): { value?: unknown; problem?: string } {
  const cell = unguardCell(raw).trim();
  if (cell === '') return {};
  switch (SUPPLIER_FIELDS[field].type) {
    case 'date': {
      const iso = readDate(cell, format);
      return iso ? { value: iso } : { problem: 'invalidDate' };
    }
    case 'months':
      return /^\d+$/.test(cell) ? { value: Number(cell) } : { problem: 'expectedWholeNumber' };
    case 'amount': {
      const n = readAmount(cell);
      return n === null ? { problem: 'invalidNumber' } : { value: n };
    }
    case 'currency':
      return { value: cell.toUpperCase() };
    case 'yesNo': {
      const b = BOOL_WORDS[cell.toLowerCase()];
      return b === undefined ? { problem: 'invalidBoolean' } : { value: b };
    }
    default:
      return { value: unguardCell(raw).trim() };
  }
}

function readSupplierList(db: ReadableDB, text: string, format: DateFormat) {
  if (typeof text !== 'string') throw new JournalError('validation', 'csvUnreadable');
  if (!['iso', 'dmy', 'mdy'].includes(format)) throw new JournalError('validation', 'invalidChoice', [{ path: ['dateFormat'], key: 'invalidChoice', params: {} }]);
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new JournalError('validation', parsed.key, [{ path: ['rows', parsed.row], key: parsed.key, params: { row: parsed.row } }]);
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord) throw new JournalError('validation', 'csvEmpty');
  if (records.length > MAX_SUPPLIER_ROWS) throw new JournalError('validation', 'csvTooManyRows', [{ path: [], key: 'csvTooManyRows', params: { max: MAX_SUPPLIER_ROWS } }]);
  const header = uniqueHeader(headerRecord.cells);
  const columns = guessSupplierColumns(header, supplierFieldByTitle());
  if (!columns.name) throw new JournalError('validation', 'supplierListNoName', [{ path: ['mapping', 'name'], key: 'supplierListNoName', params: {} }]);
  const mapped = (Object.entries(columns) as [SupplierCsvField, string][]).map(([field, column]) => [field, column, header.indexOf(column)] as const);

  const here = (db.prepare('SELECT * FROM suppliers WHERE deleted_at IS NULL ORDER BY id').all() as SupplierRow[]).map(supplierFromRow);
  const byKey = new Map<string, Supplier[]>();
  for (const s of here) byKey.set(nameKey(s.name), [...(byKey.get(nameKey(s.name)) ?? []), s]);
  const seen = new Map<string, number>();

  const rows: ReadRow[] = records.map(({ row, cells }) => {
    const problems: FieldIssue[] = [];
    const problem = (column: string, key: string, params: Record<string, string | number> = {}) =>
      problems.push({ path: ['rows', row, column], key, params: { ...params, row, column } });
    const read: Partial<Record<SupplierCsvField, unknown>> = {};
    for (const [field, column, index] of mapped) {
      const cell = readSupplierCell(field, cells[index] ?? '', format);
      if (cell.problem) problem(column, cell.problem);
      else if (cell.value !== undefined) read[field] = cell.value;
    }
    const name = typeof read.name === 'string' ? read.name : '';
    const key = nameKey(name);
    const matches = key ? (byKey.get(key) ?? []) : [];
    if (key && seen.has(key)) problem(columns.name!, 'supplierListNameTwice', { name, first: seen.get(key)! });
    else if (key) seen.set(key, row);
    if (matches.length > 1) problem(columns.name!, 'ambiguousSupplier', { name });
    const match = matches.length === 1 ? matches[0]! : null;
    // A match keeps what the file leaves empty; a new supplier starts from the defaults.
    const base: SupplierValues = match ? { ...match } : supplierDefaults();
    const result = supplierInput.safeParse({ ...pickValues(base), ...read, ...(match ? { name: match.name } : {}) });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const fi = issueFromZod(issue);
        const field = String(fi.path[0] ?? '') as SupplierCsvField;
        const column = columns[field] ?? field;
        if (!problems.some((p) => p.path[2] === column)) problem(column, fi.key, fi.params);
      }
    }
    return { row, name, values: result.success && problems.length === 0 ? (result.data as SupplierValues) : null, matchId: match?.id ?? null, problems };
  });
  return { header, columns, rows };
}

/** Only the declared fields of a stored supplier (the schema is strict about the rest). */
function pickValues(s: SupplierValues): SupplierValues {
  return Object.fromEntries(Object.keys(SUPPLIER_FIELDS).map((k) => [k, s[k as keyof SupplierValues]])) as SupplierValues;
}

/** What a supplier list would do, row by row, without writing anything. */
export function previewSupplierImport(db: ReadableDB, text: string, format: DateFormat = 'iso'): SupplierImportPreview {
  const { header, columns, rows } = readSupplierList(db, text, format);
  const problems = rows.flatMap((r) => r.problems);
  return {
    header,
    columns,
    rows: rows.slice(0, 200).map((r) => ({ row: r.row, name: r.name, action: r.values === null ? null : r.matchId === null ? 'add' : 'update', problems: r.problems })),
    added: rows.filter((r) => r.values && r.matchId === null).length,
    updated: rows.filter((r) => r.values && r.matchId !== null).length,
    invalid: rows.filter((r) => r.values === null).length,
    problems: problems.slice(0, 500),
  };
}

/** Imports a supplier list: all rows or none, in one transaction. */
export function importSuppliers(db: WritableDB, text: string, format: DateFormat = 'iso'): { added: number; updated: number } {
  const { rows } = readSupplierList(db, text, format);
  const problems = rows.flatMap((r) => r.problems);
  if (problems.length) throw new JournalError('validation', 'csvImportInvalid', problems.slice(0, 500));
  if (rows.length === 0) throw new JournalError('validation', 'csvNothingToImport');
  const now = new Date().toISOString();
  try {
    db.transaction(() => {
      for (const r of rows) {
        if (r.matchId === null) insertSupplierRow(db, r.values!, null, { status: 'active', endedOn: null, createdAt: now, updatedAt: now });
        else updateSupplierRow(db, r.matchId, r.values!, now);
      }
    }).immediate();
  } catch (err) {
    throw storageProblem(err) ?? err;
  }
  return { added: rows.filter((r) => r.matchId === null).length, updated: rows.filter((r) => r.matchId !== null).length };
}
