// A consistent copy of a journal under another key, never plain on disk when
// either side is locked. SQLite's backup API refuses an encrypted source, so:
// - from a locked source: VACUUM INTO (the copy comes out locked with the
//   source's key), then PRAGMA rekey on the copy when it needs another key
//   or none (rekey works on a rollback-journal file, which VACUUM INTO makes);
// - from a plain source into a locked copy: VACUUM INTO from a connection
//   keyed with the new key that attaches the plain file: the copy is written
//   locked from its first page on (a plain copy rekeyed afterwards would
//   leave plain pages on the disk for a while);
// - plain to plain: the backup API, in steps, as before.
import type Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import { JournalError } from '../../../core/errors';
import { isPlainSqlite } from '../../common/lock/key-file';
import type { ReadableDB } from '../handles';
import { assertEncrypted, connect, type KeyHex } from './cipher';

/** Changes the key of the (closed, rollback-journal) database at `file`: from `from` to `to`; null is plain. */
export function rekeyFile(file: string, from: KeyHex | null, to: KeyHex | null, nativeBinding?: string): void {
  if (from === to) return;
  const db = connect(file, { fileMustExist: true, nativeBinding, key: from });
  try {
    // rekey rewrites every page through the rollback journal: not in WAL mode.
    db.pragma('journal_mode = DELETE');
    if (to) {
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
      db.pragma(`rekey = "x'${checkedHex(to)}'"`);
    } else {
      db.pragma("rekey = ''");
    }
  } finally {
    db.close();
  }
}

function checkedHex(key: KeyHex): KeyHex {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error('rekeyFile: not a 32-byte hex key');
  return key;
}

/**
 * Writes a consistent copy of `source` (an open connection, locked with
 * `from`) to `target` (which must not exist), locked with `to` (null: plain).
 */
export async function copyDatabase(source: ReadableDB, target: string, from: KeyHex | null, to: KeyHex | null, nativeBinding?: string): Promise<void> {
  if (!from && !to) {
    await source.backup(target);
    return;
  }
  // VACUUM INTO only reads its source; ReadableDB hides run() from every other statement.
  const raw = source as unknown as Database.Database;
  if (from) {
    raw.prepare('VACUUM INTO ?').run(target);
    rekeyFile(target, from, to, nativeBinding);
  } else {
    if (raw.memory) throw new Error('copyDatabase: a plain in-memory journal cannot be copied locked');
    const holder = `${target}.holder`;
    const keyed = connect(holder, { key: to, nativeBinding });
    try {
      keyed.prepare("ATTACH ? AS source KEY ''").run(raw.name);
      keyed.prepare('VACUUM source INTO ?').run(target);
    } finally {
      keyed.close();
      fs.rmSync(holder, { force: true });
    }
  }
  // Verify, never assume: locked means not a plain file, plain means one.
  if (to) assertEncrypted(target);
  else if (!isPlainSqlite(target)) throw new JournalError('conflict', 'backupUnverified', [{ path: [], key: 'backupUnverified', params: { detail: 'not plain' } }]);
}
