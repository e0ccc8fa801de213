// Making a new journal so that a power cut at any moment leaves either no
// journal or a whole one. Made in place, a cut in its first milliseconds left
// a 0-byte file, a 4 KiB header with a hot -journal, or a database without
// tables, and the next start refused them all. Now it is made and migrated
// under a temporary name, flushed, and only then renamed into place, the
// folder flushed (db/common/durable-file.ts); a temporary journal a cut left
// behind is removed at the next start (db/worker/backups/leftovers.ts). A file
// such older versions left, holding no data, is a journal not yet made.
import fs from 'node:fs';
import path from 'node:path';
import { ensureFolder, replaceFile, syncFolder, writeProblem } from '../common/durable-file';
import { backupFiles } from './backups/names';
import { holdsNoData } from './inspect-file';
import { openDatabase, type OpenOptions } from './open';
import { assertEncrypted } from './lock/cipher';

const SIDECARS = ['-journal', '-wal', '-shm'];

/** The name a journal is made under: hidden, beside it, this process's own. */
export function creatingName(file: string): string {
  const resolved = path.resolve(file);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.creating-${process.pid}`);
}

function removeWithSidecars(file: string): void {
  for (const f of [file, ...SIDECARS.map((s) => file + s)]) fs.rmSync(f, { force: true });
}

/**
 * Whether `file` is a journal not yet made: it is not there, or it holds no
 * data at all (inspect-file.ts holdsNoData: 0 bytes, or SQLite without a
 * single table once its hot journal is rolled back on a copy) and no backup
 * lies beside it. Beside backups, a file with no data is a journal that lost
 * what it held, not a first start cut short: the recovery screen offers the
 * newest good backup for it, as for any damaged journal.
 */
export function journalNotYetMade(file: string, options: OpenOptions = {}): boolean {
  if (!fs.existsSync(file)) return true;
  return holdsNoData(file, options) && backupFiles(file).length === 0;
}

/**
 * Makes a new, migrated journal at `file`, atomically: under a temporary
 * name first (made by Node, so a read-only folder or a full disk is named
 * plainly), migrated, closed (the WAL checkpointed into it and removed),
 * then flushed and renamed into place, the folder flushed. What was at
 * `file` (nothing, or a file with no data) and its sidecars are removed just
 * before the rename, and that removal is flushed first: a stale -journal or
 * -wal must never meet the new file, SQLite would play it back onto it.
 * Throws a translated error naming `file`; the temporary journal is then
 * gone and whatever was at `file` is as it was.
 */
export async function makeJournal(file: string, options: OpenOptions = {}): Promise<void> {
  const target = path.resolve(file);
  const dir = path.dirname(target);
  const temp = creatingName(target);
  ensureFolder(dir);
  try {
    removeWithSidecars(temp);
    fs.closeSync(fs.openSync(temp, 'wx'));
    const db = await openDatabase(temp, options);
    db.close(); // the last connection: SQLite checkpoints the WAL into the file and removes -wal and -shm
    if (SIDECARS.some((s) => fs.existsSync(temp + s))) throw new Error('the new journal kept its -wal after closing');
    // A locked journal: verify, never assume, that the file on disk is not plain.
    if (options.key) assertEncrypted(temp);
    if ([target, ...SIDECARS.map((s) => target + s)].some((f) => fs.existsSync(f))) {
      removeWithSidecars(target);
      syncFolder(dir);
    }
  } catch (err) {
    try {
      removeWithSidecars(temp);
    } catch {
      // the error that stopped the journal is the one to report
    }
    throw writeProblem(err, target);
  }
  replaceFile(temp, target);
}
