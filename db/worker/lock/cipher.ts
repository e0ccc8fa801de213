// Every connection to a journal file is opened here, with its key when the
// journal is locked. SQLCipher 4's format with a raw key: cipher and
// compatibility are set before the key on every open (the driver's default
// cipher is another), and the key is given as x'<64 hex digits>' so no
// passphrase derivation runs per connection (the passphrase's own scrypt
// runs once, in the shell: db/common/lock/key-crypto.ts). Other tools open
// the file with the recovery key the same way.
import Database from 'better-sqlite3-multiple-ciphers';
import { JournalError } from '../../../core/errors';
import fs from 'node:fs';
import { isPlainSqlite, keyFilePath, looksLocked } from '../../common/lock/key-file';

/** A raw 32-byte key as 64 lowercase hex digits; null: a plain file. */
export type KeyHex = string;

const HEX_KEY = /^[0-9a-f]{64}$/;

export interface ConnectOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** Electron loads its own ABI build of the driver from here. */
  nativeBinding?: string;
  key?: KeyHex | null;
}

/** Keys an open connection (before anything else is read). */
export function applyKey(db: Database.Database, key: KeyHex | null | undefined, schema = 'main'): void {
  if (!key) return;
  // The key goes into a pragma's text: only ever 64 hex digits.
  if (!HEX_KEY.test(key)) throw new Error('applyKey: not a 32-byte hex key');
  db.pragma(`${schema}.cipher = 'sqlcipher'`);
  db.pragma(`${schema}.legacy = 4`);
  db.pragma(`${schema}.key = "x'${key}'"`);
  // A driver without the cipher knows no such pragma and answers nothing.
  if (db.pragma(`${schema}.cipher`, { simple: true }) !== 'sqlcipher') {
    throw new JournalError('conflict', 'cipherNotActive', [{ path: [], key: 'cipherNotActive', params: { file: db.name } }]);
  }
  // Each page read from disk is decrypted: keep more of them (16 MiB, SQLite's default is 2) so the supplier
  // view and the portfolio read them once (npm run bench -- --locked).
  db.pragma(`${schema}.cache_size = -16000`);
}

/** A connection to `file`, keyed when a key is given. */
export function connect(file: string, options: ConnectOptions = {}): Database.Database {
  const db = new Database(file, {
    readonly: options.readonly === true, fileMustExist: options.fileMustExist === true, nativeBinding: options.nativeBinding,
  });
  try {
    applyKey(db, options.key);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/**
 * Verify, never assume: a driver without the cipher (plain better-sqlite3,
 * or an Electron build made from it) ignores the key without a word and
 * writes a plain file. Called once the file holds data written with the key.
 */
export function assertEncrypted(file: string): void {
  if (isPlainSqlite(file)) throw new JournalError('conflict', 'cipherNotActive', [{ path: [], key: 'cipherNotActive', params: { file } }]);
}

/** The error of a file that would not open: locked without its key, locked with another key, or no database. */
export function notOpenedError(file: string, key: KeyHex | null | undefined): JournalError {
  if (isPlainSqlite(file)) return new JournalError('conflict', 'notADatabase');
  if (key) return new JournalError('conflict', 'wrongKey');
  // Without a key: 'locked' only for what may be a locked journal (a text file is no database).
  return new JournalError('conflict', looksLocked(file, fs.existsSync(keyFilePath(file))) ? 'locked' : 'notADatabase');
}
