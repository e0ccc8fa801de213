// Making a backup of the live journal that can be trusted:
// - it is copied only through SQLite's backup API (db.backup), never by
//   copying the file: the -wal file and an open transaction make a plain
//   copy unsafe. The backup API reads one consistent snapshot.
// - it is written under a temporary name that no listing recognises
//   (".name.partial"), checked (quick_check), flushed to disk and only then
//   renamed to its final name: a crash or a full disk can leave a stray
//   temporary file (db/worker/backups/leftovers.ts), never a half backup that looks
//   like a whole one.
import fs from 'node:fs';
import path from 'node:path';
import { storageProblem } from '../../../core/errors';
import { checkCopy } from '../check-copy';
import type { FileOptions } from '../inspect-file';
import type { ReadableDB } from '../handles';
import { backupInfo, type BackupInfo } from './list';
import { backupFileName, backupsDir, parseBackupName, type WritableBackupKind } from './names';

/** Flushes a directory entry (a rename) to disk; not possible on Windows, where rename is already durable enough. */
export function fsyncDir(dir: string): void {
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
export async function writeVerifiedCopy(db: ReadableDB, temp: string, options: FileOptions): Promise<void> {
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

/**
 * Makes a verified backup of the live journal now (backup API, temporary
 * name, quick_check, fsync, atomic rename) and returns what it holds.
 * Reads the journal only; a failure (e.g. a full disk: 'diskFull') leaves no
 * backup-looking file behind and the journal untouched.
 */
export async function backupNow(db: ReadableDB, dataFile: string, kind: WritableBackupKind, options: FileOptions & { now?: Date } = {}): Promise<BackupInfo> {
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
  return backupInfo(final, kind, parseBackupName(name)!.createdAt, options);
}
