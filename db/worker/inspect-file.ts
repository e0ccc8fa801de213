// What a journal file holds, or why it cannot be used: for backups, files
// the manager picks (restore, open) and the recent list. Inspection never
// writes: a file is opened read-only, and a file in WAL mode, or one with a
// -wal or -journal beside it, is inspected through a private copy, because
// even a read-only SQLite connection creates -wal/-shm files next to such a file.
// The copy is opened read-write: a hot -journal (a write cut short) is rolled
// back and a -wal replayed there, on the copy, so the file is judged by what
// SQLite will find in it, never changed in place. A locked file is read with
// the key given (the journal's, or one the manager typed for this file); its
// header, and with it whether it is in WAL mode, cannot be read without it,
// so it is read through a private copy unless it is one of our own backups
// (always rollback-journal files).
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { JournalError } from '../../core/errors';
import { isPlainSqlite, keyFilePath, LOCKED_PAGE, looksLocked } from '../common/lock/key-file';
import { LATEST_VERSION } from './migrations';
import { schemaDifference } from './schema-check';
import { asReadable, type ReadableDB } from './handles';
import { connect, type KeyHex } from './lock/cipher';

export interface FileOptions {
  /** Electron loads its own ABI build of the driver from here (as openDatabase does). */
  nativeBinding?: string;
  /** The key a locked file is read with (the journal's); a plain file is read without one. */
  key?: KeyHex | null;
  /** A backup of our own (a rollback-journal file): read in place even when locked. */
  ownBackup?: boolean;
  /** Read whole (quick_check) a moment ago, e.g. a backup just checked before it took its name: not read whole again. */
  checkedWhole?: boolean;
}

/** A locked file is at least one page of SQLCipher's and does not start as a plain one. */
const MIN_LOCKED_SIZE = LOCKED_PAGE;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

export type JournalFileProblem =
  | 'missing' | 'empty' | 'notADatabase' | 'newerDatabase' | 'corrupt' | 'notAJournal' | 'unreadable'
  // A locked file without a key given, and one the given key does not open.
  | 'locked' | 'wrongKey';

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

/** A -wal or -journal beside `file` that holds something: left by a crash, to be played back before the file says what it holds. */
export function hasHotSidecar(file: string): boolean {
  return SIDECARS.some((suffix) => {
    try {
      return fs.statSync(file + suffix).size > 0;
    } catch {
      return false;
    }
  });
}

/**
 * Where to open `file` read-only: the file itself, or a private copy of it
 * (with its -wal / -journal) when SQLite would otherwise create files beside
 * it. The original and its folder are never written. Call cleanup() after.
 */
function readableTarget(file: string, options: FileOptions): { target: string; cleanup: () => void } {
  const header = Buffer.alloc(20);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 20, 0);
  } finally {
    fs.closeSync(fd);
  }
  const sidecars = SIDECARS.filter((s) => fs.existsSync(file + s));
  // A locked file's header is encrypted: in WAL mode or not, only our own backups are known not to be.
  const rollbackJournal = isPlainHeader(header) ? header[18] !== 2 && header[19] !== 2 : options.ownBackup === true;
  if (rollbackJournal && sidecars.length === 0) return { target: file, cleanup: () => {} };
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

function isPlainHeader(head: Buffer): boolean {
  return head.length >= 16 && head.subarray(0, 16).equals(SQLITE_MAGIC);
}

/** The file itself read-only, or its private copy read-write (so SQLite may recover it there); keyed when it is locked. */
function openTarget(file: string, target: string, options: FileOptions): Database.Database {
  const key = isPlainSqlite(file) ? null : options.key;
  return connect(target, { readonly: target === file, fileMustExist: true, nativeBinding: options.nativeBinding, key });
}

/** Runs `read` on a read-only connection to `file` (or its private copy), closed afterwards. */
export async function withReadOnly<T>(file: string, options: FileOptions, read: (db: ReadableDB) => T | Promise<T>): Promise<T> {
  const { target, cleanup } = readableTarget(file, options);
  try {
    const db = openTarget(file, target, options);
    try {
      db.pragma('trusted_schema = OFF');
      return await read(asReadable(db));
    } finally {
      db.close();
    }
  } finally {
    cleanup();
  }
}

/** The synchronous twin of withReadOnly. */
function withReadOnlySync<T>(file: string, options: FileOptions, read: (db: ReadableDB) => T): T {
  const { target, cleanup } = readableTarget(file, options);
  try {
    const db = openTarget(file, target, options);
    try {
      db.pragma('trusted_schema = OFF');
      return read(asReadable(db));
    } finally {
      db.close();
    }
  } finally {
    cleanup();
  }
}

/** True when the file's bytes are all zero (or there are none): it holds nothing. */
function onlyZeros(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(64 * 1024);
    for (let read; (read = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0; ) {
      if (chunk.subarray(0, read).some((b) => b !== 0)) return false;
    }
    return true;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Whether page 1 (the schema's own table) lists anything, read from the
 * file's first bytes: a b-tree leaf page (type 13) with no cells lists
 * nothing. No connection is opened: every start asks this of the journal.
 */
function schemaPageListsSomething(head: Buffer): boolean {
  if (head.length < 105) return true; // too short to say: let SQLite judge
  return head[100] !== 13 || head.readUInt16BE(103) !== 0;
}

/**
 * True when `file` holds no data at all: 0 bytes (or only zero bytes), or an
 * SQLite database without a single table, index, view or trigger once its
 * hot -journal is rolled back or its -wal replayed (on a private copy, never
 * in place). That is what a first start cut short leaves. A file with any
 * table or row, or bytes that are not SQLite's, holds something: false.
 * Cheap for a journal that holds something (its first page says so); only
 * a file that may hold nothing is opened, or copied when it has a -journal
 * or -wal beside it.
 */
export function holdsNoData(file: string, options: FileOptions = {}): boolean {
  try {
    if (!fs.statSync(file).isFile()) return false;
    // A hot -journal can take back what the file shows: only SQLite, on a copy, can say what is left.
    if (!fs.existsSync(`${file}-journal`)) {
      const wal = fs.existsSync(`${file}-wal`);
      if (onlyZeros(file)) {
        if (!wal) return true;
      } else {
        const head = Buffer.alloc(108);
        const fd = fs.openSync(file, 'r');
        let read: number;
        try {
          read = fs.readSync(fd, head, 0, head.length, 0);
        } finally {
          fs.closeSync(fd);
        }
        if (read < 16 || !head.subarray(0, 16).equals(SQLITE_MAGIC)) return false;
        // Tables in the file itself: something, whatever a -wal beside it holds.
        if (schemaPageListsSomething(head.subarray(0, read))) return false;
      }
    }
    return withReadOnlySync(file, options, (db) => (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n === 0);
  } catch {
    return false; // unreadable, not a database, damaged: something, judged by inspectJournalFile
  }
}

/**
 * A file cut short (a copy broken off, a disk that lost its end): SQLite's
 * header counts the file's pages, valid when its "version valid for" number
 * matches its change counter (offsets 92 and 24). A -wal beside the file
 * only adds pages; it never makes the file itself shorter.
 */
function shorterThanItsHeaderSays(head: Buffer, size: number): boolean {
  if (head.length < 100) return false;
  const pageSize = head.readUInt16BE(16) === 1 ? 65536 : head.readUInt16BE(16);
  const pages = head.readUInt32BE(28);
  return head.readUInt32BE(92) === head.readUInt32BE(24) && pages > 0 && pages * pageSize > size;
}

/**
 * What can be told of `file` without opening it: that it is missing, not a
 * regular file, empty (0 bytes), not SQLite's or shorter than one page; else
 * its size, and whether it is a plain SQLite file. Every start asks this of
 * the journal before its connection opens it. A locked file's header is
 * encrypted: with a key given, only its key can tell whether it is a
 * journal (the open that follows tries it); without one it is 'locked'.
 */
export function inspectFromOutside(
  file: string,
  options: Pick<FileOptions, 'key'> = {},
): { ok: true; size: number; plain: boolean } | { ok: false; report: JournalFileReport } {
  const fail = (reason: JournalFileProblem, size: number, detail = '') => ({ ok: false as const, report: { ok: false as const, file, size, reason, detail, params: {} } });
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? fail('missing', 0) : fail('unreadable', 0, String(err));
  }
  if (!stat.isFile()) return fail('notADatabase', 0, 'not a regular file');
  if (stat.size === 0) return fail('empty', 0);
  const head = Buffer.alloc(Math.min(100, stat.size));
  try {
    const fd = fs.openSync(file, 'r');
    try {
      fs.readSync(fd, head, 0, head.length, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (err) {
    return fail('unreadable', stat.size, String(err));
  }
  const plain = isPlainHeader(head);
  if (!plain) {
    // Not a plain SQLite file: a locked one, or no database at all. Only its key can tell.
    if (stat.size < MIN_LOCKED_SIZE) return fail('notADatabase', stat.size);
    if (!options.key) return fail(looksLocked(file, fs.existsSync(keyFilePath(file))) ? 'locked' : 'notADatabase', stat.size);
    // Its page count is encrypted too, but it is whole pages: a journal (its key file beside it) cut inside one is cut short.
    if (stat.size % LOCKED_PAGE !== 0) return fail(fs.existsSync(keyFilePath(file)) ? 'corrupt' : 'notADatabase', stat.size, 'not whole pages');
    return { ok: true, size: stat.size, plain };
  }
  if (stat.size < 512) return fail('corrupt', stat.size, 'shorter than one page');
  if (shorterThanItsHeaderSays(head, stat.size)) return fail('corrupt', stat.size, 'shorter than its header says');
  return { ok: true, size: stat.size, plain };
}

/**
 * Says what a journal file holds (schema version, counts, newest entry date)
 * or why it cannot be used: missing, empty (0 bytes), notADatabase,
 * newerDatabase, corrupt (quick_check fails), notAJournal (SQLite, but not
 * Rapport's), unreadable. Never writes to the file or beside it.
 */
export function inspectJournalFile(file: string, options: FileOptions = {}): JournalFileReport {
  const outside = inspectFromOutside(file, options);
  if (!outside.ok) return outside.report;
  const { size } = outside;
  const fail = (reason: JournalFileProblem, detail = '', params: Record<string, string | number> = {}): JournalFileReport => ({
    ok: false, file, size, reason, detail, params,
  });
  try {
    return withReadOnlySync(file, options, (db) => {
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > LATEST_VERSION) return fail('newerDatabase', '', { found: version, supported: LATEST_VERSION });
      const check = options.checkedWhole ? 'ok' : db.pragma('quick_check', { simple: true });
      if (check !== 'ok') return fail('corrupt', String(check));
      if (version < 1) return fail('notAJournal');
      // Exactly the schema our migrations build: no trigger, view or changed column of anyone else's.
      const difference = schemaDifference(db, version, options);
      if (difference !== null) return fail('notAJournal', difference);
      const counts = db
        .prepare(
          `SELECT (SELECT count(*) FROM suppliers WHERE deleted_at IS NULL) AS suppliers,
             (SELECT count(*) FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL) AS entries,
             (SELECT max(e.date) FROM entries e JOIN suppliers s ON s.id = e.supplier_id WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL) AS newest`,
        )
        .get() as { suppliers: number; entries: number; newest: string | null };
      return {
        ok: true as const, file, size, schemaVersion: version, suppliers: counts.suppliers, entries: counts.entries,
        newestEntryOn: counts.newest, needsMigration: version < LATEST_VERSION,
      };
    });
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_NOTADB') return fail(outside.plain ? 'notADatabase' : 'wrongKey', String(err));
    if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') return fail('corrupt', String(err));
    if (code.startsWith('SQLITE_ERROR')) return fail('notAJournal', String(err));
    return fail('unreadable', String(err));
  }
}
