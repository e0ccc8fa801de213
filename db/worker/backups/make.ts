// Making a backup of the live journal that can be trusted:
// - it is copied only through SQLite (the backup API for a plain journal,
//   VACUUM INTO for a locked one, which the backup API refuses: the copy is
//   locked with the journal's key, db/worker/lock/copy.ts), never by copying
//   the file: the -wal file and an open transaction make a plain file copy
//   unsafe. Both read one consistent snapshot.
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
import { copyDatabase } from '../lock/copy';
import type { KeyHex } from '../lock/cipher';
import { backupInfo, type BackupInfo } from './list';
import { backupFileName, backupsDir, parseBackupName, type WritableBackupKind } from './names';

/**
 * Copies `db` into `temp` (locked with options.key, the journal's; `db` is
 * locked with options.sourceKey, by default the same), turns the copy into a
 * self-contained rollback-journal file (no -wal needed to read it) and
 * verifies it. Throws (after removing `temp`) on any failure. The caller puts
 * it in place with replaceFile, which flushes it first.
 */
export async function writeVerifiedCopy(db: ReadableDB, temp: string, options: FileOptions & { sourceKey?: KeyHex | null }): Promise<void> {
  fs.rmSync(temp, { force: true });
  const to = options.key ?? null;
  const from = options.sourceKey === undefined ? to : options.sourceKey;
  try {
    await copyDatabase(db, temp, from, to, options.nativeBinding);
    await checkCopy(temp, { nativeBinding: options.nativeBinding, key: to });
  } catch (err) {
    for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`, `${temp}.holder`]) fs.rmSync(f, { force: true });
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
  // What it holds, read on this thread: not its whole file again (writeVerifiedCopy checked it in a worker), only its counts.
  return backupInfo(final, kind, parseBackupName(name)!.createdAt, { ...options, checkedWhole: true });
}
