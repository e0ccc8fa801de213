// Reads that cost a pass over every entry (the overview's list and its
// portfolio), kept while the journal is unchanged: SQLite's total_changes()
// counts every row this connection has written, and PRAGMA data_version
// changes when another connection commits (a big import writes through a
// second connection, db/worker/import.ts importCsvInSteps). A restore opens a new
// connection, hence a new cache.
import type { ReadableDB } from './handles';

const caches = new WeakMap<ReadableDB, Map<string, { key: string; value: unknown }>>();

/** `compute()`, or its last result for the same name and day if nothing was written since. */
export function whileUnchanged<T>(db: ReadableDB, name: string, today: string, compute: () => T): T {
  const key = `${today}:${db.prepare('SELECT total_changes()').pluck().get() as number}:${db.pragma('data_version', { simple: true }) as number}`;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const hit = cache.get(name);
  if (hit?.key === key) return hit.value as T;
  const value = compute();
  cache.set(name, { key, value });
  return value;
}
