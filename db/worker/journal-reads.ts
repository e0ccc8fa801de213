// The Journal's read methods (READ_METHODS of core/contract.ts) on a
// connection that may only read: what the reading workers hold
// (db/worker/entry.ts). The Journal (db/worker/journal.ts) adds the writes.
import { todayIso } from '../../core/dates';
import { JournalError } from '../../core/errors';
import type { ParsedInputOf, ReadHandlers } from '../../core/contract';
import type { Entry, Preferences, TrashItem } from '../../core/types';
import { attachmentContent, listAttachments, trashedAttachments } from './attachments';
import { listTemplates, trashedTemplates } from './templates';
import type { TrustSettings } from '../../core/trust/settings';
import type { ModelNotice } from '../../core/trust/upgrade';
import type { ReviewWaterfallView, SupplierSummary, SupplierTrustView } from '../../core/views';
import type { ReadableDB } from './handles';
import { factsSupplier, supplierFacts, type FactsRecord } from '../../core/facts';
import { EMPTY_RECORD, readFactsRecords } from './facts';
import { all, get, sql, sqlJoin, sqlWhereId, type SqlFragment } from './query';
import { entryFromRow, supplierFromRow, type EntryRow, type SupplierRow } from './rows';
import { readTrustModelNotice, readTrustSettings, reviewWaterfallView, supplierTrust } from './trust';
import { whileUnchanged } from './unchanged';
import { entryTextConditions, search } from './search';
import * as agenda from './agenda';
import * as meetings from './meetings';
import type { SearchResult } from '../../core/search/result';

// One grouped pass over the entries (not six subqueries per supplier): the
// overview lists every supplier with these counts on each open. Its facts
// (open and overdue promises, last entry and review, ...) are core's, from
// what db/worker/facts.ts reads. `id` null: every supplier.
const summaryQuery = (id: number | null) => sql`
  WITH agg AS (
    SELECT supplier_id,
      count(*) AS entry_count,
      sum(kind = 'incident' AND resolved_on IS NULL) AS open_incidents
    FROM entries
    WHERE deleted_at IS NULL AND ${sqlWhereId(null, 'supplier_id', id)}
    GROUP BY supplier_id
  )
  SELECT s.*, coalesce(a.entry_count, 0) AS entry_count, coalesce(a.open_incidents, 0) AS open_incidents
  FROM suppliers s LEFT JOIN agg a ON a.supplier_id = s.id
  WHERE s.deleted_at IS NULL AND ${sqlWhereId('s', 'id', id)}`;

interface SupplierSummaryRow extends SupplierRow {
  entry_count: number;
  open_incidents: number;
}

/** A summary: the supplier, its counts, and its facts as of `today` (core/facts). */
function withFacts(row: SupplierSummaryRow, record: FactsRecord, today: string): SupplierSummary {
  const supplier = supplierFromRow(row);
  const facts = supplierFacts(factsSupplier(supplier), record, today);
  return {
    ...supplier,
    entryCount: row.entry_count,
    openIncidents: row.open_incidents,
    openPromises: facts.promises.open,
    ourOpenPromises: facts.promises.ourOpen,
    overduePromises: facts.promises.overdue,
    lastEntryOn: facts.lastEntryOn,
    lastReviewOn: facts.lastReviewOn,
    facts,
  };
}

/** An entry with its tags joined by U+001F (char(31)), as entryFromRow reads it. */
const ENTRY_SELECT = sql`
  SELECT e.*, (SELECT group_concat(tag, char(31)) FROM entry_tags t WHERE t.entry_id = e.id) AS tags
  FROM entries e`;


const DEFAULT_PREFERENCES: Preferences = { language: null, theme: 'system', managerName: '', projection: true };

export interface JournalOptions {
  dataFile: string;
  shell: 'electron' | 'browser';
  /** Injected so tests can pin "today" (overdue promises depend on it). */
  today?: () => string;
}

export class JournalReader implements ReadHandlers {
  protected readonly today: () => string;

  constructor(
    readonly db: ReadableDB,
    protected readonly options: JournalOptions,
  ) {
    this.today = options.today ?? (() => todayIso());
  }

  close(): void {
    this.db.close();
  }

  getJournalInfo() {
    const count = (query: string) => (this.db.prepare<number>(query).pluck().get() as number) ?? 0;
    return {
      dataFile: this.options.dataFile,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      suppliers: count('SELECT count(*) FROM suppliers WHERE deleted_at IS NULL'),
      entries: count('SELECT count(*) FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL'),
      shell: this.options.shell,
    };
  }

  getPreferences(): Preferences {
    const rows = this.db.prepare<{ key: string; value: string }>("SELECT key, value FROM settings WHERE key LIKE 'pref.%'").all();
    const prefs: Preferences = { ...DEFAULT_PREFERENCES };
    for (const r of rows) (prefs as unknown as Record<string, unknown>)[r.key.slice(5)] = JSON.parse(r.value);
    return prefs;
  }

  listSuppliers({ includeEnded }: ParsedInputOf<'listSuppliers'>): SupplierSummary[] {
    const today = this.today();
    return whileUnchanged(this.db, `suppliers:${includeEnded ? 'all' : 'active'}`, today, () => this.db.transaction(() => {
      const onlyActive = includeEnded ? sql`` : sql` AND s.status = 'active'`;
      const rows = all<SupplierSummaryRow>(this.db, sql`${summaryQuery(null)}${onlyActive} ORDER BY s.status, s.name COLLATE NOCASE`);
      const records = readFactsRecords(this.db, null, today);
      return rows.map((r) => withFacts(r, records.get(r.id) ?? EMPTY_RECORD, today));
    }).deferred());
  }

  getSupplier({ id }: { id: number }): SupplierSummary {
    const today = this.today();
    return this.db.transaction(() => {
      const row = get<SupplierSummaryRow>(this.db, summaryQuery(id));
      if (!row) throw new JournalError('not_found', 'supplierNotFound');
      return withFacts(row, readFactsRecords(this.db, id, today).get(id) ?? EMPTY_RECORD, today);
    }).deferred();
  }

  protected supplierRow(id: number): SupplierRow {
    const row = this.db.prepare<SupplierRow>('SELECT * FROM suppliers WHERE id = ? AND deleted_at IS NULL').get(id);
    if (!row) throw new JournalError('not_found', 'supplierNotFound');
    return row;
  }

  listEntries(f: ParsedInputOf<'listEntries'>): Entry[] {
    this.supplierRow(f.supplierId);
    const where: SqlFragment[] = [sql`e.supplier_id = ${f.supplierId}`, sql`e.deleted_at IS NULL`];
    if (f.kinds.length) where.push(sql`e.kind IN (${sqlJoin(f.kinds)})`);
    if (f.tag) where.push(sql`EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag = ${f.tag})`);
    if (f.from) where.push(sql`e.date >= ${f.from}`);
    if (f.to) where.push(sql`e.date <= ${f.to}`);
    // The same full-text index and query language as the search (db/worker/search.ts).
    if (f.text) where.push(...entryTextConditions(this.db, f.text, f.supplierId));
    const rows = all<EntryRow>(this.db, sql`${ENTRY_SELECT} WHERE ${sqlJoin(where, sql` AND `)} ORDER BY e.date DESC, e.id DESC`);
    return rows.map(entryFromRow);
  }

  getEntry({ id }: { id: number }): Entry {
    const row = get<EntryRow>(
      this.db,
      sql`${ENTRY_SELECT} JOIN suppliers s ON s.id = e.supplier_id WHERE e.id = ${id} AND e.deleted_at IS NULL AND s.deleted_at IS NULL`,
    );
    if (!row) throw new JournalError('not_found', 'entryNotFound');
    return entryFromRow(row);
  }

  listTags({ supplierId }: ParsedInputOf<'listTags'>): string[] {
    const rows = all<{ tag: string }>(this.db, sql`
      SELECT DISTINCT t.tag FROM entry_tags t JOIN entries e ON e.id = t.entry_id
      WHERE e.deleted_at IS NULL AND ${sqlWhereId('e', 'supplier_id', supplierId)} ORDER BY t.tag`);
    return rows.map((r) => r.tag);
  }

  // ---------- agenda (db/worker/agenda.ts) ----------

  getAgenda = (q: ParsedInputOf<'getAgenda'>) => {
    const query = { ...q, today: q.today ?? this.today() };
    // The whole journal's agenda is asked by every screen (the sidebar's count)
    // and costs a pass over every supplier: kept while nothing is written.
    if (query.supplierId !== null) return agenda.agendaView(this.db, query);
    return whileUnchanged(this.db, `agenda:${query.includePrivate ? 'all' : 'shared'}`, query.today, () => agenda.agendaView(this.db, query));
  };
  getAgendaCalendar = (q: ParsedInputOf<'getAgendaCalendar'>) => agenda.agendaCalendarItems(this.db, { ...q, today: q.today ?? this.today() });
  getAgendaSettings = () => agenda.readSettings(this.db);

  // ---------- meetings (db/worker/meetings.ts) ----------

  listMeetings = (q: ParsedInputOf<'listMeetings'>) => meetings.listMeetings(this.db, q.supplierId);
  getMeeting = (q: ParsedInputOf<'getMeeting'>) => meetings.readMeeting(this.db, q.id);

  search(input: ParsedInputOf<'search'>): SearchResult {
    return search(this.db, input);
  }

  listAttachments = (q: ParsedInputOf<'listAttachments'>) => listAttachments(this.db, q);
  getAttachmentContent = (q: ParsedInputOf<'getAttachmentContent'>) => attachmentContent(this.db, q.id);

  listTrash(): TrashItem[] {
    const suppliers = this.db
      .prepare<TrashItem>(
        `SELECT 'supplier' AS type, id, name AS title, name AS supplierName, NULL AS kind, deleted_at AS deletedAt
         FROM suppliers WHERE deleted_at IS NOT NULL`,
      )
      .all();
    const entries = this.db
      .prepare<TrashItem>(
        `SELECT 'entry' AS type, e.id, e.title, s.name AS supplierName, e.kind, e.deleted_at AS deletedAt
         FROM entries e JOIN suppliers s ON s.id = e.supplier_id
         WHERE e.deleted_at IS NOT NULL AND s.deleted_at IS NULL`,
      )
      .all();
    const attachments = trashedAttachments(this.db).map((a): TrashItem => ({ type: 'attachment', id: a.id, title: a.name, supplierName: a.supplierName, kind: null, deletedAt: a.deletedAt }));
    const templates = trashedTemplates(this.db).map((t): TrashItem => ({ type: 'template', id: t.id, title: t.name, supplierName: '', kind: t.kind, deletedAt: t.deletedAt }));
    return [...suppliers, ...entries, ...attachments, ...templates].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  listEntryTemplates = () => listTemplates(this.db);

  getTrustSettings(): TrustSettings {
    return readTrustSettings(this.db);
  }

  getTrustModelNotice(): { notice: ModelNotice | null } {
    return { notice: readTrustModelNotice(this.db) };
  }

  getSupplierTrust(input: ParsedInputOf<'getSupplierTrust'>): SupplierTrustView {
    return supplierTrust(this.db, input, this.today());
  }

  getReviewWaterfall(input: ParsedInputOf<'getReviewWaterfall'>): ReviewWaterfallView {
    return reviewWaterfallView(this.db, input, this.today());
  }

}
