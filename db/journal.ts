// The Journal service: implements every method of the API contract on one
// SQLite connection. Inputs arrive already parsed by the contract's schemas
// (core/dispatch.ts); every write runs in a transaction.
import type { z } from 'zod';
import { resolvedDateIssue, settledDateIssue } from '../core/entry-rules';
import type { JournalHandlers, ParsedInputOf } from '../core/contract';
import { todayIso } from '../core/dates';
import { ALL_FIELDS } from '../core/entry-fields';
import { JournalError } from '../core/errors';
import type { entryInput } from '../core/schemas';
import type { Entry, Preferences, Supplier, SupplierSummary, TrashItem } from '../core/types';
import { loadExample } from './example';
import { portfolio, readTrustModelNotice, readTrustSettings, reviewWaterfallView, supplierTrust, writeTrustSettings } from './trust';
import { trustSettingsSchema, type TrustSettings } from '../core/trust/settings';
import type { ModelNotice } from '../core/trust/upgrade';
import type { PortfolioView, ReviewWaterfallView, SupplierTrustView } from '../core/views';
import type { Db } from './open';
import { ENTRY_COLUMNS, entryColumns, entryFromRow, summaryFromRow, supplierFromRow, type EntryRow, type SupplierRow, type SupplierSummaryRow } from './rows';
import { whileUnchanged } from './unchanged';
import * as agenda from './agenda';

const now = () => new Date().toISOString();
const TAG_SEP = "char(31)";

// One grouped pass over the entries (not six subqueries per supplier): the
// overview lists every supplier with these counts on each open.
const SUMMARY_SQL = `
  WITH agg AS (
    SELECT supplier_id,
      count(*) AS entry_count,
      sum(kind = 'promise' AND status = 'open' AND side = 'supplier') AS open_promises,
      sum(kind = 'promise' AND status = 'open' AND side = 'ours') AS our_open_promises,
      sum(kind = 'promise' AND status = 'open' AND side = 'supplier' AND due_on < @today) AS overdue_promises,
      sum(kind = 'incident' AND resolved_on IS NULL) AS open_incidents,
      max(date) AS last_entry_on,
      max(CASE WHEN kind = 'review' THEN date END) AS last_review_on
    FROM entries
    WHERE deleted_at IS NULL AND (@id IS NULL OR supplier_id = @id)
    GROUP BY supplier_id
  )
  SELECT s.*,
    coalesce(a.entry_count, 0) AS entry_count, coalesce(a.open_promises, 0) AS open_promises,
    coalesce(a.our_open_promises, 0) AS our_open_promises,
    coalesce(a.overdue_promises, 0) AS overdue_promises, coalesce(a.open_incidents, 0) AS open_incidents,
    a.last_entry_on, a.last_review_on
  FROM suppliers s LEFT JOIN agg a ON a.supplier_id = s.id
  WHERE s.deleted_at IS NULL AND (@id IS NULL OR s.id = @id)`;

const ENTRY_SELECT = `
  SELECT e.*, (SELECT group_concat(tag, ${TAG_SEP}) FROM entry_tags t WHERE t.entry_id = e.id) AS tags
  FROM entries e`;

/** The search of the journal's text box reads every text field (title, body, an incident's impact...). */
const SEARCHED_TEXT = ALL_FIELDS.filter((f) => f.type === 'text' && f.column !== null).map((f) => `e.${f.column}`).join(" || ' ' || ");

const DEFAULT_PREFERENCES: Preferences = { language: null, theme: 'system', managerName: '' };

export interface JournalOptions {
  dataFile: string;
  shell: 'electron' | 'browser';
  /** Injected so tests can pin "today" (overdue promises depend on it). */
  today?: () => string;
}

export class Journal implements JournalHandlers {
  private readonly today: () => string;

  constructor(
    readonly db: Db,
    private readonly options: JournalOptions,
  ) {
    this.today = options.today ?? (() => todayIso());
  }

  close(): void {
    this.db.close();
  }

  // ---------- journal & preferences ----------

  getJournalInfo() {
    const count = (sql: string) => (this.db.prepare(sql).pluck().get() as number) ?? 0;
    return {
      dataFile: this.options.dataFile,
      schemaVersion: this.db.pragma('user_version', { simple: true }) as number,
      suppliers: count('SELECT count(*) FROM suppliers WHERE deleted_at IS NULL'),
      entries: count('SELECT count(*) FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL'),
      shell: this.options.shell,
    };
  }

  getPreferences(): Preferences {
    const rows = this.db.prepare("SELECT key, value FROM settings WHERE key LIKE 'pref.%'").all() as { key: string; value: string }[];
    const prefs: Preferences = { ...DEFAULT_PREFERENCES };
    for (const r of rows) (prefs as unknown as Record<string, unknown>)[r.key.slice(5)] = JSON.parse(r.value);
    return prefs;
  }

  updatePreferences(input: ParsedInputOf<'updatePreferences'>): Preferences {
    const put = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(input)) if (value !== undefined) put.run(`pref.${key}`, JSON.stringify(value));
    })();
    return this.getPreferences();
  }

  // ---------- suppliers ----------

  listSuppliers(input: ParsedInputOf<'listSuppliers'>): SupplierSummary[] {
    const where = input.includeEnded ? '' : " AND s.status = 'active'";
    const today = this.today();
    return whileUnchanged(this.db, `suppliers:${where}`, today, () => {
      const rows = this.db.prepare(`${SUMMARY_SQL}${where} ORDER BY s.status, s.name COLLATE NOCASE`).all({ id: null, today });
      return (rows as SupplierSummaryRow[]).map(summaryFromRow);
    });
  }

  getSupplier({ id }: { id: number }): SupplierSummary {
    const row = this.db.prepare(SUMMARY_SQL).get({ id, today: this.today() }) as SupplierSummaryRow | undefined;
    if (!row) throw new JournalError('not_found', 'supplierNotFound');
    return summaryFromRow(row);
  }

  private supplierRow(id: number): SupplierRow {
    const row = this.db.prepare('SELECT * FROM suppliers WHERE id = ? AND deleted_at IS NULL').get(id) as SupplierRow | undefined;
    if (!row) throw new JournalError('not_found', 'supplierNotFound');
    return row;
  }

  private supplierValues(s: ParsedInputOf<'createSupplier'>) {
    return {
      name: s.name,
      category: s.category,
      contract_start: s.contractStart,
      contract_end: s.contractEnd,
      notice_months: s.noticeMonths,
      contract_value: s.contractValue,
      contract_currency: s.contractCurrency,
      review_interval_months: s.reviewIntervalMonths,
      auto_renews: s.autoRenews ? 1 : 0,
      renewal_months: s.renewalMonths,
      contacts: JSON.stringify(s.contacts),
      notes: s.notes,
    };
  }

  createSupplier(input: ParsedInputOf<'createSupplier'>): Supplier {
    const stamp = now();
    const info = this.db
      .prepare(
        `INSERT INTO suppliers (name, category, contract_start, contract_end, notice_months, contract_value, contract_currency,
           review_interval_months, auto_renews, renewal_months, contacts, notes, created_at, updated_at)
         VALUES (@name, @category, @contract_start, @contract_end, @notice_months, @contract_value, @contract_currency,
           @review_interval_months, @auto_renews, @renewal_months, @contacts, @notes, @stamp, @stamp)`,
      )
      .run({ ...this.supplierValues(input), stamp });
    return supplierFromRow(this.supplierRow(Number(info.lastInsertRowid)));
  }

  updateSupplier(input: ParsedInputOf<'updateSupplier'>): Supplier {
    return this.db.transaction(() => {
      this.supplierRow(input.id);
      this.db
        .prepare(
          `UPDATE suppliers SET name = @name, category = @category, contract_start = @contract_start,
             contract_end = @contract_end, notice_months = @notice_months, contract_value = @contract_value,
             contract_currency = @contract_currency,
             review_interval_months = @review_interval_months, auto_renews = @auto_renews, renewal_months = @renewal_months, contacts = @contacts, notes = @notes, updated_at = @stamp
           WHERE id = @id`,
        )
        .run({ ...this.supplierValues(input), id: input.id, stamp: now() });
      return supplierFromRow(this.supplierRow(input.id));
    })();
  }

  endSupplier({ id, endedOn }: ParsedInputOf<'endSupplier'>): Supplier {
    const date = endedOn ?? this.today();
    return this.db.transaction(() => {
      this.supplierRow(id);
      this.db.prepare("UPDATE suppliers SET status = 'ended', ended_on = ?, updated_at = ? WHERE id = ?").run(date, now(), id);
      return supplierFromRow(this.supplierRow(id));
    })();
  }

  reopenSupplier({ id }: { id: number }): Supplier {
    return this.db.transaction(() => {
      this.supplierRow(id);
      this.db.prepare("UPDATE suppliers SET status = 'active', ended_on = NULL, updated_at = ? WHERE id = ?").run(now(), id);
      return supplierFromRow(this.supplierRow(id));
    })();
  }

  /** Moves the supplier (and with it its journal) to the trash. */
  deleteSupplier({ id }: { id: number }): { deleted: true } {
    const info = this.db.prepare('UPDATE suppliers SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now(), id);
    if (info.changes === 0) throw new JournalError('not_found', 'supplierNotFound');
    return { deleted: true };
  }

  // ---------- entries ----------

  listEntries(f: ParsedInputOf<'listEntries'>): Entry[] {
    this.supplierRow(f.supplierId);
    const where = ['e.supplier_id = @supplierId', 'e.deleted_at IS NULL'];
    const params: Record<string, unknown> = { supplierId: f.supplierId };
    if (f.kinds.length) {
      where.push(`e.kind IN (${f.kinds.map((_, i) => `@kind${i}`).join(', ')})`);
      f.kinds.forEach((k, i) => (params[`kind${i}`] = k));
    }
    if (f.tag) {
      where.push('EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag = @tag)');
      params.tag = f.tag;
    }
    if (f.from) {
      where.push('e.date >= @from');
      params.from = f.from;
    }
    if (f.to) {
      where.push('e.date <= @to');
      params.to = f.to;
    }
    if (f.text) {
      // Case-insensitive for every script: JavaScript lowercases, SQLite's lower() only knows ASCII.
      where.push(`instr(rapport_fold(${SEARCHED_TEXT}), @text) > 0`);
      params.text = f.text.toLocaleLowerCase();
    }
    const rows = this.db.prepare(`${ENTRY_SELECT} WHERE ${where.join(' AND ')} ORDER BY e.date DESC, e.id DESC`).all(params);
    return (rows as EntryRow[]).map(entryFromRow);
  }

  getEntry({ id }: { id: number }): Entry {
    const row = this.db
      .prepare(`${ENTRY_SELECT} JOIN suppliers s ON s.id = e.supplier_id WHERE e.id = ? AND e.deleted_at IS NULL AND s.deleted_at IS NULL`)
      .get(id) as EntryRow | undefined;
    if (!row) throw new JournalError('not_found', 'entryNotFound');
    return entryFromRow(row);
  }

  private writeTags(entryId: number, tags: string[]) {
    this.db.prepare('DELETE FROM entry_tags WHERE entry_id = ?').run(entryId);
    const insert = this.db.prepare('INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)');
    for (const tag of tags) insert.run(entryId, tag);
  }

  /** Inserts one parsed entry; callers hold the transaction. */
  insertEntry(e: z.output<typeof entryInput>): number {
    this.supplierRow(e.supplierId);
    const cols = entryColumns(e);
    const stamp = now();
    const info = this.db
      .prepare(
        `INSERT INTO entries (${ENTRY_COLUMNS.join(', ')}, created_at, updated_at)
         VALUES (${ENTRY_COLUMNS.map((c) => `@${c}`).join(', ')}, @stamp, @stamp)`,
      )
      .run({ ...cols, stamp });
    const entryId = Number(info.lastInsertRowid);
    this.writeTags(entryId, e.tags);
    return entryId;
  }

  createEntry(input: ParsedInputOf<'createEntry'>): Entry {
    const entryId = this.db.transaction(() => this.insertEntry(input))();
    return this.getEntry({ id: entryId });
  }

  updateEntry(input: ParsedInputOf<'updateEntry'>): Entry {
    return this.db.transaction(() => {
      const existing = this.getEntry({ id: input.id });
      this.supplierRow(input.supplierId);
      if (existing.kind !== input.kind) throw new JournalError('conflict', 'kindChange', [{ path: ['kind'], key: 'kindChange', params: {} }]);
      const cols = entryColumns(input);
      this.db
        .prepare(`UPDATE entries SET ${ENTRY_COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, updated_at = @stamp WHERE id = @id`)
        .run({ ...cols, id: input.id, stamp: now() });
      this.writeTags(input.id, input.tags);
      return this.getEntry({ id: input.id });
    })();
  }

  settlePromise({ id, status, settledOn }: ParsedInputOf<'settlePromise'>): Entry {
    return this.db.transaction(() => {
      const e = this.getEntry({ id });
      if (e.kind !== 'promise') throw new JournalError('conflict', 'notAPromise');
      const issue = settledDateIssue(e.date, settledOn);
      if (issue) throw new JournalError('validation', 'validation', [issue]);
      this.db.prepare('UPDATE entries SET status = ?, settled_on = ?, updated_at = ? WHERE id = ?').run(status, settledOn, now(), id);
      return this.getEntry({ id });
    })();
  }

  resolveIncident({ id, resolvedOn, handledWell }: ParsedInputOf<'resolveIncident'>): Entry {
    return this.db.transaction(() => {
      const e = this.getEntry({ id });
      if (e.kind !== 'incident') throw new JournalError('conflict', 'notAnIncident');
      const issue = resolvedDateIssue(e.date, resolvedOn);
      if (issue) throw new JournalError('validation', 'validation', [issue]);
      const well = handledWell === null ? null : handledWell ? 1 : 0;
      this.db.prepare('UPDATE entries SET resolved_on = ?, handled_well = ?, updated_at = ? WHERE id = ?').run(resolvedOn, well, now(), id);
      return this.getEntry({ id });
    })();
  }

  deleteEntry({ id }: { id: number }): { deleted: true } {
    const info = this.db.prepare('UPDATE entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now(), id);
    if (info.changes === 0) throw new JournalError('not_found', 'entryNotFound');
    return { deleted: true };
  }

  listTags({ supplierId }: ParsedInputOf<'listTags'>): string[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT t.tag FROM entry_tags t JOIN entries e ON e.id = t.entry_id
         WHERE e.deleted_at IS NULL AND (@supplierId IS NULL OR e.supplier_id = @supplierId) ORDER BY t.tag`,
      )
      .pluck()
      .all({ supplierId });
    return rows as string[];
  }

  // ---------- trash ----------

  listTrash(): TrashItem[] {
    const suppliers = this.db
      .prepare(
        `SELECT 'supplier' AS type, id, name AS title, name AS supplierName, NULL AS kind, deleted_at AS deletedAt
         FROM suppliers WHERE deleted_at IS NOT NULL`,
      )
      .all() as TrashItem[];
    const entries = this.db
      .prepare(
        `SELECT 'entry' AS type, e.id, e.title, s.name AS supplierName, e.kind, e.deleted_at AS deletedAt
         FROM entries e JOIN suppliers s ON s.id = e.supplier_id
         WHERE e.deleted_at IS NOT NULL AND s.deleted_at IS NULL`,
      )
      .all() as TrashItem[];
    return [...suppliers, ...entries].sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  restoreFromTrash({ type, id }: ParsedInputOf<'restoreFromTrash'>): { restored: true } {
    const table = type === 'supplier' ? 'suppliers' : 'entries';
    const info = this.db.prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`).run(id);
    if (info.changes === 0) throw new JournalError('not_found', type === 'supplier' ? 'supplierNotFound' : 'entryNotFound');
    return { restored: true };
  }

  emptyTrash(): { purged: number } {
    return this.db.transaction(() => {
      const entries = this.db.prepare('DELETE FROM entries WHERE deleted_at IS NOT NULL').run().changes;
      const suppliers = this.db.prepare('DELETE FROM suppliers WHERE deleted_at IS NOT NULL').run().changes;
      return { purged: entries + suppliers };
    })();
  }

  // ---------- trust ----------

  getTrustSettings(): TrustSettings {
    return readTrustSettings(this.db);
  }

  updateTrustSettings(input: ParsedInputOf<'updateTrustSettings'>): TrustSettings {
    const merged = { ...readTrustSettings(this.db), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    const parsed = trustSettingsSchema.parse(merged);
    writeTrustSettings(this.db, parsed);
    return parsed;
  }

  resetTrustSettings(): TrustSettings {
    writeTrustSettings(this.db, null);
    return readTrustSettings(this.db);
  }

  getTrustModelNotice(): { notice: ModelNotice | null } {
    return { notice: readTrustModelNotice(this.db) };
  }

  /** Keeps the settings in force (a version-1 journal's own values, read as version 2): the notice is then done. */
  keepTrustSettings(): TrustSettings {
    const settings = readTrustSettings(this.db);
    writeTrustSettings(this.db, settings);
    return settings;
  }

  getSupplierTrust(input: ParsedInputOf<'getSupplierTrust'>): SupplierTrustView {
    return supplierTrust(this.db, input, this.today());
  }

  getReviewWaterfall(input: ParsedInputOf<'getReviewWaterfall'>): ReviewWaterfallView {
    return reviewWaterfallView(this.db, input, this.today());
  }

  getPortfolio(): PortfolioView {
    return portfolio(this.db, this.today());
  }

  // ---------- agenda (db/agenda.ts) ----------

  getAgenda = (q: ParsedInputOf<'getAgenda'>) => agenda.agendaView(this.db, { ...q, today: q.today ?? this.today() });
  getAgendaCalendar = (q: ParsedInputOf<'getAgendaCalendar'>) => agenda.agendaCalendarItems(this.db, { ...q, today: q.today ?? this.today() });
  snoozeAgendaItem = (q: ParsedInputOf<'snoozeAgendaItem'>) => agenda.markItem(this.db, { key: q.key, action: 'snoozed', until: q.until, today: q.today ?? this.today() });
  dismissAgendaItem = (q: ParsedInputOf<'dismissAgendaItem'>) => agenda.markItem(this.db, { key: q.key, action: 'dismissed', until: null, today: this.today() });
  undoAgendaMark = (q: ParsedInputOf<'undoAgendaMark'>) => agenda.unmarkItem(this.db, q.key);
  getAgendaSettings = () => agenda.readSettings(this.db);
  updateAgendaSettings = (q: ParsedInputOf<'updateAgendaSettings'>) => agenda.updateSettings(this.db, q);

  // ---------- example ----------

  /** The example in the given language, else the preferred one, else English. */
  loadExampleJournal(input: ParsedInputOf<'loadExampleJournal'>): { suppliers: number; entries: number } {
    const { suppliers } = this.getJournalInfo();
    if (suppliers > 0) throw new JournalError('conflict', 'exampleNeedsEmptyJournal');
    const language = input.language ?? this.getPreferences().language ?? 'en';
    return this.db.transaction(() => loadExample(this, language, this.today()))();
  }
}

/** Registers the SQL functions the queries above rely on. */
export function registerFunctions(db: Db): void {
  db.function('rapport_fold', { deterministic: true }, (text: unknown) => String(text ?? '').toLocaleLowerCase());
}
