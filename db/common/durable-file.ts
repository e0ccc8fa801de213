// Writing a file so that a power cut at any moment leaves either the old file
// or the new one, whole, and never an empty or half one: the one way every
// file the app writes beside the SQLite journal is kept (backups and their
// folder, copies before a migration, restores, the recent list, the shell's
// state, a saved PDF). The order is what makes it safe:
//   1. write under a temporary name in the same folder (a rename is atomic
//      only within one file system),
//   2. fsync the file: its bytes are on the disk before its name is,
//   3. rename it over the final name,
//   4. fsync the folder: the rename itself is on the disk.
// A folder that had to be made is flushed in its parent, or a cut could take
// the folder, and everything already confirmed in it, away. A failed fsync
// is a failed write (the data may never have reached the disk; PostgreSQL's
// "fsyncgate"): it is reported as the write's error, never retried as if it
// had worked. Plain helpers, no SQLite: both sides of db/ (shell and worker)
// use them.
import nodeFs from 'node:fs';
import path from 'node:path';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { JournalError } from '../../core/errors';

/** The file-system calls a durable write makes: Node's own, or a recorder in tests. */
export interface DurableFs {
  openSync(file: string, flags: 'r' | 'r+' | 'w'): number;
  writeSync(fd: number, data: Uint8Array, offset: number, length: number, position: null): number;
  fsyncSync(fd: number): void;
  closeSync(fd: number): void;
  renameSync(from: string, to: string): void;
  rmSync(file: string, options: { force: true }): void;
  mkdirSync(dir: string): void;
  existsSync(file: string): boolean;
}

export interface DurableOptions {
  fs?: DurableFs;
  /** Where folder syncs are possible (process.platform unless a test says otherwise). */
  platform?: NodeJS.Platform;
}

const code = (err: unknown) => String((err as { code?: unknown } | null)?.code ?? '');

/**
 * A failed write as an error the manager can act on, naming the file (its
 * final name, not the temporary one). SQLite's codes count too: a journal is
 * made by SQLite under a temporary name, then kept the same way.
 */
export function writeProblem(err: unknown, file: string): JournalError {
  if (err instanceof JournalError) return err;
  const c = code(err);
  const key =
    c === 'ENOSPC' || c === 'EDQUOT' || c === 'SQLITE_FULL' ? 'fileDiskFull'
    : c === 'EROFS' || c.startsWith('SQLITE_READONLY') ? 'fileReadOnly'
    : c === 'EACCES' || c === 'EPERM' || c === 'SQLITE_PERM' ? 'fileNoPermission'
    : 'fileNotWritten';
  const params: Record<string, string> = key === 'fileNotWritten' ? { file, reason: c || String(err) } : { file };
  return new JournalError('conflict', key, [{ path: [], key, params }]);
}

/** Flushes a file's bytes and size to the disk (macOS: Node's fsync is F_FULLFSYNC, through libuv). */
export function syncFile(file: string, options: DurableOptions = {}): void {
  const fs: DurableFs = options.fs ?? nodeFs;
  // Read-write: Windows flushes (FlushFileBuffers) only through a handle that may write.
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * What a file system says when it cannot flush a folder at all (some network
 * shares, FUSE file systems): not a failed write, there is nothing to flush.
 * An I/O error (EIO) is not among them: that is a write that failed.
 */
const CANNOT_SYNC_FOLDER = new Set(['EISDIR', 'EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EPERM', 'EACCES', 'EBADF']);

/**
 * Flushes a folder's entries (a rename, a new file or folder in it) to the
 * disk. Skipped where that cannot be done: on Windows a folder cannot be
 * opened as a file to flush it (NTFS journals its own metadata), and on file
 * systems that refuse it (above). The files' own syncs happen everywhere.
 */
export function syncFolder(dir: string, options: DurableOptions = {}): void {
  if ((options.platform ?? process.platform) === 'win32') return;
  const fs: DurableFs = options.fs ?? nodeFs;
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (err) {
    if (CANNOT_SYNC_FOLDER.has(code(err))) return;
    throw err;
  }
  try {
    fs.fsyncSync(fd);
  } catch (err) {
    if (!CANNOT_SYNC_FOLDER.has(code(err))) throw err;
  } finally {
    fs.closeSync(fd);
  }
}

/** Makes `dir` and any missing folders above it, each flushed in its parent; the raw error when it cannot. */
function makeFolders(dir: string, options: DurableOptions): void {
  const fs: DurableFs = options.fs ?? nodeFs;
  const missing: string[] = [];
  for (let at = path.resolve(dir); !fs.existsSync(at); at = path.dirname(at)) {
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      fs.mkdirSync(folder);
    } catch (err) {
      if (code(err) !== 'EEXIST') throw err; // made by someone else meanwhile: fine
    }
  }
  // A new folder is a name in its parent: flushed there, from the top down.
  for (const folder of missing) syncFolder(path.dirname(folder), options);
}

/** Makes `dir` (and the folders above it) durably: each new folder flushed in its parent. Errors name the folder. */
export function ensureFolder(dir: string, options: DurableOptions = {}): void {
  try {
    makeFolders(dir, options);
  } catch (err) {
    throw writeProblem(err, dir);
  }
}

function removeQuietly(file: string, options: DurableOptions): void {
  try {
    const fs: DurableFs = options.fs ?? nodeFs;
    fs.rmSync(file, { force: true });
  } catch {
    // Already failing: the error that matters is the write's.
  }
}

/**
 * Puts `temp`, written by anyone (SQLite's backup, a copy), in place as
 * `file`: fsync temp, rename, fsync the folder. On a failure before the
 * rename, temp is removed and `file` is as it was. Both must be in one folder.
 * A failed folder sync after the rename is reported too: the new file is in
 * place but the disk did not confirm it ('fileNotConfirmed').
 */
export function replaceFile(temp: string, file: string, options: DurableOptions = {}): void {
  const fs: DurableFs = options.fs ?? nodeFs;
  try {
    syncFile(temp, options);
    fs.renameSync(temp, file);
  } catch (err) {
    removeQuietly(temp, options);
    throw writeProblem(err, file);
  }
  confirmFolder(file, options);
}

function confirmFolder(file: string, options: DurableOptions): void {
  try {
    syncFolder(path.dirname(path.resolve(file)), options);
  } catch (err) {
    throw new JournalError('conflict', 'fileNotConfirmed', [{ path: [], key: 'fileNotConfirmed', params: { file, reason: code(err) || String(err) } }]);
  }
}

/** The temporary name `file` is written under: hidden, in its own folder, this process's own. */
export function temporaryName(file: string): string {
  const resolved = path.resolve(file);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.${process.pid}.tmp`);
}

/**
 * Writes `data` to `file` durably: the folder made if needed (and flushed in
 * its parent), a temporary file written and flushed, renamed over `file`, the
 * folder flushed. Throws a translated error naming `file` (disk full,
 * read-only, no permission, the disk's own error); `file` is then as it was
 * and no temporary file is left.
 */
export function writeFileDurably(file: string, data: string | Uint8Array, options: DurableOptions = {}): void {
  const fs: DurableFs = options.fs ?? nodeFs;
  const target = path.resolve(file);
  const temp = temporaryName(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let fd: number | null = null;
  try {
    makeFolders(path.dirname(target), options);
    fd = fs.openSync(temp, 'w');
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done, null);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, target);
  } catch (err) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // the write's own error is the one to report
      }
    }
    removeQuietly(temp, options);
    throw writeProblem(err, target);
  }
  confirmFolder(target, options);
}

/**
 * writeFileDurably for content too large to hold at once (a journal archive
 * with its attachments): `source` is piped into the temporary file piece by
 * piece, then it is put in place the same way (fsync, rename, folder fsync).
 * On any failure, the source's own included, `file` is as it was and no
 * temporary file is left; the error names `file`.
 */
export async function writeStreamDurably(file: string, source: NodeJS.ReadableStream): Promise<void> {
  const target = path.resolve(file);
  const temp = temporaryName(target);
  try {
    makeFolders(path.dirname(target), {});
    await pipeIntoFile(temp, 'w', source);
  } catch (err) {
    throw writeProblem(err, target);
  }
  replaceFile(temp, target);
}

/**
 * Pipes `source` (through `through`, if given) into `file`, made now. On any
 * failure `file` is removed and the error thrown: only once its stream has
 * closed, because a source that fails at once (a file gone) can fail before
 * `file` is even opened, and removed earlier it would appear after.
 */
export async function pipeIntoFile(file: string, flags: 'w' | 'wx', source: NodeJS.ReadableStream, through?: Transform): Promise<void> {
  const out = nodeFs.createWriteStream(file, { flags });
  try {
    await (through ? pipeline(source, through, out) : pipeline(source, out));
  } catch (err) {
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    removeQuietly(file, {});
    throw err;
  }
}
