// Opening a journal file: refuse what we cannot safely write to, keep a copy
// before migrating, then run every pending migration in one transaction.
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { JournalError } from '../../core/errors';
import { ensureFolder, replaceFile } from '../common/durable-file';
import { isPlainSqlite } from '../common/lock/key-file';
import { assertEncrypted, connect, notOpenedError, type KeyHex } from './lock/cipher';
import { writeVerifiedCopy } from './backups/make';
import { asReadable, asWritable, type ReadableDB, type WritableDB } from './handles';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';
import { schemaDifference } from './schema-check';

export interface OpenOptions {
  /** Electron loads its own ABI build of the driver from here. */
  nativeBinding?: string;
  migrations?: readonly Migration[];
  /** The journal's key (a locked journal); null or absent: a plain file. */
  key?: KeyHex | null;
  /**
   * 'later': the whole-file check (quick_check, a read of every page) is left
   * to the caller, who runs it once the app has answered its first screen
   * (db/worker/host.ts verifyIntegrity); a file that needs migrating is
   * checked before, whatever this says. Default 'now'.
   */
  integrity?: 'now' | 'later';
}

function openRaw(file: string, options: OpenOptions): Database.Database {
  // A key for a file that is plain: the key file beside it says it is locked, the file says otherwise.
  if (options.key && file !== ':memory:' && isPlainSqlite(file)) throw new JournalError('conflict', 'notEncrypted');
  try {
    return connect(file, { nativeBinding: options.nativeBinding, key: options.key });
  } catch (err) {
    if (err instanceof JournalError) throw err;
    // Keying reads the first page: a locked file and a wrong key (or no database) fail here already.
    if (String((err as { code?: unknown }).code ?? '') === 'SQLITE_NOTADB') throw notOpenedError(file, options.key);
    throw new JournalError('conflict', 'cannotOpen', [{ path: [], key: 'cannotOpen', params: { reason: String(err) } }]);
  }
}

const refused = (key: string, params: Record<string, string | number> = {}) => new JournalError('conflict', key, [{ path: [], key, params }]);

/** What an SQLite error met while reading a file says of it: damaged, not a database at all, or `otherwise`. */
function fileProblemOf(err: unknown, otherwise: string): JournalError {
  if (err instanceof JournalError) return err;
  const code = String((err as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_NOTADB') return refused('notADatabase');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') return refused('corrupt');
  return refused(otherwise);
}

/** Reads user_version without writing anything: the first read also proves it is a database (and the key the right one). */
function readVersion(db: Database.Database, file: string, key: KeyHex | null | undefined): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (err) {
    db.close();
    // Not a database to this connection: a locked file without its key, with another key, or no database at all.
    if (String((err as { code?: unknown }).code ?? '') === 'SQLITE_NOTADB') throw notOpenedError(file, key);
    throw fileProblemOf(err, 'notADatabase');
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * A consistent, verified copy of a live database (SQLite's backup API), kept
 * the durable way: written as ".name.partial" (removed at the next start if a
 * cut stops it: db/worker/backups/leftovers.ts), checked, flushed, renamed,
 * its folder flushed (and flushed in its parent when it had to be made).
 */
export async function backupTo(db: ReadableDB, target: string, options: OpenOptions = {}): Promise<string> {
  const dir = path.dirname(path.resolve(target));
  ensureFolder(dir);
  const temp = path.join(dir, `.${path.basename(target)}.partial`);
  await writeVerifiedCopy(db, temp, options);
  replaceFile(temp, target);
  return target;
}

/**
 * macOS: fsync there leaves the data in the drive's own cache, which a power
 * cut empties; only F_FULLFSYNC reaches the disk. SQLite uses it when told
 * to, per connection: every connection that writes is told.
 */
export function fullFsyncOnMac(db: Database.Database, platform: NodeJS.Platform = process.platform): void {
  if (platform !== 'darwin') return;
  db.pragma('fullfsync = ON');
  db.pragma('checkpoint_fullfsync = ON');
}

export function migrate(db: WritableDB, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      // A pragma takes no bound parameter: the version is an integer of our own migrations.
      db.pragma(`user_version = ${Math.trunc(m.version)}`);
    }
  })();
  return pending[pending.length - 1]!.version;
}

/**
 * What is checked before anything is written to a file, even its WAL mode:
 * it is Rapport's journal (exactly the schema its migrations build up to
 * its version, or no table at all while it is version 0), and it reads
 * whole (quick_check). Reads only: a file refused here is left as it was.
 */
function checkBeforeWriting(db: WritableDB, version: number, wholeFile: boolean, options: OpenOptions): void {
  try {
    // Damage first: a damaged schema would otherwise read as someone else's.
    if (wholeFile && !fileReadsWhole(db)) throw refused('corrupt');
    if (version === 0) {
      if ((db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number) > 0) throw refused('notAJournal');
    } else if (schemaDifference(db, version, options) !== null) {
      throw refused('notAJournal');
    }
  } catch (err) {
    throw fileProblemOf(err, 'notAJournal');
  }
}

/** Every page of the file reads as SQLite wrote it (quick_check). */
export function fileReadsWhole(db: ReadableDB): boolean {
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } catch {
    return false;
  }
}

/**
 * Opens (or creates) a journal. A file that is not Rapport's, is damaged,
 * or comes from a newer version of Rapport is refused before anything is
 * written to it (checkBeforeWriting).
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<WritableDB> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : LATEST_VERSION;
  if (file !== ':memory:') ensureFolder(path.dirname(path.resolve(file)));
  const db = asWritable(openRaw(file, options));
  const version = readVersion(db, file, options.key);
  try {
    // Verify, never assume: a locked journal that holds data is not a plain file on disk.
    if (options.key && file !== ':memory:' && fs.statSync(file).size > 0) assertEncrypted(file);
    if (version > latest) throw refused('newerDatabase', { found: version, supported: latest });
    // SQL stored in the file (views, triggers, CHECK and DEFAULT expressions) may
    // call only functions SQLite marks harmless: a file is data, never code.
    db.pragma('trusted_schema = OFF');
    const wholeFile = options.integrity !== 'later' || version < latest;
    if (file !== ':memory:') checkBeforeWriting(db, version, wholeFile, { ...options, migrations });
    fullFsyncOnMac(db);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (version > 0 && version < latest && file !== ':memory:') {
      await backupTo(db, path.join(path.dirname(file), 'backups', `before-migration-v${version}-${timestamp()}.sqlite`), options);
    }
    migrate(db, migrations);
  } catch (err) {
    db.close(); // a file that cannot be opened is let go of (Windows would keep it locked)
    throw err;
  }
  return db;
}

/** The safety pragmas of every further connection to an open journal (already migrated, in WAL mode). */
function openAnother(file: string, options: { nativeBinding?: string; key?: KeyHex | null }): Database.Database {
  const db = connect(file, { fileMustExist: true, nativeBinding: options.nativeBinding, key: options.key });
  db.pragma('trusted_schema = OFF');
  fullFsyncOnMac(db);
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * A second connection to an open journal, for long writes (a big import)
 * that must not hold up the app's own connection. The caller closes it.
 */
export function openWriter(file: string, options: { nativeBinding?: string; key?: KeyHex | null } = {}): WritableDB {
  return asWritable(openAnother(file, options));
}

/**
 * A connection that can only read (query_only: a write through it fails
 * loudly), for the workers that answer reads beside the one that writes.
 */
export function openReader(file: string, options: { nativeBinding?: string; key?: KeyHex | null } = {}): ReadableDB {
  const db = openAnother(file, options);
  db.pragma('query_only = ON');
  return asReadable(db);
}
