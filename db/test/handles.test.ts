// Read and write connections (db/worker/handles.ts). What the compiler refuses is
// checked by `npm run typecheck`: each @ts-expect-error below fails it the
// day that line compiles. What SQLite refuses is checked here, at run time.
import { describe, expect, it } from 'vitest';
import type { ReadHandlers } from '../../core/contract';
import { dispatch } from '../../core/dispatch';
import type { ReadableDB, WritableDB } from '../worker/handles';
import { Journal } from '../worker/journal';
import { JournalReader } from '../worker/journal-reads';
import { openDatabase, openReader } from '../worker/open';
import { run, sql } from '../worker/query';
import { writeTrustSettings } from '../worker/trust';
import { DEFAULT_TRUST_SETTINGS } from '../../core/trust/settings';
import { tempFile } from './helpers';

/** Never called: it only has to typecheck, with an error on each marked line. */
export function compileTimeChecks(reader: ReadableDB, writer: WritableDB, handlers: ReadHandlers): void {
  const options = { dataFile: 'x', shell: 'browser' } as const;
  // @ts-expect-error a reader's statement has no run()
  reader.prepare('UPDATE suppliers SET name = 1').run();
  // @ts-expect-error a reader has no exec()
  reader.exec('DELETE FROM entries');
  // @ts-expect-error a write through sql needs a WritableDB
  run(reader, sql`DELETE FROM entries`);
  // @ts-expect-error writing the trust settings needs a WritableDB
  writeTrustSettings(reader, DEFAULT_TRUST_SETTINGS);
  // @ts-expect-error the Journal (every method, writes too) needs a WritableDB
  new Journal(reader, options);
  // @ts-expect-error what a reading worker answers has no write method
  handlers.createEntry({});
  // @ts-expect-error nor has the JournalReader it holds
  new JournalReader(reader, options).deleteSupplier({ id: 1 });
  // A writer may do all of it, and read as a reader does.
  const asReader: ReadableDB = writer;
  new JournalReader(asReader, options).listSuppliers({ includeEnded: true });
  run(writer, sql`DELETE FROM entries WHERE id = ${1}`);
}

describe('a reading connection', () => {
  it('refuses a write at run time too, leaving the journal as it was', async () => {
    const file = tempFile();
    const writer = await openDatabase(file);
    writer.prepare("INSERT INTO settings (key, value) VALUES ('pref.theme', '\"dark\"')").run();
    const reader = openReader(file);
    try {
      // Past the compiler (a cast, as a mistake in plain JavaScript would be): SQLite still says no.
      const statement = reader.prepare("UPDATE settings SET value = '\"light\"' WHERE key = 'pref.theme'") as unknown as { run(): unknown };
      expect(() => statement.run()).toThrow(/readonly|query_only|attempt to write/i);
      expect(reader.prepare("SELECT value FROM settings WHERE key = 'pref.theme'").pluck().get()).toBe('"dark"');
    } finally {
      reader.close();
      writer.close();
    }
  });

  it('answers the read methods through dispatch with the read kind, and refuses any other by name before it runs', async () => {
    const file = tempFile();
    const writer = await openDatabase(file);
    writer.prepare("INSERT INTO suppliers (name, created_at, updated_at) VALUES ('Acme', 'n', 'n')").run();
    const db = openReader(file);
    const reader = new JournalReader(db, { dataFile: file, shell: 'browser' });
    try {
      const read = dispatch(reader, 'listSuppliers', {}, ['read']);
      expect(read.ok && (read.value as { name: string }[]).map((s) => s.name)).toEqual(['Acme']);
      for (const name of ['createSupplier', 'deleteSupplier', 'emptyTrash', 'backupNow', 'nope']) {
        const result = dispatch(reader, name, { name: 'Sneaky', id: 1 }, ['read']);
        expect(result, name).toEqual({ ok: false, error: { code: 'unknown_method', key: 'unknownMethod', issues: [] } });
      }
      expect(writer.prepare('SELECT name FROM suppliers').pluck().all()).toEqual(['Acme']);
    } finally {
      reader.close();
      writer.close();
    }
  });
});
