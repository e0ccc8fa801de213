import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { backupsDir } from '../worker/backups/names';
import { JournalHost } from '../worker/host';
import { LATEST_VERSION } from '../worker/migrations';
import { value, tempFile } from './helpers';
import Database from 'better-sqlite3-multiple-ciphers';


describe('JournalHost', () => {
  it('answers journal and file methods, and refuses unknown ones', async () => {
    const host = await JournalHost.open(tempFile(), { shell: 'browser' });
    await value(host, 'createSupplier', { name: 'Acme' });
    expect(await value<{ state: string }>(host, 'getJournalStatus')).toMatchObject({ state: 'open', problem: null });
    expect(await host.answer('dropEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await host.answer('exportCsv', { table: 'invoices', language: 'en' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    host.close();
  });

  it('opens its journal without copying it; a journal a crash left with a -wal is inspected on a copy first', async () => {
    const file = tempFile();
    const first = await JournalHost.open(file, { shell: 'browser' });
    await value(first, 'createSupplier', { name: 'Acme' });
    first.close();
    const copies = vi.spyOn(fs, 'copyFileSync');
    try {
      const host = await JournalHost.open(file, { shell: 'browser' });
      expect(host.isOpen).toBe(true);
      expect(copies).not.toHaveBeenCalled();
      // Left open as a crash would leave it: its writes in the -wal, which a copy must play back.
      const crashed = new Database(file);
      crashed.pragma('wal_autocheckpoint = 0');
      crashed.prepare("UPDATE suppliers SET name = 'Acme after the crash'").run();
      expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
      host.close();
      const again = await JournalHost.open(file, { shell: 'browser' });
      expect(copies).toHaveBeenCalledWith(file, expect.any(String));
      expect(await value<{ name: string }[]>(again, 'listSuppliers')).toMatchObject([{ name: 'Acme after the crash' }]);
      again.close();
      crashed.close();
    } finally {
      copies.mockRestore();
    }
  });

  it('a journal damaged deep inside opens, is read whole after the first screen, then let go of untouched; one cut short is refused at once', async () => {
    const file = tempFile();
    const first = await JournalHost.open(file, { shell: 'browser' });
    const supplier = await value<{ id: number }>(first, 'createSupplier', { name: 'Acme' });
    for (let i = 0; i < 300; i++) await value(first, 'createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-01-01', title: `Note ${i}`, body: 'x'.repeat(400) });
    first.close();
    // Scribble over a b-tree page header two thirds into the file: the schema (its first pages) still reads.
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const page = Math.floor((bytes.length / pageSize) * (2 / 3));
    bytes.fill(0xab, page * pageSize, page * pageSize + 64);
    fs.writeFileSync(file, bytes);

    const host = await JournalHost.open(file, { shell: 'browser' });
    await vi.waitFor(() => expect(host.unusableReason?.key).toBe('corrupt'), { timeout: 10_000 });
    expect(await host.answer('listSuppliers', {})).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'corrupt' } });
    expect(await value<{ state: string }>(host, 'getJournalStatus')).toMatchObject({ state: 'unusable', problem: { key: 'corrupt' } });
    host.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    fs.truncateSync(file, Math.floor(bytes.length / 2));
    const cut = fs.readFileSync(file);
    const refused = await JournalHost.open(file, { shell: 'browser' });
    expect(refused.unusableReason?.key).toBe('corrupt');
    refused.close();
    expect(fs.readFileSync(file).equals(cut)).toBe(true);
  });

  it('writes nothing into a file not yet read whole: the overview is held in memory; the first write has the file read first', async () => {
    const file = tempFile();
    const first = await JournalHost.open(file, { shell: 'browser' });
    const a = await value<{ id: number }>(first, 'createSupplier', { name: 'Acme' });
    await value(first, 'createSupplier', { name: 'Brons' });
    first.close();
    const keptLines = () => {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM overview_lines').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const before = fs.readFileSync(file);

    const host = await JournalHost.open(file, { shell: 'browser' });
    expect((await value<{ suppliers: unknown[] }>(host, 'getPortfolio')).suppliers).toHaveLength(2);
    expect(keptLines()).toBe(0);
    expect(fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0).toBe(0);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // The first write: the file is read whole, the held lines are written, then the write (which takes Acme's line away).
    await value(host, 'createEntry', { supplierId: a.id, kind: 'note', date: '2026-01-01', title: 'Call' });
    expect(keptLines()).toBe(1);
    host.close();
  });

  it('a journal found damaged after its overview was answered is let go of with nothing written into it', async () => {
    const file = tempFile();
    const first = await JournalHost.open(file, { shell: 'browser' });
    const supplier = await value<{ id: number }>(first, 'createSupplier', { name: 'Acme' });
    for (let i = 0; i < 100; i++) await value(first, 'createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-01-01', title: `Note ${i}`, body: `word${i} `.repeat(200) });
    first.close();
    // The search index's first page: the overview does not read it, the whole-file check does.
    const db = new Database(file, { readonly: true });
    const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'entry_search_data'").get() as { rootpage: number };
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0xab, (rootpage - 1) * pageSize, (rootpage - 1) * pageSize + 64);
    fs.writeFileSync(file, bytes);

    const host = await JournalHost.open(file, { shell: 'browser' });
    expect((await value<{ suppliers: unknown[] }>(host, 'getPortfolio')).suppliers).toHaveLength(1);
    // A write first has the file read whole: refused, the journal let go of.
    expect(await host.answer('createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-01-02', title: 'After' })).toMatchObject({ ok: false, error: { key: 'corrupt' } });
    expect(host.unusableReason?.key).toBe('corrupt');
    host.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('never writes to an unusable file, and restores the newest good backup beside it', async () => {
    const file = tempFile();
    const first = await JournalHost.open(file, { shell: 'browser' });
    await value(first, 'createSupplier', { name: 'Before the damage' });
    const backup = await value<{ name: string; suppliers: number }>(first, 'backupNow');
    expect(backup.suppliers).toBe(1);
    first.close();
    // A newer version wrote the file: this version must leave it alone.
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const bytes = fs.readFileSync(file);

    const host = await JournalHost.open(file, { shell: 'browser' });
    const status = await value<{ state: string; problem: { key: string }; newestGoodBackup: { name: string } }>(host, 'getJournalStatus');
    expect(status).toMatchObject({ state: 'unusable', problem: { key: 'newerDatabase' }, newestGoodBackup: { name: backup.name } });
    expect(await host.answer('listSuppliers', {})).toMatchObject({ ok: false, error: { code: 'unavailable', key: 'newerDatabase' } });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);

    const restored = await value<{ setAside: string }>(host, 'restoreBackup', { name: backup.name });
    expect(fs.readFileSync(restored.setAside).equals(bytes)).toBe(true); // moved aside, byte for byte
    expect(await value<{ name: string }[]>(host, 'listSuppliers', {})).toMatchObject([{ name: 'Before the damage' }]);
    host.close();
  });

  it('makes the start-up backup once the first screen is answered; a restore asked for meanwhile works, and the backup holds the journal from before it', async () => {
    const file = tempFile();
    const seed = await JournalHost.open(file, { shell: 'browser' });
    await value(seed, 'createSupplier', { name: 'Old' });
    const manual = await value<{ name: string }>(seed, 'backupNow');
    await value(seed, 'createSupplier', { name: 'New' });
    seed.close();

    const host = await JournalHost.open(file, { shell: 'browser', autoBackups: true });
    // The start-up backup has begun (its file in the making, or already made): watched on disk, as a call would put it off.
    const backups = backupsDir(file);
    await vi.waitFor(() => expect(fs.existsSync(backups) && fs.readdirSync(backups).some((name) => name.includes('auto') || name.endsWith('.partial'))).toBe(true), { timeout: 20_000, interval: 5 });
    await value(host, 'restoreBackup', { name: manual.name });
    expect((await value<{ name: string }[]>(host, 'listSuppliers', {})).map((s) => s.name)).toEqual(['Old']);
    // Made from the journal as it was before the restore, whole and checked.
    const autos = (await value<{ kind: string; ok: boolean; suppliers: number }[]>(host, 'listBackups')).filter((b) => b.kind === 'auto');
    expect(autos).toMatchObject([{ ok: true, suppliers: 2 }]);
    host.close();
  });

  it('restores a backup over the open journal and undoes it', async () => {
    const file = tempFile();
    const host = await JournalHost.open(file, { shell: 'browser' });
    await value(host, 'createSupplier', { name: 'Old' });
    const backup = await value<{ name: string }>(host, 'backupNow');
    await value(host, 'createSupplier', { name: 'New' });
    const result = await value<{ undoName: string }>(host, 'restoreBackup', { name: backup.name });
    expect((await value<{ name: string }[]>(host, 'listSuppliers', {})).map((s) => s.name)).toEqual(['Old']);
    await value(host, 'restoreBackup', { name: result.undoName });
    expect((await value<{ name: string }[]>(host, 'listSuppliers', {})).map((s) => s.name)).toEqual(['New', 'Old']);
    expect(await host.answer('restoreBackup', { name: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(await host.answer('restoreBackup', { name: 'nope.sqlite' })).toMatchObject({ ok: false, error: { key: 'backupNotFound' } });
    host.close();
  });

  it('exports JSON and imports it into an empty journal; an upload is inspected before restore', async () => {
    const source = await JournalHost.open(tempFile(), { shell: 'browser' });
    await value(source, 'loadExampleJournal', { language: 'en' });
    const exported = await value<{ text: string; fileName: string }>(source, 'exportJson');
    expect(exported.fileName).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.json$/);
    const target = await JournalHost.open(tempFile(), { shell: 'browser' });
    expect(await value(target, 'importJson', { text: exported.text })).toEqual({ suppliers: 4, entries: 175, marks: 0, marksDropped: [] });
    expect(await target.answer('importJson', { text: exported.text })).toMatchObject({ ok: false, error: { key: 'importNeedsEmptyJournal' } });
    const backup = await value<{ name: string }>(source, 'backupNow');
    const bytes = fs.readFileSync(path.join(path.dirname(source.dataFile), 'backups', backup.name)).toString('base64');
    expect(await value(target, 'inspectUpload', { contentBase64: bytes })).toMatchObject({ ok: true, suppliers: 4, entries: 175 });
    expect(await value(target, 'inspectUpload', { contentBase64: Buffer.from('not a journal').toString('base64') })).toMatchObject({ ok: false, problem: 'notADatabase' });
    source.close();
    target.close();
  });
});
