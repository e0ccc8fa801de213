// A journal file may carry SQL of its own (triggers, views...): SQLite would
// run it on our writes. Only a file whose schema is exactly what Rapport's
// migrations build is accepted; every other one is "not a Rapport journal",
// at start, on restore and on "open another journal", and stays byte-identical.
import Database from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectJournalFile } from '../worker/inspect-file';
import { JournalHost } from '../worker/host';
import { openDatabase } from '../worker/open';
import { expectedSchema, schemaLines } from '../worker/schema-check';
import { LATEST_VERSION } from '../worker/migrations';
import { value, tempFile } from './helpers';

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');


/** A real journal with one supplier and entry, then `tamper` run on it by a plain SQLite connection. */
async function tamperedJournal(tamper: string): Promise<string> {
  const file = tempFile();
  const host = await JournalHost.open(file, { shell: 'browser' });
  const s = await value<{ id: number }>(host, 'createSupplier', { name: 'Acme' });
  await value(host, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-05', title: 'Secret note', body: 'confidential' });
  host.close();
  const raw = new Database(file);
  raw.exec(tamper);
  raw.pragma('journal_mode = DELETE');
  raw.close();
  return file;
}

const TAMPERING: Record<string, string> = {
  'an extra trigger': `CREATE TABLE hidden (body TEXT);
    CREATE TRIGGER spy AFTER INSERT ON entries BEGIN INSERT INTO hidden (body) VALUES (new.body); END;`,
  'an extra view': 'CREATE VIEW leak AS SELECT title, body FROM entries;',
  'an extra table': 'CREATE TABLE extra (x TEXT);',
  'an extra index': 'CREATE INDEX entries_by_title ON entries (title);',
  'a changed column': 'ALTER TABLE suppliers ADD COLUMN remark TEXT;',
  'a virtual table': "CREATE VIRTUAL TABLE search USING fts5(body);",
  'a trigger in place of nothing, on settings': `CREATE TRIGGER wipe AFTER UPDATE ON settings BEGIN DELETE FROM entries; END;`,
};

describe('a journal file is accepted only with exactly the schema of its version', () => {
  it('a file made by Rapport matches what its migrations build', async () => {
    const file = tempFile();
    const db = await openDatabase(file);
    expect(schemaLines(db)).toEqual(expectedSchema(LATEST_VERSION));
    expect(db.pragma('trusted_schema', { simple: true })).toBe(0);
    db.close();
    expect(inspectJournalFile(file)).toMatchObject({ ok: true });
  });

  for (const [what, sql] of Object.entries(TAMPERING)) {
    it(`refuses a file with ${what}: at start, on restore, and the file stays byte-identical`, async () => {
      const file = await tamperedJournal(sql);
      const before = sha(file);
      expect(inspectJournalFile(file)).toMatchObject({ ok: false, reason: 'notAJournal' });

      // At start (and "open another journal", which opens through the same host).
      const host = await JournalHost.open(file, { shell: 'browser' });
      expect(host.unusableReason?.key).toBe('notAJournal');
      expect(await host.answer('createEntry', { supplierId: 1, kind: 'note', date: '2026-01-06', title: 'x' }))
        .toMatchObject({ ok: false, error: { code: 'unavailable', key: 'notAJournal' } });
      host.close();
      expect(sha(file)).toBe(before);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);

      // On restore from an uploaded file: refused, the open journal untouched.
      const other = await JournalHost.open(tempFile(), { shell: 'browser' });
      await value(other, 'createSupplier', { name: 'Mine' });
      const upload = fs.readFileSync(file).toString('base64');
      expect(await other.answer('inspectUpload', { contentBase64: upload })).toMatchObject({ ok: true, value: { ok: false, problem: 'notAJournal' } });
      expect(await other.answer('restoreUpload', { fileName: 'journal.sqlite', contentBase64: upload })).toMatchObject({ ok: false, error: { key: 'notAJournal' } });
      expect(await value<{ name: string }[]>(other, 'listSuppliers', {})).toMatchObject([{ name: 'Mine' }]);
      other.close();
      expect(sha(file)).toBe(before);
    });
  }

  it('the spying trigger never runs: nothing is copied into its hidden table', async () => {
    const file = await tamperedJournal(TAMPERING['an extra trigger']!);
    const host = await JournalHost.open(file, { shell: 'browser' });
    await host.answer('createEntry', { supplierId: 1, kind: 'note', date: '2026-01-06', title: 'Another secret', body: 'do not copy' });
    host.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM hidden').pluck().get()).toBe(0);
    raw.close();
  });
});
