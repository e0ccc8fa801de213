// Backups, rotation, inspection of bad files and restore (with undo), on
// real SQLite files in temp folders.
import Database from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sameJournalContent } from '../../core/export-format';
import {
  backupFileName, backupNow, backupsDir, dueForDailyBackup, listBackups, parseBackupName, restoreFrom, rotateBackups,
} from '../worker/backups';
import { exportJson } from '../worker/export';
import { JournalHost } from '../worker/host';
import { inspectJournalFile } from '../worker/inspect-file';
import { openJournal, type Journal } from '../worker/journal';
import { LATEST_VERSION, MIGRATIONS } from '../worker/migrations';
import { openDatabase } from '../worker/open';
import { ok, tempFile } from './helpers';
import { buildRichJournal } from './safety-helpers';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const listing = (dir: string) => fs.readdirSync(dir).sort();

async function richJournal(): Promise<{ journal: Journal; file: string }> {
  const file = tempFile();
  const journal = await openJournal(file, { shell: 'browser', today: () => '2026-06-15' });
  buildRichJournal(journal);
  return { journal, file };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('backup files', () => {
  it('names carry a sortable UTC timestamp and a kind, and parse back', () => {
    const at = new Date('2026-11-27T10:00:00.456Z');
    expect(backupFileName('auto', at)).toBe('rapport-2026-11-27T10-00-00Z-auto.sqlite');
    expect(backupFileName('before-restore', at, 2)).toBe('rapport-2026-11-27T10-00-00Z-before-restore-2.sqlite');
    expect(parseBackupName('rapport-2026-11-27T10-00-00Z-manual.sqlite')).toEqual({ kind: 'manual', createdAt: '2026-11-27T10:00:00.000Z' });
    expect(parseBackupName('before-migration-v1-2026-11-27T10-00-00-123Z.sqlite')).toEqual({ kind: 'before-migration', createdAt: '2026-11-27T10:00:00.123Z' });
    expect(parseBackupName('.rapport-2026-11-27T10-00-00Z-auto.sqlite.partial')).toBeNull();
    expect(parseBackupName('holiday.jpg')).toBeNull();
  });

  it('backupNow writes a verified, self-contained copy and listBackups reports it with counts', async () => {
    const { journal, file } = await richJournal();
    const at = new Date('2026-11-27T10:00:00Z');
    const a = await backupNow(journal.db, file, 'manual', { now: at });
    const b = await backupNow(journal.db, file, 'manual', { now: at });
    expect(a).toMatchObject({ kind: 'manual', name: 'rapport-2026-11-27T10-00-00Z-manual.sqlite', suppliers: 2, entries: 6, schemaVersion: LATEST_VERSION, problem: null });
    expect(b.name).toBe('rapport-2026-11-27T10-00-00Z-manual-2.sqlite');
    // Self-contained: rollback-journal mode, no -wal needed, nothing left over.
    expect(fs.readFileSync(a.file)[18]).toBe(1);
    expect(listing(backupsDir(file))).toEqual([a.name, b.name].sort());
    const list = listBackups(file);
    expect(list.map((x) => [x.name, x.kind, x.suppliers, x.entries, x.newestEntryOn])).toEqual([
      [b.name, 'manual', 2, 6, '2026-05-01'], [a.name, 'manual', 2, 6, '2026-05-01'],
    ]);
    expect(list[0]!.size).toBeGreaterThan(4096);
    // A backup holds the trash too (it is a full copy); only the counts leave it out.
    const copy = new Database(a.file, { readonly: true, fileMustExist: true });
    expect(copy.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(8);
    copy.close();
    journal.close();
  });

  it("lists the before-migration copy db/worker/open.ts makes (a WAL-mode file) without touching it", async () => {
    const { journal, file } = await richJournal();
    journal.close();
    const next = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'next', sql: 'ALTER TABLE suppliers ADD COLUMN extra TEXT;' }];
    (await openDatabase(file, { migrations: next })).close();
    const dir = backupsDir(file);
    const before = Object.fromEntries(listing(dir).map((f) => [f, sha(path.join(dir, f))]));
    expect(listBackups(file)).toMatchObject([{ kind: 'before-migration', schemaVersion: LATEST_VERSION, suppliers: 2, entries: 6, problem: null }]);
    expect(Object.fromEntries(listing(dir).map((f) => [f, sha(path.join(dir, f))]))).toEqual(before);
  });

  it('is due once per UTC day: manual backups do not count, an automatic one does', async () => {
    const { journal, file } = await richJournal();
    const day = new Date('2026-11-27T08:00:00Z');
    expect(dueForDailyBackup(file, day)).toBe(true);
    await backupNow(journal.db, file, 'manual', { now: day });
    expect(dueForDailyBackup(file, day)).toBe(true);
    await backupNow(journal.db, file, 'auto', { now: day });
    expect(dueForDailyBackup(file, new Date('2026-11-27T23:59:59Z'))).toBe(false);
    expect(dueForDailyBackup(file, new Date('2026-11-28T00:00:01Z'))).toBe(true);
    journal.close();
  });

  it('the app makes its automatic backup when it opens the journal, and thins out the old ones', async () => {
    const { journal, file } = await richJournal();
    // Automatic backups from each of the last 9 days, as the app would have left them.
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
    for (let n = 1; n <= 9; n++) await backupNow(journal.db, file, 'auto', { now: daysAgo(n) });
    await backupNow(journal.db, file, 'manual', { now: daysAgo(30) });
    journal.close();

    // As electron/main.ts and server/cli.ts open it.
    const host = await JournalHost.open(file, { shell: 'browser', autoBackups: true });
    const today = new Date().toISOString().slice(0, 10);
    const autoDays = () => listBackups(file).filter((b) => b.kind === 'auto').map((b) => b.createdAt.slice(0, 10));
    // Made in the background: wait until today's is there and the rotation has run.
    await vi.waitFor(
      () => {
        expect(autoDays()).toContain(today);
        expect(autoDays().length).toBeLessThan(10);
      },
      { timeout: 60_000, interval: 50 },
    );
    host.close();
    // Kept: today's and the 6 days before it (of 9 days back, 3 are older: at least one of them shares an ISO week and goes).
    expect(autoDays().slice(0, 7)).toEqual([0, 1, 2, 3, 4, 5, 6].map((n) => daysAgo(n).toISOString().slice(0, 10)));
    const autos = listBackups(file).filter((b) => b.kind === 'auto');
    expect(autos.map((b) => [b.problem, b.suppliers])).toEqual(autos.map(() => [null, 2]));
    expect(listBackups(file).filter((b) => b.kind === 'manual')).toHaveLength(1);
  });

  it('rotation keeps 7 daily and 4 weekly automatic backups, and never deletes the other kinds', async () => {
    const { journal, file } = await richJournal();
    const dir = backupsDir(file);
    const seed = await backupNow(journal.db, file, 'auto', { now: new Date('2026-09-30T09:00:00Z') });
    // Two months of daily automatic backups (copies of one real backup: rotation reads names only).
    for (let d = new Date('2026-10-01T09:00:00Z'); d <= new Date('2026-11-27T09:00:00Z'); d = new Date(d.getTime() + 86_400_000)) {
      fs.copyFileSync(seed.file, path.join(dir, backupFileName('auto', d)));
    }
    fs.copyFileSync(seed.file, path.join(dir, backupFileName('auto', new Date('2026-11-27T07:00:00Z')))); // an earlier one the same day
    fs.copyFileSync(seed.file, path.join(dir, backupFileName('auto', new Date('2026-12-05T07:00:00Z')))); // from the future (clock set back)
    const keepers = [
      backupFileName('manual', new Date('2026-01-01T00:00:00Z')),
      backupFileName('before-restore', new Date('2026-02-01T00:00:00Z')),
      'before-migration-v1-2026-03-01T00-00-00-000Z.sqlite',
    ];
    for (const k of keepers) fs.copyFileSync(seed.file, path.join(dir, k));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'not a backup');

    const { deleted } = rotateBackups(file, new Date('2026-11-27T12:00:00Z'));
    const autos = listBackups(file).filter((b) => b.kind === 'auto').map((b) => b.createdAt.slice(0, 16));
    expect(autos).toEqual([
      '2026-12-05T07:00', // future: kept
      '2026-11-27T09:00', '2026-11-26T09:00', '2026-11-25T09:00', '2026-11-24T09:00', '2026-11-23T09:00', '2026-11-22T09:00',
      '2026-11-21T09:00', // 7 daily (W48 and W47 are among them)
      '2026-11-15T09:00', // newest of W46
      '2026-11-08T09:00', // newest of W45
    ]);
    expect(deleted).toHaveLength(59 + 1 - 9);
    for (const k of keepers) expect(fs.existsSync(path.join(dir, k))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(true);
    // Stable: a second pass deletes nothing.
    expect(rotateBackups(file, new Date('2026-11-27T12:00:00Z')).deleted).toEqual([]);
    journal.close();
  });

  it('after a long pause rotation thins old backups but never deletes them all', () => {
    const file = tempFile();
    const dir = backupsDir(file);
    fs.mkdirSync(dir, { recursive: true });
    const names = ['2026-01-05', '2026-01-06', '2026-01-20'].map((d) => backupFileName('auto', new Date(`${d}T09:00:00Z`)));
    for (const n of names) fs.writeFileSync(path.join(dir, n), '');
    rotateBackups(file, new Date('2026-11-27T12:00:00Z'));
    expect(listing(dir)).toEqual([...names].sort());
  });
});

describe('inspectJournalFile on bad files', () => {
  async function journalFile(): Promise<string> {
    const { journal, file } = await richJournal();
    // Enough rows for several pages of data and index.
    const s = ok(journal, 'listSuppliers', {})[0]!;
    for (let i = 0; i < 300; i++) ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-01', title: `Note ${i}`, body: 'x'.repeat(200) });
    journal.close();
    return file;
  }

  function variant(src: string, name: string, change: (file: string) => void): string {
    const dir = path.dirname(tempFile());
    const file = path.join(dir, name);
    fs.copyFileSync(src, file);
    change(file);
    return file;
  }

  it('names each problem and leaves every file (and its folder) byte for byte unchanged', async () => {
    const good = await journalFile();
    const size = fs.statSync(good).size;
    const pageSize = 4096;
    const cases: [string, string, (f: string) => void][] = [
      ['good', 'ok', () => {}],
      ['corrupt', 'corrupt', (f) => {
        const fd = fs.openSync(f, 'r+');
        const page = Math.floor(size / pageSize / 2);
        fs.writeSync(fd, crypto.randomBytes(pageSize), 0, pageSize, page * pageSize);
        fs.closeSync(fd);
      }],
      ['truncated', 'corrupt', (f) => fs.truncateSync(f, Math.floor(size / 2))],
      ['zero', 'empty', (f) => fs.truncateSync(f, 0)],
      ['text', 'notADatabase', (f) => fs.writeFileSync(f, 'Dear diary,\nthis is not SQLite.\n'.repeat(200))],
      ['newer', 'newerDatabase', (f) => {
        const db = new Database(f);
        db.pragma(`user_version = ${LATEST_VERSION + 1}`);
        db.close();
      }],
      ['foreign', 'notAJournal', (f) => {
        fs.rmSync(f);
        const db = new Database(f);
        db.exec('CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)');
        db.close();
      }],
    ];
    for (const [name, expected, change] of cases) {
      const file = variant(good, `${name}.sqlite`, change);
      const dir = path.dirname(file);
      const before = { hash: sha(file), files: listing(dir) };
      const report = inspectJournalFile(file);
      expect(report.ok ? 'ok' : report.reason, name).toBe(expected);
      expect(sha(file), name).toBe(before.hash);
      expect(listing(dir), name).toEqual(before.files);
      if (report.ok) expect(report).toMatchObject({ schemaVersion: LATEST_VERSION, suppliers: 2, entries: 306, newestEntryOn: '2026-05-01' });
      if (name === 'newer' && !report.ok) expect(report.params).toEqual({ found: LATEST_VERSION + 1, supported: LATEST_VERSION });
    }
    expect(inspectJournalFile(path.join(path.dirname(good), 'nope.sqlite'))).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('reads a live WAL journal (with its -wal) through a private copy, touching nothing beside it', async () => {
    const { journal, file } = await richJournal();
    journal.db.pragma('wal_autocheckpoint = 0');
    ok(journal, 'createSupplier', { name: 'Only in the WAL' });
    const dir = path.dirname(file);
    const before = Object.fromEntries(listing(dir).filter((f) => !f.endsWith('-shm')).map((f) => [f, sha(path.join(dir, f))]));
    expect(Object.keys(before)).toContain('rapport.sqlite-wal');
    expect(inspectJournalFile(file)).toMatchObject({ ok: true, suppliers: 3 });
    const after = Object.fromEntries(listing(dir).filter((f) => !f.endsWith('-shm')).map((f) => [f, sha(path.join(dir, f))]));
    expect(after).toEqual(before);
    journal.close();
  });
});

describe('restore', () => {
  it('replaces the journal with a backup, and undo brings the previous state back', async () => {
    const { journal, file } = await richJournal();
    const stateOne = exportJson(journal.db);
    const backup = await backupNow(journal.db, file, 'manual');
    const s = ok(journal, 'listSuppliers', {})[0]!;
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-06-01', title: 'Written after the backup' });
    ok(journal, 'createSupplier', { name: 'Newer supplier' });
    const stateTwo = exportJson(journal.db);

    const outcome = await restoreFrom(journal.db, file, backup.file);
    expect(outcome).toMatchObject({ restored: true, reopen: true, undoBackup: { kind: 'before-restore', suppliers: 3, entries: 7 } });
    if (!outcome.restored) throw new Error('not restored');
    expect(journal.db.open).toBe(false);
    let reopened = await openJournal(file, { shell: 'browser' });
    expect(sameJournalContent(exportJson(reopened.db), stateOne)).toBe(true);
    expect(reopened.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');

    const undo = await restoreFrom(reopened.db, file, outcome.undoBackup.file);
    expect(undo.restored).toBe(true);
    reopened = await openJournal(file, { shell: 'browser' });
    expect(sameJournalContent(exportJson(reopened.db), stateTwo)).toBe(true);
    expect(listBackups(file).map((b) => b.kind).sort()).toEqual(['before-restore', 'before-restore', 'manual']);
    reopened.close();
  });

  it('never overwrites the data file before a verified backup of it exists', async () => {
    const { journal, file } = await richJournal();
    const backup = await backupNow(journal.db, file, 'manual');
    ok(journal, 'createSupplier', { name: 'Not in the backup' });
    const rename = fs.renameSync;
    const checks: boolean[] = [];
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (path.resolve(String(to)) === path.resolve(file)) {
        const undo = listBackups(file).find((b) => b.kind === 'before-restore');
        checks.push(undo !== undefined && undo.problem === null && undo.suppliers === 3);
      }
      return rename(from, to);
    });
    expect((await restoreFrom(journal.db, file, backup.file)).restored).toBe(true);
    expect(checks).toEqual([true]);
  });

  it('refuses a bad source and leaves the live journal open and untouched', async () => {
    const { journal, file } = await richJournal();
    const before = exportJson(journal.db);
    const text = path.join(path.dirname(file), 'diary.txt');
    fs.writeFileSync(text, 'not a journal');
    for (const [source, key] of [[text, 'notADatabase'], [path.join(path.dirname(file), 'missing.sqlite'), 'missing'], [file, 'restoreSameFile']] as const) {
      const outcome = await restoreFrom(journal.db, file, source);
      expect(outcome).toMatchObject({ restored: false, reopen: false, error: { key } });
    }
    expect(journal.db.open).toBe(true);
    expect(sameJournalContent(exportJson(journal.db), before)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('partial'))).toEqual([]);
    journal.close();
  });

  it('stops before replacing anything when the before-restore backup cannot be made', async () => {
    const { journal, file } = await richJournal();
    const backup = await backupNow(journal.db, file, 'manual');
    const moved = `${backupsDir(file)}-moved`;
    fs.renameSync(backupsDir(file), moved);
    fs.writeFileSync(backupsDir(file), 'a file where the backups folder should be');
    const source = path.join(moved, backup.name);
    const hash = exportJson(journal.db);
    const outcome = await restoreFrom(journal.db, file, source);
    expect(outcome).toMatchObject({ restored: false, reopen: false });
    expect(journal.db.open).toBe(true);
    expect(sameJournalContent(exportJson(journal.db), hash)).toBe(true);
    journal.close();
  });

  it('stops when another connection still holds the journal (a stale WAL must never meet a new file)', async () => {
    const { journal, file } = await richJournal();
    const backup = await backupNow(journal.db, file, 'manual');
    ok(journal, 'createSupplier', { name: 'Kept' });
    const other = new Database(file);
    other.prepare('SELECT count(*) FROM suppliers').get();
    const outcome = await restoreFrom(journal.db, file, backup.file);
    expect(outcome).toMatchObject({ restored: false, reopen: true, error: { key: 'journalInUse' } });
    other.close();
    const reopened = await openJournal(file, { shell: 'browser' });
    expect(ok(reopened, 'listSuppliers', {}).map((s) => s.name)).toContain('Kept');
    reopened.close();
  });
});
