// Changing the key a journal is locked with: locking a plain journal,
// changing the passphrase (a new key), unlocking it for good. Never in
// place: a new file is written beside the journal, verified (it opens with
// the new key, passes integrity_check, has Rapport's schema and exactly the
// same rows), and only then renamed over the journal; the backups follow, one
// by one, the same way. The journal's workers are closed meanwhile (the
// shell's lock, db/shell/lock/, runs this in a worker of its own).
//
// A cut (a kill, a power cut) at any step leaves one journal that opens:
// the key file lists both keys while this runs (db/common/lock/key-file.ts),
// so the next start finds the one the journal is locked with and finishes
// or undoes the rest (./settle.ts). From plain to locked the journal goes
// first and the backups after; back to plain the backups go first: a cut
// then leaves the journal locked, and the settling locks the backups again.
import fs from 'node:fs';
import path from 'node:path';
import { JournalError } from '../../../core/errors';
import { replaceFile, syncFolder } from '../../common/durable-file';
import { isPlainSqlite, removeKeyFile, writeKeyFile, type KeyFile } from '../../common/lock/key-file';
import { backupFiles } from '../backups/names';
import { checkCopy } from '../check-copy';
import { asReadable } from '../handles';
import { inspectJournalFile, reportError, withReadOnly } from '../inspect-file';
import { connect, type KeyHex } from './cipher';
import { copyDatabase } from './copy';
import { contentDigest } from './digest';

export interface ConvertPlan {
  dataFile: string;
  /** The key the journal is locked with now (null: plain) and the one it will be (null: plain). */
  from: KeyHex | null;
  to: KeyHex | null;
  /** The key file as it is (null: none), while this runs, and after (null: none, a plain journal). */
  keyFileBefore: KeyFile | null;
  keyFileDuring: KeyFile;
  keyFileAfter: KeyFile | null;
  nativeBinding?: string;
}

/** The steps, in order, as onStep names them (the crash tests stop the process at each). */
export const CONVERT_STEPS = ['keyFileDuring', 'journalCopied', 'journalVerified', 'journalSwapped', 'backupConverted', 'keyFileAfter'] as const;
export type ConvertStep = (typeof CONVERT_STEPS)[number];

export interface ConvertHooks {
  onStep?: (step: ConvertStep, detail?: string) => void;
}

/** The name the new journal is written under: hidden, beside it, this process's own (removed at the next start if left). */
export function convertingName(dataFile: string): string {
  const file = path.resolve(dataFile);
  return path.join(path.dirname(file), `.${path.basename(file)}.converting-${process.pid}`);
}

/** Whether `file` opens with `key` (null: is a plain SQLite file). */
export function opensWith(file: string, key: KeyHex | null, nativeBinding?: string): boolean {
  if (!key) return isPlainSqlite(file);
  if (isPlainSqlite(file)) return false;
  try {
    const db = connect(file, { readonly: true, fileMustExist: true, nativeBinding, key });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

function removeAll(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`, `${file}.holder`]) fs.rmSync(f, { force: true });
}

/**
 * Writes the journal anew under `to` beside it and verifies it: integrity,
 * Rapport's schema, and every row the same as in the journal. Returns the
 * new file's name (not yet in place).
 */
async function writeJournalCopy(plan: ConvertPlan, hooks: ConvertHooks): Promise<string> {
  const temp = convertingName(plan.dataFile);
  removeAll(temp);
  const source = connect(plan.dataFile, { fileMustExist: true, nativeBinding: plan.nativeBinding, key: plan.from });
  try {
    const before = contentDigest(asReadable(source));
    await copyDatabase(asReadable(source), temp, plan.from, plan.to, plan.nativeBinding);
    hooks.onStep?.('journalCopied');
    await checkCopy(temp, { nativeBinding: plan.nativeBinding, key: plan.to });
    const report = inspectJournalFile(temp, { nativeBinding: plan.nativeBinding, key: plan.to });
    if (!report.ok) throw reportError(report);
    const after = await withReadOnly(temp, { nativeBinding: plan.nativeBinding, key: plan.to }, (db) => contentDigest(db));
    if (after !== before) throw new JournalError('conflict', 'conversionUnverified');
    hooks.onStep?.('journalVerified');
    return temp;
  } catch (err) {
    removeAll(temp);
    throw err;
  } finally {
    source.close();
  }
}

/** Puts the verified new journal in place: only when no connection holds the journal (a stale -wal must never meet the new file). */
function swapJournal(plan: ConvertPlan, temp: string): void {
  if (fs.existsSync(`${plan.dataFile}-wal`) || fs.existsSync(`${plan.dataFile}-shm`)) {
    removeAll(temp);
    throw new JournalError('conflict', 'journalInUse');
  }
  replaceFile(temp, plan.dataFile);
}

/**
 * Each backup not yet under `to` is written anew under it beside itself,
 * checked and renamed over itself. `keys` are those it may be locked with
 * now (a cut conversion can leave backups under either); a plain one is read as it is.
 */
export async function convertBackups(dataFile: string, keys: readonly (KeyHex | null)[], to: KeyHex | null, nativeBinding?: string, hooks: ConvertHooks = {}): Promise<void> {
  for (const backup of backupFiles(dataFile)) {
    if (opensWith(backup.file, to, nativeBinding)) continue;
    const from = isPlainSqlite(backup.file) ? null : keys.find((k) => k && opensWith(backup.file, k, nativeBinding));
    // A backup no key opens (damaged, or someone else's) is left as it is: the backups list says so.
    if (from === undefined) continue;
    const temp = path.join(path.dirname(backup.file), `.${backup.name}.partial`);
    removeAll(temp);
    try {
      await withReadOnly(backup.file, { nativeBinding, key: from, ownBackup: true }, (db) => copyDatabase(db, temp, from, to, nativeBinding));
      await checkCopy(temp, { nativeBinding, key: to });
      replaceFile(temp, backup.file);
    } catch (err) {
      removeAll(temp);
      throw err;
    }
    hooks.onStep?.('backupConverted', backup.name);
  }
}

/**
 * Converts the journal (closed by the caller) and its backups from
 * `plan.from` to `plan.to`. A failure before the new journal is in place
 * undoes everything (the key file as it was, no new file left); after it,
 * the backups left are finished at the next open (./settle.ts).
 */
export async function convertJournal(plan: ConvertPlan, hooks: ConvertHooks = {}): Promise<void> {
  const toPlain = plan.to === null;
  const restoreKeyFile = () => {
    if (plan.keyFileBefore) writeKeyFile(plan.dataFile, plan.keyFileBefore);
    else removeKeyFile(plan.dataFile);
  };
  writeKeyFile(plan.dataFile, plan.keyFileDuring);
  hooks.onStep?.('keyFileDuring');
  try {
    // Back to plain: the backups first, so a cut leaves the journal locked (and its backups are locked again).
    if (toPlain) await convertBackups(plan.dataFile, [plan.from], null, plan.nativeBinding, hooks);
    const temp = await writeJournalCopy(plan, hooks);
    swapJournal(plan, temp);
  } catch (err) {
    try {
      if (toPlain) await convertBackups(plan.dataFile, [null], plan.from, plan.nativeBinding);
      restoreKeyFile();
    } catch (undo) {
      console.error('[rapport] undoing a conversion failed; the next start settles it:', undo);
    }
    throw err;
  }
  hooks.onStep?.('journalSwapped');
  if (!toPlain) await convertBackups(plan.dataFile, [plan.from], plan.to, plan.nativeBinding, hooks);
  if (plan.keyFileAfter) writeKeyFile(plan.dataFile, plan.keyFileAfter);
  else removeKeyFile(plan.dataFile);
  syncFolder(path.dirname(path.resolve(plan.dataFile)));
  hooks.onStep?.('keyFileAfter');
}
