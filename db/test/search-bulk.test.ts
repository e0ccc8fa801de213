// Imports index their new entries once, inside their own transaction
// (migration 006): found right after, and a failed import leaves no rows,
// no index words and no marker that would stop the triggers for good.
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../core/search/result';
import { JournalHost } from '../worker/host';
import { importCsv, importJson } from '../worker/import';
import { exportJson } from '../worker/export';
import { entryInput } from '../../core/schemas';
import { insertEntryRow } from '../worker/entry-insert';
import { withSearchDeferred } from '../worker/search-bulk';
import { freshJournal, ok, tempFile } from './helpers';

const titles = (r: SearchResult) => r.groups.flatMap((g) => g.hits.map((h) => h.title.text)).sort();
const indexedRows = (db: { prepare: (s: string) => { pluck: () => { get: () => unknown } } }) =>
  db.prepare('SELECT count(*) FROM entry_search').pluck().get();
const csv = ['Datum;Onderwerp;Omschrijving;Labels', '2026-03-01;Back-up test;Restore van de café-server;dr-test', '2026-03-02;Overleg;SLA besproken;sla, overleg'].join('\r\n');
const mapping = { date: 'Datum', title: 'Onderwerp', body: 'Omschrijving', tags: 'Labels' };

describe('imports and the search index', () => {
  it('a CSV import is found by its words, tags and joined hyphens, and later writes are indexed again', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'Hosting BV' });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-01', title: 'Kick-off' });
    importCsv(journal.db, csv, mapping, { supplierId: s.id, defaultKind: 'note', dateFormat: 'iso' });
    expect(titles(ok(journal, 'search', { query: 'cafe' }))).toEqual(['Back-up test']);
    expect(titles(ok(journal, 'search', { query: 'backup' }))).toEqual(['Back-up test']);
    expect(titles(ok(journal, 'search', { query: 'tag:sla' }))).toEqual(['Overleg']);
    expect(indexedRows(journal.db)).toBe(3);
    expect(journal.db.prepare('SELECT count(*) FROM search_deferred').pluck().get()).toBe(0);
    // The triggers work again after the import.
    const e = ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-04-01', title: 'Nazorg', tags: ['evaluatie'] });
    expect(titles(ok(journal, 'search', { query: 'tag:evaluatie' }))).toEqual(['Nazorg']);
    ok(journal, 'updateEntry', { ...e, tags: ['evaluatie', 'q2'] });
    expect(titles(ok(journal, 'search', { query: 'tag:q2' }))).toEqual(['Nazorg']);
  });

  it('an import that fails half-way leaves neither rows nor index words nor the marker', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'Hosting BV' });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-01', title: 'Kick-off' });
    const before = indexedRows(journal.db);
    const entry = entryInput.parse({ supplierId: s.id, kind: 'note', date: '2026-03-01', title: 'Café-overleg', tags: ['sla'] });
    const stamp = new Date().toISOString();
    const failing = journal.db.transaction(() =>
      withSearchDeferred(journal.db, () => {
        insertEntryRow(journal.db, entry, null, stamp, stamp);
        throw new Error('disk full');
      }));
    expect(() => failing()).toThrow('disk full');
    expect(indexedRows(journal.db)).toBe(before);
    expect(journal.db.prepare('SELECT count(*) FROM search_deferred').pluck().get()).toBe(0);
    expect(titles(ok(journal, 'search', { query: 'cafe' }))).toEqual([]);
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-05-01', title: 'Daarna' });
    expect(titles(ok(journal, 'search', { query: 'daarna' }))).toEqual(['Daarna']);
  });

  it('a JSON import, replacing an empty journal or added as new suppliers, is found at once', async () => {
    const source = await freshJournal();
    const s = ok(source, 'createSupplier', { name: 'Café Noord' });
    ok(source, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-02-01', title: 'E-mail over de back-up', tags: ['dr-test'] });
    const text = exportJson(source.db);
    const empty = await freshJournal();
    importJson(empty.db, text);
    expect(titles(ok(empty, 'search', { query: 'email' }))).toEqual(['E-mail over de back-up']);
    importJson(empty.db, text, { mode: 'add-as-new' });
    expect(titles(ok(empty, 'search', { query: 'tag:dr-test' }))).toEqual(['E-mail over de back-up', 'E-mail over de back-up']);
    expect(indexedRows(empty.db)).toBe(2);
  });

  it('the example journal is found by its words as soon as it is loaded', async () => {
    const journal = await freshJournal();
    const { entries } = ok(journal, 'loadExampleJournal', { language: 'nl' });
    expect(indexedRows(journal.db)).toBe(entries);
    expect(ok(journal, 'search', { query: 'leverancier:wolkendek' }).groups[0]!.hits.length).toBeGreaterThan(0);
    expect(journal.db.prepare('SELECT count(*) FROM search_deferred').pluck().get()).toBe(0);
  });

  it('the sliced CSV import through a second connection is found once it is committed', async () => {
    const host = await JournalHost.open(tempFile(), { shell: 'browser' });
    const created = await host.answer('createSupplier', { name: 'Noordlicht IT' });
    if (!created.ok) throw new Error('supplier');
    const id = (created.value as { id: number }).id;
    const rows = ['Datum;Onderwerp;Labels', ...Array.from({ length: 3000 }, (_, i) => `2025-01-${String((i % 28) + 1).padStart(2, '0')};Overleg ${i};planning`)];
    const imported = await host.answer('importCsv', { text: rows.join('\r\n'), mapping: { date: 'Datum', title: 'Onderwerp', tags: 'Labels' }, supplierId: id, defaultKind: 'note' });
    expect(imported.ok).toBe(true);
    const r = await host.answer('search', { query: 'tag:planning', limit: 5 });
    expect(r.ok && (r.value as SearchResult).groups[0]!.hits.length).toBe(5);
    const one = await host.answer('search', { query: '"overleg 2999"' });
    expect(one.ok && titles(one.value as SearchResult)).toEqual(['Overleg 2999']);
    host.close();
  });
});
