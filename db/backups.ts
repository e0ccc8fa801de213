// Backups, inspection and restore of journal files.
//
// Safety rules every function here keeps:
// - A live journal is copied only through SQLite's backup API (db.backup),
//   never by copying the file: the -wal file and an open transaction make a
//   plain copy unsafe. The backup API reads one consistent snapshot.
// - A backup is written under a temporary name that no listing recognises
//   (".name.partial"), checked (quick_check), flushed to disk and only then
//   renamed to its final name: a crash or a full disk can leave a stray
//   temporary file, never a half backup that looks like a whole one.
// - Files that are inspected (backups, files the user picks) are opened
//   read-only and never written: a file in WAL mode, or one with a -wal or
//   -journal beside it, is inspected through a private copy, because even a
//   read-only SQLite connection creates -wal/-shm files next to such a file.
// - The data file is replaced only by an atomic rename, and only after a
//   verified 'before-restore' backup of what it held exists on disk.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isoWeek } from '../core/dates';
import { JournalError, storageProblem } from '../core/errors';
import { checkCopy } from './check-copy';
import { LATEST_VERSION } from './migrations';
import { schemaDifference } from './schema-check';
import type { Db } from './open';

export interface FileOptions {
  /** Electron loads its own ABI build of better-sqlite3 from here (as openDatabase does). */
  nativeBinding?: string;
}

export type BackupKind = 'auto' | 'manual' | 'before-restore' | 'before-migration';
/** The kinds backupNow writes; before-migration copies are written by db/open.ts. */
export type WritableBackupKind = Exclude<BackupKind, 'before-migration'>;

export const DAILY_TO_KEEP = 7;
export const WEEKLY_TO_KEEP = 4;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** The backups folder beside the data file. */
export function backupsDir(dataFile: string): string {
  return path.join(path.dirname(path.resolve(dataFile)), 'backups');
}

/** "2026-11-27T10:00:00.123Z" -> "2026-11-27T10-00-00Z": sortable as text, legal on every file system. */
function stampOf(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** A backup's file name, e.g. rapport-2026-11-27T10-00-00Z-auto.sqlite. */
export function backupFileName(kind: WritableBackupKind, now: Date, sequence = 1): string {
  return `rapport-${stampOf(now)}-${kind}${sequence > 1 ? `-${sequence}` : ''}.sqlite`;
}

const OURS = /^rapport-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(auto|manual|before-restore)(?:-(\d+))?\.sqlite$/;
const MIGRATION = /^before-migration-v(\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** Reads kind and time from a backup's file name; null for any other file. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = OURS.exec(name);
  if (m) return { kind: m[5] as BackupKind, createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z` };
  const g = MIGRATION.exec(name);
  if (g) return { kind: 'before-migration', createdAt: `${g[2]}T${g[3]}:${g[4]}:${g[5]}.${g[6]}Z` };
  return null;
}

// ---------- inspection ----------

export type JournalFileProblem = 'missing' | 'empty' | 'notADatabase' | 'newerDatabase' | 'corrupt' | 'notAJournal' | 'unreadable';

export type JournalFileReport =
  | {
      ok: true;
      file: string;
      size: number;
      schemaVersion: number;
      /** Suppliers and entries outside the trash, as the journal counts them. */
      suppliers: number;
      entries: number;
      newestEntryOn: string | null;
      /** Older than this version of Rapport: opening it migrates it (after a before-migration copy). */
      needsMigration: boolean;
    }
  | { ok: false; file: string; size: number; reason: JournalFileProblem; detail: string; params: Record<string, string | number> };

/** The report's problem as the shared error shape ('conflict', key = the reason). */
export function reportError(report: JournalFileReport): JournalError {
  if (report.ok) throw new Error('reportError: the file is usable');
  return new JournalError('conflict', report.reason, [{ path: [], key: report.reason, params: report.params }]);
}

const SIDECARS = ['-wal', '-journal'] as const;

/**
 * Where to open `file` read-only: the file itself, or a private copy of it
 * (with its -wal / -journal) when SQLite would otherwise create files beside
 * it. The original and its folder are never written. Call cleanup() after.
 */
function readableTarget(file: string): { target: string; cleanup: () => void } {
  const header = Buffer.alloc(20);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 20, 0);
  } finally {
    fs.closeSync(fd);
  }
  const sidecars = SIDECARS.filter((s) => fs.existsSync(file + s));
  if (header[18] !== 2 && header[19] !== 2 && sidecars.length === 0) return { target: file, cleanup: () => {} };
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-inspect-'));
  const cleanup = () => fs.rmSync(tmpDir, { recursive: true, force: true });
  try {
    const target = path.join(tmpDir, 'copy.sqlite');
    fs.copyFileSync(file, target);
    for (const s of sidecars) fs.copyFileSync(file + s, target + s);
    return { target, cleanup };
  } catch (err) {
    cleanup();
    throw err;
  }
}

/** Runs `read` on a read-only connection to `file` (or its private copy), closed afterwards. */
async function withReadOnly<T>(file: string, options: FileOptions, read: (db: Db) => T | Promise<T>): Promise<T> {
  const { target, cleanup } = readableTarget(file);
  try {
    const db = new Database(target, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      db.pragma('trusted_schema = OFF');
      return await read(db);
    } finally {
      db.close();
    }
  } finally {
    cleanup();
  }
}

/** The synchronous twin of withReadOnly. */
function withReadOnlySync<T>(file: string, options: FileOptions, read: (db: Db) => T): T {
  const { target, cleanup } = readableTarget(file);
  try {
    const db = new Database(target, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
    try {
      db.pragma('trusted_schema = OFF');
      return read(db);
    } finally {
      db.close();
    }
  } finally {
    cleanup();
  }
}

/**
 * Says what a journal file holds (schema version, counts, newest entry date)
 * or why it cannot be used: missing, empty (0 bytes), notADatabase,
 * newerDatabase, corrupt (quick_check fails), notAJournal (SQLite, but not
 * Rapport's), unreadable. Never writes to the file or beside it.
 */
export function inspectJournalFile(file: string, options: FileOptions = {}): JournalFileReport {
  const fail = (reason: JournalFileProblem, size: number, detail = '', params: Record<string, string | number> = {}): JournalFileReport => ({
    ok: false, file, size, reason, detail, params,
  });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? fail('missing', 0) : fail('unreadable', 0, String(err));
  }
  if (!stat.isFile()) return fail('notADatabase', 0, 'not a regular file');
  if (stat.size === 0) return fail('empty', 0);
  let head: Buffer;
  try {
    head = Buffer.alloc(Math.min(100, stat.size));
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    return fail('unreadable', stat.size, String(err));
  }
  if (head.length < 16 || !head.subarray(0, 16).equals(SQLITE_MAGIC)) return fail('notADatabase', stat.size);
  if (stat.size < 512) return fail('corrupt', stat.size, 'shorter than one page');
  try {
    return withReadOnlySync(file, options, (db) => {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_VERSION) return fail('newerDatabase', stat.size, '', { found: version, supported: LATEST_VERSION });
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') return fail('corrupt', stat.size, String(check));
      if (version < 1) return fail('notAJournal', stat.size);
      // Exactly the schema our migrations build: no trigger, view or changed column of anyone else's.
      const difference = schemaDifference(db, version, options);
      if (difference !== null) return fail('notAJournal', stat.size, difference);
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM suppliers WHERE deleted_at IS NULL) AS suppliers,
             (SELECT count(*) FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL) AS entries,
             (SELECT max(e.date) FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL) AS newest`,
        )
        .get() as { suppliers: number; entries: number; newest: string | null };
      return {
        ok: true as const, file, size: stat.size, schemaVersion: version, suppliers: counts.suppliers, entries: counts.entries,
        newestEntryOn: counts.newest, needsMigration: version < LATEST_VERSION,
      };
    });
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB') return fail('notADatabase', stat.size, String(err));
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') return fail('corrupt', stat.size, String(err));
    if (code.startsWith('SQLITE_ERROR')) return fail('notAJournal', stat.size, String(err));
    return fail('unreadable', stat.size, String(err));
  }
}

// ---------- writing backups ----------

/** Flushes a directory entry (a rename) to disk; not possible on Windows, where rename is already durable enough. */
function fsyncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Windows cannot open a directory; NTFS journals the rename itself.
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies `db` through the backup API into `temp`, turns the copy into a
 * self-contained rollback-journal file (no -wal needed to read it), verifies
 * it and flushes it to disk. Throws (after removing `temp`) on any failure.
 */
async function writeVerifiedCopy(db: Db, temp: string, options: FileOptions): Promise<void> {
  fs.rmSync(temp, { force: true });
  try {
    await db.backup(temp);
    await checkCopy(temp, options);
    fsyncFile(temp);
  } catch (err) {
    for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
    throw storageProblem(err) ?? err;
  }
}

export interface BackupInfo {
  file: string;
  name: string;
  kind: BackupKind;
  /** When it was made (from its name), ISO 8601 UTC. */
  createdAt: string;
  size: number;
  schemaVersion: number | null;
  suppliers: number | null;
  entries: number | null;
  newestEntryOn: string | null;
  /** Why this backup cannot be restored, or null when it can. */
  problem: JournalFileProblem | null;
}

function infoOf(file: string, kind: BackupKind, createdAt: string, options: FileOptions): BackupInfo {
  const report = inspectJournalFile(file, options);
  return {
    file, name: path.basename(file), kind, createdAt, size: report.size,
    schemaVersion: report.ok ? report.schemaVersion : null,
    suppliers: report.ok ? report.suppliers : null,
    entries: report.ok ? report.entries : null,
    newestEntryOn: report.ok ? report.newestEntryOn : null,
    problem: report.ok ? null : report.reason,
  };
}

/**
 * Makes a verified backup of the live journal now (backup API, temporary
 * name, quick_check, fsync, atomic rename) and returns what it holds.
 * Reads the journal only; a failure (e.g. a full disk: 'diskFull') leaves no
 * backup-looking file behind and the journal untouched.
 */
export async function backupNow(db: Db, dataFile: string, kind: WritableBackupKind, options: FileOptions & { now?: Date } = {}): Promise<BackupInfo> {
  const now = options.now ?? new Date();
  const dir = backupsDir(dataFile);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw storageProblem(err) ?? err;
  }
  let sequence = 1;
  while (fs.existsSync(path.join(dir, backupFileName(kind, now, sequence)))) sequence += 1;
  const name = backupFileName(kind, now, sequence);
  const temp = path.join(dir, `.${name}.partial`);
  await writeVerifiedCopy(db, temp, options);
  const final = path.join(dir, name);
  try {
    fs.renameSync(temp, final);
    fsyncDir(dir);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    throw storageProblem(err) ?? err;
  }
  return infoOf(final, kind, parseBackupName(name)!.createdAt, options);
}

const LEFTOVER_IN_BACKUPS = /^\.rapport-.+\.sqlite\.partial(-journal|-wal|-shm)?$/;
const LEFTOVER_RESTORE = /^\.rapport-restore-\d+-\d+\.sqlite\.partial(-journal|-wal|-shm)?$/;

/**
 * Removes the temporary files a backup or restore cut short (a kill, a power
 * cut) left behind: backups/.<name>.partial, .rapport-restore-*.partial and
 * <data file>.restoring-* beside the data file, with their sidecars. Only our
 * own temporary names are touched; returns what was removed. Called once at
 * start, before this process makes any backup of its own.
 */
export function removeLeftoverPartials(dataFile: string): string[] {
  const data = path.resolve(dataFile);
  const restoring = new RegExp(`^${path.basename(data).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.restoring-[0-9TZ-]+$`);
  const removed: string[] = [];
  const sweep = (dir: string, match: (name: string) => boolean) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.filter(match)) {
      try {
        fs.rmSync(path.join(dir, name), { force: true });
        removed.push(path.join(dir, name));
      } catch (err) {
        console.warn(`[rapport] could not remove leftover ${name}:`, err);
      }
    }
  };
  sweep(backupsDir(data), (n) => LEFTOVER_IN_BACKUPS.test(n));
  sweep(path.dirname(data), (n) => LEFTOVER_RESTORE.test(n) || restoring.test(n));
  return removed;
}

interface NamedBackup {
  file: string;
  name: string;
  kind: BackupKind;
  createdAt: string;
}

function backupFiles(dataFile: string): NamedBackup[] {
  const dir = backupsDir(dataFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: NamedBackup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed) found.push({ file: path.join(dir, name), name, ...parsed });
  }
  // Newest first; same second: the higher sequence number first.
  const sequence = (name: string) => Number(OURS.exec(name)?.[6] ?? 1);
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || sequence(b.name) - sequence(a.name));
}

/** Every backup beside the data file, newest first: date, size, kind, and what it holds (each opened read-only). */
export function listBackups(dataFile: string, options: FileOptions = {}): BackupInfo[] {
  return backupFiles(dataFile).map((b) => infoOf(b.file, b.kind, b.createdAt, options));
}

/** True when no automatic backup was made yet on now's day (UTC). */
export function dueForDailyBackup(dataFile: string, now: Date = new Date()): boolean {
  const today = now.toISOString().slice(0, 10);
  return !backupFiles(dataFile).some((b) => b.kind === 'auto' && b.createdAt.slice(0, 10) === today);
}

/**
 * Thins out AUTOMATIC backups only: keeps the newest one of each of the 7
 * most recent days that have one, the newest one of each of the 4 most
 * recent ISO weeks that have one, and anything dated after `now` (a clock
 * set back). "Most recent that have one" rather than "the last 7 calendar
 * days": after a month away the old backups are thinned, never all deleted.
 * Manual, before-restore and before-migration backups are never deleted.
 */
export function rotateBackups(dataFile: string, now: Date = new Date()): { kept: string[]; deleted: string[] } {
  const autos = backupFiles(dataFile).filter((b) => b.kind === 'auto');
  const keep = new Set<string>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  for (const b of autos) {
    if (b.createdAt > now.toISOString()) {
      keep.add(b.file); // dated after now: kept, and not counted as one of the recent days or weeks
      continue;
    }
    const day = b.createdAt.slice(0, 10);
    if (!days.has(day) && days.size < DAILY_TO_KEEP) {
      days.add(day);
      keep.add(b.file);
    }
    const week = isoWeek(day);
    if (!weeks.has(week) && weeks.size < WEEKLY_TO_KEEP) {
      weeks.add(week);
      keep.add(b.file);
    }
  }
  const deleted: string[] = [];
  for (const b of autos) {
    if (keep.has(b.file)) continue;
    try {
      fs.rmSync(b.file);
      deleted.push(b.file);
    } catch {
      keep.add(b.file); // cannot delete now: try again next time
    }
  }
  return { kept: autos.filter((b) => keep.has(b.file)).map((b) => b.file), deleted };
}

// ---------- restore ----------

export type RestoreOutcome =
  | {
      restored: true;
      /** The connection was closed: open the data file again (openJournal) before anything else. */
      reopen: true;
      /** The journal as it was just before: restoring from it is the undo. */
      undoBackup: BackupInfo;
      source: JournalFileReport;
    }
  | {
      restored: false;
      /** True when the connection had already been closed: open the data file again (it holds the journal as before). */
      reopen: boolean;
      error: JournalError;
    };

/**
 * Replaces the contents of the live journal with those of `sourceFile`.
 * Step by step, and why each step is safe:
 * 1. inspectJournalFile(source) (read-only): refuses missing, empty, foreign,
 *    corrupt and newer files before anything happens.
 * 2. The source is copied through the backup API into a temporary file in the
 *    data file's folder (same file system, so step 6 can be an atomic rename),
 *    made self-contained, quick_checked and flushed. The live journal is
 *    untouched; a failure removes the temporary file.
 * 3. A 'before-restore' backup of the live journal is made and verified
 *    (backupNow): from here on the current contents exist in a second file.
 * 4. The live connection is closed. Closing the last connection checkpoints
 *    the WAL into the data file and removes -wal and -shm.
 * 5. If a -wal or -shm is still there, another connection holds the journal:
 *    the restore stops (the data file is unchanged; reopen it). A stale WAL
 *    must never meet a new main file: SQLite would replay the old frames
 *    onto it.
 * 6. The temporary file is renamed over the data file: atomic on one file
 *    system; a crash leaves either the old journal or the new one, never a
 *    mix. The folder is flushed so the rename survives a power cut.
 * The caller must then open the data file again (openJournal), which also
 * migrates an older source (keeping a before-migration copy). Undo = call
 * restoreFrom with undoBackup.file.
 */
export async function restoreFrom(currentDb: Db, dataFile: string, sourceFile: string, options: FileOptions & { now?: Date } = {}): Promise<RestoreOutcome> {
  const data = path.resolve(dataFile);
  const source = path.resolve(sourceFile);
  if (source === data) return { restored: false, reopen: false, error: new JournalError('conflict', 'restoreSameFile') };
  const report = inspectJournalFile(source, options);
  if (!report.ok) return { restored: false, reopen: false, error: reportError(report) };

  const dir = path.dirname(data);
  const temp = path.join(dir, `.rapport-restore-${process.pid}-${Date.now()}.sqlite.partial`);
  try {
    await withReadOnly(source, options, (src) => writeVerifiedCopy(src, temp, options));
    const copied = inspectJournalFile(temp, options);
    if (!copied.ok) throw reportError(copied);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    return { restored: false, reopen: false, error: asJournalError(err, 'restoreFailed') };
  }

  let undoBackup: BackupInfo;
  try {
    undoBackup = await backupNow(currentDb, data, 'before-restore', options);
    if (undoBackup.problem) throw new JournalError('conflict', 'backupUnverified');
  } catch (err) {
    fs.rmSync(temp, { force: true });
    return { restored: false, reopen: false, error: asJournalError(err, 'restoreFailed') };
  }

  currentDb.close();
  if (fs.existsSync(`${data}-wal`) || fs.existsSync(`${data}-shm`)) {
    fs.rmSync(temp, { force: true });
    return { restored: false, reopen: true, error: new JournalError('conflict', 'journalInUse') };
  }
  try {
    fs.renameSync(temp, data);
    fsyncDir(dir);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    return { restored: false, reopen: true, error: asJournalError(err, 'restoreFailed') };
  }
  return { restored: true, reopen: true, undoBackup, source: report };
}

function asJournalError(err: unknown, fallbackKey: string): JournalError {
  if (err instanceof JournalError) return err;
  return storageProblem(err) ?? new JournalError('conflict', fallbackKey, [{ path: [], key: fallbackKey, params: { detail: String(err) } }]);
}
