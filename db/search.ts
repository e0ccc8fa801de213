// Full-text search over the journal (issue 15): runs the expressions the
// query parser builds (core/search) on the FTS5 indexes of migration 005.
// Only reads, so it runs on the query_only reader connections too.
import { JournalError } from '../core/errors';
import { markAll, opening, parseSearch, snippet, type ParsedSearch } from '../core/search';
import type { EntryHit, SearchResult, SupplierGroup, SupplierHit } from '../core/search/result';
import type { ParsedInputOf } from '../core/contract';
import type { EntryKind } from '../core/types';
import type { ReadableDB, WritableDB } from './handles';
import { sql, sqlJoin, type SqlFragment } from './query';

// bm25 weights of entry_search's columns: title, body, tags, joined. The
// joined column repeats the texts of an entry with a hyphen: it counts little.
const ENTRY_WEIGHTS = sql`10.0, 3.0, 5.0, 0.5`;
const SUPPLIER_WEIGHTS = '10.0, 2.0, 0.5';

/** The parsed query, or a translated error naming the field it came from. */
export function parseOrThrow(text: string, field: string): ParsedSearch {
  const parsed = parseSearch(text);
  if (!parsed.ok) throw new JournalError('validation', parsed.issue.key, [{ path: [field], ...parsed.issue }]);
  return parsed.query;
}

/** Every FTS5 expression comes from core/search, quoted word by word; an error here is ours, still answered in words. */
function run<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof Error && /fts5|MATCH/i.test(err.message)) throw new JournalError('validation', 'searchInvalid', [{ path: ['query'], key: 'searchInvalid', params: {} }]);
    throw err;
  }
}

/**
 * The SQL conditions (on `e`, an entries row) of a parsed query other than its
 * words: leave out, supplier and kind filters. Shared with the journal's own
 * text filter (JournalReader.listEntries), so both read the same index.
 */
export function queryConditions(q: ParsedSearch): SqlFragment[] {
  const where: SqlFragment[] = [];
  if (q.exclude) where.push(sql`e.id NOT IN (SELECT rowid FROM entry_search WHERE entry_search MATCH ${q.exclude})`);
  if (q.supplier) where.push(sql`e.supplier_id IN (SELECT rowid FROM supplier_search WHERE supplier_search MATCH ${q.supplier})`);
  if (q.excludeSupplier) where.push(sql`e.supplier_id NOT IN (SELECT rowid FROM supplier_search WHERE supplier_search MATCH ${q.excludeSupplier})`);
  if (q.kinds.length) where.push(sql`e.kind IN (${sqlJoin(q.kinds)})`);
  if (q.excludeKinds.length) where.push(sql`e.kind NOT IN (${sqlJoin(q.excludeKinds)})`);
  return where;
}

/** The journal text box's filter on the same index: its conditions on `e`, or none for an empty box. */
export function entryTextConditions(text: string): SqlFragment[] {
  const q = parseOrThrow(text, 'text');
  const where = queryConditions(q);
  if (q.match) where.push(sql`e.id IN (SELECT rowid FROM entry_search WHERE entry_search MATCH ${q.match})`);
  return where;
}

/** How many of the best-ranked matches are read first, per result wanted. */
const WINDOW = 4;
/**
 * A word in more entries than this says little about any of them (bm25 gives
 * it almost no weight) and ranking every match would take long: such a
 * search ranks the most recently written POOL matches.
 */
const BROAD = 5_000;
const POOL = 2_000;

/**
 * The ids of the best matches that pass the filters, best first (bm25, then
 * newer), one more than `limit` when there are more. First from the few best
 * (FTS5 ranks them without touching the entries table); only when the
 * filters leave too few of those, from every match.
 */
function ranked(db: ReadableDB, filter: SqlFragment, match: string, limit: number): number[] {
  const joined = (source: SqlFragment) => {
    const query = sql`WITH hits AS (${source})
      SELECT e.id FROM hits h JOIN entries e ON e.id = h.id JOIN suppliers s ON s.id = e.supplier_id
      ${filter} ORDER BY h.score, e.date DESC, e.id DESC LIMIT ${limit + 1}`;
    return db.prepare(query.text).pluck().all(...query.params) as number[];
  };
  const all = sql`SELECT rowid AS id, bm25(entry_search, ${ENTRY_WEIGHTS}) AS score FROM entry_search WHERE entry_search MATCH ${match}`;
  const matches = db.prepare('SELECT count(*) FROM entry_search WHERE entry_search MATCH ?').pluck().get(match) as number;
  const broad = matches > BROAD;
  const pool = broad ? sql`SELECT * FROM (${all} ORDER BY rowid DESC LIMIT ${POOL})` : all;
  const window = (limit + 1) * WINDOW;
  if (matches > window) {
    const first = joined(sql`SELECT * FROM (${pool}) ORDER BY score LIMIT ${window}`);
    if (first.length > limit) return first;
  }
  const fromPool = joined(pool);
  return fromPool.length > limit || !broad ? fromPool : joined(all);
}

/** Without words (only filters and leave-outs): the newest first. */
function newest(db: ReadableDB, filter: SqlFragment, limit: number): number[] {
  const query = sql`SELECT e.id FROM entries e JOIN suppliers s ON s.id = e.supplier_id ${filter} ORDER BY e.date DESC, e.id DESC LIMIT ${limit + 1}`;
  return db.prepare(query.text).pluck().all(...query.params) as number[];
}

interface HitRow {
  id: number;
  supplier_id: number;
  supplier_name: string;
  kind: EntryKind;
  date: string;
  private: number;
  deleted: number;
  title: string;
  body: string;
  impact: string;
  root_cause: string;
  ticket_ref: string;
  tags: string | null;
}

const intersect = (a: readonly EntryKind[], b: readonly EntryKind[]): EntryKind[] => (a.length && b.length ? a.filter((k) => b.includes(k)) : [...(a.length ? a : b)]);

export function search(db: ReadableDB, input: ParsedInputOf<'search'>): SearchResult {
  const q = parseOrThrow(input.query, 'query');
  if (q.empty) return { groups: [], suppliers: [], more: false };
  return run(() => {
    const kinds = intersect(input.kinds, q.kinds);
    if (input.kinds.length && q.kinds.length && !kinds.length) return { groups: [], suppliers: [], more: false };
    const where = queryConditions({ ...q, kinds });
    if (!input.includeTrash) where.push(sql`e.deleted_at IS NULL`, sql`s.deleted_at IS NULL`);
    if (!input.includePrivate) where.push(sql`e.private = 0`);
    if (input.supplierId !== null) where.push(sql`e.supplier_id = ${input.supplierId}`);
    if (input.from) where.push(sql`e.date >= ${input.from}`);
    if (input.to) where.push(sql`e.date <= ${input.to}`);
    const filter = where.length ? sql`WHERE ${sqlJoin(where, sql` AND `)}` : sql``;
    const ids = q.match ? ranked(db, filter, q.match, input.limit) : newest(db, filter, input.limit);
    const more = ids.length > input.limit;
    const groups = groupHits(db, ids.slice(0, input.limit), q);
    const suppliers = input.supplierId === null ? supplierHits(db, q, input.includeTrash) : [];
    return { groups, suppliers, more };
  });
}

function groupHits(db: ReadableDB, ids: number[], q: ParsedSearch): SupplierGroup[] {
  if (!ids.length) return [];
  const rows = db
    .prepare(
      `SELECT e.id, e.supplier_id, s.name AS supplier_name, e.kind, e.date, e.private, e.title, e.body, e.impact, e.root_cause, e.ticket_ref,
         (e.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL) AS deleted,
         (SELECT group_concat(tag, char(31)) FROM entry_tags t WHERE t.entry_id = e.id) AS tags
       FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ids)) as HitRow[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const groups = new Map<number, SupplierGroup>();
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    let group = groups.get(r.supplier_id);
    if (!group) groups.set(r.supplier_id, (group = { supplierId: r.supplier_id, supplierName: r.supplier_name, hits: [] }));
    group.hits.push(hitFromRow(r, q));
  }
  return [...groups.values()];
}

function hitFromRow(r: HitRow, q: ParsedSearch): EntryHit {
  const texts = [r.body, r.impact, r.root_cause, r.ticket_ref];
  let found = null;
  for (const t of texts) if (t && (found = snippet(t, q.terms))) break;
  return {
    entryId: r.id,
    kind: r.kind,
    date: r.date,
    private: r.private === 1,
    deleted: r.deleted === 1,
    title: markAll(r.title, q.terms),
    snippet: found ?? opening(r.body),
    tags: r.tags ? r.tags.split('\u001f').sort() : [],
  };
}

interface SupplierRow {
  id: number;
  name: string;
  category: string;
  notes: string;
  contacts: string;
  deleted: number;
}

function supplierHits(db: ReadableDB, q: ParsedSearch, includeTrash: boolean): SupplierHit[] {
  const match = q.supplierText ?? q.supplier;
  if (!match) return [];
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.category, s.notes, s.contacts, s.deleted_at IS NOT NULL AS deleted
       FROM supplier_search f JOIN suppliers s ON s.id = f.rowid
       WHERE supplier_search MATCH ? ${includeTrash ? '' : 'AND s.deleted_at IS NULL'}
       ORDER BY bm25(supplier_search, ${SUPPLIER_WEIGHTS}), s.name LIMIT 10`,
    )
    .all(match) as SupplierRow[];
  return rows.map((s) => {
    const contacts = (JSON.parse(s.contacts) as Record<string, string>[]).map((c) => Object.values(c).filter(Boolean).join(', ')).join('; ');
    let found = null;
    for (const t of [s.category, contacts, s.notes]) if (t && (found = snippet(t, q.terms))) break;
    return { supplierId: s.id, name: markAll(s.name, q.terms), snippet: found, deleted: s.deleted === 1 };
  });
}

/**
 * Builds both indexes again from the tables (after a restore or an import):
 * the triggers keep them in step, this makes sure of it for a file that came
 * from elsewhere, and merges the index into one segment.
 */
export function rebuildSearchIndex(db: WritableDB): void {
  db.transaction(() => {
    db.exec(`
      INSERT INTO entry_search (entry_search) VALUES ('delete-all');
      INSERT INTO entry_search (rowid, title, body, tags, joined) SELECT id, title, body, tags, joined FROM entry_search_source;
      INSERT INTO entry_search (entry_search) VALUES ('optimize');
      INSERT INTO supplier_search (supplier_search) VALUES ('delete-all');
      INSERT INTO supplier_search (rowid, name, details, joined) SELECT id, name, details, joined FROM supplier_search_source;
      INSERT INTO supplier_search (supplier_search) VALUES ('optimize');`);
  })();
}
