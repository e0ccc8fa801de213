// The agenda's facts as the journal keeps them, and what the manager did
// with its items (agenda_marks, migration 004). The rules themselves are
// pure (core/agenda/); this module only reads what they need: every active
// supplier with the days its facts count from (db/worker/facts.ts), and the
// few entries that can make an item (promises open on the day with a due day,
// open incidents, follow-ups).
import { addDays, type IsoDate } from '../../core/dates';
import { parseItemKey } from '../../core/agenda/keys';
import { CANCELLED_DAYS, agendaSettingsSchema, buildAgenda, calendarItems, readAgendaSettings, type GoneEntry, type GoneMeeting, type AgendaMeeting, type AgendaEntry, type AgendaFacts, type AgendaItem, type AgendaMark, type AgendaSettings, type AgendaSupplier, type AgendaView } from '../../core/agenda';
import { JournalError } from '../../core/errors';
import { entryDates, type FactsRecord } from '../../core/facts';
import { EMPTY_RECORD, readFactsRecords } from './facts';
import type { ReadableDB, WritableDB } from './handles';

const SETTINGS_KEY = 'agenda';

/**
 * The statement for every supplier or for one: the SQL below says
 * "(@supplierId IS NULL OR column = @supplierId)", which SQLite's planner
 * cannot narrow (a bound value is unknown to it), so each call is given the
 * text with that term as "1" or as "column = @supplierId".
 */
function forSupplier(text: string, supplierId: number | null): string {
  return text.replace(/\(@supplierId IS NULL OR ([\w.]+) = @supplierId\)/g, supplierId === null ? '1' : '$1 = @supplierId');
}

const suppliersSql = (which: string, extra = '') => `
  SELECT s.id, s.name, s.status, s.contract_start AS contractStart, s.contract_end AS contractEnd, s.notice_months AS noticeMonths,
    s.auto_renews AS autoRenews, s.renewal_months AS renewalMonths, s.review_interval_months AS reviewIntervalMonths,
    substr(s.created_at, 1, 10) AS createdOn, s.updated_at AS updatedAt${extra}
  FROM suppliers s
  WHERE ${which} AND (@supplierId IS NULL OR s.id = @supplierId)`;
const SUPPLIERS_SQL = suppliersSql("s.deleted_at IS NULL AND s.status = 'active'");

// The calendar only: what moves a review's due day (a review made, edited or
// put in the trash), and what was exported once but is gone now.
const REVIEWS_CHANGED_SQL = `
  SELECT supplier_id AS id, max(max(updated_at, coalesce(deleted_at, ''))) AS changedAt
  FROM entries WHERE kind = 'review' AND (@supplierId IS NULL OR supplier_id = @supplierId) GROUP BY supplier_id`;
const GONE_SUPPLIERS_SQL = suppliersSql("(s.deleted_at IS NOT NULL OR s.status <> 'active')", ", max(s.updated_at, coalesce(s.deleted_at, '')) AS goneAt");
// Only recent ones (core/agenda/cancelled.ts decides exactly, and which never had an event; this window is a day wider each side).
const GONE_ENTRIES_SQL = `SELECT * FROM (
  SELECT e.id, e.supplier_id AS supplierId, s.name AS supplierName, e.kind, e.title, e.private, e.side,
    CASE WHEN e.kind = 'promise' THEN e.due_on END AS dueOn,
    CASE WHEN e.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL OR s.status <> 'active' THEN e.follow_up_on END AS followUpOn,
    e.status, e.settled_on AS settledOn, e.created_at AS createdAt, substr(e.created_at, 1, 10) AS createdOn, e.updated_at AS updatedAt,
    max(e.updated_at, coalesce(e.deleted_at, ''), s.updated_at, coalesce(s.deleted_at, '')) AS goneAt
  FROM entries e JOIN suppliers s ON s.id = e.supplier_id
  WHERE (@supplierId IS NULL OR e.supplier_id = @supplierId) AND (
    (e.kind = 'promise' AND e.due_on IS NOT NULL AND (e.status <> 'open' OR e.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL OR s.status <> 'active'))
    OR (e.follow_up_on IS NOT NULL AND (e.deleted_at IS NOT NULL OR s.deleted_at IS NOT NULL OR s.status <> 'active'))))
  WHERE dueOn >= @since OR followUpOn >= @since OR (goneAt >= @since AND goneAt < @until)`;

// Only entries that can make an item, one query per kind of item so each
// reads its own partial index (migrations 004 and 009) rather than the whole
// journal. Promises: open, or settled after the day asked (open on it).
const ENTRY_FIELDS = `e.id, e.supplier_id AS supplierId, e.kind, e.date, e.title, e.private, e.side, e.due_on AS dueOn, e.status,
    e.settled_on AS settledOn, e.resolved_on AS resolvedOn, e.severity, e.follow_up_on AS followUpOn,
    substr(e.created_at, 1, 10) AS createdOn, e.updated_at AS updatedAt`;
const ENTRY_QUERIES = [
  "e.kind = 'promise' AND e.status = 'open' AND e.due_on IS NOT NULL",
  "e.kind = 'promise' AND e.status <> 'open' AND e.settled_on > @today AND e.due_on IS NOT NULL",
  "e.kind = 'incident' AND e.resolved_on IS NULL",
  'e.follow_up_on IS NOT NULL',
].map((where) => `SELECT ${ENTRY_FIELDS} FROM entries e WHERE ${where} AND e.deleted_at IS NULL AND (@supplierId IS NULL OR e.supplier_id = @supplierId)`);

// Meetings not yet finished make items; finished, deleted or their supplier gone, recent ones take their events back.
const MEETINGS_SQL = `SELECT id, supplier_id AS supplierId, date, status, updated_at AS updatedAt FROM meetings m
  WHERE m.status <> 'finished' AND (@supplierId IS NULL OR m.supplier_id = @supplierId)`;
const GONE_MEETINGS_SQL = `SELECT * FROM (
  SELECT m.id, m.supplier_id AS supplierId, s.name AS supplierName, m.date,
    CASE WHEN m.status = 'finished' THEN m.finished_at ELSE max(s.updated_at, coalesce(s.deleted_at, '')) END AS goneAt
  FROM meetings m JOIN suppliers s ON s.id = m.supplier_id
  WHERE (@supplierId IS NULL OR m.supplier_id = @supplierId) AND (m.status = 'finished' OR s.deleted_at IS NOT NULL OR s.status <> 'active')
  UNION ALL
  SELECT d.id, d.supplier_id, s.name, d.date, d.deleted_at FROM meetings_deleted d JOIN suppliers s ON s.id = d.supplier_id
  WHERE (@supplierId IS NULL OR d.supplier_id = @supplierId))
  WHERE date >= @since OR (goneAt >= @since AND goneAt < @until)`;

type SupplierFactsRow = Omit<AgendaSupplier, 'autoRenews' | 'lastReviewOn' | 'lastEntryOn'> & { autoRenews: number };
interface EntryFactsRow extends Omit<AgendaEntry, 'private'> {
  private: number;
}

/** Suppliers as the rules read them: their terms, and the days their facts count from as of `today` (core/facts). */
function withDates<R extends SupplierFactsRow>(rows: R[], records: Map<number, FactsRecord>, today: string): (Omit<R, 'autoRenews'> & AgendaSupplier)[] {
  return rows.map((r) => {
    const { lastEntryOn, lastReviewOn } = entryDates((records.get(r.id) ?? EMPTY_RECORD).dated, today);
    return { ...r, autoRenews: r.autoRenews === 1, lastEntryOn, lastReviewOn };
  });
}

export function readAgendaFacts(
  db: ReadableDB, supplierId: number | null, today: string, records: Map<number, FactsRecord> = readFactsRecords(db, supplierId, today),
): AgendaFacts {
  const suppliers = withDates(db.prepare(forSupplier(SUPPLIERS_SQL, supplierId)).all({ supplierId }) as SupplierFactsRow[], records, today);
  // Entries of a supplier in the trash or ended are left out with it (the rules skip suppliers they do not know).
  const byId = new Map<number, AgendaEntry>();
  for (const sql of ENTRY_QUERIES) {
    for (const r of db.prepare(forSupplier(sql, supplierId)).all({ supplierId, today }) as EntryFactsRow[]) byId.set(r.id, { ...r, private: r.private === 1 });
  }
  const entries = [...byId.values()];
  const meetings = db.prepare(forSupplier(MEETINGS_SQL, supplierId)).all({ supplierId }) as AgendaMeeting[];
  return { suppliers, entries, meetings, marks: readMarks(db) };
}

export function readMarks(db: ReadableDB): AgendaMark[] {
  return db.prepare('SELECT item_key AS key, action, until, created_at AS createdAt FROM agenda_marks').all() as AgendaMark[];
}

export function readSettings(db: ReadableDB): AgendaSettings {
  const raw = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(SETTINGS_KEY) as string | undefined;
  return readAgendaSettings(raw === undefined ? {} : JSON.parse(raw));
}

export function updateSettings(db: WritableDB, update: Partial<AgendaSettings>): AgendaSettings {
  const next = agendaSettingsSchema.parse({ ...readSettings(db), ...Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)) });
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(SETTINGS_KEY, JSON.stringify(next));
  return next;
}

export interface AgendaQuery {
  today: string;
  supplierId: number | null;
  includePrivate: boolean;
}

export function agendaView(db: ReadableDB, q: AgendaQuery): AgendaView {
  return db.transaction(() => buildAgenda(readAgendaFacts(db, q.supplierId, q.today), { today: q.today, settings: readSettings(db), includePrivate: q.includePrivate })).deferred();
}

/** The journal's id (set by migration 004): the calendar's UIDs are made of it. */
export function journalId(db: ReadableDB): string {
  const raw = db.prepare("SELECT value FROM settings WHERE key = 'journal.id'").pluck().get() as string | undefined;
  return raw === undefined ? 'rapport' : String(JSON.parse(raw));
}

/** The calendar's facts: the agenda's, each supplier's last change to its reviews, and what is gone. */
function readCalendarFacts(db: ReadableDB, supplierId: number | null, today: IsoDate): AgendaFacts {
  return db.transaction(() => {
    const records = readFactsRecords(db, supplierId, today);
    const facts = readAgendaFacts(db, supplierId, today, records);
    const reviewsChanged = new Map((db.prepare(forSupplier(REVIEWS_CHANGED_SQL, supplierId)).all({ supplierId }) as { id: number; changedAt: string }[]).map((r) => [r.id, r.changedAt]));
    const withReviews = (s: AgendaSupplier) => ({ ...s, reviewsChangedAt: reviewsChanged.get(s.id) ?? null });
    const goneSuppliers = withDates(db.prepare(forSupplier(GONE_SUPPLIERS_SQL, supplierId)).all({ supplierId }) as (SupplierFactsRow & { goneAt: string })[], records, today)
      .map((r) => ({ ...withReviews(r), goneAt: r.goneAt }));
    const window = { since: addDays(today, -CANCELLED_DAYS - 1), until: addDays(today, 3) };
    const goneEntries = (db.prepare(forSupplier(GONE_ENTRIES_SQL, supplierId)).all({ supplierId, ...window }) as (Omit<GoneEntry, 'private'> & { private: number })[])
      .map((r) => ({ ...r, private: r.private === 1 }));
    const goneMeetings = db.prepare(forSupplier(GONE_MEETINGS_SQL, supplierId)).all({ supplierId, ...window }) as GoneMeeting[];
    return { ...facts, suppliers: facts.suppliers.map(withReviews), gone: { entries: goneEntries, suppliers: goneSuppliers, meetings: goneMeetings } };
  }).deferred();
}

export function agendaCalendarItems(db: ReadableDB, q: AgendaQuery): { journalId: string; items: AgendaItem[] } {
  const items = calendarItems(readCalendarFacts(db, q.supplierId, q.today), { today: q.today, settings: readSettings(db), includePrivate: q.includePrivate });
  return { journalId: journalId(db), items };
}

export function markItem(db: WritableDB, mark: { key: string; action: AgendaMark['action']; until: string | null; today: string }): AgendaMark {
  if (mark.action === 'snoozed' && (mark.until === null || mark.until <= mark.today)) {
    throw new JournalError('validation', 'validation', [{ path: ['until'], key: 'snoozeNotAfterToday', params: {} }]);
  }
  // Done is a follow-up's: a promise is settled, an incident resolved, a deadline met or dismissed.
  if (mark.action === 'done' && parseItemKey(mark.key)?.kind !== 'followUp') {
    throw new JournalError('validation', 'validation', [{ path: ['key'], key: 'doneOnlyFollowUp', params: {} }]);
  }
  const createdAt = new Date().toISOString();
  db.prepare(
    `INSERT INTO agenda_marks (item_key, action, until, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (item_key) DO UPDATE SET action = excluded.action, until = excluded.until, created_at = excluded.created_at`,
  ).run(mark.key, mark.action, mark.until, createdAt);
  return { key: mark.key, action: mark.action, until: mark.until, createdAt };
}

export function unmarkItem(db: WritableDB, key: string): { undone: true } {
  return db.transaction(() => {
    const action = db.prepare('DELETE FROM agenda_marks WHERE item_key = ? RETURNING action').pluck().get(key) as AgendaMark['action'] | undefined;
    if (action === undefined) throw new JournalError('not_found', 'agendaMarkNotFound');
    // A follow-up no longer done: its calendar event comes back, stamped after the cancelled one (renderer/agenda/calendar.ts).
    const parts = parseItemKey(key);
    if (action === 'done' && parts?.about === 'entry') db.prepare('UPDATE entries SET updated_at = ? WHERE id = ?').run(new Date().toISOString(), parts.id);
    return { undone: true as const };
  })();
}
