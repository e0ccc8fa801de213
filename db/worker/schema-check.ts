// Is this file's schema exactly the one Rapport's migrations produce? A
// journal file is data, but SQLite stores triggers, views and CHECK / DEFAULT
// expressions as SQL inside the file, and runs them on our writes: a file
// with one extra trigger could copy every entry's text into a hidden table.
// So a file is accepted only when its sqlite_schema (tables, indexes,
// triggers, views, virtual tables) matches, row for row, what migrations
// 1..its version build on an empty database.
import Database from 'better-sqlite3-multiple-ciphers';
import { MIGRATIONS, type Migration } from './migrations';
import { asReadable, type ReadableDB } from './handles';

export interface SchemaRow {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

/** The schema as comparable lines; whitespace runs folded so line endings of a checkout cannot matter. */
export function schemaLines(db: ReadableDB): string[] {
  const rows = db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaRow[];
  return rows
    .map((r) => `${r.type}\u0001${r.name}\u0001${r.tbl_name}\u0001${(r.sql ?? '').replace(/\s+/g, ' ').trim()}`)
    .sort();
}

const expected = new Map<string, string[]>();

/** What migrations 1..version produce, built once per version on an in-memory database. */
export function expectedSchema(version: number, options: { nativeBinding?: string; migrations?: readonly Migration[] } = {}): string[] {
  const migrations = options.migrations ?? MIGRATIONS;
  const key = `${version}:${migrations.map((m) => m.name).join(',')}`;
  let lines = expected.get(key);
  if (!lines) {
    const db = new Database(':memory:', { nativeBinding: options.nativeBinding });
    try {
      for (const m of migrations) if (m.version <= version) db.exec(m.sql);
      lines = schemaLines(asReadable(db));
    } finally {
      db.close();
    }
    expected.set(key, lines);
  }
  return lines;
}

/** The first difference between the file's schema and the expected one, or null when they are the same. */
export function schemaDifference(db: ReadableDB, version: number, options: { nativeBinding?: string; migrations?: readonly Migration[] } = {}): string | null {
  const actual = schemaLines(db);
  const wanted = expectedSchema(version, options);
  const extra = actual.filter((l) => !wanted.includes(l));
  const missing = wanted.filter((l) => !actual.includes(l));
  if (extra.length === 0 && missing.length === 0) return null;
  const show = (l: string) => l.split('\u0001').slice(0, 2).join(' ');
  return [...extra.map((l) => `unexpected ${show(l)}`), ...missing.map((l) => `missing or changed ${show(l)}`)].join('; ');
}
