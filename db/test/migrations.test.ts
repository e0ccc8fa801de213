import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JournalError } from '../../core/errors';
import { asWritable } from '../worker/handles';
import { LATEST_VERSION, MIGRATIONS } from '../worker/migrations';
import { inspectJournalFile } from '../worker/inspect-file';
import { openJournal } from '../worker/journal';
import { migrate, openDatabase } from '../worker/open';
import { searchInput } from '../../core/search/result';
import { tempFile } from './helpers';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[]);

describe('migrations', () => {
  it('are numbered upwards from 1, each once', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    // A number may be skipped while the work that holds it is not merged (12, 13); never reused or out of order.
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
  });

  for (const [i, m] of MIGRATIONS.entries()) {
    it(`${m.version} (${m.name}) runs from the previous version and sets user_version`, () => {
      const db = asWritable(new Database(':memory:'));
      migrate(db, MIGRATIONS.filter((x) => x.version < m.version));
      expect(db.pragma('user_version', { simple: true })).toBe(i === 0 ? 0 : MIGRATIONS[i - 1]!.version);
      migrate(db, MIGRATIONS.filter((x) => x.version <= m.version));
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    });
  }

  it('builds the whole schema from an empty file', async () => {
    const file = tempFile();
    const db = await openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    // The search indexes (005) are FTS5 tables, each with its shadow tables.
    const fts = (name: string) => [name, ...['config', 'data', 'docsize', 'idx'].map((s) => `${name}_${s}`)];
    expect(tables(db)).toEqual(['agenda_marks', 'attachment_blobs', 'attachment_text', 'attachments', 'entries', ...fts('entry_search'), 'entry_tags', 'entry_templates', 'meeting_actions', 'meeting_points', 'meetings', 'meetings_deleted', 'overview_lines', 'search_deferred', 'settings', ...fts('supplier_search'), 'suppliers']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    db.close();
  });

  it('runs all pending migrations in one transaction: a failing one leaves the file as it was', async () => {
    const file = tempFile();
    (await openDatabase(file)).close();
    const broken = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'ok', sql: 'CREATE TABLE extra (x INTEGER);' },
      { version: LATEST_VERSION + 2, name: 'broken', sql: 'CREATE TABLE nope (;' }];
    await expect(openDatabase(file, { migrations: broken })).rejects.toThrow();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(tables(db)).not.toContain('extra');
    db.close();
  });

  it('keeps a backup copy, made through the backup API, before migrating an existing journal', async () => {
    const file = tempFile();
    const db = await openDatabase(file);
    db.prepare("INSERT INTO suppliers (name, created_at, updated_at) VALUES ('Acme', 'now', 'now')").run();
    db.close();
    const next = [...MIGRATIONS, { version: LATEST_VERSION + 1, name: 'next', sql: 'ALTER TABLE suppliers ADD COLUMN extra TEXT;' }];
    (await openDatabase(file, { migrations: next })).close();
    const backups = fs.readdirSync(path.join(path.dirname(file), 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^before-migration-v${LATEST_VERSION}-`));
    const copy = new Database(path.join(path.dirname(file), 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare('SELECT name FROM suppliers').pluck().all()).toEqual(['Acme']);
    copy.close();
  });

  it('a version-11 journal migrates its meetings: a decision to give notice is now to end the contract, and actions have no form values', () => {
    const db = asWritable(new Database(':memory:'));
    migrate(db, MIGRATIONS.filter((m) => m.version <= 11));
    db.prepare("INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'Acme', 'now', 'now')").run();
    const meeting = (id: number, decision: string | null) => db.prepare(`INSERT INTO meetings (id, supplier_id, status, date, language, decision, finished_at, created_at, updated_at)
      VALUES (?, 1, 'finished', '2026-12-01', 'en', ?, 'now', 'now', 'now')`).run(id, decision);
    meeting(1, 'notice');
    meeting(2, 'renew');
    meeting(3, null);
    db.prepare("INSERT INTO meeting_actions (meeting_id, kind, title, side, obligation, in_contract, created_at) VALUES (1, 'promise', 'Report', 'supplier', 'result', 0, 'now')").run();
    migrate(db);
    expect(db.prepare('SELECT decision FROM meetings ORDER BY id').pluck().all()).toEqual(['end', 'renew', null]);
    expect(db.prepare('SELECT entry, on_day FROM meeting_actions').get()).toEqual({ entry: null, on_day: null });
    expect(() => db.prepare("UPDATE meetings SET decision = 'notice' WHERE id = 2").run()).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('a version-1 journal opens, migrates to the contract currency, and keeps its suppliers', async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version === 1) });
    old.prepare("INSERT INTO suppliers (name, contract_value, created_at, updated_at) VALUES ('Acme', 1200, 'now', 'now')").run();
    old.close();
    // The start-up check takes a version-1 file for a Rapport journal (it is compared with what migration 1 builds).
    expect(inspectJournalFile(file)).toMatchObject({ ok: true });
    const journal = await openJournal(file, { shell: 'browser' });
    expect(journal.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const [acme] = journal.listSuppliers({ includeEnded: true });
    expect(acme).toMatchObject({ name: 'Acme', contractValue: 1200, contractCurrency: null });
    expect(journal.updateSupplier({ ...acme!, contractCurrency: 'EUR' })).toMatchObject({ contractCurrency: 'EUR' });
    expect(() => journal.db.prepare("UPDATE suppliers SET contract_currency = 'eur'").run()).toThrow(/CHECK/);
    journal.close();
  });

  it("a version-2 journal migrates to the ticket reference: its incidents have none yet, and can be given one", async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 2) });
    old.prepare("INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'Acme', 'now', 'now')").run();
    old.prepare(`INSERT INTO entries (supplier_id, kind, date, title, severity, caused_by, root_cause, created_at, updated_at)
      VALUES (1, 'incident', '2026-01-05', 'Outage', 'high', 'supplier', 'Disk full', 'now', 'now')`).run();
    old.close();
    expect(inspectJournalFile(file)).toMatchObject({ ok: true });
    const journal = await openJournal(file, { shell: 'browser' });
    const [outage] = journal.listEntries({ supplierId: 1, kinds: [], tag: null, from: null, to: null, text: '' });
    expect(outage).toMatchObject({ kind: 'incident', title: 'Outage', rootCause: 'Disk full', ticketRef: '' });
    expect(journal.db.prepare("UPDATE entries SET ticket_ref = 'INC-1'").run().changes).toBe(1);
    expect(() => journal.db.prepare(`UPDATE entries SET ticket_ref = '${'x'.repeat(101)}'`).run()).toThrow(/CHECK/);
    journal.close();
  });

  it('a version-7 journal migrates to the contract reference: its suppliers have none, stay found, and one given is found too', async () => {
    const file = tempFile();
    try {
      const old = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 7) });
      old.prepare(`INSERT INTO suppliers (id, name, category, notes, created_at, updated_at)
        VALUES (1, 'Noordlicht IT', 'Managed IT', 'Took over the helpdesk', 'now', 'now')`).run();
      old.close();
      expect(inspectJournalFile(file)).toMatchObject({ ok: true });
      const journal = await openJournal(file, { shell: 'browser' });
      try {
        expect(journal.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
        const found = (query: string) => journal.search(searchInput.parse({ query })).suppliers.map((s) => s.supplierId);
        const [noordlicht] = journal.listSuppliers({ includeEnded: true });
        expect(noordlicht).toMatchObject({ name: 'Noordlicht IT', contractRef: '' });
        // What the index held before the migration is still found.
        expect(found('helpdesk')).toEqual([1]);
        expect(journal.updateSupplier({ ...noordlicht!, contractRef: 'PO-2025-0117' })).toMatchObject({ contractRef: 'PO-2025-0117' });
        expect(found('PO-2025-0117')).toEqual([1]);
        expect(found('po2025')).toEqual([1]);
        expect(found('helpdesk')).toEqual([1]);
        expect(() => journal.db.prepare(`UPDATE suppliers SET contract_ref = '${'x'.repeat(101)}'`).run()).toThrow(/CHECK/);
      } finally {
        journal.close();
      }
      expect(inspectJournalFile(file)).toMatchObject({ ok: true });
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('refuses a journal from a newer version and leaves the file byte for byte unchanged', async () => {
    const file = tempFile();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    const error = await openDatabase(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JournalError);
    expect((error as JournalError).key).toBe('newerDatabase');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a file that is not a database, unchanged', async () => {
    const file = tempFile('notes.txt');
    fs.writeFileSync(file, 'Dear diary, this is not SQLite.\n'.repeat(100));
    const before = fs.readFileSync(file);
    await expect(openDatabase(file)).rejects.toMatchObject({ key: 'notADatabase' });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
