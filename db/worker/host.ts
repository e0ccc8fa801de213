// The journal as the writing worker holds it: the open Journal, or the
// reason it could not be opened (the file is then never written to), plus
// the methods about the file itself: backups, restore (which replaces the
// connection), export and import. Every call the writer gets comes through
// JournalHost.answer, which routes it by its kind (core/contract.ts).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import { type contract, kindOf, type FileHandlers, type MethodKind, type ParsedInputOf } from '../../core/contract';
import { dispatch, dispatchAsync } from '../../core/dispatch';
import { JournalError, storageProblem, type ApiResult } from '../../core/errors';
import type { BackupSummary, FileSummary, ImportProgress, JournalStatus, RestoreResult } from '../../core/files';
import { todayIso } from '../../core/dates';
import { backupNow, backupsDir, listBackups, removeLeftoverPartials, restoreFrom, rotateBackups, dueForDailyBackup, type BackupInfo } from './backups';
import { replaceFile, syncFile, writeProblem } from '../common/durable-file';
import { isPlainSqlite } from '../common/lock/key-file';
import { hasHotSidecar, inspectFromOutside, inspectJournalFile, reportError, withReadOnly, type JournalFileReport } from './inspect-file';
import { exportCsv, exportJson } from './export';
import { writeJournalArchive } from './export-archive';
import { importExportFile } from './import-archive';
import { newTransferId, removeTransfer, transferFile } from '../common/transfers';
import { readSpreadsheet } from './spreadsheet';
import { importSuppliers, previewSupplierImport } from './supplier-import';
import { importCsvInSteps, importJson, previewCsvImportInSteps, type CsvImportOptions, type CsvMapping, type ImportProgressReport } from './import';
import { openJournal } from './journal';
import { journalNotYetMade, makeJournal } from './new-journal';
import { fileReadsWhole, openWriter } from './open';
import { optionsForFile, sourceOptions } from './lock/file-key';
import type { KeyHex } from './lock/cipher';
import { writeVerifiedCopy } from './backups/make';
import { rebuildSearchIndex } from './search';
import type { Journal } from './journal';
import type { HostOptions } from '../protocol';
import { MAX_ATTACHMENT_BYTES } from '../../core/attachments';
import type { MailDraft } from '../../core/mail';
import { tooLarge } from './attachments';
import { readMail } from './mail';
import { mailPeople, matchSupplier, nameDraft } from '../../core/mail';
import { readPendingTexts } from './attachment-text';
import { nextTurn } from './turns';

export type { HostOptions } from '../protocol';

const HOUR = 3_600_000;
/**
 * The first screen has its answers once no call has come for this long; the
 * start-up checks wait for that, or at most the second: the writer answers
 * every read, so a manager who goes on reading never leaves it quiet, and
 * until the whole-file read a new day's overview lines are held, not kept.
 */
const QUIET_MS = 1_000;
const QUIET_AT_MOST_MS = 3_000;

/** The kinds the host answers itself (FileHandlers); reads and writes go to the Journal. */
const FILE_KINDS: readonly MethodKind[] = ['status', 'file', 'swap'];

function summaryOf(report: JournalFileReport): FileSummary {
  return report.ok
    ? { ok: true, size: report.size, schemaVersion: report.schemaVersion, suppliers: report.suppliers, entries: report.entries, newestEntryOn: report.newestEntryOn, problem: null }
    : { ok: false, size: report.size, schemaVersion: null, suppliers: null, entries: null, newestEntryOn: null, problem: report.reason };
}

function backupSummary(b: BackupInfo): BackupSummary {
  return {
    name: b.name, kind: b.kind, createdAt: b.createdAt, ok: b.problem === null, size: b.size, schemaVersion: b.schemaVersion,
    suppliers: b.suppliers, entries: b.entries, newestEntryOn: b.newestEntryOn, problem: b.problem,
  };
}

function stamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

export class JournalHost implements FileHandlers {
  private journal: Journal | null = null;
  private problem: JournalError | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Calls wait while a restore swaps the connection. */
  private queue: Promise<unknown> = Promise.resolve();
  /** When the last call came: the start's own checks wait for a quiet moment. */
  private lastCallAt = Date.now();
  /** The automatic backup being made, if any (it never rejects). */
  private autoBackup: Promise<void> = Promise.resolve();
  /** Opened without its whole-file check, which verifyIntegrity still owes. */
  private unverified = false;
  private checkedAfterDamage = false;
  /** The long import or preview under way, if any. */
  private longWork: { startedAt: number; progress: ImportProgressReport | null } | null = null;
  /** The portfolio being computed in steps: reads are answered between them. */
  private portfolioSteps = 0;

  private constructor(
    readonly dataFile: string,
    private readonly options: HostOptions,
    private readonly onUnusable: (problem: JournalError) => void,
  ) {}

  /** Opens the journal, or records why it cannot be opened without touching the file. */
  /** `onUnusable`: told when a journal that opened is found unusable later (damaged), so the readers let go of it too. */
  static async open(dataFile: string, options: HostOptions, onUnusable: (problem: JournalError) => void = () => {}): Promise<JournalHost> {
    const host = new JournalHost(path.resolve(dataFile), options, onUnusable);
    // A backup, restore or first start cut short last time (a kill) left a temporary file that nothing else removes.
    const leftovers = removeLeftoverPartials(host.dataFile);
    if (leftovers.length) console.log(`[rapport] removed ${leftovers.length} unfinished file(s) left by an interrupted run.`);
    await host.openFile();
    // Once the shell is up (it asks for the overview's portfolio at once,
    // db/shell/workers.ts): the whole file is read once to know it is whole,
    // then the start-up backup begins, so neither shares the machine's cores
    // with the first screen at the moment the manager waits.
    setTimeout(() => {
      if (host.closed) return;
      // The whole-file read holds the writer's turn (and the backup a core):
      // both wait until the first screen has had its answers.
      const quiet = host.whenQuiet(QUIET_MS, QUIET_AT_MOST_MS);
      const whole = quiet.then(() => host.verifyIntegrity());
      if (options.autoBackups) void whole.then((ok) => ok && !host.closed && host.startAutoBackups());
    }, 0);
    return host;
  }

  get isOpen(): boolean {
    return this.journal !== null;
  }

  get unusableReason(): JournalError | null {
    return this.problem;
  }

  private async openFile(): Promise<void> {
    this.journal = null;
    this.problem = null;
    // Made just now, or inspected whole on a copy: nothing left to check.
    let checkedWhole = true;
    try {
      // A new journal is made whole before it takes its name; a file with no data (a first start cut short) is one not yet made.
      if (journalNotYetMade(this.dataFile, this.options)) {
        const hadNoData = fs.existsSync(this.dataFile);
        await makeJournal(this.dataFile, this.options);
        if (hadNoData) console.log(`[rapport] ${this.dataFile} held no data (a first start cut short): a new journal was made in its place.`);
      } else {
        // Left by a crash, a -wal or -journal must be played back before the
        // file says what it holds: that is done on a private copy first.
        // Otherwise the journal's own connection checks it before it writes
        // (openDatabase), which spares a copy of the whole file at every start.
        const outside = inspectFromOutside(this.dataFile, this.options);
        const report = !outside.ok ? outside.report : hasHotSidecar(this.dataFile) ? inspectJournalFile(this.dataFile, this.options) : null;
        checkedWhole = report !== null;
        if (report && !report.ok) {
          this.problem = reportError(report);
          return;
        }
      }
      // The whole-file read (quick_check), where not done yet, waits for verifyIntegrity after the first screen.
      this.journal = await openJournal(this.dataFile, { ...this.options, integrity: 'later' });
      this.unverified = !checkedWhole;
      if (this.unverified) this.journal.holdLines();
    } catch (err) {
      this.problem = err instanceof JournalError ? err : (storageProblem(err) ?? new JournalError('conflict', 'cannotOpen'));
    }
  }

  /**
   * The whole-file check the start left for later (openFile): every page
   * read once (quick_check), in the writer's turn. A journal found damaged is
   * let go of, untouched from then on: every call answers 'corrupt', and the
   * screens show the recovery screen with its backups. Until it is done the
   * overview's lines are held in memory, not written (db/worker/overview.ts).
   */
  private verifyIntegrity(): Promise<boolean> {
    // Then the texts of files a journal from before migration 014 holds (db/worker/attachment-text.ts).
    return this.enqueue(async () => this.verifyInTurn() && (await this.readAttachmentTexts(), true));
  }

  /** The text of every attachment not read yet goes into the search, in the writer's turn; never while the file is not yet read whole. */
  private async readAttachmentTexts(): Promise<void> {
    if (this.unverified || this.closed || !this.journal) return;
    await readPendingTexts(this.journal.db);
  }

  /** SQLite met a damaged page in a call (here or in a reader): the whole file is read now, in the writer's turn. */
  checkWholeNow(): Promise<boolean> {
    // Once: a file read whole after such a call (the damage is elsewhere, e.g. the search index) is not read again at every call.
    if (!this.checkedAfterDamage) this.unverified = true;
    this.checkedAfterDamage = true;
    return this.verifyIntegrity();
  }

  /** verifyIntegrity's work, for a caller already in the writer's turn. */
  private verifyInTurn(): boolean {
    if (!this.unverified || this.closed || !this.journal) return this.journal !== null;
    this.unverified = false;
    if (fileReadsWhole(this.journal.db)) {
      this.journal.keepHeldLines();
      return true;
    }
    console.error(`[rapport] ${this.dataFile} is damaged: it is left as it is, and the app offers its backups.`);
    this.journal.close();
    this.journal = null;
    this.problem = new JournalError('conflict', 'corrupt', [{ path: [], key: 'corrupt', params: {} }]);
    this.onUnusable(this.problem);
    return false;
  }

  private startAutoBackups(): void {
    const run = async (force: boolean) => {
      if (!this.journal || (!force && !dueForDailyBackup(this.dataFile))) return;
      try {
        await backupNow(this.journal.db, this.dataFile, 'auto', this.options);
        rotateBackups(this.dataFile, new Date());
      } catch (err) {
        // Closing the journal stops a backup under way (its temporary file is removed): not a failure to report.
        if (!this.closed) console.error('[rapport] automatic backup failed:', err);
      }
    };
    // Outside the call queue: the copy is read in steps and checked in a
    // worker, so calls go on meanwhile. A restore waits for it (restoreFromFile).
    const start = (force: boolean) => {
      this.autoBackup = this.autoBackup.then(() => run(force));
    };
    start(true);
    this.timer = setInterval(() => start(false), HOUR);
    this.timer.unref();
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.journal?.close();
    this.journal = null;
  }

  /**
   * Every call the writer gets, routed by its kind: reads and writes to the
   * Journal, the rest to this host, each in its turn. While a long import
   * runs (it pauses between chunks of rows and writes through its own
   * connection), reads and status calls are answered at once; every other
   * call waits, so nothing writes beside the import or swaps the journal under it.
   */
  answer(name: string, rawInput: unknown): Promise<ApiResult<unknown>> {
    const kind = kindOf(name);
    this.lastCallAt = Date.now();
    const call = async (): Promise<ApiResult<unknown>> => {
      if (kind === 'status' || kind === 'file' || kind === 'swap') return dispatchAsync(this, name, rawInput, FILE_KINDS);
      // Nothing the manager writes goes into a file not yet read whole: the first write has it read now.
      if (kind === 'write' && name !== 'getPortfolio') this.verifyInTurn();
      if (!this.journal && kind !== null) {
        return { ok: false, error: { code: 'unavailable', key: this.problem?.key ?? 'cannotOpen', issues: this.problem?.issues ?? [] } };
      }
      if (name === 'getPortfolio' && this.journal) return this.portfolioInSteps(this.journal, rawInput);
      return dispatch(this.journal ?? {}, name, rawInput);
    };
    // A write may have added files (an attachment, a mail, an import): their text is read before the answer, so a search right after finds it.
    const run = async (): Promise<ApiResult<unknown>> => {
      const result = await call();
      if (result.ok && kind !== 'read' && kind !== 'status') await this.readAttachmentTexts();
      // Quiet counts from the last answer: a call that took a second (a new day's lines) is no quiet second.
      this.lastCallAt = Date.now();
      return result;
    };
    if ((kind === 'read' || kind === 'status') && (this.longWork || this.portfolioSteps > 0)) return run();
    return this.enqueue(run);
  }

  /**
   * The overview's portfolio, its lines computed in steps (a new day's take a
   * second on a large journal): reads are answered between them, so no reader
   * thread has to be started for them (db/shell/workers.ts).
   */
  private async portfolioInSteps(journal: Journal, rawInput: unknown): Promise<ApiResult<unknown>> {
    this.portfolioSteps += 1;
    try {
      return await dispatchAsync({ getPortfolio: () => journal.getPortfolioInSteps(nextTurn) }, 'getPortfolio', rawInput, ['write']);
    } finally {
      this.portfolioSteps -= 1;
    }
  }

  /** Resolves once no call has come for `quietMs`, or after `atMostMs` whatever comes. */
  private whenQuiet(quietMs: number, atMostMs: number): Promise<void> {
    const latest = Date.now() + atMostMs;
    return new Promise((resolve) => {
      const check = () => {
        const wait = Math.min(this.lastCallAt + quietMs, latest) - Date.now();
        if (wait <= 0 || this.closed) resolve();
        else setTimeout(check, wait);
      };
      check();
    });
  }

  /** Runs `work` after everything queued before it (a restore swaps the connection underneath). */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private open(): Journal {
    if (!this.journal) throw new JournalError('unavailable', this.problem?.key ?? 'cannotOpen');
    return this.journal;
  }

  // ---------- status and backups ----------

  async getJournalStatus(): Promise<JournalStatus> {
    // Inspecting every backup costs a read of each file: only the recovery screen needs it.
    const good = this.journal ? undefined : listBackups(this.dataFile, this.options).find((b) => b.problem === null);
    return {
      state: this.journal ? 'open' : 'unusable',
      dataFile: this.dataFile,
      backupsDir: backupsDir(this.dataFile),
      problem: this.problem ? { key: this.problem.key, params: this.problem.issues[0]?.params ?? {} } : null,
      newestGoodBackup: good ? backupSummary(good) : null,
    };
  }

  async listBackups(): Promise<BackupSummary[]> {
    return listBackups(this.dataFile, this.options).map(backupSummary);
  }

  async backupNow(): Promise<BackupSummary> {
    return backupSummary(await backupNow(this.open().db, this.dataFile, 'manual', this.options));
  }

  // ---------- restore ----------

  async restoreBackup({ name, recoveryKey }: ParsedInputOf<'restoreBackup'>): Promise<RestoreResult> {
    // Only names from our own list: the renderer never hands us a path.
    const backup = listBackups(this.dataFile, this.options).find((b) => b.name === name);
    if (!backup) throw new JournalError('not_found', 'backupNotFound');
    return this.restoreFromFile(backup.file, optionsForFile(this.options, recoveryKey).sourceKey);
  }

  async inspectUpload({ contentBase64, recoveryKey }: ParsedInputOf<'inspectUpload'>): Promise<FileSummary> {
    const options = sourceOptions(optionsForFile(this.options, recoveryKey));
    return this.withUpload(contentBase64, (file) => summaryOf(inspectJournalFile(file, options)));
  }

  async restoreUpload({ contentBase64, recoveryKey }: ParsedInputOf<'restoreUpload'>): Promise<RestoreResult> {
    const sourceKey = optionsForFile(this.options, recoveryKey).sourceKey;
    return this.withUpload(contentBase64, (file) => this.restoreFromFile(file, sourceKey));
  }

  private async withUpload<T>(contentBase64: string, use: (file: string) => T | Promise<T>): Promise<T> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-upload-'));
    const file = path.join(dir, `upload-${crypto.randomBytes(6).toString('hex')}.sqlite`);
    try {
      fs.writeFileSync(file, Buffer.from(contentBase64, 'base64'));
      return await use(file);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Replaces the journal with a copy of `source` (read with `sourceKey`; the
   * copy is locked with the journal's key), keeping what was there (undo
   * backup, or the unusable file set aside).
   */
  private async restoreFromFile(source: string, sourceKey: KeyHex | null = this.options.key ?? null): Promise<RestoreResult> {
    const report = inspectJournalFile(source, { ...this.options, key: sourceKey });
    if (!report.ok) throw reportError(report);
    // Never swap the journal under an automatic backup that is still reading it.
    await this.autoBackup;
    if (this.journal) {
      const outcome = await restoreFrom(this.journal.db, this.dataFile, source, { ...this.options, sourceKey });
      if (outcome.reopen) await this.openFile();
      if (!outcome.restored) throw outcome.error;
      if (this.journal) rebuildSearchIndex(this.journal.db);
      return { restored: true, undoName: outcome.undoBackup.name, setAside: null };
    }
    // The journal could not be opened. The source is copied in beside it
    // (through SQLite, locked with the journal's key) and flushed first; then
    // the unusable file is moved aside untouched (a rename, never a write)
    // and the copy takes its name, flushed with the folder
    // (db/common/durable-file.ts). A failure before the set-aside leaves
    // everything as it was, and no copy behind.
    const temp = `${this.dataFile}.restoring-${stamp()}`;
    let setAside: string | null = null;
    try {
      await this.copyIn(source, temp, sourceKey);
      syncFile(temp);
      if (fs.existsSync(this.dataFile)) {
        setAside = `${this.dataFile}.unusable-${stamp()}`;
        fs.renameSync(this.dataFile, setAside);
        for (const suffix of ['-wal', '-shm', '-journal']) {
          if (fs.existsSync(this.dataFile + suffix)) fs.renameSync(this.dataFile + suffix, setAside + suffix);
        }
      }
    } catch (err) {
      fs.rmSync(temp, { force: true });
      throw writeProblem(err, this.dataFile);
    }
    replaceFile(temp, this.dataFile);
    await this.openFile();
    if (!this.journal) throw this.problem ?? new JournalError('conflict', 'restoreFailed');
    rebuildSearchIndex(this.open().db);
    return { restored: true, undoName: null, setAside };
  }

  /** A verified copy of `source` at `temp`, under the journal's key (a plain file copied as it is when the journal is plain). */
  private async copyIn(source: string, temp: string, sourceKey: KeyHex | null): Promise<void> {
    const key = this.options.key ?? null;
    const plainSource = isPlainSqlite(source);
    if (!key && plainSource) {
      fs.copyFileSync(source, temp);
      return;
    }
    const from = plainSource ? null : sourceKey;
    await withReadOnly(source, { ...this.options, key: from }, (src) => writeVerifiedCopy(src, temp, { ...this.options, sourceKey: from }));
  }

  // ---------- export and import ----------

  async exportJson() {
    return { fileName: `rapport-${todayIso()}.json`, mimeType: 'application/json', text: exportJson(this.open().db) };
  }

  /** The journal archive written into the transfers folder under a new id, for the shell to stream as a download. */
  async exportArchive() {
    const id = newTransferId();
    const summary = await writeJournalArchive(this.open().db, path.join(this.transferDir(), id));
    return { fileName: `rapport-${todayIso()}.zip`, download: id, attachments: summary.attachments };
  }

  /** An uploaded export, read from the transfers folder (never whole: importExportFile); removed after, imported or not. */
  async importUpload({ upload, mode }: ParsedInputOf<'importUpload'>) {
    const dir = this.transferDir();
    const file = transferFile(dir, upload)!;
    const db = this.open().db;
    const writer = db.memory ? null : openWriter(this.dataFile, this.options);
    try {
      const summary = await this.asLongWork((onProgress) => importExportFile(db, writer, file, { mode }, { onProgress }));
      return { suppliers: summary.suppliers, entries: summary.entries, marks: summary.marks, marksDropped: summary.marksDropped };
    } finally {
      writer?.close();
      removeTransfer(dir, upload);
    }
  }

  private transferDir(): string {
    // Without a shell's folder (tests, scripts): beside the journal, so what is left goes with its folder.
    return this.options.transferDir ?? path.join(path.dirname(path.resolve(this.dataFile)), 'transfers');
  }

  async exportCsv({ table, language }: ParsedInputOf<'exportCsv'>) {
    return { fileName: `rapport-${table}-${todayIso()}.csv`, mimeType: 'text/csv', text: exportCsv(this.open().db, table, { language }) };
  }

  async importJson({ text, mode }: ParsedInputOf<'importJson'>) {
    // The import indexes what it adds in its own transaction (db/worker/search-bulk.ts).
    const summary = importJson(this.open().db, text, { mode });
    return { suppliers: summary.suppliers, entries: summary.entries, marks: summary.marks, marksDropped: summary.marksDropped };
  }

  private csvOptions(input: z.output<(typeof contract)['importCsv']['input']>): CsvImportOptions {
    const db = this.open().db;
    return {
      ...(input.supplierId !== null ? { supplierId: input.supplierId } : {}),
      ...(input.supplierColumn !== null ? { supplierColumn: input.supplierColumn } : {}),
      suppliers: db.prepare('SELECT id, name FROM suppliers WHERE deleted_at IS NULL').all() as { id: number; name: string }[],
      dateFormat: input.dateFormat,
      defaultKind: input.defaultKind,
      skipBadRows: input.skipBadRows,
    };
  }

  /** Runs `work` as the long work of this moment: reads are answered meanwhile, and its progress can be asked. */
  private async asLongWork<T>(work: (onProgress: (p: ImportProgressReport) => void) => Promise<T>): Promise<T> {
    const state: { startedAt: number; progress: ImportProgressReport | null } = { startedAt: Date.now(), progress: null };
    this.longWork = state;
    try {
      return await work((progress) => (state.progress = progress));
    } finally {
      this.longWork = null;
    }
  }

  async readMail({ supplierId, name, contentBase64 }: ParsedInputOf<'readMail'>): Promise<MailDraft> {
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.byteLength > MAX_ATTACHMENT_BYTES) throw tooLarge();
    if (supplierId !== null) return { ...(await readMail(name, bytes, this.open().getSupplier({ id: supplierId }).contacts)), supplierId };
    // Dropped on the window elsewhere: the supplier is matched from the mail's addresses, for the manager to confirm.
    const draft = await readMail(name, bytes, []);
    const suppliers = this.open().listSuppliers({ includeEnded: true });
    const match = suppliers.find((s) => s.id === matchSupplier(mailPeople(draft), suppliers));
    return match ? { ...nameDraft(draft, match.contacts), supplierId: match.id } : draft;
  }

  async getImportProgress(): Promise<ImportProgress> {
    const work = this.longWork;
    return work
      ? { running: true, phase: work.progress?.phase ?? null, done: work.progress?.done ?? 0, total: work.progress?.total ?? 0, elapsedMs: Date.now() - work.startedAt }
      : { running: false, phase: null, done: 0, total: 0, elapsedMs: 0 };
  }

  async readSpreadsheet({ contentBase64, sheet }: ParsedInputOf<'readSpreadsheet'>) {
    return readSpreadsheet(Buffer.from(contentBase64, 'base64'), sheet);
  }

  async previewSupplierImport({ text, dateFormat }: ParsedInputOf<'previewSupplierImport'>) {
    return previewSupplierImport(this.open().db, text, dateFormat);
  }

  async importSuppliers({ text, dateFormat }: ParsedInputOf<'importSuppliers'>) {
    return importSuppliers(this.open().db, text, dateFormat);
  }

  async previewCsvImport(input: ParsedInputOf<'previewCsvImport'>) {
    const options = this.csvOptions(input);
    const preview = await this.asLongWork((onProgress) => previewCsvImportInSteps(input.text, input.mapping as CsvMapping, options, { onProgress }));
    const issue = (p: (typeof preview.problems)[number]) => ({ path: ['rows', p.row, p.column ?? p.field], key: p.key, params: { ...p.params, row: p.row, column: p.column ?? p.field } });
    return {
      separator: preview.separator,
      header: preview.header,
      valid: preview.valid,
      invalid: preview.invalid,
      rows: preview.rows.slice(0, 200).map((r) => ({
        row: r.row, title: r.entry?.title ?? null, kind: r.entry?.kind ?? null, date: r.entry?.date ?? null, problems: r.problems.map(issue),
      })),
      problems: preview.problems.slice(0, 500).map(issue),
    };
  }

  async importCsv(input: ParsedInputOf<'importCsv'>) {
    const db = this.open().db;
    const options = this.csvOptions(input);
    // The rows are written through a second connection, so this one keeps answering reads meanwhile.
    const writer = db.memory ? null : openWriter(this.dataFile, this.options);
    try {
      const result = await this.asLongWork((onProgress) => importCsvInSteps(db, writer, input.text, input.mapping as CsvMapping, options, { onProgress }));
      return { imported: result.imported, skippedRows: result.skippedRows };
    } finally {
      writer?.close();
    }
  }
}
