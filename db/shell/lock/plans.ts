// What a change of key writes, decided in the shell (which holds the keys):
// the key file while the conversion runs (both keys, the old one also sealed
// under the new; "may be plain" when one side is a plain file) and after it.
// The worker that converts (db/worker/lock/convert.ts) writes them in turn.
import type { ConvertSetup } from '../../protocol';
import { CARRIED_LABEL, keyId, seal, unseal } from '../../common/lock/key-crypto';
import { newKeyFile, type KeyFile, type WrappedKey } from '../../common/lock/key-file';

export interface NewLock {
  key: Buffer;
  /** How it is kept: by the keychain or by a passphrase (its id set here). */
  wrapped: Omit<WrappedKey, 'id'>;
}

const hex = (key: Buffer | null) => (key ? key.toString('hex') : null);

/**
 * The conversion of a journal locked with `from` (null: plain; `before` its
 * key file) to `to` (null: plain), keeping its idle time.
 */
export function planConversion(before: KeyFile | null, from: Buffer | null, to: NewLock | null, lockAfterMinutes: number | null): ConvertSetup {
  if (!from && !to) throw new Error('planConversion: plain to plain is no conversion');
  const wrapped: WrappedKey | null = to ? { id: keyId(to.key), ...to.wrapped } : null;
  let during: KeyFile;
  if (!wrapped) {
    // Back to plain: the old key file, and that the journal may already be plain.
    during = { ...(before ?? newKeyFile([], lockAfterMinutes)), mayBePlain: true };
  } else if (!from) {
    during = { ...newKeyFile([wrapped], lockAfterMinutes), mayBePlain: true };
  } else {
    during = {
      ...newKeyFile([wrapped, ...(before?.keys.slice(0, 1) ?? [])], lockAfterMinutes),
      carried: [{ id: keyId(from), ...seal(from, to!.key, CARRIED_LABEL) }],
    };
  }
  return {
    from: hex(from), to: hex(to?.key ?? null),
    keyFileBefore: before, keyFileDuring: during,
    keyFileAfter: wrapped ? newKeyFile([wrapped], lockAfterMinutes) : null,
  };
}

/**
 * The keys a journal may be locked with, given those unwrapped from its key
 * file: while a conversion is under way (or was cut), also the old key
 * carried under the new one. The writer opens it with whichever fits.
 */
export function candidateKeys(keyFile: KeyFile | null, unwrapped: Buffer[]): Buffer[] {
  const carried = (keyFile?.carried ?? []).flatMap((c) => unwrapped.flatMap((k) => unseal(c, k, CARRIED_LABEL) ?? []));
  return [...unwrapped, ...carried];
}
