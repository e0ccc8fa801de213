// The lock's clock: ten wrong passphrases in a row slow the next try down
// (never the file: nothing is written), and the journal locks itself after
// its idle time. A lock over a stand-in for the session's workers, with a
// clock the test moves; the key file is real.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalError } from '../../core/errors';
import { keyId, newKey, wrapWithPassphrase } from '../common/lock/key-crypto';
import { keyFilePath, newKeyFile, writeKeyFile } from '../common/lock/key-file';
import { FREE_TRIES, JournalLock, type LockTarget } from '../shell/lock/journal-lock';
import { tempDir } from './temp';

const CHEAP = { N: 2 ** 12, r: 8, p: 1 };

async function lockedJournal() {
  const dataFile = path.join(tempDir('rapport-tries-'), 'rapport.sqlite');
  // Stands for a locked journal: not plain SQLite, whole pages.
  fs.writeFileSync(dataFile, crypto.randomBytes(8192));
  const key = newKey();
  writeKeyFile(dataFile, newKeyFile([{ id: keyId(key), passphrase: await wrapWithPassphrase(key, 'juiste zin', CHEAP) }], 5));
  const opened: string[] = [];
  const target: LockTarget = {
    dataFile,
    openWorkers: async (keys) => {
      opened.push(keys.map((k) => k.toString('hex')).join());
      return { problem: null, keyIndex: 0 };
    },
    closeWorkers: async () => {
      opened.push('closed');
    },
    convert: async () => {},
  };
  let now = 1_000_000;
  const lock = new JournalLock(target, { shell: 'browser', now: () => now, scryptCost: CHEAP });
  await lock.start();
  const snapshot = () => [fs.readFileSync(dataFile), fs.readFileSync(keyFilePath(dataFile))].map((b) => crypto.createHash('sha256').update(b).digest('hex')).join();
  return { lock, key, opened, snapshot, advance: (ms: number) => (now += ms) };
}

async function refusal(run: () => Promise<unknown>): Promise<JournalError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof JournalError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('wrong tries', () => {
  it('ten in a row are answered at once; then each next try waits, longer each time; the right one after the wait opens; nothing is written', async () => {
    const { lock, opened, snapshot, advance } = await lockedJournal();
    const before = snapshot();
    for (let i = 1; i <= FREE_TRIES; i++) {
      const err = await refusal(() => lock.unlock({ passphrase: `fout ${i}` }));
      expect(err.key).toBe('wrongPassphrase');
    }
    expect(lock.state().retryAfterMs).toBe(30_000);
    // Even the right passphrase waits now.
    const waiting = await refusal(() => lock.unlock({ passphrase: 'juiste zin' }));
    expect(waiting.key).toBe('tooManyTries');
    expect(waiting.issues[0]!.params.seconds).toBe(30);
    advance(30_000);
    expect((await refusal(() => lock.unlock({ passphrase: 'nog een fout' }))).key).toBe('wrongPassphrase');
    expect(lock.state().retryAfterMs).toBe(60_000);
    advance(59_000);
    expect((await refusal(() => lock.unlock({ recoveryKey: '00'.repeat(32) }))).key).toBe('tooManyTries');
    advance(1_000);
    expect(opened).toEqual([]);
    expect(snapshot()).toBe(before);
    await lock.unlock({ passphrase: 'juiste zin' });
    expect(lock.state()).toMatchObject({ locked: false, retryAfterMs: 0 });
    expect(opened).toHaveLength(1);
  });
});

describe('the idle lock', () => {
  it('locks after the idle time without use, not before; a use starts the clock again', async () => {
    const { lock, opened, advance } = await lockedJournal();
    await lock.unlock({ passphrase: 'juiste zin' });
    advance(4 * 60_000);
    expect(await lock.lockIfIdle()).toBe(false);
    lock.touch();
    advance(4 * 60_000);
    expect(await lock.lockIfIdle()).toBe(false);
    advance(60_000);
    expect(await lock.lockIfIdle()).toBe(true);
    expect(lock.state().locked).toBe(true);
    expect(opened.at(-1)).toBe('closed');
    lock.close();
  });
});
