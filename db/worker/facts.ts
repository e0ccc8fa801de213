// What the journal reads for each supplier's facts (core/facts): the latest
// day of each kind of entry per side and cause, up to the day asked, and the
// promises that may be open on it. Core decides from these what the last
// contact, the last review, the silence and the open and overdue promises
// are; this module only reads them, in two grouped passes for any number of
// suppliers, each over an index of its own (migration 009).
import type { DatedEntry, FactsRecord, PromiseFacts } from '../../core/facts';
import type { ReadableDB } from './handles';

// One statement for every supplier and one for a single one (its rows found
// through an index on the supplier), rather than "@id IS NULL OR ...", which
// the planner cannot narrow.
const forSuppliers = (sql: (where: string) => string, all = '1') => ({ all: sql(all), one: sql('supplier_id = @supplierId') });

// Every supplier's: read from the covering index entries_latest (migration
// 009), one pass in its order. "supplier_id > 0" is that index's own term:
// the journal keeps no statistics for the planner, and an index any query
// could use would be chosen over the small partial ones by queries it does
// not serve (the agenda's open promises and incidents).
const LATEST = forSuppliers((which) => `
  SELECT supplier_id AS supplierId, kind, side, caused_by AS causedBy, max(date) AS date
  FROM entries
  WHERE deleted_at IS NULL AND ${which} AND date <= @today
  GROUP BY supplier_id, kind, side, caused_by`, 'supplier_id > 0');

// Open ones, and ones settled after the day asked (open on it), each through a
// small partial index (migration 009).
const PROMISES = forSuppliers((which) => `
  SELECT supplier_id AS supplierId, date, due_on AS dueOn, status, settled_on AS settledOn, side FROM entries
  WHERE kind = 'promise' AND status = 'open' AND deleted_at IS NULL AND ${which}
  UNION ALL
  SELECT supplier_id AS supplierId, date, due_on AS dueOn, status, settled_on AS settledOn, side FROM entries
  WHERE kind = 'promise' AND status <> 'open' AND settled_on > @today AND deleted_at IS NULL AND ${which}`);

interface Collected {
  dated: DatedEntry[];
  promises: PromiseFacts[];
}

/** Each supplier's record as of `today` (null: every supplier). A supplier with no entries has none: use EMPTY_RECORD. */
export function readFactsRecords(db: ReadableDB, supplierId: number | null, today: string): Map<number, FactsRecord> {
  const out = new Map<number, Collected>();
  const of = (id: number) => {
    let r = out.get(id);
    if (!r) out.set(id, (r = { dated: [], promises: [] }));
    return r;
  };
  const which = supplierId === null ? 'all' : 'one';
  const params = supplierId === null ? { today } : { supplierId, today };
  for (const row of db.prepare(LATEST[which]).all(params) as (DatedEntry & { supplierId: number })[]) of(row.supplierId).dated.push(row);
  for (const row of db.prepare(PROMISES[which]).all(params) as (PromiseFacts & { supplierId: number })[]) of(row.supplierId).promises.push(row);
  return out;
}

export const EMPTY_RECORD: FactsRecord = { dated: [], promises: [] };
