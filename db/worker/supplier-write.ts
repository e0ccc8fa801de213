// Writing a supplier's row: the one INSERT and the one UPDATE the Journal and
// the JSON import share, their columns taken from the supplier's declaration
// (core/supplier-fields.ts), prepared once per connection.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { SupplierValues } from '../../core/supplier-fields';
import type { WritableDB } from './handles';
import { sql, sqlId, sqlJoin, sqlParam } from './query';
import { SUPPLIER_COLUMNS, supplierColumns } from './rows';

const INSERTED = ['id', ...SUPPLIER_COLUMNS, 'status', 'ended_on', 'created_at', 'updated_at'];
const SUPPLIER_INSERT = sql`INSERT INTO suppliers (${sqlJoin(INSERTED.map(sqlId))}) VALUES (${sqlJoin(INSERTED.map(sqlParam))})`;
const UPDATED = [...SUPPLIER_COLUMNS, 'updated_at'];
const SUPPLIER_UPDATE = sql`UPDATE suppliers SET ${sqlJoin(UPDATED.map((c) => sql`${sqlId(c)} = ${sqlParam(c)}`))} WHERE id = @id`;

const prepared = new WeakMap<WritableDB, { insert: Database.Statement; update: Database.Statement }>();

function statements(db: WritableDB) {
  let s = prepared.get(db);
  if (!s) {
    s = { insert: db.prepare(SUPPLIER_INSERT.text), update: db.prepare(SUPPLIER_UPDATE.text) };
    prepared.set(db, s);
  }
  return s;
}

/** What the journal sets on a supplier besides its declared values; a new one is active with both stamps now. */
export interface SupplierStamps {
  status: 'active' | 'ended';
  endedOn: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Inserts one validated supplier; `id` null lets SQLite choose. Returns its id. */
export function insertSupplierRow(db: WritableDB, s: SupplierValues, id: number | null, stamps: SupplierStamps): number {
  const info = statements(db).insert.run({
    ...supplierColumns(s), id, status: stamps.status, ended_on: stamps.endedOn, created_at: stamps.createdAt, updated_at: stamps.updatedAt,
  });
  return Number(info.lastInsertRowid);
}

/** Writes a supplier's declared values over its row. Callers check it exists. */
export function updateSupplierRow(db: WritableDB, id: number, s: SupplierValues, updatedAt: string): void {
  statements(db).update.run({ ...supplierColumns(s), id, updated_at: updatedAt });
}
