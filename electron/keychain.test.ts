// The desktop app's keychain path against a fake `electron` module (the real
// one cannot run here): safeStorage keeps a new journal's key, and its
// 'basic_text' fallback (Linux without a keyring: a password written into
// Chromium) is refused, so the journal stays plain and a passphrase is
// offered. The journal itself is real, in the real worker threads.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockState } from '../core/lock';
import { JournalSession, type SessionOptions } from '../db';
import { tempDir } from '../db/test/temp';
import { useJournalWorkerBundle } from '../db/test/worker-bundle';
import { value } from '../db/test/helpers';

const fake = vi.hoisted(() => ({
  available: true,
  backend: 'gnome_libsecret',
  /** What safeStorage was asked to encrypt: the key travels as base64 text. */
  encrypted: [] as string[],
}));

vi.mock('electron', () => ({
  safeStorage: {
    isEncryptionAvailable: () => fake.available,
    getSelectedStorageBackend: () => fake.backend,
    // A stand-in for the OS: reversible, and not the plain text.
    encryptString: (text: string) => {
      fake.encrypted.push(text);
      return Buffer.from(`os:${Buffer.from(text).toString('hex')}`);
    },
    decryptString: (data: Buffer) => {
      const text = data.toString();
      if (!text.startsWith('os:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from(text.slice(3), 'hex').toString();
    },
  },
}));

const { systemKeychain } = await import('./keychain');

const bundle = useJournalWorkerBundle();
const sessions: JournalSession[] = [];
afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});
beforeEach(() => {
  fake.available = true;
  fake.backend = 'gnome_libsecret';
  fake.encrypted = [];
});

async function open(file: string, extra: Partial<SessionOptions> = {}): Promise<JournalSession> {
  const session = await JournalSession.open(file, {
    shell: 'electron', workerFile: bundle.file, readers: 1, settingsDir: path.join(path.dirname(file), 'settings'), pagesMayTypePaths: false,
    keychain: systemKeychain(), ...extra,
  });
  sessions.push(session);
  return session;
}


describe('the keychain (safeStorage)', () => {
  it('may be used with a real backend; refuses basic_text on Linux, and a safeStorage without encryption', () => {
    expect(systemKeychain(undefined, 'linux').refusal()).toBeNull();
    fake.backend = 'basic_text';
    expect(systemKeychain(undefined, 'linux').refusal()).toBe('basic_text');
    expect(() => systemKeychain(undefined, 'linux').wrap(Buffer.alloc(32))).toThrow();
    // Only Linux chooses a backend.
    expect(systemKeychain(undefined, 'darwin').refusal()).toBeNull();
    fake.available = false;
    expect(systemKeychain(undefined, 'win32').refusal()).toBe('unavailable');
  });

  it('keeps a new journal locked by default; the key file holds only what the keychain wrapped; it opens again at the next start', async () => {
    const file = path.join(tempDir('rapport-keychain-'), 'rapport.sqlite');
    const session = await open(file);
    expect(await value<LockState>(session, 'getLockState')).toMatchObject({ locked: false, protection: 'keychain', keychain: true, keychainRefused: null });
    await value(session, 'createSupplier', { name: 'Sleutelhanger BV' });
    await session.close();
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(fake.encrypted).toHaveLength(1);
    const keyFile = fs.readFileSync(`${file}.key`, 'utf8');
    expect(keyFile).not.toContain(fake.encrypted[0]);
    expect(keyFile).not.toContain(Buffer.from(fake.encrypted[0]!, 'base64').toString('hex'));
    const again = await open(file);
    expect((await value<{ name: string }[]>(again, 'listSuppliers')).map((s) => s.name)).toEqual(['Sleutelhanger BV']);
  });

  it('with basic_text the journal is not locked by the keychain: it stays plain and a passphrase is offered', async () => {
    fake.backend = 'basic_text';
    const file = path.join(tempDir('rapport-keychain-'), 'rapport.sqlite');
    const session = await open(file, {}, );
    expect(await value<LockState>(session, 'getLockState')).toMatchObject({ protection: 'none', keychain: false, keychainRefused: 'basic_text', offerPassphrase: true });
    expect(fake.encrypted).toEqual([]);
    await value(session, 'createSupplier', { name: 'Geen sleutelbos' });
    await session.close();
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(fs.existsSync(`${file}.key`)).toBe(false);
  });

  it('a journal whose keychain now refuses (another machine, a lost keyring) waits for its recovery key, untouched', async () => {
    const file = path.join(tempDir('rapport-keychain-'), 'rapport.sqlite');
    const session = await open(file);
    const made = await value<{ recoveryKey: string }>(session, 'useKeychain', { current: null });
    await session.close();
    const before = fs.readFileSync(file);
    fake.backend = 'basic_text';
    const locked = await open(file);
    expect(await value<LockState>(locked, 'getLockState')).toMatchObject({ locked: true, unlockWith: 'recoveryKey', keychainRefused: 'basic_text' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await value(locked, 'unlock', { recoveryKey: made.recoveryKey });
    expect(await value<LockState>(locked, 'getLockState')).toMatchObject({ locked: false, protection: 'keychain' });
  });
});
