// Row <-> object mapping for the journal tables. Columns are snake_case,
// objects camelCase; booleans are 0/1; kind-specific columns are NULL (texts
// '') for other kinds. An entry's columns follow from its fields'
// declaration (core/entry-fields.ts), a supplier's from theirs
// (core/supplier-fields.ts).
import {
  ALL_FIELDS, COMMON_FIELD_LIST, ENTRY_KINDS, FIELDS_OF_KIND, KIND_FIELD_LIST, perKind, type FieldType, type NamedField,
} from '../../core/entry-fields';
import { SUPPLIER_FIELD_LIST, type SupplierFieldType, type SupplierValues } from '../../core/supplier-fields';
import type { Entry, Supplier } from '../../core/types';

/** A row of `suppliers` as read back. */
export interface SupplierRow {
  id: number;
  status: 'active' | 'ended';
  ended_on: string | null;
  created_at: string;
  updated_at: string;
  /** The declared fields' columns (SUPPLIER_COLUMNS). */
  [column: string]: string | number | null;
}

/** The columns an entry's declared fields are stored in (entry-fields.ts), common ones first. */
export const FIELD_COLUMNS: readonly string[] = ALL_FIELDS.flatMap((f) => (f.column === null ? [] : [f.column]));

/** Every column an entry is written to, in this order. */
export const ENTRY_COLUMNS: readonly string[] = ['supplier_id', 'kind', ...FIELD_COLUMNS];

/** A row of `entries` as read back, with its tags joined by U+001F. */
export interface EntryRow {
  id: number;
  supplier_id: number;
  kind: Entry['kind'];
  created_at: string;
  updated_at: string;
  tags: string | null;
  /** The declared fields' columns (FIELD_COLUMNS). */
  [column: string]: string | number | null;
}

type Cell = string | number | null;

/** How each type of field is written to its column, and the column's value for an entry of another kind. */
const STORAGE: Record<FieldType, { toDb: (v: unknown) => Cell; empty: Cell }> = {
  choice: { toDb: (v) => v as Cell, empty: null },
  date: { toDb: (v) => v as Cell, empty: null },
  text: { toDb: (v) => v as Cell, empty: '' }, // text columns are NOT NULL DEFAULT ''
  yesNo: { toDb: (v) => (v ? 1 : 0), empty: null },
  yesNoUnknown: { toDb: (v) => (v === null ? null : v ? 1 : 0), empty: null },
  score: { toDb: (v) => v as Cell, empty: null },
  tags: { toDb: () => null, empty: null }, // written to entry_tags by the journal
};

// Reading is the hot path (the trust engine reads every entry of a journal):
// each kind gets a reader compiled once from the declaration, which builds the
// entry as one object literal, so every entry of a kind shares V8's fast shape
// and no field costs a call or a lookup by name.
const READ_EXPRESSION: Record<FieldType, (cell: string) => string> = {
  choice: (c) => c,
  date: (c) => c,
  score: (c) => c,
  text: (c) => `(${c} ?? '')`,
  yesNo: (c) => `${c} === 1`,
  yesNoUnknown: (c) => `(${c} == null ? null : ${c} === 1)`,
  tags: (c) => `(${c} ? ${c}.split('\\u001f').sort() : [])`,
};

/**
 * A function from a source (a row object, or a raw row array) to an entry;
 * `cell(column)` is the expression that reads a column from `src`, or
 * 'undefined' for a column not read (a text then reads as '').
 */
export function compileEntryReader<S>(cell: (column: string) => string): (src: S) => Entry {
  const props = (fields: readonly NamedField[]) =>
    fields.map((f) => `${JSON.stringify(f.name)}: ${READ_EXPRESSION[f.type](cell(f.type === 'tags' ? 'tags' : f.column!))}`);
  const common = [
    `id: ${cell('id')}`, `supplierId: ${cell('supplier_id')}`, ...props(COMMON_FIELD_LIST),
    `createdAt: (${cell('created_at')} ?? '')`, `updatedAt: (${cell('updated_at')} ?? '')`,
  ];
  const cases = ENTRY_KINDS.map((k) => `case ${JSON.stringify(k)}: return { ${[...common, `kind: ${JSON.stringify(k)}`, ...props(FIELDS_OF_KIND[k])].join(', ')} };`);
  // The source is built from the declaration's own names, never from data.
  return new Function('src', `switch (${cell('kind')}) { ${cases.join(' ')} default: throw new Error('unknown kind ' + ${cell('kind')}); }`) as (src: S) => Entry;
}

type Writer = [name: string, column: string, toDb: (v: unknown) => Cell];
const writers = (fields: readonly NamedField[]): Writer[] =>
  fields.flatMap((f) => (f.column === null ? [] : [[f.name, f.column, STORAGE[f.type].toDb] as Writer]));
const COMMON_WRITERS = writers(COMMON_FIELD_LIST);
const KIND_WRITERS = perKind((k) => writers(FIELDS_OF_KIND[k]));
/** Every kind's columns at their value for an entry of another kind. */
const EMPTY_KIND_COLUMNS: Record<string, Cell> = Object.fromEntries(
  KIND_FIELD_LIST.flatMap((f) => (f.column === null ? [] : [[f.column, STORAGE[f.type].empty]])),
);

/** The columns a supplier's declared fields are stored in (supplier-fields.ts), in declared order. */
export const SUPPLIER_COLUMNS: readonly string[] = SUPPLIER_FIELD_LIST.map((f) => f.column);

/** How each type of supplier field is written to its column and read back. */
const SUPPLIER_STORAGE: Record<SupplierFieldType, { toDb: (v: unknown) => Cell; fromDb: (c: Cell) => unknown }> = {
  text: { toDb: (v) => v as Cell, fromDb: (c) => c ?? '' },
  date: { toDb: (v) => v as Cell, fromDb: (c) => c },
  months: { toDb: (v) => v as Cell, fromDb: (c) => c },
  amount: { toDb: (v) => v as Cell, fromDb: (c) => c },
  currency: { toDb: (v) => v as Cell, fromDb: (c) => c },
  yesNo: { toDb: (v) => (v ? 1 : 0), fromDb: (c) => c === 1 },
  contacts: { toDb: (v) => JSON.stringify(v), fromDb: (c) => JSON.parse(String(c)) as unknown },
};

/** The columns of a supplier's declared values (SUPPLIER_COLUMNS). */
export function supplierColumns(s: SupplierValues): Record<string, Cell> {
  const cols: Record<string, Cell> = {};
  for (const f of SUPPLIER_FIELD_LIST) cols[f.column] = SUPPLIER_STORAGE[f.type].toDb(s[f.name]);
  return cols;
}

/** A supplier from its row: id, its declared fields in order, then status and timestamps (the export's key order). */
export function supplierFromRow(r: SupplierRow): Supplier {
  const s: Record<string, unknown> = { id: r.id };
  for (const f of SUPPLIER_FIELD_LIST) s[f.name] = SUPPLIER_STORAGE[f.type].fromDb(r[f.column] ?? null);
  s.status = r.status;
  s.endedOn = r.ended_on;
  s.createdAt = r.created_at;
  s.updatedAt = r.updated_at;
  return s as unknown as Supplier;
}

/** An entry from its row (a row of `entries` with its tags joined). */
export const entryFromRow: (r: EntryRow) => Entry = compileEntryReader<EntryRow>((column) => `src[${JSON.stringify(column)}]`);

type ParsedEntry = import('zod').output<typeof import('../../core/schemas').entryInput>;

/** The columns of an entry input (ENTRY_COLUMNS): its kind's own, the other kinds' empty. */
export function entryColumns(e: ParsedEntry): Record<string, Cell> {
  const values = e as unknown as Record<string, unknown>;
  const cols: Record<string, Cell> = { supplier_id: e.supplierId, kind: e.kind };
  for (const [name, column, toDb] of COMMON_WRITERS) cols[column] = toDb(values[name]);
  Object.assign(cols, EMPTY_KIND_COLUMNS);
  for (const [name, column, toDb] of KIND_WRITERS[e.kind]) cols[column] = toDb(values[name]);
  // An incident we caused belongs to the client-conduct log.
  if (e.kind === 'incident' && e.causedBy === 'ours') cols.side = 'ours';
  return cols;
}
