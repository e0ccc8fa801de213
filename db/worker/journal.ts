// The Journal service: implements every method of the API contract on one
// SQLite connection that may write; the reads come from JournalReader
// (db/worker/journal-reads.ts). Inputs arrive already parsed by the contract's
// schemas (core/dispatch.ts); every write runs in a transaction.
import type { z } from 'zod';
import { resolvedDateIssue, settledDateIssue } from '../../core/entry-rules';
import type { JournalHandlers, ParsedInputOf } from '../../core/contract';
import { JournalError } from '../../core/errors';
import { exampleExport } from '../../core/example';
import { checkExport } from '../../core/export-format';
import type { entryInput } from '../../core/schemas';
import type { Entry, Preferences, Supplier } from '../../core/types';
import { trustSettingsSchema, type TrustSettings } from '../../core/trust/settings';
import { insertEntryRow } from './entry-insert';
import type { WritableDB } from './handles';
import { JournalReader, type JournalOptions } from './journal-reads';
import { openDatabase, type OpenOptions } from './open';
import { run, sql, sqlId, sqlJoin } from './query';
import { ENTRY_COLUMNS, entryColumns, supplierFromRow } from './rows';
import { insertSupplierRow, updateSupplierRow } from './supplier-write';
import { readTrustSettings, writeTrustSettings } from './trust';
import * as agenda from './agenda';
import * as attachments from './attachments';
import * as meetings from './meetings';
import * as templates from './templates';
import { finishMeeting, prepareMeeting, reopenMeeting } from './meeting-record';
import { writeImport } from './import';
import { keepHeld, keptPortfolio, keptPortfolioInSteps, type HeldLines } from './overview';
import type { PortfolioView } from '../../core/views';

export { type JournalOptions } from './journal-reads';

const now = () => new Date().toISOString();

export class Journal extends JournalReader implements JournalHandlers {
  private heldLines: HeldLines | null = null;

  constructor(
    override readonly db: WritableDB,
    options: JournalOptions,
  ) {
    super(db, options);
  }

  // ---------- preferences ----------

  updatePreferences(input: ParsedInputOf<'updatePreferences'>): Preferences {
    const put = this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(input)) if (value !== undefined) put.run(`pref.${key}`, JSON.stringify(value));
    })();
    return this.getPreferences();
  }

  // ---------- suppliers ----------

  createSupplier(input: ParsedInputOf<'createSupplier'>): Supplier {
    const stamp = now();
    const id = insertSupplierRow(this.db, input, null, { status: 'active', endedOn: null, createdAt: stamp, updatedAt: stamp });
    return supplierFromRow(this.supplierRow(id));
  }

  updateSupplier(input: ParsedInputOf<'updateSupplier'>): Supplier {
    return this.db.transaction(() => {
      this.supplierRow(input.id);
      updateSupplierRow(this.db, input.id, input, now());
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

  private writeTags(entryId: number, tags: string[]) {
    this.db.prepare('DELETE FROM entry_tags WHERE entry_id = ?').run(entryId);
    const insert = this.db.prepare('INSERT OR IGNORE INTO entry_tags (entry_id, tag) VALUES (?, ?)');
    for (const tag of tags) insert.run(entryId, tag);
  }

  /** Inserts one parsed entry; callers hold the transaction. */
  insertEntry(e: z.output<typeof entryInput>): number {
    this.supplierRow(e.supplierId);
    const stamp = now();
    return insertEntryRow(this.db, e, null, stamp, stamp);
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
      const set = sqlJoin(ENTRY_COLUMNS.map((c) => sql`${sqlId(c)} = ${cols[c] ?? null}`));
      run(this.db, sql`UPDATE entries SET ${set}, updated_at = ${now()} WHERE id = ${input.id}`);
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

  // ---------- attachments (db/worker/attachments.ts) ----------

  addAttachment = (q: ParsedInputOf<'addAttachment'>) => attachments.addAttachment(this.db, q);
  renameAttachment = (q: ParsedInputOf<'renameAttachment'>) => attachments.renameAttachment(this.db, q.id, q.name);
  removeAttachment = (q: ParsedInputOf<'removeAttachment'>) => attachments.removeAttachment(this.db, q.id);

  /** The reviewed mail: the entry and the mail file on it, both or neither. */
  saveMailEntry({ entry, mail }: ParsedInputOf<'saveMailEntry'>): Entry {
    const entryId = this.db.transaction(() => {
      const id = this.insertEntry(entry);
      attachments.addAttachment(this.db, { target: { entryId: id }, ...mail });
      return id;
    })();
    return this.getEntry({ id: entryId });
  }

  // ---------- entry templates (db/worker/templates.ts) ----------

  createEntryTemplate = (q: ParsedInputOf<'createEntryTemplate'>) => templates.createTemplate(this.db, q as Parameters<typeof templates.createTemplate>[1]);
  updateEntryTemplate = (q: ParsedInputOf<'updateEntryTemplate'>) => templates.updateTemplate(this.db, q as Parameters<typeof templates.updateTemplate>[1]);
  deleteEntryTemplate = (q: ParsedInputOf<'deleteEntryTemplate'>) => templates.deleteTemplate(this.db, q.id);

  // ---------- trash ----------

  restoreFromTrash({ type, id }: ParsedInputOf<'restoreFromTrash'>): { restored: true } {
    if (type === 'attachment') {
      attachments.restoreAttachment(this.db, id);
      return { restored: true };
    }
    if (type === 'template') {
      templates.restoreTemplate(this.db, id);
      return { restored: true };
    }
    const table = sqlId(type === 'supplier' ? 'suppliers' : 'entries');
    // A restore is a change: its calendar events come back with a SEQUENCE above the cancelled ones (renderer/agenda/calendar.ts).
    const info = run(this.db, sql`UPDATE ${table} SET deleted_at = NULL, updated_at = ${now()} WHERE id = ${id} AND deleted_at IS NOT NULL`);
    if (info.changes === 0) throw new JournalError('not_found', type === 'supplier' ? 'supplierNotFound' : 'entryNotFound');
    return { restored: true };
  }

  emptyTrash(): { purged: number } {
    return this.db.transaction(() => {
      const entries = this.db.prepare('DELETE FROM entries WHERE deleted_at IS NOT NULL').run().changes;
      const suppliers = this.db.prepare('DELETE FROM suppliers WHERE deleted_at IS NOT NULL').run().changes;
      // After the entries and suppliers: their attachments went with them, and their content is freed too.
      const files = attachments.purgeTrashedAttachments(this.db);
      return { purged: entries + suppliers + files + templates.purgeTrashedTemplates(this.db) };
    })();
  }

  // ---------- trust ----------

  /** The overview's portfolio: each supplier's kept line, those out of date computed again and kept (db/worker/overview.ts). */
  getPortfolio(): PortfolioView {
    return keptPortfolio(this.db, this.today(), this.heldLines ?? undefined);
  }

  /** getPortfolio in steps, `pause` awaited between them (the host answers reads meanwhile). */
  getPortfolioInSteps(pause: () => Promise<void>): Promise<PortfolioView> {
    return keptPortfolioInSteps(this.db, this.today(), this.heldLines ?? undefined, pause);
  }

  /** Until keepHeldLines: the overview's lines are held in memory, the file not written (it is not yet read whole). */
  holdLines(): void {
    this.heldLines = new Map();
  }

  keepHeldLines(): void {
    if (this.heldLines) keepHeld(this.db, this.heldLines);
    this.heldLines = null;
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

  /** Keeps the settings in force (a version-1 journal's own values, read as version 2): the notice is then done. */
  keepTrustSettings(): TrustSettings {
    const settings = readTrustSettings(this.db);
    writeTrustSettings(this.db, settings);
    return settings;
  }

  // ---------- agenda (db/worker/agenda.ts) ----------

  snoozeAgendaItem = (q: ParsedInputOf<'snoozeAgendaItem'>) => agenda.markItem(this.db, { key: q.key, action: 'snoozed', until: q.until, today: q.today ?? this.today() });
  dismissAgendaItem = (q: ParsedInputOf<'dismissAgendaItem'>) => agenda.markItem(this.db, { key: q.key, action: 'dismissed', until: null, today: this.today() });
  markAgendaItemDone = (q: ParsedInputOf<'markAgendaItemDone'>) => agenda.markItem(this.db, { key: q.key, action: 'done', until: null, today: this.today() });
  undoAgendaMark = (q: ParsedInputOf<'undoAgendaMark'>) => agenda.unmarkItem(this.db, q.key);
  updateAgendaSettings = (q: ParsedInputOf<'updateAgendaSettings'>) => agenda.updateSettings(this.db, q);

  // ---------- meetings (db/worker/meetings.ts, db/worker/meeting-record.ts) ----------

  prepareMeeting = (q: ParsedInputOf<'prepareMeeting'>) => prepareMeeting(this, { ...q, today: q.today ?? this.today() });
  updateMeeting = (q: ParsedInputOf<'updateMeeting'>) => meetings.updateMeeting(this.db, q);
  addMeetingPoint = (q: ParsedInputOf<'addMeetingPoint'>) => meetings.addPoint(this.db, q);
  updateMeetingPoint = (q: ParsedInputOf<'updateMeetingPoint'>) => meetings.updatePoint(this.db, q);
  moveMeetingPoint = (q: ParsedInputOf<'moveMeetingPoint'>) => meetings.movePoint(this.db, q);
  removeMeetingPoint = (q: ParsedInputOf<'removeMeetingPoint'>) => meetings.removePoint(this.db, q.id);
  saveMeetingAction = (q: ParsedInputOf<'saveMeetingAction'>) => meetings.saveAction(this.db, q);
  removeMeetingAction = (q: ParsedInputOf<'removeMeetingAction'>) => meetings.removeAction(this.db, q.id);
  finishMeeting = (q: ParsedInputOf<'finishMeeting'>) => finishMeeting(this, q.id);
  reopenMeeting = (q: ParsedInputOf<'reopenMeeting'>) => reopenMeeting(this, q.id);
  deleteMeeting = (q: ParsedInputOf<'deleteMeeting'>) => meetings.deleteMeeting(this.db, q.id);

  // ---------- example ----------

  /** The example in the given language, else the preferred one, else English: written as an import of it, added as new. */
  loadExampleJournal(input: ParsedInputOf<'loadExampleJournal'>): { suppliers: number; entries: number } {
    const { suppliers } = this.getJournalInfo();
    if (suppliers > 0) throw new JournalError('conflict', 'exampleNeedsEmptyJournal');
    const language = input.language ?? this.getPreferences().language ?? 'en';
    const checked = checkExport(exampleExport(language, this.today(), now()));
    // The shipped example is checked by its own tests: a problem here is the app's, not the manager's.
    if (!checked.ok) throw new Error(`the example journal does not pass the import's check: ${JSON.stringify(checked.issues.slice(0, 3))}`);
    const written = writeImport(this.db, checked.value, { mode: 'add-as-new' });
    return { suppliers: written.suppliers, entries: written.entries };
  }
}

/** A Journal on this thread (the writer worker's host; tests and benchmarks). */
export async function openJournal(dataFile: string, options: OpenOptions & Omit<JournalOptions, 'dataFile'>): Promise<Journal> {
  const db = await openDatabase(dataFile, options);
  return new Journal(db, { ...options, dataFile });
}
