// Full-text search over the journal (issue 15): runs the expressions the
// query parser builds (core/search) on the FTS5 indexes of migrations 005
// and 006 (the filters as hidden tokens in the index).
// Only reads, so it runs on the query_only reader connections too.
import { JournalError } from '../../core/errors';
import { markAll, opening, parseSearch, snippet, snippetOfLine, type ParsedSearch } from '../../core/search';
import type { EntryHit, SearchResult, SupplierGroup, SupplierHit } from '../../core/search/result';
import type { ParsedInputOf } from '../../core/contract';
import { SUPPLIER_FIELD_LIST, type SupplierFieldName } from '../../core/supplier-fields';
import type { EntryKind, Supplier } from '../../core/types';
import type { ReadableDB, WritableDB } from './handles';
import { meetingHits } from './meeting-search';
import { sql, sqlJoin, type SqlFragment } from './query';
import { supplierFromRow, type SupplierRow } from './rows';

// bm25 weights of entry_search's columns: title, body, tags, joined, facets, files. The
// joined column repeats the texts of an entry with a hyphen: it counts little;
// the facets (hidden filter tokens) never count; a word in an attached file
// counts less than one the manager wrote.
const ENTRY_WEIGHTS = sql`10.0, 3.0, 5.0, 0.5, 0.0, 1.0`;
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
 * words: leave out, supplier and kind filters. For a search without words,
 * which reads the entries table newest first.
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

/**
 * A hidden token of migration 006's `facets` column: it starts with U+E000,
 * which unicode61 keeps inside a token but the query parser cuts words at,
 * so no word a user types can match one.
 */
const FACET_MARK = '\uE000';
const tokens = (ts: string[]) => (ts.length === 1 ? `"${FACET_MARK}${ts[0]}"` : `(${ts.map((t) => `"${FACET_MARK}${t}"`).join(' OR ')})`);

/**
 * More suppliers than this named by a leverancier: filter: the filter joins
 * the table instead of listing them all in the MATCH.
 */
const MAX_SUPPLIER_TOKENS = 64;

export interface Scope {
  supplierId: number | null;
  kinds: readonly EntryKind[];
  includePrivate: boolean;
  includeTrash: boolean;
}

/**
 * A query with words as one FTS5 MATCH over entry_search: the words, the
 * leave-outs, and the supplier, kind, private and trash filters as the hidden
 * tokens of the `facets` column; only what the index cannot say (a date
 * range, a supplier filter naming very many) stays an SQL condition on `e`.
 * null: nothing can match (a supplier filter that names no supplier).
 */
export function matchPlan(db: ReadableDB, q: ParsedSearch & { match: string }, scope: Scope): { match: string; where: SqlFragment[] } | null {
  const need: string[] = [`(${q.match})`];
  const not: string[] = [];
  const where: SqlFragment[] = [];
  if (q.exclude) not.push(`(${q.exclude})`);
  const suppliersNamed = (match: string) => db.prepare('SELECT rowid FROM supplier_search WHERE supplier_search MATCH ? ORDER BY rowid').pluck().all(match) as number[];
  if (scope.supplierId !== null) need.push(tokens([`s${scope.supplierId}`]));
  if (q.supplier) {
    const ids = suppliersNamed(q.supplier);
    if (!ids.length) return null;
    if (ids.length <= MAX_SUPPLIER_TOKENS) need.push(tokens(ids.map((id) => `s${id}`)));
    else where.push(sql`e.supplier_id IN (SELECT rowid FROM supplier_search WHERE supplier_search MATCH ${q.supplier})`);
  }
  if (q.excludeSupplier) {
    const ids = suppliersNamed(q.excludeSupplier);
    if (ids.length <= MAX_SUPPLIER_TOKENS) not.push(...(ids.length ? [tokens(ids.map((id) => `s${id}`))] : []));
    else where.push(sql`e.supplier_id NOT IN (SELECT rowid FROM supplier_search WHERE supplier_search MATCH ${q.excludeSupplier})`);
  }
  if (scope.kinds.length) need.push(tokens(scope.kinds.map((k) => `k${k}`)));
  if (q.excludeKinds.length) not.push(tokens(q.excludeKinds.map((k) => `k${k}`)));
  if (!scope.includeTrash) not.push(tokens(['xtrash']));
  if (!scope.includePrivate) not.push(tokens(['xprivate']));
  const match = `(${need.join(' AND ')})${not.length ? ` NOT (${not.join(' OR ')})` : ''}`;
  return { match, where };
}

/** The journal text box's filter on the same index, within one supplier's live entries: its conditions on `e`, or none for an empty box. */
export function entryTextConditions(db: ReadableDB, text: string, supplierId: number): SqlFragment[] {
  const q = parseOrThrow(text, 'text');
  if (!q.match) return queryConditions(q);
  const plan = matchPlan(db, { ...q, match: q.match }, { supplierId, kinds: q.kinds, includePrivate: true, includeTrash: false });
  if (!plan) return [sql`0`];
  return [sql`e.id IN (SELECT rowid FROM entry_search WHERE entry_search MATCH ${plan.match})`, ...plan.where];
}

/**
 * More matches than this are not ranked: bm25 would score every one of them
 * (and a word in that many entries says little about any of them). They are
 * shown newest first, from the POOL most recently written matches.
 */
export const RANK_ALL = 2_500;
const POOL = 1_000;
/** How many of the best-ranked matches are read, per result wanted, before the filters the index cannot apply. */
const WINDOW = 2;

const whereOf = (conditions: SqlFragment[]) => (conditions.length ? sql`WHERE ${sqlJoin(conditions, sql` AND `)}` : sql``);

/** How many entries match: on the index alone when every filter is in the MATCH. */
function countMatches(db: ReadableDB, match: string, where: SqlFragment[]): number {
  const query = where.length
    ? sql`SELECT count(*) FROM entry_search f JOIN entries e ON e.id = f.rowid WHERE entry_search MATCH ${match} AND ${sqlJoin(where, sql` AND `)}`
    : sql`SELECT count(*) FROM entry_search WHERE entry_search MATCH ${match}`;
  return db.prepare(query.text).pluck().get(...query.params) as number;
}

/**
 * The ids of the best matches, best first (bm25, then newer), one more than
 * `limit` when there are more. Many matches: the newest first instead, from
 * the most recently written ones (all of them when filters left too few).
 */
function ranked(db: ReadableDB, match: string, where: SqlFragment[], total: number, limit: number): number[] {
  const ids = (query: SqlFragment) => db.prepare(query.text).pluck().all(...query.params) as number[];
  if (total <= RANK_ALL) {
    // The index ranks on its own (the LIMIT keeps SQLite from reading the
    // entries table first and asking the index about each row); the few best
    // are then put in order with newer first on equal scores.
    const best = (window: SqlFragment) =>
      ids(sql`SELECT e.id FROM (SELECT rowid AS id, bm25(entry_search, ${ENTRY_WEIGHTS}) AS score FROM entry_search WHERE entry_search MATCH ${match} ORDER BY score ${window}) h
        JOIN entries e ON e.id = h.id ${whereOf(where)} ORDER BY h.score, e.date DESC, e.id DESC LIMIT ${limit + 1}`);
    const first = best(sql`LIMIT ${(limit + 1) * WINDOW}`);
    // LIMIT -1 (none) still keeps the index first.
    return first.length > limit || !where.length ? first : best(sql`LIMIT -1`);
  }
  const newest = (pool: SqlFragment) =>
    ids(sql`SELECT e.id FROM (SELECT rowid AS id FROM entry_search WHERE entry_search MATCH ${match} ORDER BY rowid DESC ${pool}) h
      JOIN entries e ON e.id = h.id ${whereOf(where)} ORDER BY e.date DESC, e.id DESC LIMIT ${limit + 1}`);
  const first = newest(sql`LIMIT ${POOL}`);
  return first.length > limit || !where.length ? first : newest(sql`LIMIT -1`);
}

/** Without words (only filters and leave-outs): the newest first, and how many. */
function newest(db: ReadableDB, filter: SqlFragment, limit: number): { ids: number[]; total: number } {
  const query = sql`SELECT e.id FROM entries e JOIN suppliers s ON s.id = e.supplier_id ${filter} ORDER BY e.date DESC, e.id DESC LIMIT ${limit + 1}`;
  const count = sql`SELECT count(*) FROM entries e JOIN suppliers s ON s.id = e.supplier_id ${filter}`;
  return {
    ids: db.prepare(query.text).pluck().all(...query.params) as number[],
    total: db.prepare(count.text).pluck().get(...count.params) as number,
  };
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

const NOTHING: SearchResult = { groups: [], suppliers: [], more: false, total: 0, meetings: [] };

export function search(db: ReadableDB, input: ParsedInputOf<'search'>): SearchResult {
  const q = parseOrThrow(input.query, 'query');
  if (q.empty) return NOTHING;
  return run(() => {
    const kinds = intersect(input.kinds, q.kinds);
    if (input.kinds.length && q.kinds.length && !kinds.length) return NOTHING;
    const dates: SqlFragment[] = [];
    if (input.from) dates.push(sql`e.date >= ${input.from}`);
    if (input.to) dates.push(sql`e.date <= ${input.to}`);
    let found: { ids: number[]; total: number };
    // A meeting is no entry of a kind; one dated within the period asked.
    const meetings = kinds.length || q.supplier || q.excludeSupplier ? [] : meetingHits(db, q, input)
      .filter((m) => (!input.from || m.date >= input.from) && (!input.to || m.date <= input.to));
    if (q.match) {
      const plan = matchPlan(db, { ...q, match: q.match }, { ...input, kinds });
      if (!plan) return { ...NOTHING, meetings, suppliers: input.supplierId === null ? supplierHits(db, q, input.includeTrash) : [] };
      const where = [...plan.where, ...dates];
      const total = countMatches(db, plan.match, where);
      found = { ids: total ? ranked(db, plan.match, where, total, input.limit) : [], total };
    } else {
      const where = [...queryConditions({ ...q, kinds }), ...dates];
      if (!input.includeTrash) where.push(sql`e.deleted_at IS NULL`, sql`s.deleted_at IS NULL`);
      if (!input.includePrivate) where.push(sql`e.private = 0`);
      if (input.supplierId !== null) where.push(sql`e.supplier_id = ${input.supplierId}`);
      found = newest(db, whereOf(where), input.limit);
    }
    const more = found.ids.length > input.limit;
    const groups = groupHits(db, found.ids.slice(0, input.limit), q);
    const suppliers = input.supplierId === null ? supplierHits(db, q, input.includeTrash) : [];
    return { groups, suppliers, more, total: found.total, meetings };
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
  const files = filesOf(db, ids);
  const groups = new Map<number, SupplierGroup>();
  for (const id of ids) {
    const r = byId.get(id);
    if (!r) continue;
    let group = groups.get(r.supplier_id);
    if (!group) groups.set(r.supplier_id, (group = { supplierId: r.supplier_id, supplierName: r.supplier_name, hits: [] }));
    group.hits.push(hitFromRow(r, q, files.get(id) ?? []));
  }
  return [...groups.values()];
}

interface FileText {
  name: string;
  text: string;
}

/** The texts of the hits' attached files that are not in the trash, per entry, oldest file first (migration 014). */
function filesOf(db: ReadableDB, ids: number[]): Map<number, FileText[]> {
  const rows = db
    .prepare<FileText & { entryId: number }>(
      `SELECT a.entry_id AS entryId, a.name, t.text FROM attachments a JOIN attachment_text t ON t.blob_id = a.blob_id
       WHERE a.entry_id IN (SELECT value FROM json_each(?)) AND a.deleted_at IS NULL AND t.text <> '' ORDER BY a.added_at, a.id`,
    )
    .all(JSON.stringify(ids));
  const byEntry = new Map<number, FileText[]>();
  for (const { entryId, ...file } of rows) byEntry.set(entryId, [...(byEntry.get(entryId) ?? []), file]);
  return byEntry;
}

function hitFromRow(r: HitRow, q: ParsedSearch, files: FileText[]): EntryHit {
  const texts = [r.body, r.impact, r.root_cause, r.ticket_ref];
  let found = null;
  for (const t of texts) if (t && (found = snippet(t, q.terms))) break;
  // The first file that holds a word is named; its words are the snippet when the entry's own texts have none.
  let file: string | null = null;
  for (const f of files) {
    const inFile = snippetOfLine(f.text, q.terms);
    if (!inFile) continue;
    file = f.name;
    found ??= inFile;
    break;
  }
  return {
    entryId: r.id,
    kind: r.kind,
    date: r.date,
    private: r.private === 1,
    deleted: r.deleted === 1,
    title: markAll(r.title, q.terms),
    snippet: found ?? opening(r.body),
    tags: r.tags ? r.tags.split('\u001f').sort() : [],
    file,
  };
}

/** Where a supplier hit's snippet is looked for: the fields the search's `details` hold, in declared order. */
const DETAIL_FIELDS = SUPPLIER_FIELD_LIST.filter((f) => f.search === 'details');

/** A field's value as the text search reads it: a contact as "name, role, email, phone", contacts joined by "; ". */
function searchedText(s: Supplier, name: SupplierFieldName): string {
  const value = s[name];
  if (Array.isArray(value)) return value.map((c) => Object.values(c as Record<string, string>).filter(Boolean).join(', ')).join('; ');
  return typeof value === 'string' ? value : '';
}

function supplierHits(db: ReadableDB, q: ParsedSearch, includeTrash: boolean): SupplierHit[] {
  const match = q.supplierText ?? q.supplier;
  if (!match) return [];
  const rows = db
    .prepare(
      `SELECT s.*, s.deleted_at IS NOT NULL AS deleted
       FROM supplier_search f JOIN suppliers s ON s.id = f.rowid
       WHERE supplier_search MATCH ? ${includeTrash ? '' : 'AND s.deleted_at IS NULL'}
       ORDER BY bm25(supplier_search, ${SUPPLIER_WEIGHTS}), s.name LIMIT 10`,
    )
    .all(match) as (SupplierRow & { deleted: number })[];
  return rows.map((r) => {
    const s = supplierFromRow(r);
    let found = null;
    for (const f of DETAIL_FIELDS) {
      const t = searchedText(s, f.name);
      if (t && (found = snippet(t, q.terms))) break;
    }
    return { supplierId: s.id, name: markAll(s.name, q.terms), snippet: found, deleted: r.deleted === 1 };
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
      INSERT INTO entry_search (rowid, title, body, tags, joined, facets, files) SELECT id, title, body, tags, joined, facets, files FROM entry_search_source;
      INSERT INTO entry_search (entry_search) VALUES ('optimize');
      INSERT INTO supplier_search (supplier_search) VALUES ('delete-all');
      INSERT INTO supplier_search (rowid, name, details, joined) SELECT id, name, details, joined FROM supplier_search_source;
      INSERT INTO supplier_search (supplier_search) VALUES ('optimize');`);
  })();
}
