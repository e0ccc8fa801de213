// Making a backup of the live journal that can be trusted:
// - it is copied only through SQLite's backup API (db.backup), never by
//   copying the file: the -wal file and an open transaction make a plain
//   copy unsafe. The backup API reads one consistent snapshot.
// - it is written under a temporary name that no listing recognises
//   (".name.partial"), checked (quick_check), and only then put in place the
//   durable way (db/common/durable-file.ts: flushed, renamed, folder
//   flushed; the backups folder itself flushed in its parent when it is
//   made): a crash or a full disk can leave a stray temporary file
//   (db/worker/backups/leftovers.ts), never a half backup that looks like a
//   whole one, and a cut never takes confirmed backups away with their folder.
import fs from 'node:fs';
import path from 'node:path';
import { storageProblem } from '../../../core/errors';
import { ensureFolder, replaceFile } from '../../common/durable-file';
import { checkCopy } from '../check-copy';
import type { FileOptions } from '../inspect-file';
import type { ReadableDB } from '../handles';
import { backupInfo, type BackupInfo } from './list';
import { backupFileName, backupsDir, parseBackupName, type WritableBackupKind } from './names';

/**
 * Copies `db` through the backup API into `temp`, turns the copy into a
 * self-contained rollback-journal file (no -wal needed to read it) and
 * verifies it. Throws (after removing `temp`) on any failure. The caller puts
 * it in place with replaceFile, which flushes it first.
 */
export async function writeVerifiedCopy(db: ReadableDB, temp: string, options: FileOptions): Promise<void> {
  fs.rmSync(temp, { force: true });
  try {
    await db.backup(temp);
    await checkCopy(temp, options);
  } catch (err) {
    for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
    throw storageProblem(err) ?? err;
  }
}

/**
 * Makes a verified backup of the live journal now (backup API, temporary
 * name, quick_check, fsync, atomic rename, folder fsync) and returns what it holds.
 * Reads the journal only; a failure (e.g. a full disk: 'diskFull') leaves no
 * backup-looking file behind and the journal untouched.
 */
export async function backupNow(db: ReadableDB, dataFile: string, kind: WritableBackupKind, options: FileOptions & { now?: Date } = {}): Promise<BackupInfo> {
  const now = options.now ?? new Date();
  const dir = backupsDir(dataFile);
  ensureFolder(dir);
  let sequence = 1;
  while (fs.existsSync(path.join(dir, backupFileName(kind, now, sequence)))) sequence += 1;
  const name = backupFileName(kind, now, sequence);
  const temp = path.join(dir, `.${name}.partial`);
  await writeVerifiedCopy(db, temp, options);
  const final = path.join(dir, name);
  replaceFile(temp, final);
  return backupInfo(final, kind, parseBackupName(name)!.createdAt, options);
}
