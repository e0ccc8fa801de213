// Before the writer opens a journal: which key it is locked with, and, after
// a conversion a cut stopped (db/worker/lock/convert.ts), its backups and
// key file brought in line with it. The key file then lists more than one
// key, carries the old key sealed under the new one, or says the journal may
// be plain; whichever key opens the journal is its key, and every backup is
// (again) locked with that key, or plain when the journal is.
import { JournalError } from '../../../core/errors';
import { keyId } from '../../common/lock/key-crypto';
import { isPlainSqlite, looksLocked, readKeyFile, removeKeyFile, settledKeyFile, writeKeyFile } from '../../common/lock/key-file';
import { journalNotYetMade } from '../new-journal';
import type { KeyHex } from './cipher';
import { convertBackups, opensWith } from './convert';

export interface SettleOptions {
  nativeBinding?: string;
}

/**
 * The key (of `keys`, the ones the shell could unwrap, and the older ones
 * a conversion carries, db/shell/lock/plans.ts candidateKeys) to open `dataFile`
 * with: null for a plain journal, the first for one not yet made, or when
 * none opens it (the host's inspection then says why). Throws 'locked' (no
 * key given for a locked journal), 'notEncrypted' (the key file says
 * locked, the journal is plain) or the key file's own problem.
 */
export async function settleJournal(dataFile: string, keys: readonly KeyHex[], options: SettleOptions = {}): Promise<KeyHex | null> {
  if (journalNotYetMade(dataFile, options)) return keys[0] ?? null;
  const keyFile = readKeyFile(dataFile);
  const midway = keyFile !== null && (keyFile.keys.length > 1 || (keyFile.carried?.length ?? 0) > 0 || keyFile.mayBePlain === true);
  if (isPlainSqlite(dataFile)) {
    if (keyFile && !keyFile.mayBePlain) throw new JournalError('conflict', 'notEncrypted');
    // Locked and unlocked again, or a lock cut before the new journal took its place: its backups are plain already.
    if (keyFile) removeKeyFile(dataFile);
    return null;
  }
  // Not a plain file and not a locked one (a text file, a damaged one): the host's inspection says what it is.
  if (!looksLocked(dataFile, keyFile !== null)) return null;
  const key = keys.find((k) => opensWith(dataFile, k, options.nativeBinding));
  if (!key) {
    if (keys.length === 0) throw new JournalError('unavailable', 'locked');
    // None opens it: the host's inspection says so ('wrongKey', or damaged), and the recovery screen offers the backups.
    return keys[0]!;
  }
  if (keyFile && midway) {
    // `keys` holds the old key too (the shell unseals it from the key file): a cut can leave backups under it, or plain.
    await convertBackups(dataFile, [...keys, null], key, options.nativeBinding);
    writeKeyFile(dataFile, settledKeyFile(keyFile, keyId(Buffer.from(key, 'hex'))));
  }
  return key;
}
