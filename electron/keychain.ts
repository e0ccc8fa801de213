// The desktop app keeps a journal's key with the system's keychain through
// Electron's safeStorage (macOS Keychain, Windows DPAPI, libsecret/KWallet
// on Linux), as Signal Desktop keeps its database key. Where safeStorage has
// no real keychain to use it falls back to its 'basic_text' backend on
// Linux: the key would then be protected by a password written into
// Chromium itself, which is no protection. That fallback is refused: the
// manager is offered a passphrase instead (db/shell/lock/journal-lock.ts).
import { safeStorage } from 'electron';
import type { Keychain } from '../db';

type SafeStorage = Pick<typeof safeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & {
  getSelectedStorageBackend?: () => string;
};

export function systemKeychain(storage: SafeStorage = safeStorage, platform: NodeJS.Platform = process.platform): Keychain {
  const refusal = () => {
    // safeStorage is there only once the app is ready (and not at all outside Electron).
    if (!storage?.isEncryptionAvailable()) return 'unavailable' as const;
    // Only Linux has backends to choose from; 'basic_text' is the hard-coded password.
    if (platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text') return 'basic_text' as const;
    return null;
  };
  return {
    refusal,
    wrap: (key) => {
      if (refusal()) throw new Error('the keychain may not be used');
      return storage.encryptString(key.toString('base64')).toString('base64');
    },
    unwrap: (wrapped) => {
      if (refusal()) throw new Error('the keychain may not be used');
      return Buffer.from(storage.decryptString(Buffer.from(wrapped, 'base64')), 'base64');
    },
  };
}
