// The locked journal as the contract speaks of it: how the journal is kept
// (plain, encrypted with a key in the system's keychain, or behind a
// passphrase), whether it is locked now, and the inputs of unlocking and of
// setting a passphrase. The key itself never crosses to the page; a recovery
// key (the raw key, in groups the manager can copy) is handed out once.
import { z } from 'zod';
import { LOCK_AFTER_MINUTES, MAX_PASSPHRASE, MIN_PASSPHRASE } from './lock-limits';

/** How the journal file is kept on disk. */
export type Protection = 'none' | 'keychain' | 'passphrase';

/** Why the system's keychain is not used: 'basic_text' is Electron's fallback with a password written into Chromium itself. */
export type KeychainRefusal = 'basic_text' | 'unavailable';

export interface LockState {
  /** The key is not held: only unlocking is answered. */
  locked: boolean;
  protection: Protection;
  /** What unlocks it: the passphrase (its key file lies beside it) or only a recovery key (a journal without its key file). */
  unlockWith: 'passphrase' | 'recoveryKey' | null;
  /** Lock after this many minutes without use (a passphrase only); null: never. */
  lockAfterMinutes: number | null;
  /** The desktop app with a keychain it may use; false in browser mode. */
  keychain: boolean;
  /** Why the keychain is not used where the shell has one, or null. */
  keychainRefused: KeychainRefusal | null;
  /** A new journal in browser mode: offer to set a passphrase (once, skippable). */
  offerPassphrase: boolean;
  /** After ten wrong tries: ms until the next one is taken. */
  retryAfterMs: number;
  dataFile: string;
}

export { DEFAULT_LOCK_AFTER_MINUTES, LOCK_AFTER_MINUTES, MAX_PASSPHRASE, MIN_PASSPHRASE } from './lock-limits';

/** A passphrase being set: at least eight characters. */
export const newPassphrase = z.string().min(MIN_PASSPHRASE, { error: 'passphraseTooShort' }).max(MAX_PASSPHRASE);
/** A passphrase being tried: anything typed, never trimmed. */
const givenPassphrase = z.string().min(1).max(MAX_PASSPHRASE);
const givenRecoveryKey = z.string().min(1).max(200);

/** Unlocking: the passphrase, or the recovery key. */
export const unlockInput = z.union([
  z.object({ passphrase: givenPassphrase }).strict(),
  z.object({ recoveryKey: givenRecoveryKey }).strict(),
]);

/** The current passphrase, asked again before the way the journal is kept changes (null when it has none). */
export const currentPassphrase = givenPassphrase.nullable().default(null);

export const setPassphraseInput = z.object({ passphrase: newPassphrase, current: currentPassphrase }).strict();
export const changeProtectionInput = z.object({ current: currentPassphrase }).strict();
export const lockSettingsInput = z
  .object({ lockAfterMinutes: z.literal([...LOCK_AFTER_MINUTES], { error: 'invalidChoice' }).nullable() })
  .strict();

/** A recovery key for a file whose key differs from the journal's (a restore, an upload). */
export const fileKeyInput = givenRecoveryKey.nullable().default(null);

/** The answer to a change that made a new key: its recovery key, shown once. */
export interface NewKey {
  recoveryKey: string;
  state: LockState;
}

const HEX_KEY = /^[0-9a-f]{64}$/;

/** A raw 32-byte key as the recovery key: 64 hex digits in 16 groups of four (SQLCipher opens the file with x'<the digits>'). */
export function formatRecoveryKey(hex: string): string {
  if (!HEX_KEY.test(hex)) throw new Error('formatRecoveryKey: not a 32-byte key');
  return hex.toUpperCase().match(/.{4}/g)!.join('-');
}

/** The raw key (lowercase hex) in a typed recovery key, or null: spaces, dashes and case do not matter. */
export function parseRecoveryKey(typed: string): string | null {
  const hex = typed.replace(/[\s-]/g, '').toLowerCase();
  return HEX_KEY.test(hex) ? hex : null;
}
