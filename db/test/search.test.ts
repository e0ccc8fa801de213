// Full-text search on real SQLite files: the index in step with every write,
// restore and import; Dutch and English words; the query language's errors.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../core/search/result';
import { JournalHost } from '../worker/host';
import { openJournal } from '../worker/journal';
import { inspectJournalFile } from '../worker/inspect-file';
import { LATEST_VERSION, MIGRATIONS } from '../worker/migrations';
import { openDatabase, openReader } from '../worker/open';
import { type Journal } from '../worker/journal';
import { search } from '../worker/search';
import { call, freshJournal, ok, tempFile } from './helpers';

const titles = (r: SearchResult) => r.groups.flatMap((g) => g.hits.map((h) => h.title.text));
const find = (journal: Journal, query: string, more: object = {}) => titles(ok(journal, 'search', { query, ...more }));
/** What the index itself holds for a word, whatever the tables say. */
const indexed = (journal: Journal, word: string) =>
  journal.db.prepare('SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY rowid').pluck().all(`"${word}"`);

async function twoSuppliers() {
  const journal = await freshJournal();
  const hosting = ok(journal, 'createSupplier', { name: 'Hosting BV', category: 'Infrastructuur', contacts: [{ name: 'Jan Smit', email: 'jan@hosting.example' }] });
  const acme = ok(journal, 'createSupplier', { name: 'Acme Software', notes: 'Koffie in het café om de hoek.' });
  return { journal, hosting, acme };
}

describe('search index', () => {
  it('is kept in step when an entry is created, edited, retagged, deleted, restored and purged', async () => {
    const { journal, hosting } = await twoSuppliers();
    const e = ok(journal, 'createEntry', { supplierId: hosting.id, kind: 'note', date: '2026-05-01', title: 'Backup tests', body: 'The restore took four hours.' });
    expect(find(journal, 'restore')).toEqual(['Backup tests']);
    ok(journal, 'updateEntry', { ...e, body: 'Recovery took four hours.', tags: ['dr-test'] });
    expect(find(journal, 'restore')).toEqual([]);
    expect(find(journal, 'recovery')).toEqual(['Backup tests']);
    expect(find(journal, 'tag:dr')).toEqual(['Backup tests']);
    ok(journal, 'deleteEntry', { id: e.id });
    expect(find(journal, 'recovery')).toEqual([]);
    expect(find(journal, 'recovery', { includeTrash: true })).toEqual(['Backup tests']);
    expect(ok(journal, 'search', { query: 'recovery', includeTrash: true }).groups[0]!.hits[0]!.deleted).toBe(true);
    ok(journal, 'restoreFromTrash', { type: 'entry', id: e.id });
    expect(find(journal, 'recovery')).toEqual(['Backup tests']);
    ok(journal, 'deleteEntry', { id: e.id });
    ok(journal, 'emptyTrash', {});
    expect(indexed(journal, 'recovery')).toEqual([]);
    // An incident's impact, root cause and ticket, and a promise's text.
    ok(journal, 'createEntry', { supplierId: hosting.id, kind: 'incident', date: '2026-05-02', title: 'Outage', impact: 'Webshop offline', rootCause: 'Expired certificate', ticketRef: 'INC-42', severity: 'high' });
    ok(journal, 'createEntry', { supplierId: hosting.id, kind: 'promise', date: '2026-05-03', title: 'Monthly restore test', body: 'Every first Monday', dueOn: '2026-06-01' });
    expect(find(journal, 'webshop')).toEqual(['Outage']);
    expect(find(journal, 'certificate')).toEqual(['Outage']);
    expect(find(journal, 'inc-42')).toEqual(['Outage']);
    expect(find(journal, 'monday')).toEqual(['Monthly restore test']);
  });

  it('finds suppliers by name, category, contacts and notes, in step with their edits', async () => {
    const { journal, hosting, acme } = await twoSuppliers();
    const names = (q: string) => ok(journal, 'search', { query: q }).suppliers.map((s) => s.name.text);
    expect(names('smit')).toEqual(['Hosting BV']);
    expect(names('infra')).toEqual(['Hosting BV']);
    expect(names('cafe')).toEqual(['Acme Software']);
    ok(journal, 'updateSupplier', { ...acme, name: 'Acme Cloud', notes: '' });
    expect(names('cafe')).toEqual([]);
    expect(names('cloud')).toEqual(['Acme Cloud']);
    ok(journal, 'deleteSupplier', { id: hosting.id });
    expect(names('smit')).toEqual([]);
  });

  it('ignores case and accents, and reads hyphens both ways (Dutch and English)', async () => {
    const { journal, hosting } = await twoSuppliers();
    const note = (title: string, body = '') => ok(journal, 'createEntry', { supplierId: hosting.id, kind: 'note', date: '2026-05-01', title, body });
    note('Café bezocht');
    note('Financiële coördinatie', 'Één overleg per week');
    note('Per e-mail bevestigd');
    note('Email sent', 'and a back-up plan');
    expect(find(journal, 'cafe')).toEqual(['Café bezocht']);
    expect(find(journal, 'CAFÉ')).toEqual(['Café bezocht']);
    expect(find(journal, 'financiele coordinatie')).toEqual(['Financiële coördinatie']);
    expect(find(journal, 'een overleg')).toEqual(['Financiële coördinatie']);
    expect(find(journal, 'email').sort()).toEqual(['Email sent', 'Per e-mail bevestigd']);
    expect(find(journal, 'e-mail').sort()).toEqual(['Email sent', 'Per e-mail bevestigd']);
    expect(find(journal, '"e-mail"').sort()).toEqual(['Email sent', 'Per e-mail bevestigd']);
    expect(find(journal, 'backup')).toEqual(['Email sent']);
    // Prefix as you type, and a Dutch compound found by its beginning.
    note('Certificaatproblemen');
    expect(find(journal, 'certificaat')).toEqual(['Certificaatproblemen']);
    expect(find(journal, 'bevest')).toEqual(['Per e-mail bevestigd']);
    // The marks point at the hyphenated word itself.
    const hit = ok(journal, 'search', { query: 'email' }).groups[0]!.hits.find((h) => h.title.text === 'Per e-mail bevestigd')!;
    expect(hit.title.marks.map(([s, e]) => hit.title.text.slice(s, e))).toEqual(['e-mail']);
  });

  it('ranks title matches first, newer first on ties, grouped by supplier, with kind, date and private marker', async () => {
    const { journal, hosting, acme } = await twoSuppliers();
    const add = (supplierId: number, date: string, title: string, body = '', extra: object = {}) =>
      ok(journal, 'createEntry', { supplierId, kind: 'note', date, title, body, ...extra });
    add(hosting.id, '2026-01-01', 'Quarterly meeting', 'We talked about the SLA at length.');
    add(acme.id, '2026-02-01', 'SLA review', 'New targets', { private: true });
    add(acme.id, '2026-03-01', 'SLA review', 'New targets');
    const r = ok(journal, 'search', { query: 'sla' });
    expect(r.more).toBe(false);
    expect(r.groups.map((g) => g.supplierName)).toEqual(['Acme Software', 'Hosting BV']);
    expect(r.groups[0]!.hits.map((h) => [h.date, h.private, h.kind])).toEqual([['2026-03-01', false, 'note'], ['2026-02-01', true, 'note']]);
    const meeting = r.groups[1]!.hits[0]!;
    expect(meeting.snippet!.marks.map(([s, e]) => meeting.snippet!.text.slice(s, e))).toEqual(['SLA']);
    expect(find(journal, 'sla', { includePrivate: false })).toEqual(['SLA review', 'Quarterly meeting']);
    expect(find(journal, 'sla', { supplierId: hosting.id })).toEqual(['Quarterly meeting']);
    expect(find(journal, 'sla', { from: '2026-02-15' })).toEqual(['SLA review']);
    expect(find(journal, 'sla', { kinds: ['promise'] })).toEqual([]);
    expect(find(journal, 'leverancier:hosting sla')).toEqual(['Quarterly meeting']);
    expect(find(journal, 'sla -leverancier:hosting')).toEqual(['SLA review', 'SLA review']);
    expect(find(journal, 'sla -targets')).toEqual(['Quarterly meeting']);
    expect(find(journal, 'soort:notitie -sla')).toEqual([]);
    expect(find(journal, 'kind:note leverancier:hosting')).toEqual(['Quarterly meeting']);
    // One page at a time; the rest is announced.
    expect(ok(journal, 'search', { query: 'sla', limit: 2 })).toMatchObject({ more: true });
    expect(find(journal, 'sla', { limit: 2 })).toEqual(['SLA review', 'SLA review']);
  });

  it('answers bad queries in words, never with a crash', async () => {
    const { journal, hosting } = await twoSuppliers();
    ok(journal, 'createEntry', { supplierId: hosting.id, kind: 'note', date: '2026-05-01', title: 'Backup tests' });
    expect(find(journal, '"backup tes')).toEqual(['Backup tests']);
    expect(find(journal, '-')).toEqual([]);
    expect(find(journal, '" - * ( ) NEAR AND OR NOT ^ :')).toEqual([]);
    expect(call(journal, 'search', { query: 'kind:invoice' })).toMatchObject({
      ok: false, error: { code: 'validation', key: 'searchUnknownKind', issues: [{ path: ['query'], key: 'searchUnknownKind', params: { value: 'invoice' } }] },
    });
    expect(call(journal, 'search', { query: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'validation' } });
    // The journal's own text filter reads the same index and the same language.
    expect(ok(journal, 'listEntries', { supplierId: hosting.id, text: 'BACKUP tes' }).map((e) => e.title)).toEqual(['Backup tests']);
    expect(ok(journal, 'listEntries', { supplierId: hosting.id, text: '"backup' }).map((e) => e.title)).toEqual(['Backup tests']);
    expect(call(journal, 'listEntries', { supplierId: hosting.id, text: 'soort:factuur' })).toMatchObject({ ok: false, error: { key: 'searchUnknownKind' } });
  });
});

describe('filters inside the index (migration 006)', () => {
  /** The entries whose hidden token (supplier s12, kind kpromise, xprivate, xtrash) the index holds. */
  const tokened = (journal: Journal, token: string) =>
    journal.db.prepare('SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY rowid').pluck().all(`"\uE000${token}"`);

  it('keeps supplier, kind, private and trash in step after create, edit, move, delete, restore and a supplier to and from the trash', async () => {
    const { journal, hosting, acme } = await twoSuppliers();
    const e = ok(journal, 'createEntry', { supplierId: hosting.id, kind: 'promise', date: '2026-05-01', title: 'Restore test monthly', dueOn: '2026-06-01' });
    const other = ok(journal, 'createEntry', { supplierId: acme.id, kind: 'note', date: '2026-05-02', title: 'Restore drill', private: true });
    expect(tokened(journal, `s${hosting.id}`)).toEqual([e.id]);
    expect(tokened(journal, 'kpromise')).toEqual([e.id]);
    expect(tokened(journal, 'xprivate')).toEqual([other.id]);
    expect(find(journal, 'restore', { supplierId: hosting.id })).toEqual(['Restore test monthly']);
    expect(find(journal, 'restore soort:toezegging')).toEqual(['Restore test monthly']);
    expect(find(journal, 'restore', { kinds: ['note'] })).toEqual(['Restore drill']);
    expect(find(journal, 'restore', { includePrivate: false })).toEqual(['Restore test monthly']);
    // Moved to the other supplier and made private: the filters follow.
    ok(journal, 'updateEntry', { ...e, supplierId: acme.id, private: true });
    expect(tokened(journal, `s${hosting.id}`)).toEqual([]);
    expect(find(journal, 'restore', { supplierId: hosting.id })).toEqual([]);
    expect(find(journal, 'restore', { supplierId: acme.id }).sort()).toEqual(['Restore drill', 'Restore test monthly']);
    expect(find(journal, 'restore', { includePrivate: false })).toEqual([]);
    ok(journal, 'updateEntry', { ...e, supplierId: acme.id, private: false });
    expect(find(journal, 'restore', { includePrivate: false })).toEqual(['Restore test monthly']);
    // An entry to the trash and back.
    ok(journal, 'deleteEntry', { id: other.id });
    expect(tokened(journal, 'xtrash')).toEqual([other.id]);
    expect(find(journal, 'restore')).toEqual(['Restore test monthly']);
    expect(ok(journal, 'search', { query: 'restore' }).total).toBe(1);
    expect(ok(journal, 'search', { query: 'restore', includeTrash: true }).total).toBe(2);
    ok(journal, 'restoreFromTrash', { type: 'entry', id: other.id });
    expect(tokened(journal, 'xtrash')).toEqual([]);
    // A supplier to the trash takes its entries along, and brings them back.
    ok(journal, 'deleteSupplier', { id: acme.id });
    expect(tokened(journal, 'xtrash')).toEqual([e.id, other.id]);
    expect(find(journal, 'restore')).toEqual([]);
    expect(find(journal, 'restore', { includeTrash: true }).sort()).toEqual(['Restore drill', 'Restore test monthly']);
    ok(journal, 'restoreFromTrash', { type: 'supplier', id: acme.id });
    expect(tokened(journal, 'xtrash')).toEqual([]);
    expect(find(journal, 'restore').sort()).toEqual(['Restore drill', 'Restore test monthly']);
    // Renamed: the leverancier: filter finds it by its new name.
    ok(journal, 'updateSupplier', { ...acme, name: 'Zenith Cloud' });
    expect(find(journal, 'leverancier:zenith restore').sort()).toEqual(['Restore drill', 'Restore test monthly']);
    expect(find(journal, 'leverancier:acme restore')).toEqual([]);
    expect(find(journal, 'restore -supplier:zenith')).toEqual([]);
    // Purged: gone from the index.
    ok(journal, 'deleteEntry', { id: other.id });
    ok(journal, 'emptyTrash', {});
    expect(tokened(journal, 'kpromise')).toEqual([e.id]);
    expect(tokened(journal, 'knote')).toEqual([]);
  });

  it('counts every match with the filters, and no typed word reaches a hidden token', async () => {
    const { journal, hosting, acme } = await twoSuppliers();
    for (let i = 1; i <= 7; i++) ok(journal, 'createEntry', { supplierId: i % 2 ? hosting.id : acme.id, kind: i <= 2 ? 'incident' : 'note', date: `2026-05-0${i}`, title: `SLA breach ${i}`, severity: 'low' });
    expect(ok(journal, 'search', { query: 'sla', limit: 3 })).toMatchObject({ total: 7, more: true });
    expect(ok(journal, 'search', { query: 'sla', supplierId: hosting.id })).toMatchObject({ total: 4, more: false });
    expect(ok(journal, 'search', { query: 'sla kind:incident' }).total).toBe(2);
    expect(ok(journal, 'search', { query: 'sla -kind:incident' }).total).toBe(5);
    expect(ok(journal, 'search', { query: 'sla', from: '2026-05-06' }).total).toBe(2);
    expect(ok(journal, 'search', { query: 'leverancier:nobody sla' }).total).toBe(0);
    expect(ok(journal, 'search', { query: 'kind:incident' })).toMatchObject({ total: 2 });
    // The hidden tokens cannot be typed: not as words, not with their mark, not in a text.
    for (const q of [`s${hosting.id}`, 's', 'knote', 'kinc', 'xtrash', '\uE000knote', `"\uE000s${hosting.id}"`]) expect(find(journal, q)).toEqual([]);
    ok(journal, 'createEntry', { supplierId: acme.id, kind: 'note', date: '2026-05-09', title: 'Forged \uE000xtrash token' });
    expect(tokened(journal, 'xtrash')).toEqual([]);
    expect(find(journal, 'forged')).toEqual(['Forged \uE000xtrash token']);
  });

  it('filters by a supplier name that many suppliers share', async () => {
    const journal = await freshJournal();
    const ids = [];
    for (let i = 1; i <= 70; i++) ids.push(ok(journal, 'createSupplier', { name: `Leverancier ${i}` }).id);
    const other = ok(journal, 'createSupplier', { name: 'Hosting BV' });
    for (const id of [ids[0]!, ids[69]!, other.id]) ok(journal, 'createEntry', { supplierId: id, kind: 'note', date: '2026-05-01', title: `Backup ${id}` });
    expect(find(journal, 'leverancier:leverancier backup').sort()).toEqual([`Backup ${ids[0]}`, `Backup ${ids[69]}`]);
    expect(find(journal, 'backup -leverancier:leverancier')).toEqual([`Backup ${other.id}`]);
    expect(ok(journal, 'search', { query: 'leverancier:leverancier backup' }).total).toBe(2);
  });

  it('many matches: newest first, and a date range still finds those the latest written leave out', async () => {
    const { journal, hosting } = await twoSuppliers();
    const insert = journal.db.prepare("INSERT INTO entries (supplier_id, kind, date, title, created_at, updated_at) VALUES (?, 'note', ?, ?, 'now', 'now')");
    // 2,600 old entries written first, then 1,000 of this year: more than are ranked (RANK_ALL).
    journal.db.transaction(() => {
      for (let i = 0; i < 2600; i++) insert.run(hosting.id, `2020-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, `SLA old ${i}`);
      for (let i = 0; i < 1000; i++) insert.run(hosting.id, `2026-01-${String(1 + (i % 28)).padStart(2, '0')}`, `SLA new ${i}`);
    })();
    const all = ok(journal, 'search', { query: 'sla', limit: 5 });
    expect(all).toMatchObject({ total: 3600, more: true });
    expect(all.groups[0]!.hits.map((h) => h.date)).toEqual(Array(5).fill('2026-01-28'));
    const old = ok(journal, 'search', { query: 'sla', to: '2020-12-31', limit: 5 });
    expect(old).toMatchObject({ total: 2600, more: true });
    expect(old.groups[0]!.hits.map((h) => h.date)).toEqual(Array(5).fill('2020-12-28'));
    // Fewer than are ranked after the date range: the best of them, though none is among the first ranked.
    const december = ok(journal, 'search', { query: 'sla', from: '2020-12-01', to: '2020-12-05', limit: 200 });
    expect(december.total).toBe(31);
    expect(december.groups[0]!.hits).toHaveLength(31);
    expect(december.groups[0]!.hits.every((h) => h.date >= '2020-12-01' && h.date <= '2020-12-05')).toBe(true);
  });

  it("the journal's text filter: words and their beginnings, also each part of a hyphenated word, not the middle of a word", async () => {
    const { journal, hosting, acme } = await twoSuppliers();
    const add = (supplierId: number, title: string) => ok(journal, 'createEntry', { supplierId, kind: 'note', date: '2026-05-01', title });
    add(hosting.id, 'Back-uptests geslaagd');
    add(hosting.id, 'Certificaatproblemen opgelost');
    add(acme.id, 'Back-uptests bij Acme');
    const list = (text: string) => ok(journal, 'listEntries', { supplierId: hosting.id, text }).map((e) => e.title);
    for (const text of ['back', 'uptest', 'backuptest', 'back-uptests', 'backup', 'gesl']) expect(list(text)).toEqual(['Back-uptests geslaagd']);
    expect(list('certificaat')).toEqual(['Certificaatproblemen opgelost']);
    // The middle of a compound written as one word is not found.
    expect(list('problemen')).toEqual([]);
    expect(list('ptest')).toEqual([]);
  });
});

describe('search index and the file', () => {
  it('works with trusted_schema off on the writer, and on a query_only reader', async () => {
    const file = tempFile();
    const journal = await openJournal(file, { shell: 'browser' });
    expect(journal.db.pragma('trusted_schema', { simple: true })).toBe(0);
    const s = ok(journal, 'createSupplier', { name: 'Hosting BV' });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-05-01', title: 'Backup tests' });
    const reader = openReader(file);
    expect(reader.pragma('trusted_schema', { simple: true })).toBe(0);
    expect(titles(search(reader, { query: 'backup', supplierId: null, kinds: [], from: null, to: null, includePrivate: true, includeTrash: false, limit: 50 }))).toEqual(['Backup tests']);
    reader.close();
    journal.close();
    // The start-up schema check accepts a journal with the index.
    expect(inspectJournalFile(file)).toMatchObject({ ok: true });
  });

  it('indexes what a journal already held when it is migrated', async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < 5) });
    old.prepare("INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'Hosting BV', 'now', 'now')").run();
    old.prepare("INSERT INTO entries (supplier_id, kind, date, title, body, created_at, updated_at) VALUES (1, 'note', '2025-01-01', 'Old café note', 'e-mail', 'now', 'now')").run();
    old.close();
    const journal = await openJournal(file, { shell: 'browser' });
    expect(find(journal, 'cafe')).toEqual(['Old café note']);
    expect(find(journal, 'email')).toEqual(['Old café note']);
    expect(ok(journal, 'search', { query: 'hosting' }).suppliers.map((x) => x.name.text)).toEqual(['Hosting BV']);
    journal.close();
  });

  it('gains the filter tokens when a journal with the first index (version 5) is migrated', async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 5) });
    old.prepare("INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'Hosting BV', 'now', 'now'), (2, 'Acme', 'now', 'now')").run();
    const entry = old.prepare("INSERT INTO entries (supplier_id, kind, date, title, private, deleted_at, created_at, updated_at) VALUES (?, ?, '2025-01-01', ?, ?, ?, 'now', 'now')");
    entry.run(1, 'note', 'SLA note', 0, null);
    entry.run(1, 'advice', 'SLA advice', 0, null);
    entry.run(2, 'note', 'SLA private', 1, null);
    entry.run(2, 'note', 'SLA trashed', 0, '2025-02-01');
    old.close();
    const journal = await openJournal(file, { shell: 'browser' });
    expect(journal.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(find(journal, 'sla').sort()).toEqual(['SLA advice', 'SLA note', 'SLA private']);
    expect(find(journal, 'sla', { includePrivate: false }).sort()).toEqual(['SLA advice', 'SLA note']);
    expect(find(journal, 'sla kind:advies')).toEqual(['SLA advice']);
    expect(find(journal, 'sla leverancier:acme')).toEqual(['SLA private']);
    expect(ok(journal, 'search', { query: 'sla', includeTrash: true }).total).toBe(4);
    journal.close();
    expect(inspectJournalFile(file)).toMatchObject({ ok: true });
  });

  it('is rebuilt after an import and after a restore from a backup', async () => {
    const source = await freshJournal();
    const s = ok(source, 'createSupplier', { name: 'Hosting BV' });
    ok(source, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-05-01', title: 'Café meeting' });
    const host = await JournalHost.open(tempFile(), { shell: 'browser' });
    const value = async <T>(name: string, input: unknown = {}) => {
      const r = await host.answer(name, input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as T;
    };
    const exported = await (await JournalHost.open(source.db.name, { shell: 'browser' })).answer('exportJson', {});
    if (!exported.ok) throw new Error('export');
    await value('importJson', { text: (exported.value as { text: string }).text });
    const found = async (q: string) => titles(await value<SearchResult>('search', { query: q }));
    expect(await found('cafe')).toEqual(['Café meeting']);
    const backup = await value<{ name: string }>('backupNow');
    const [supplier] = await value<{ id: number }[]>('listSuppliers');
    await value('createEntry', { supplierId: supplier!.id, kind: 'note', date: '2026-05-02', title: 'After the backup' });
    expect(await found('after')).toEqual(['After the backup']);
    await value('restoreBackup', { name: backup.name });
    expect(await found('after')).toEqual([]);
    expect(await found('cafe')).toEqual(['Café meeting']);
    host.close();
  });

  it('is rebuilt from the tables when a file came with a stale index', async () => {
    const file = tempFile();
    const journal = await openJournal(file, { shell: 'browser' });
    const s = ok(journal, 'createSupplier', { name: 'Hosting BV' });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-05-01', title: 'Backup tests' });
    journal.close();
    // Written behind the triggers' back: the index no longer knows the entry.
    const raw = new Database(file);
    raw.exec("INSERT INTO entry_search (entry_search) VALUES ('delete-all')");
    raw.close();
    const host = await JournalHost.open(file, { shell: 'browser' });
    const backup = await host.answer('backupNow', {});
    if (!backup.ok) throw new Error('backup');
    await host.answer('restoreBackup', { name: (backup.value as { name: string }).name });
    const r = await host.answer('search', { query: 'backup' });
    expect(r.ok && titles(r.value as SearchResult)).toEqual(['Backup tests']);
    host.close();
  });
});
