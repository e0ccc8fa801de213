// A power cut during the very first start. Made in place, a new journal was
// a 0-byte file, then a 4 KiB header with a hot -journal, then a database
// without tables for a few milliseconds; a cut there left a file the next
// start refused. Each such leftover is made here by hand and must open as a
// new journal; a file that holds anything (one table, one row) is still
// refused and left byte for byte. The journal itself is now made under a
// temporary name and renamed into place whole.
import Database from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { journalPathProblem } from '../shell/journal-files';
import { backupFileName, backupsDir } from '../worker/backups';
import { JournalHost } from '../worker/host';
import { inspectJournalFile } from '../worker/inspect-file';
import { LATEST_VERSION } from '../worker/migrations';
import { creatingName, makeJournal } from '../worker/new-journal';
import { fullFsyncOnMac, openDatabase } from '../worker/open';
import { value } from './helpers';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-first-start-'));
  file = path.join(dir, 'rapport.sqlite');
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const hash = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');


/**
 * What a cut during a journal's first commit leaves: SQLite's first page (a
 * real header and schema, 4 KiB) already written over the empty file, and
 * the hot rollback journal that says "this database was 0 pages before". The
 * journal is SQLite's own, taken from a first transaction while it ran
 * (a small page cache makes SQLite write it to disk before the commit).
 */
function cutDuringFirstCommit(target: string): void {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-first-commit-'));
  try {
    const source = path.join(scratch, 'source.sqlite');
    const db = new Database(source);
    db.pragma('journal_mode = DELETE');
    db.pragma('cache_size = 10');
    db.exec('BEGIN; CREATE TABLE suppliers (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO suppliers (name) VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run(`Supplier ${i} `.padEnd(200, '.'));
    const hotJournal = fs.readFileSync(`${source}-journal`);
    db.exec('COMMIT');
    db.close();
    fs.writeFileSync(target, fs.readFileSync(source).subarray(0, 4096));
    fs.writeFileSync(`${target}-journal`, hotJournal);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** The data file is a whole, current Rapport journal that takes and keeps a write. */
async function expectNewJournal(host: JournalHost): Promise<void> {
  expect(host.isOpen).toBe(true);
  expect(await value(host, 'getJournalStatus')).toMatchObject({ state: 'open', problem: null });
  await value(host, 'createSupplier', { name: 'Acme' });
  host.close();
  expect(inspectJournalFile(file)).toMatchObject({ ok: true, schemaVersion: LATEST_VERSION, suppliers: 1 });
  expect(fs.readdirSync(dir).sort()).toEqual(['rapport.sqlite']); // no temporary journal, no stale sidecar
}

describe('leftovers of a first start cut short open as a new journal', () => {
  it('a 0-byte file', async () => {
    fs.writeFileSync(file, '');
    expect(inspectJournalFile(file)).toMatchObject({ ok: false, reason: 'empty' }); // what was refused before
    await expectNewJournal(await JournalHost.open(file, { shell: 'browser' }));
  });

  it('a 4 KiB header with a hot -journal: rolled back on a copy, it holds nothing', async () => {
    cutDuringFirstCommit(file);
    expect(fs.statSync(file).size).toBe(4096);
    expect(fs.readFileSync(file).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    expect(fs.existsSync(`${file}-journal`)).toBe(true);
    await expectNewJournal(await JournalHost.open(file, { shell: 'browser' }));
  });

  it('an SQLite database without a single table', async () => {
    const db = new Database(file);
    db.exec('CREATE TABLE scratch (x); DROP TABLE scratch');
    db.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    expect(inspectJournalFile(file)).toMatchObject({ ok: false, reason: 'notAJournal' }); // what was refused before
    await expectNewJournal(await JournalHost.open(file, { shell: 'browser' }));
  });

  it('a file of zero bytes only (its size was kept, its data was not)', async () => {
    fs.writeFileSync(file, Buffer.alloc(4096));
    await expectNewJournal(await JournalHost.open(file, { shell: 'browser' }));
  });

  it('a temporary journal left by a cut during its making is removed at the next start', async () => {
    const left = path.join(dir, '.rapport.sqlite.creating-4242');
    fs.writeFileSync(left, 'half a journal');
    fs.writeFileSync(`${left}-journal`, 'x');
    const notOurs = path.join(dir, '.notes.sqlite.creating-4242');
    fs.writeFileSync(notOurs, 'x');
    const host = await JournalHost.open(file, { shell: 'browser' });
    fs.rmSync(notOurs);
    await expectNewJournal(host);
  });

  it('a file with no data that is opened by its path (browser mode) may be opened: a journal is made there', () => {
    fs.writeFileSync(file, '');
    expect(journalPathProblem(file, false)).toBeNull();
  });
});

describe('a journal is never taken for a file with no data', () => {
  it('its first writes still only in its -wal (a cut before any checkpoint): the 4 KiB file lists no table, the -wal does, and it opens with them', async () => {
    const db = await openDatabase(file);
    db.prepare("INSERT INTO suppliers (name, created_at, updated_at) VALUES ('Acme', '2026-06-01', '2026-06-01')").run();
    // The cut: the files as they are on disk while the connection is open (all of it in the -wal).
    const cut = path.join(dir, 'cut.sqlite');
    fs.copyFileSync(file, cut);
    fs.copyFileSync(`${file}-wal`, `${cut}-wal`);
    db.close();
    expect(fs.statSync(cut).size).toBe(4096);
    const host = await JournalHost.open(cut, { shell: 'browser' });
    expect(await value<{ name: string }[]>(host, 'listSuppliers', {})).toMatchObject([{ name: 'Acme' }]);
    host.close();
  });
});

describe('a file that holds something is refused and left byte for byte', () => {
  it('a database with one table of its own', async () => {
    const db = new Database(file);
    db.exec('CREATE TABLE notes (body TEXT)');
    db.close();
    const before = hash(file);
    const host = await JournalHost.open(file, { shell: 'browser' });
    expect(host.isOpen).toBe(false);
    expect(host.unusableReason).toMatchObject({ key: 'notAJournal' });
    host.close();
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['rapport.sqlite']);
    expect(journalPathProblem(file, false)).toBe('notAJournal');
  });

  it('a table with a row, behind a hot -journal that leaves it there when rolled back', async () => {
    const db = new Database(file);
    db.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
    db.close();
    // A later transaction cut short: its hot journal rolls back to the table with its row.
    const scratch = path.join(dir, 'scratch.sqlite');
    fs.copyFileSync(file, scratch);
    const writer = new Database(scratch);
    writer.pragma('cache_size = 10');
    writer.exec('BEGIN');
    const insert = writer.prepare('INSERT INTO notes VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('y'.repeat(200));
    fs.copyFileSync(scratch, file);
    fs.copyFileSync(`${scratch}-journal`, `${file}-journal`);
    writer.exec('ROLLBACK');
    writer.close();
    fs.rmSync(scratch);
    const before = [hash(file), hash(`${file}-journal`)];
    const host = await JournalHost.open(file, { shell: 'browser' });
    expect(host.isOpen).toBe(false);
    expect(host.unusableReason).toMatchObject({ key: 'notAJournal' });
    host.close();
    expect([hash(file), hash(`${file}-journal`)]).toEqual(before);
  });

  it('a 0-byte file beside backups is a journal that lost what it held: the recovery screen, not a new journal', async () => {
    fs.writeFileSync(file, '');
    fs.mkdirSync(backupsDir(file));
    fs.writeFileSync(path.join(backupsDir(file), backupFileName('auto', new Date('2026-06-01T10:00:00Z'))), 'a backup');
    const host = await JournalHost.open(file, { shell: 'browser' });
    expect(host.unusableReason).toMatchObject({ key: 'empty' });
    host.close();
    expect(fs.statSync(file).size).toBe(0);
  });
});

describe('making a journal', () => {
  it('never shows a journal under its own name before it is whole', async () => {
    const seen: string[] = [];
    const watcher = fs.watch(dir, (_event, name) => name && seen.push(String(name)));
    try {
      await makeJournal(file);
      // The file system's notices come in order, after the fact: the rename is the last one to wait for.
      await vi.waitFor(() => expect(seen).toContain('rapport.sqlite'));
    } finally {
      watcher.close();
    }
    // Everything SQLite wrote went to the temporary name; the journal's own name appeared once, by the rename.
    expect(seen.filter((n) => n.startsWith('rapport.sqlite'))).toEqual(['rapport.sqlite']);
    expect(seen).toContain(path.basename(creatingName(file)));
    expect(inspectJournalFile(file)).toMatchObject({ ok: true, schemaVersion: LATEST_VERSION, suppliers: 0 });
    expect(fs.readdirSync(dir)).toEqual(['rapport.sqlite']);
  });

  it('removes what was there with its stale -journal before the new journal takes the name (SQLite would roll it back onto the new file)', async () => {
    cutDuringFirstCommit(file);
    await makeJournal(file);
    expect(fs.readdirSync(dir)).toEqual(['rapport.sqlite']);
    expect(inspectJournalFile(file)).toMatchObject({ ok: true, schemaVersion: LATEST_VERSION });
  });

  it('on macOS every connection that writes asks SQLite for full syncs; elsewhere nothing changes', () => {
    const db = new Database(':memory:');
    fullFsyncOnMac(db, 'linux');
    expect([db.pragma('fullfsync', { simple: true }), db.pragma('checkpoint_fullfsync', { simple: true })]).toEqual([0, 0]);
    fullFsyncOnMac(db, 'darwin');
    expect([db.pragma('fullfsync', { simple: true }), db.pragma('checkpoint_fullfsync', { simple: true })]).toEqual([1, 1]);
    db.close();
  });
});
