// Every row of every table, hashed: a converted journal is put in place only
// when it holds exactly what the journal held (./convert.ts). Rows are read
// in each table's own b-tree order, which VACUUM and rekey keep.
import crypto from 'node:crypto';
import type { ReadableDB } from '../handles';

export function contentDigest(db: ReadableDB): string {
  const hash = crypto.createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  for (const table of tables) {
    hash.update(`\u0000${table}\u0000`);
    // A table name from the file's own schema, quoted as an identifier.
    for (const row of db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : Buffer.isBuffer(v) ? v.toString('base64') : v)));
      hash.update('\n');
    }
  }
  hash.update(String(db.pragma('user_version', { simple: true })));
  return hash.digest('hex');
}
