// Writing a new entry row with its tags: the one insert the Journal, the
// example and the imports share, prepared once per connection (an import of
// 20,000 rows would otherwise prepare 40,000 statements).
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import type { entryInput } from '../../core/schemas';
import type { WritableDB } from './handles';
import { sql, sqlId, sqlJoin, sqlParam } from './query';
import { ENTRY_COLUMNS, entryColumns } from './rows';

type ParsedEntry = z.output<typeof entryInput>;

const INSERTED = ['id', ...ENTRY_COLUMNS, 'created_at', 'updated_at'];
const ENTRY_INSERT = sql`INSERT INTO entries (${sqlJoin(INSERTED.map(sqlId))}) VALUES (${sqlJoin(INSERTED.map(sqlParam))})`;

const prepared = new WeakMap<WritableDB, { entry: Database.Statement; tag: Database.Statement }>();

/** Inserts one validated entry with its tags; `id` null lets SQLite choose. Callers hold the transaction. */
export function insertEntryRow(db: WritableDB, e: ParsedEntry, id: number | null, createdAt: string, updatedAt: string): number {
  let statements = prepared.get(db);
  if (!statements) {
    statements = { entry: db.prepare(ENTRY_INSERT.text), tag: db.prepare('INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)') };
    prepared.set(db, statements);
  }
  const info = statements.entry.run({ ...entryColumns(e), id, created_at: createdAt, updated_at: updatedAt });
  const entryId = Number(info.lastInsertRowid);
  for (const t of e.tags) statements.tag.run(entryId, t);
  return entryId;
}
