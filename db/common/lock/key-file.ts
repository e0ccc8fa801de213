// The key file beside a locked journal (`rapport.sqlite.key`): the journal's
// key wrapped by the keychain or by a passphrase (never in the clear), the
// scrypt salt and cost in the clear, and the idle time after which the app
// locks. It lives beside the journal, not in it: the journal cannot be read
// to find out how to read it. Written the durable way (db/common/durable-file.ts).
//
// While a conversion is under way (db/worker/lock/convert.ts) it lists both
// keys, the new one first, with the old one also sealed under the new one
// ("carried"), and says whether the journal may still be (or already be) a
// plain file: whatever moment a cut stops the conversion at, the next start
// finds the key that opens the journal and finishes or undoes it
// (db/worker/lock/settle.ts).
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { JournalError } from '../../../core/errors';
import { syncFolder, writeFileDurably } from '../durable-file';
import type { PassphraseWrap, Sealed } from './key-crypto';

export interface WrappedKey {
  /** key-crypto.ts keyId: which key this is. */
  id: string;
  /** Wrapped by the system's keychain (Electron's safeStorage), base64. */
  keychain?: string;
  passphrase?: PassphraseWrap;
}

export interface KeyFile {
  format: 'rapport-journal-key';
  version: 1;
  /** SQLCipher 4's defaults with a raw key: other tools open the journal with PRAGMA key = "x'<recovery key>'". */
  cipher: 'sqlcipher-4';
  lockAfterMinutes: number | null;
  /** The journal's key first; during a conversion also the key it replaces. */
  keys: WrappedKey[];
  /** Older keys sealed under the first: backups a cut conversion left under them are finished with these. */
  carried?: (Sealed & { id: string })[];
  /** A conversion from or to a plain file is under way: a plain journal beside this file is not a forgery. */
  mayBePlain?: boolean;
}

const b64 = z.string().max(10_000).regex(/^[A-Za-z0-9+/=]*$/);
const sealed = z.object({ iv: b64, tag: b64, data: b64 });
const keyFileSchema = z.object({
  format: z.literal('rapport-journal-key'),
  version: z.literal(1),
  cipher: z.literal('sqlcipher-4'),
  lockAfterMinutes: z.number().int().positive().max(10_000).nullable(),
  keys: z
    .array(
      z.object({
        id: z.string().regex(/^[0-9a-f]{16}$/),
        keychain: b64.optional(),
        passphrase: sealed
          .extend({
            kdf: z.literal('scrypt'),
            N: z.number().int().min(2 ** 10).max(2 ** 22),
            r: z.number().int().min(1).max(32),
            p: z.number().int().min(1).max(16),
            salt: b64,
          })
          .optional(),
      }),
    )
    .max(4),
  carried: z.array(sealed.extend({ id: z.string().regex(/^[0-9a-f]{16}$/) })).max(4).optional(),
  mayBePlain: z.boolean().optional(),
});

export function keyFilePath(dataFile: string): string {
  return `${path.resolve(dataFile)}.key`;
}

/** The key file beside `dataFile`, null when there is none; a file that is not one is refused ('keyFileDamaged'). */
export function readKeyFile(dataFile: string): KeyFile | null {
  const file = keyFilePath(dataFile);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new JournalError('conflict', 'keyFileUnreadable', [{ path: [], key: 'keyFileUnreadable', params: { file, reason: String((err as Error).message) } }]);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = null;
  }
  const checked = keyFileSchema.safeParse(parsed);
  if (!checked.success) throw new JournalError('conflict', 'keyFileDamaged', [{ path: [], key: 'keyFileDamaged', params: { file } }]);
  return checked.data as KeyFile;
}

export function writeKeyFile(dataFile: string, keyFile: KeyFile): void {
  writeFileDurably(keyFilePath(dataFile), `${JSON.stringify(keyFile, null, 2)}\n`);
}

/** Removes the key file (a journal unlocked for good), the removal flushed with its folder. */
export function removeKeyFile(dataFile: string): void {
  const file = keyFilePath(dataFile);
  if (!fs.existsSync(file)) return;
  fs.rmSync(file, { force: true });
  syncFolder(path.dirname(file));
}

export function newKeyFile(keys: WrappedKey[], lockAfterMinutes: number | null): KeyFile {
  return { format: 'rapport-journal-key', version: 1, cipher: 'sqlcipher-4', lockAfterMinutes, keys };
}

/** The key file once a conversion is over: only the key the journal is locked with. */
export function settledKeyFile(keyFile: KeyFile, journalKeyId: string): KeyFile {
  const keys = keyFile.keys.filter((k) => k.id === journalKeyId);
  return newKeyFile(keys.length ? [keys[0]!] : keyFile.keys.slice(0, 1), keyFile.lockAfterMinutes);
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** True when `file` starts as every plain SQLite file does: it is not encrypted. */
export function isPlainSqlite(file: string): boolean {
  const head = Buffer.alloc(16);
  let read = 0;
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return false;
  }
  try {
    read = fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  return read === 16 && head.equals(SQLITE_MAGIC);
}

/** SQLCipher 4's page: a locked file is whole pages of it. */
export const LOCKED_PAGE = 4096;

/**
 * Whether `file` may be a locked journal: not plain SQLite, and either a key
 * file lies beside it or it is whole pages of SQLCipher's (a text file or a
 * PDF is not). Only its key can tell for sure.
 */
export function looksLocked(file: string, hasKeyFile: boolean): boolean {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    return false;
  }
  if (size === 0 || isPlainSqlite(file)) return false;
  return hasKeyFile || (size >= LOCKED_PAGE && size % LOCKED_PAGE === 0);
}
