// Restoring a journal from a backup or a file the manager picks. The data
// file is replaced only by an atomic rename, and only after a verified
// 'before-restore' backup of what it held exists on disk: that backup is the undo.
import fs from 'node:fs';
import path from 'node:path';
import { JournalError, storageProblem } from '../../../core/errors';
import { inspectJournalFile, reportError, withReadOnly, type FileOptions, type JournalFileReport } from '../inspect-file';
import type { WritableDB } from '../handles';
import type { BackupInfo } from './list';
import { replaceFile } from '../../common/durable-file';
import { isPlainSqlite } from '../../common/lock/key-file';
import { backupNow, writeVerifiedCopy } from './make';
import type { KeyHex } from '../lock/cipher';

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
 * 2. The source is copied through SQLite (locked with the journal's key when
 *    the journal is locked, db/worker/lock/copy.ts) into a temporary file in the
 *    data file's folder (same file system, so step 6 can be an atomic rename),
 *    made self-contained and quick_checked (flushed in step 6). The live journal is
 *    untouched; a failure removes the temporary file.
 * 3. A 'before-restore' backup of the live journal is made and verified
 *    (backupNow): from here on the current contents exist in a second file.
 * 4. The live connection is closed. Closing the last connection checkpoints
 *    the WAL into the data file and removes -wal and -shm.
 * 5. If a -wal or -shm is still there, another connection holds the journal:
 *    the restore stops (the data file is unchanged; reopen it). A stale WAL
 *    must never meet a new main file: SQLite would replay the old frames
 *    onto it.
 * 6. The temporary file is flushed and renamed over the data file: atomic
 *    on one file system; a crash leaves either the old journal or the new
 *    one, never a mix. The folder is flushed so the rename survives a power
 *    cut (replaceFile, db/common/durable-file.ts).
 * The caller must then open the data file again (openJournal), which also
 * migrates an older source (keeping a before-migration copy). Undo = call
 * restoreFrom with undoBackup.file.
 */
export async function restoreFrom(
  currentDb: WritableDB, dataFile: string, sourceFile: string, options: FileOptions & { now?: Date; sourceKey?: KeyHex | null } = {},
): Promise<RestoreOutcome> {
  const data = path.resolve(dataFile);
  const source = path.resolve(sourceFile);
  if (source === data) return { restored: false, reopen: false, error: new JournalError('conflict', 'restoreSameFile') };
  // The source is read with its own key (by default the journal's); the copy is locked with the journal's.
  const { sourceKey: given, ...journalOptions } = options;
  const sourceKey = given === undefined ? (options.key ?? null) : given;
  const asSource = { ...journalOptions, key: sourceKey };
  const report = inspectJournalFile(source, asSource);
  if (!report.ok) return { restored: false, reopen: false, error: reportError(report) };

  const dir = path.dirname(data);
  const temp = path.join(dir, `.rapport-restore-${process.pid}-${Date.now()}.sqlite.partial`);
  try {
    await withReadOnly(source, asSource, (src) => writeVerifiedCopy(src, temp, { ...journalOptions, sourceKey: isPlainSqlite(source) ? null : sourceKey }));
    const copied = inspectJournalFile(temp, journalOptions);
    if (!copied.ok) throw reportError(copied);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    return { restored: false, reopen: false, error: asJournalError(err, 'restoreFailed') };
  }

  let undoBackup: BackupInfo;
  try {
    undoBackup = await backupNow(currentDb, data, 'before-restore', journalOptions);
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
    replaceFile(temp, data);
  } catch (err) {
    return { restored: false, reopen: true, error: asJournalError(err, 'restoreFailed') };
  }
  return { restored: true, reopen: true, undoBackup, source: report };
}

function asJournalError(err: unknown, fallbackKey: string): JournalError {
  if (err instanceof JournalError) return err;
  return storageProblem(err) ?? new JournalError('conflict', fallbackKey, [{ path: [], key: fallbackKey, params: { detail: String(err) } }]);
}
