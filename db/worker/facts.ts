// What the journal reads for each supplier's facts (core/facts): the latest
// day of each kind of entry per side and cause, up to the day asked, and the
// promises that may be open on it. Core decides from these what the last
// contact, the last review, the silence and the open and overdue promises
// are; this module only reads them, in two grouped passes for any number of
// suppliers.
import type { FactsRecord, PromiseFacts } from '../../core/facts';
import type { DatedEntry } from '../../core/facts';
import type { ReadableDB } from './handles';

const LATEST_SQL = `
  SELECT supplier_id AS supplierId, kind, side, caused_by AS causedBy, max(date) AS date
  FROM entries
  WHERE deleted_at IS NULL AND date <= @today AND (@supplierId IS NULL OR supplier_id = @supplierId)
  GROUP BY supplier_id, kind, side, caused_by`;

// Open ones through the partial index of migration 004; ones settled after the
// day asked (open on it) through that of migration 009.
const PROMISES_SQL = `
  SELECT supplier_id AS supplierId, date, due_on AS dueOn, status, settled_on AS settledOn, side FROM entries
  WHERE kind = 'promise' AND status = 'open' AND deleted_at IS NULL AND (@supplierId IS NULL OR supplier_id = @supplierId)
  UNION ALL
  SELECT supplier_id AS supplierId, date, due_on AS dueOn, status, settled_on AS settledOn, side FROM entries
  WHERE kind = 'promise' AND status <> 'open' AND settled_on > @today AND deleted_at IS NULL AND (@supplierId IS NULL OR supplier_id = @supplierId)`;

interface Record {
  dated: DatedEntry[];
  promises: PromiseFacts[];
}

/** Each supplier's record as of `today` (null: every supplier). A supplier with no entries has none: use EMPTY_RECORD. */
export function readFactsRecords(db: ReadableDB, supplierId: number | null, today: string): Map<number, FactsRecord> {
  const out = new Map<number, Record>();
  const of = (id: number) => {
    let r = out.get(id);
    if (!r) out.set(id, (r = { dated: [], promises: [] }));
    return r;
  };
  for (const row of db.prepare(LATEST_SQL).all({ supplierId, today }) as (DatedEntry & { supplierId: number })[]) of(row.supplierId).dated.push(row);
  for (const row of db.prepare(PROMISES_SQL).all({ supplierId, today }) as (PromiseFacts & { supplierId: number })[]) of(row.supplierId).promises.push(row);
  return out;
}

export const EMPTY_RECORD: FactsRecord = { dated: [], promises: [] };
