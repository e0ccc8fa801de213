// Dynamic SQL as a tagged template (after Signal Desktop's `sql`): every
// interpolated value becomes a bound parameter (`?`), never text; fragments
// nest; a table or column name enters the text only through sqlId, from a
// fixed list (the tables and the columns core/entry-fields.ts and
// core/supplier-fields.ts declare).
//   const where = sql`e.kind IN (${sqlJoin(kinds)})`;
//   all(db, sql`SELECT * FROM entries e WHERE ${where} AND e.date >= ${from}`);
import type Database from 'better-sqlite3-multiple-ciphers';
import { ALL_FIELDS } from '../../core/entry-fields';
import { SUPPLIER_FIELD_LIST } from '../../core/supplier-fields';
import type { ReadableDB, WritableDB } from './handles';

/** What better-sqlite3 binds (a boolean it refuses: store 1 or 0). */
export type SqlValue = string | number | bigint | Buffer | null;

/** SQL text with the values of its `?` placeholders, in order. Built only by the functions here (exported as a type). */
class SqlFragment {
  constructor(
    readonly text: string,
    readonly params: readonly SqlValue[],
  ) {
    Object.freeze(params);
    Object.freeze(this);
  }
}

export type { SqlFragment };

/** A table or column name the text may hold. */
class SqlIdentifier {
  constructor(readonly name: string) {
    Object.freeze(this);
  }
}

/** Every name sqlId accepts: the journal's tables and the columns of its rows. */
export const SQL_IDENTIFIERS: ReadonlySet<string> = new Set([
  'suppliers', 'entries', 'entry_tags', 'settings',
  'id', 'supplier_id', 'kind', 'created_at', 'updated_at', 'deleted_at', 'status', 'ended_on',
  ...ALL_FIELDS.flatMap((f) => (f.column === null ? [] : [f.column])),
  ...SUPPLIER_FIELD_LIST.map((f) => f.column),
]);

/** A table or column name from SQL_IDENTIFIERS, quoted; anything else throws. */
export function sqlId(name: string): SqlIdentifier {
  if (!SQL_IDENTIFIERS.has(name)) throw new Error(`sqlId: ${JSON.stringify(name)} is not a known table or column`);
  return new SqlIdentifier(name);
}

/**
 * A named parameter `@name` (a name from SQL_IDENTIFIERS), bound when the
 * statement runs: for a statement prepared once and run many times.
 */
export function sqlParam(name: string): SqlFragment {
  return new SqlFragment(`@${sqlId(name).name}`, []);
}

type Part = SqlFragment | SqlIdentifier | SqlValue;

function isValue(v: unknown): v is SqlValue {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'bigint' || Buffer.isBuffer(v);
}

function append(part: Part, text: string[], params: SqlValue[]): void {
  if (part instanceof SqlFragment) {
    text.push(part.text);
    params.push(...part.params);
  } else if (part instanceof SqlIdentifier) {
    text.push(`"${part.name}"`);
  } else if (isValue(part)) {
    text.push('?');
    params.push(part);
  } else {
    // An object, array, boolean or undefined: a mistake, never silently turned into text.
    throw new TypeError(`sql: cannot bind a value of type ${Array.isArray(part) ? 'array' : typeof part}`);
  }
}

/** The tag: literal text stays text, each `${value}` becomes a bound `?`, a nested fragment or sqlId is spliced in. */
export function sql(strings: TemplateStringsArray, ...parts: Part[]): SqlFragment {
  const text: string[] = [strings[0]!];
  const params: SqlValue[] = [];
  parts.forEach((part, i) => {
    append(part, text, params);
    text.push(strings[i + 1]!);
  });
  return new SqlFragment(text.join(''), params);
}

const COMMA = sql`, `;

/** Items joined by `separator` (default `, `): fragments spliced, values bound. */
export function sqlJoin(items: readonly Part[], separator: SqlFragment = COMMA): SqlFragment {
  const text: string[] = [];
  const params: SqlValue[] = [];
  items.forEach((item, i) => {
    if (i > 0) append(separator, text, params);
    append(item, text, params);
  });
  return new SqlFragment(text.join(''), params);
}

/** Rows of a query. */
/**
 * `column = id`, or nothing to narrow by when `id` is null (every supplier).
 * Never "(id IS NULL OR column = id)": a bound id is unknown to SQLite's
 * planner, so that form scans the whole table even for one supplier.
 */
export function sqlWhereId(table: 'e' | 's' | null, column: 'id' | 'supplier_id', id: number | null): SqlFragment {
  if (id === null) return sql`1`;
  return sql`${new SqlFragment(table === null ? '' : `${table}.`, [])}${sqlId(column)} = ${id}`;
}

export function all<T>(db: ReadableDB, query: SqlFragment): T[] {
  return db.prepare<T>(query.text).all(...query.params);
}

/** The first row of a query, if any. */
export function get<T>(db: ReadableDB, query: SqlFragment): T | undefined {
  return db.prepare<T>(query.text).get(...query.params);
}

/** Runs a write: only on a connection that may write. */
export function run(db: WritableDB, query: SqlFragment): Database.RunResult {
  return db.prepare(query.text).run(...query.params);
}
