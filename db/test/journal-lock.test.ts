// The locked journal through the shell's session (db/shell/session.ts,
// db/shell/lock/), with the real worker threads and real files: setting a
// passphrase locks the file, locking refuses every call, a wrong passphrase
// or recovery key changes nothing, changing the passphrase makes a new key,
// and nothing a manager writes can be read in any file of the folder.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/errors';
import type { BackupSummary, FileSummary } from '../../core/files';
import type { LockState, NewKey } from '../../core/lock';
import { isPlainSqlite, keyFilePath, readKeyFile } from '../common/lock/key-file';
import type { Keychain } from '../shell/lock/journal-lock';
import { JournalSession, type SessionOptions } from '../shell/session';
import { inspectFromOutside } from '../worker/inspect-file';
import { tempDir } from './temp';
import { useJournalWorkerBundle } from './worker-bundle';
import { value } from './helpers';

const bundle = useJournalWorkerBundle();
const sessions: JournalSession[] = [];

afterAll(async () => {
  await Promise.all(sessions.map((s) => s.close()));
});

async function open(file: string, extra: Partial<SessionOptions> = {}): Promise<JournalSession> {
  const session = await JournalSession.open(file, {
    shell: 'browser', workerFile: bundle.file, readers: 1, settingsDir: path.join(path.dirname(file), 'settings'), pagesMayTypePaths: true, ...extra,
  });
  sessions.push(session);
  return session;
}


/** Each test derives several scrypt keys (128 MiB, a few hundred ms each alone) and rewrites the journal: slow on 2 busy cores. */
const LOCK_TEST_MS = 120_000;

async function failure(session: JournalSession, name: string, input: unknown = {}): Promise<{ code: string; key: string; issues: { key: string; params: Record<string, unknown> }[] }> {
  const r = (await session.call(name, input)) as ApiResult<unknown>;
  if (r.ok) throw new Error(`${name} should have failed`);
  return r.error as never;
}

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Every file in the folder and below, with its bytes. */
function everyFile(dir: string): { file: string; bytes: Buffer }[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .map((name) => path.join(dir, name))
    .filter((f) => fs.statSync(f).isFile())
    .map((file) => ({ file, bytes: fs.readFileSync(file) }));
}

/** Where any of `words` can be read in the folder: UTF-8, UTF-16, any case. */
function readable(dir: string, words: string[]): string[] {
  const found: string[] = [];
  for (const { file, bytes } of everyFile(dir)) {
    const text = bytes.toString('latin1').toLowerCase();
    const wide = bytes.toString('utf16le').toLowerCase();
    for (const w of words) if (text.includes(w.toLowerCase()) || wide.includes(w.toLowerCase())) found.push(`${path.relative(dir, file)}: ${w}`);
  }
  return found;
}

const SECRETS = ['Zwartboekleverancier', 'wantrouwenaccountmanager', 'onwaarincidentrapport', 'geheimlabel'];

/** A supplier, entries and a tag with the secret words, a CSV import, a backup and a restore: real use. */
async function useJournal(session: JournalSession): Promise<void> {
  const supplier = await value<{ id: number }>(session, 'createSupplier', { name: `${SECRETS[0]} BV`, notes: 'Contact via Anna' });
  await value(session, 'createEntry', {
    supplierId: supplier.id, kind: 'note', date: '2026-03-01', title: 'Gesprek', body: `We hebben ${SECRETS[1]} vastgesteld.`, tags: [SECRETS[3]],
  });
  await value(session, 'createEntry', { supplierId: supplier.id, kind: 'incident', date: '2026-03-05', title: SECRETS[2], severity: 'high' });
  const backup = await value<BackupSummary>(session, 'backupNow');
  await value(session, 'importCsv', {
    text: `Titel;Datum;Tekst\nImport;2026-04-01;nog meer ${SECRETS[1]}\n`, mapping: { title: 'Titel', date: 'Datum', body: 'Tekst' }, supplierId: supplier.id,
  });
  await value(session, 'restoreBackup', { name: backup.name });
  await value(session, 'backupNow');
}

describe('setting a passphrase, locking and unlocking', { timeout: LOCK_TEST_MS }, () => {
  it('locks a new journal with a passphrase; locked, every call is refused; a wrong passphrase changes nothing; the right one opens it', async () => {
    const file = path.join(tempDir('rapport-lock-'), 'rapport.sqlite');
    const session = await open(file);
    const first = await value<LockState>(session, 'getLockState');
    expect(first).toMatchObject({ locked: false, protection: 'none', offerPassphrase: true, keychain: false });
    await value(session, 'createSupplier', { name: 'Noordlicht IT' });

    expect((await failure(session, 'setPassphrase', { passphrase: 'kort' })).issues[0]!.key).toBe('passphraseTooShort');
    const made = await value<NewKey>(session, 'setPassphrase', { passphrase: 'correct paard batterij nietje' });
    expect(made.recoveryKey).toMatch(/^([0-9A-F]{4}-){15}[0-9A-F]{4}$/);
    expect(made.state).toMatchObject({ locked: false, protection: 'passphrase', lockAfterMinutes: 15, offerPassphrase: false });
    expect(isPlainSqlite(file)).toBe(false);
    expect(readKeyFile(file)!.keys[0]!.passphrase).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    // The key file holds no key in the clear.
    expect(fs.readFileSync(keyFilePath(file), 'utf8')).not.toContain(made.recoveryKey.replace(/-/g, '').toLowerCase());

    expect(await value<LockState>(session, 'lock')).toMatchObject({ locked: true, unlockWith: 'passphrase' });
    expect(await failure(session, 'listSuppliers')).toMatchObject({ code: 'unavailable', key: 'journalLocked' });
    expect(await failure(session, 'exportJson')).toMatchObject({ key: 'journalLocked' });
    const before = sha(file);
    expect((await failure(session, 'unlock', { passphrase: 'correct paard batterij' })).key).toBe('wrongPassphrase');
    expect((await failure(session, 'unlock', { recoveryKey: 'ABCD-1234' })).key).toBe('notARecoveryKey');
    expect((await failure(session, 'unlock', { recoveryKey: 'ab'.repeat(32) })).key).toBe('wrongRecoveryKey');
    expect(sha(file)).toBe(before);
    expect(await value<LockState>(session, 'unlock', { passphrase: 'correct paard batterij nietje' })).toMatchObject({ locked: false });
    expect((await value<{ name: string }[]>(session, 'listSuppliers')).map((s) => s.name)).toEqual(['Noordlicht IT']);

    // The recovery key opens it too (spaces and case do not matter).
    await value(session, 'lock');
    await value(session, 'unlock', { recoveryKey: made.recoveryKey.toLowerCase().replace(/-/g, ' ') });
    expect(await value<LockState>(session, 'getLockState')).toMatchObject({ locked: false, protection: 'passphrase' });
  });

  it('changing the passphrase asks the current one, makes a new key: the old passphrase and recovery key no longer open it', async () => {
    const file = path.join(tempDir('rapport-lock-'), 'rapport.sqlite');
    const session = await open(file);
    await value(session, 'createSupplier', { name: 'Hosting BV' });
    const first = await value<NewKey>(session, 'setPassphrase', { passphrase: 'eerste wachtwoordzin' });
    await value(session, 'backupNow');
    expect((await failure(session, 'setPassphrase', { passphrase: 'tweede wachtwoordzin', current: null })).key).toBe('currentPassphraseRequired');
    expect((await failure(session, 'setPassphrase', { passphrase: 'tweede wachtwoordzin', current: 'fout' })).key).toBe('wrongPassphrase');
    const second = await value<NewKey>(session, 'setPassphrase', { passphrase: 'tweede wachtwoordzin', current: 'eerste wachtwoordzin' });
    expect(second.recoveryKey).not.toBe(first.recoveryKey);
    await value(session, 'lock');
    expect((await failure(session, 'unlock', { passphrase: 'eerste wachtwoordzin' })).key).toBe('wrongPassphrase');
    expect((await failure(session, 'unlock', { recoveryKey: first.recoveryKey })).key).toBe('wrongRecoveryKey');
    await value(session, 'unlock', { passphrase: 'tweede wachtwoordzin' });
    // The backup made before follows the journal's new key: it is listed as whole and restores.
    const backups = await value<BackupSummary[]>(session, 'listBackups');
    expect(backups.every((b) => b.ok)).toBe(true);
    await value(session, 'restoreBackup', { name: backups.at(-1)!.name });
    expect((await value<{ name: string }[]>(session, 'listSuppliers')).map((s) => s.name)).toEqual(['Hosting BV']);

    // Unlocking for good: a plain file again, its backups too, no key file.
    expect((await failure(session, 'removeProtection', { current: 'eerste wachtwoordzin' })).key).toBe('wrongPassphrase');
    expect(await value<LockState>(session, 'removeProtection', { current: 'tweede wachtwoordzin' })).toMatchObject({ protection: 'none', locked: false });
    expect(isPlainSqlite(file)).toBe(true);
    expect(fs.existsSync(keyFilePath(file))).toBe(false);
    for (const b of fs.readdirSync(path.join(path.dirname(file), 'backups'))) expect(isPlainSqlite(path.join(path.dirname(file), 'backups', b))).toBe(true);
    expect((await value<{ name: string }[]>(session, 'listSuppliers')).map((s) => s.name)).toEqual(['Hosting BV']);
  });
});

describe('nothing readable on disk', { timeout: LOCK_TEST_MS }, () => {
  it('after real use, no word written into a locked journal is in any file of its folder, open or closed; the journal is not plain SQLite', async () => {
    const dir = tempDir('rapport-lock-');
    const file = path.join(dir, 'rapport.sqlite');
    const session = await open(file, { autoBackups: true });
    await value(session, 'setPassphrase', { passphrase: 'lang genoeg hoor' });
    await useJournal(session);
    // While it runs (the -wal and -shm are there) ...
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(readable(dir, SECRETS)).toEqual([]);
    // ... and after closing.
    await session.close();
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\u0000');
    const files = everyFile(dir).map((f) => path.relative(dir, f.file));
    expect(files.filter((f) => f.startsWith('backups')).length).toBeGreaterThanOrEqual(3);
    expect(readable(dir, SECRETS)).toEqual([]);
    // The words are there to be found: the same use on a plain journal shows them (the test can fail).
    const plainDir = tempDir('rapport-lock-');
    const plain = await open(path.join(plainDir, 'rapport.sqlite'));
    await useJournal(plain);
    await plain.close();
    expect(readable(plainDir, SECRETS).length).toBeGreaterThan(0);
  });

  it('locking an existing plain journal leaves nothing plain behind: its backups are locked too', async () => {
    const dir = tempDir('rapport-lock-');
    const session = await open(path.join(dir, 'rapport.sqlite'));
    await useJournal(session);
    expect(readable(dir, SECRETS).length).toBeGreaterThan(0);
    await value(session, 'setPassphrase', { passphrase: 'lang genoeg hoor' });
    await session.close();
    expect(readable(dir, SECRETS)).toEqual([]);
  });
});

describe('search, restore and other journals', { timeout: LOCK_TEST_MS }, () => {
  it('search gives the same results locked and unlocked', async () => {
    const dir = tempDir('rapport-lock-');
    const session = await open(path.join(dir, 'rapport.sqlite'));
    await value(session, 'loadExampleJournal', { language: 'nl' });
    const queries = ['back-up', 'cafe', 'kind:incident', 'certificaat', '"service desk"', 'storing -netwerk'];
    const plain = await Promise.all(queries.map((query) => value(session, 'search', { query, limit: 50 })));
    await value(session, 'setPassphrase', { passphrase: 'lang genoeg hoor' });
    const locked = await Promise.all(queries.map((query) => value(session, 'search', { query, limit: 50 })));
    expect(locked).toEqual(plain);
    expect(plain.some((r) => (r as { total: number }).total > 0)).toBe(true);
  });

  it("restoring a file locked with another key asks for that file's recovery key; the restored journal keeps its own key", async () => {
    const other = await open(path.join(tempDir('rapport-lock-'), 'rapport.sqlite'));
    await value(other, 'createSupplier', { name: 'Van elders' });
    const otherKey = await value<NewKey>(other, 'setPassphrase', { passphrase: 'andermans wachtwoord' });
    await other.close();
    const upload = fs.readFileSync(other.dataFile).toString('base64');

    const file = path.join(tempDir('rapport-lock-'), 'rapport.sqlite');
    const session = await open(file);
    await value(session, 'createSupplier', { name: 'Eigen' });
    await value(session, 'setPassphrase', { passphrase: 'eigen wachtwoordzin' });
    expect(await value<FileSummary>(session, 'inspectUpload', { contentBase64: upload })).toMatchObject({ ok: false, problem: 'wrongKey' });
    expect(await value<FileSummary>(session, 'inspectUpload', { contentBase64: upload, recoveryKey: otherKey.recoveryKey })).toMatchObject({ ok: true, suppliers: 1 });
    expect((await failure(session, 'restoreUpload', { fileName: 'x.sqlite', contentBase64: upload })).key).toBe('wrongKey');
    await value(session, 'restoreUpload', { fileName: 'x.sqlite', contentBase64: upload, recoveryKey: otherKey.recoveryKey });
    expect((await value<{ name: string }[]>(session, 'listSuppliers')).map((s) => s.name)).toEqual(['Van elders']);
    await value(session, 'lock');
    await value(session, 'unlock', { passphrase: 'eigen wachtwoordzin' });
    expect((await value<{ name: string }[]>(session, 'listSuppliers')).map((s) => s.name)).toEqual(['Van elders']);
  });

  it("opening someone else's locked journal asks its passphrase (its key file beside it) or, without it, its recovery key", async () => {
    const theirs = path.join(tempDir('rapport-lock-'), 'theirs.sqlite');
    const them = await open(theirs);
    await value(them, 'createSupplier', { name: 'Hun leverancier' });
    const theirKey = await value<NewKey>(them, 'setPassphrase', { passphrase: 'hun wachtwoordzin' });
    await them.close();

    const session = await open(path.join(tempDir('rapport-lock-'), 'rapport.sqlite'));
    await value(session, 'openJournalFile', { path: theirs });
    expect(await value<LockState>(session, 'getLockState')).toMatchObject({ locked: true, unlockWith: 'passphrase', dataFile: theirs });
    await value(session, 'unlock', { passphrase: 'hun wachtwoordzin' });
    expect((await value<{ name: string }[]>(session, 'listSuppliers')).map((s) => s.name)).toEqual(['Hun leverancier']);

    // Without its key file: only the recovery key.
    const copy = path.join(tempDir('rapport-lock-'), 'copy.sqlite');
    fs.copyFileSync(theirs, copy);
    const before = sha(copy);
    const alone = await open(copy);
    expect(await value<LockState>(alone, 'getLockState')).toMatchObject({ locked: true, unlockWith: 'recoveryKey' });
    expect((await failure(alone, 'unlock', { recoveryKey: 'cd'.repeat(32) })).key).toBe('wrongRecoveryKey');
    expect(sha(copy)).toBe(before);
    await value(alone, 'unlock', { recoveryKey: theirKey.recoveryKey });
    expect((await value<{ name: string }[]>(alone, 'listSuppliers')).map((s) => s.name)).toEqual(['Hun leverancier']);
  });
});

describe('a locked journal damaged or cut short', { timeout: LOCK_TEST_MS }, () => {
  /** A locked journal of a few hundred pages, closed; its bytes. */
  async function lockedJournal(): Promise<{ file: string; bytes: Buffer }> {
    const file = path.join(tempDir('rapport-lock-'), 'rapport.sqlite');
    const session = await open(file);
    const supplier = await value<{ id: number }>(session, 'createSupplier', { name: 'Acme' });
    await value(session, 'setPassphrase', { passphrase: 'heel geheim' });
    const rows = Array.from({ length: 3_000 }, (_, i) => `Overleg ${i};2026-0${(i % 9) + 1}-1${i % 10};Besproken: planning en capaciteit`);
    await value(session, 'importCsv', { text: `Titel;Datum;Tekst\n${rows.join('\n')}\n`, mapping: { title: 'Titel', date: 'Datum', body: 'Tekst' }, supplierId: supplier.id });
    await session.close();
    sessions.splice(sessions.indexOf(session), 1);
    return { file, bytes: fs.readFileSync(file) };
  }

  it('a page damaged inside: found by the whole-file check after the first screen, the journal let go of and left as it was', async () => {
    const { file, bytes } = await lockedJournal();
    expect(isPlainSqlite(file)).toBe(false);
    const page = Math.floor((bytes.length / 4096) * (2 / 3));
    bytes.fill(0xab, page * 4096 + 100, page * 4096 + 164);
    fs.writeFileSync(file, bytes);
    const session = await open(file, { passphrase: 'heel geheim' });
    const answer = async () => {
      const r = await session.call('listSuppliers', {});
      return r.ok ? 'read' : r.error.key;
    };
    await expect.poll(answer, { timeout: 30_000 }).toBe('corrupt');
    expect(await value(session, 'getJournalStatus')).toMatchObject({ state: 'unusable', problem: { key: 'corrupt' } });
    await session.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('cut inside a page: known as cut short at once (not as a file locked with another key), untouched', async () => {
    const { file, bytes } = await lockedJournal();
    expect(inspectFromOutside(file, { key: 'ab'.repeat(32) })).toMatchObject({ ok: true, plain: false, size: bytes.length });
    const cut = bytes.subarray(0, bytes.length - 1000);
    fs.writeFileSync(file, cut);
    // Its header is encrypted: whole pages are what tells, before any key is tried; without a key it is only 'locked'.
    const key = 'ab'.repeat(32);
    expect(inspectFromOutside(file, { key })).toMatchObject({ ok: false, report: { reason: 'corrupt', detail: 'not whole pages' } });
    expect(inspectFromOutside(file)).toMatchObject({ ok: false, report: { reason: 'locked' } });
    expect(inspectFromOutside(file.replace(/rapport\.sqlite$/, 'rapport.sqlite.key'), { key })).toMatchObject({ ok: false, report: { reason: 'notADatabase' } });
    const session = await open(file, { passphrase: 'heel geheim' });
    expect(await value(session, 'getJournalStatus')).toMatchObject({ state: 'unusable', problem: { key: 'corrupt' } });
    await session.close();
    expect(fs.readFileSync(file).equals(cut)).toBe(true);
  });
});

describe('RAPPORT_PASSPHRASE and the keychain', { timeout: LOCK_TEST_MS }, () => {
  it('a wrong RAPPORT_PASSPHRASE refuses to open and leaves the file untouched; the right one opens it unlocked', async () => {
    const file = path.join(tempDir('rapport-lock-'), 'rapport.sqlite');
    const session = await open(file);
    await value(session, 'setPassphrase', { passphrase: 'voor scripts' });
    await session.close();
    const before = sha(file);
    await expect(open(file, { passphrase: 'niet deze' })).rejects.toMatchObject({ key: 'wrongPassphrase' });
    expect(sha(file)).toBe(before);
    const again = await open(file, { passphrase: 'voor scripts' });
    expect(await value<LockState>(again, 'getLockState')).toMatchObject({ locked: false, protection: 'passphrase' });
  });

  it('a new journal is locked by the keychain where it may be used, and stays plain (offering a passphrase) where it refuses', async () => {
    const wrapped = new Map<string, Buffer>();
    const keychain = (refusal: 'basic_text' | null): Keychain => ({
      refusal: () => refusal,
      wrap: (key) => {
        const id = crypto.randomBytes(8).toString('base64');
        wrapped.set(id, Buffer.from(key));
        return id;
      },
      unwrap: (w) => wrapped.get(w)!,
    });
    const file = path.join(tempDir('rapport-lock-'), 'rapport.sqlite');
    const session = await open(file, { shell: 'electron', keychain: keychain(null) });
    expect(await value<LockState>(session, 'getLockState')).toMatchObject({ locked: false, protection: 'keychain', keychain: true, offerPassphrase: false });
    await value(session, 'createSupplier', { name: 'Sleutelbos' });
    expect((await failure(session, 'lock')).key).toBe('lockNeedsPassphrase');
    await session.close();
    expect(isPlainSqlite(file)).toBe(false);
    const again = await open(file, { shell: 'electron', keychain: keychain(null) });
    expect((await value<{ name: string }[]>(again, 'listSuppliers')).map((s) => s.name)).toEqual(['Sleutelbos']);
    await again.close();

    const refused = path.join(tempDir('rapport-lock-'), 'rapport.sqlite');
    const basic = await open(refused, { shell: 'electron', keychain: keychain('basic_text') });
    expect(await value<LockState>(basic, 'getLockState')).toMatchObject({ protection: 'none', keychain: false, keychainRefused: 'basic_text', offerPassphrase: true });
    expect((await failure(basic, 'useKeychain', { current: null })).key).toBe('keychainRefused');
    await basic.close();
    expect(isPlainSqlite(refused)).toBe(true);
    // The keychain-locked journal on a machine whose keychain refuses: locked, its recovery key asked.
    const elsewhere = await open(file, { shell: 'electron', keychain: keychain('basic_text') });
    expect(await value<LockState>(elsewhere, 'getLockState')).toMatchObject({ locked: true, unlockWith: 'recoveryKey', keychainRefused: 'basic_text' });
  });
});

describe('attachments in a locked journal', { timeout: LOCK_TEST_MS }, () => {
  it('an attachment goes into the locked file with the journal: unreadable in any file of the folder, the same bytes after unlocking', async () => {
    const dir = tempDir('rapport-lock-');
    const file = path.join(dir, 'rapport.sqlite');
    const session = await open(file);
    const supplier = await value<{ id: number }>(session, 'createSupplier', { name: 'Hosting BV' });
    const content = Buffer.from(`%PDF-1.4\n${SECRETS[2]} contract\n%%EOF\n`);
    const added = await value<{ id: number; sha256: string }>(session, 'addAttachment', { target: { supplierId: supplier.id }, name: 'contract.pdf', type: 'application/pdf', contentBase64: content.toString('base64') });
    await value(session, 'setPassphrase', { passphrase: 'correct paard batterij nietje' });
    await value(session, 'backupNow');
    await value(session, 'lock');
    expect(readable(dir, [SECRETS[2]!])).toEqual([]);
    await value(session, 'unlock', { passphrase: 'correct paard batterij nietje' });
    const [listed] = await value<{ id: number; sha256: string }[]>(session, 'listAttachments', { supplierId: supplier.id });
    expect(listed!.sha256).toBe(added.sha256);
    const back = await value<{ contentBase64: string }>(session, 'getAttachmentContent', { id: listed!.id });
    expect(Buffer.from(back.contentBase64, 'base64').equals(content)).toBe(true);
  });
});
