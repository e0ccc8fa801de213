// Writing many entries at once (imports, the example journal): the search
// index is filled once, at the end, instead of row by row. FTS5 writes its
// pending rows to disk at every statement that runs a trigger, so indexing
// a 20,000-row import row by row made it 2.5x slower (migration 007).
import type { WritableDB } from './handles';

/**
 * From here until indexDeferredEntries, inserted entries and tags leave the
 * index alone. Callers hold the transaction: the marker row is never
 * committed, and a rollback takes it away with everything else.
 */
export function deferSearchIndex(db: WritableDB): void {
  if (!db.inTransaction) throw new Error('deferSearchIndex needs a transaction');
  db.prepare('INSERT INTO search_deferred (from_id) SELECT coalesce(max(id), 0) FROM entries').run();
}

/** Indexes the entries inserted since deferSearchIndex, in one statement, and lets the triggers work again. */
export function indexDeferredEntries(db: WritableDB): void {
  const from = db.prepare('SELECT min(from_id) FROM search_deferred').pluck().get() as number | null;
  if (from === null) return;
  db.prepare('DELETE FROM search_deferred').run();
  db.prepare(
    `INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files)
       SELECT id, title, body, tags, joined, facets, files FROM entry_search_source WHERE id > ?`,
  ).run(from);
}

/** Runs `write` (many inserts) with the index deferred, then indexes what it added. Callers hold the transaction. */
export function withSearchDeferred<T>(db: WritableDB, write: () => T): T {
  deferSearchIndex(db);
  const result = write();
  indexDeferredEntries(db);
  return result;
}
