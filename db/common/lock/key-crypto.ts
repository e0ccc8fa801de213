// The journal's key and how it is wrapped, with node:crypto only. A journal
// is encrypted with 32 random bytes (SQLCipher's raw key). That key is never
// written down in the clear: beside the journal it is kept wrapped, by the
// system's keychain (electron/keychain.ts) or by a key derived from the
// passphrase with scrypt, in AES-256-GCM (a wrong passphrase fails its tag,
// so it is refused without the journal being touched).
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (password: crypto.BinaryLike, salt: crypto.BinaryLike, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/** scrypt's cost: N = 2^17, r = 8, p = 1 (OWASP's figure): 128 MiB and a few hundred ms per try here. */
export const SCRYPT_COST = { N: 2 ** 17, r: 8, p: 1 } as const;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** A key sealed under another with AES-256-GCM: base64 fields. */
export interface Sealed {
  iv: string;
  tag: string;
  data: string;
}

export interface PassphraseWrap extends ScryptCost, Sealed {
  kdf: 'scrypt';
  salt: string;
}

export const KEY_BYTES = 32;

export function newKey(): Buffer {
  return crypto.randomBytes(KEY_BYTES);
}

/**
 * A short name for a key that says nothing about it (an HMAC of a fixed
 * label): which of the keys a key file lists a journal is locked with.
 */
export function keyId(key: Buffer): string {
  return crypto.createHmac('sha256', key).update('rapport journal key id').digest('hex').slice(0, 16);
}

const b64 = (b: Buffer) => b.toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64');

/** Seals `key` under `under` (32 bytes); `label` is bound to it (a sealed key moved to another use fails). */
export function seal(key: Buffer, under: Buffer, label: string): Sealed {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', under, iv);
  cipher.setAAD(Buffer.from(label, 'utf8'));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return { iv: b64(iv), tag: b64(cipher.getAuthTag()), data: b64(data) };
}

/** The sealed key, or null when `under` is not the key it was sealed with (or the fields were changed). */
export function unseal(sealed: Sealed, under: Buffer, label: string): Buffer | null {
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', under, unb64(sealed.iv));
    decipher.setAAD(Buffer.from(label, 'utf8'));
    decipher.setAuthTag(unb64(sealed.tag));
    const key = Buffer.concat([decipher.update(unb64(sealed.data)), decipher.final()]);
    return key.length === KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

/** The same passphrase typed on any system: Unicode normalised (an é typed as one or as two code points). */
function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

async function derive(passphrase: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // maxmem above what 128 * N * r needs (Node's default of 32 MiB is less).
  return scrypt(passphraseBytes(passphrase), salt, KEY_BYTES, { ...cost, maxmem: 256 * cost.N * cost.r + 16 * 1024 * 1024 });
}

const PASSPHRASE_LABEL = 'rapport journal key, wrapped by a passphrase';

/** Wraps `key` with a key derived from `passphrase` (scrypt, a new salt). */
export async function wrapWithPassphrase(key: Buffer, passphrase: string, cost: ScryptCost = SCRYPT_COST): Promise<PassphraseWrap> {
  const salt = crypto.randomBytes(16);
  const kek = await derive(passphrase, salt, cost);
  try {
    return { kdf: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: b64(salt), ...seal(key, kek, PASSPHRASE_LABEL) };
  } finally {
    kek.fill(0);
  }
}

/** The key, or null for a wrong passphrase. */
export async function unwrapWithPassphrase(wrap: PassphraseWrap, passphrase: string): Promise<Buffer | null> {
  const kek = await derive(passphrase, unb64(wrap.salt), wrap);
  try {
    return unseal(wrap, kek, PASSPHRASE_LABEL);
  } finally {
    kek.fill(0);
  }
}

/** Older keys are sealed under the newest while a conversion is under way (db/common/lock/key-file.ts). */
export const CARRIED_LABEL = 'rapport journal key, carried under the newer key';
