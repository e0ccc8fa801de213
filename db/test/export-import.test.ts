// Export and import: the JSON round trip is lossless and deterministic, a bad
// file is refused with every problem named and writes nothing, and the CSV
// files are what a spreadsheet (and our own importer) expects.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../core/dispatch';
import { SUPPLIER_KEYS, sameJournalContent, type JournalExport } from '../../core/export-format';
import { CSV_FIELDS, parseCsv } from '../../core/csv';
import { guessDateFormat, guessMapping } from '../../core/csv-mapping';
import { entryColumnTitle, supplierColumnTitle } from '../../core/csv-columns';
import { csvSeparatorFor, exportCsv, exportJson } from '../worker/export';
import { importCsv, importJson, previewCsvImport } from '../worker/import';
import { LATEST_VERSION } from '../worker/migrations';
import { call, freshJournal, ok, thrown } from './helpers';
import { buildRichJournal, dumpHash } from './safety-helpers';


describe('JSON export and import', () => {
  it('round trip of the example journal: export, import into an empty file, export again: identical', async () => {
    const source = await freshJournal('2026-11-27');
    const loaded = dispatch(source, 'loadExampleJournal', {});
    expect(loaded.ok).toBe(true);
    const info = ok(source, 'getJournalInfo', {});
    expect(info.entries).toBeGreaterThan(100);
    const first = exportJson(source.db);
    const target = await freshJournal('2026-11-27');
    expect(importJson(target.db, first, { mode: 'replace-empty' })).toMatchObject({ suppliers: info.suppliers, entries: info.entries });
    const second = exportJson(target.db);
    expect(sameJournalContent(first, second)).toBe(true);
    // Byte-identical once the export time is the same.
    const at = new Date('2026-11-27T10:00:00Z');
    expect(exportJson(target.db, { now: at })).toBe(exportJson(source.db, { now: at }));
    // And the journal reads the same through the API.
    for (const s of ok(source, 'listSuppliers', {})) {
      expect(ok(target, 'getSupplier', { id: s.id })).toEqual(s);
      expect(ok(target, 'listEntries', { supplierId: s.id })).toEqual(ok(source, 'listEntries', { supplierId: s.id }));
    }
    source.close();
    target.close();
  });

  it('round trip of odd text, all kinds, ended suppliers and settings; the trash stays out', async () => {
    const source = await freshJournal();
    buildRichJournal(source);
    const text = exportJson(source.db);
    const data = JSON.parse(text) as JournalExport;
    expect(data).toMatchObject({ format: 'rapport-journal', version: 1, app: { schemaVersion: LATEST_VERSION } });
    // Besides the preferences: the journal's own id (migration 004), which the calendar's UIDs are made of.
    expect(data.settings).toEqual({
      'journal.id': expect.stringMatching(/^[0-9a-f]{32}$/), 'pref.language': 'nl', 'pref.managerName': 'Sanne "de" Vries', 'pref.theme': 'dark',
    });
    expect(data.suppliers.map((s) => s.name)).toEqual(['Noordlicht; IT, "Services"', 'Ended BV']);
    expect(data.entries.map((e) => e.title)).not.toContain('In the trash');
    expect(data.entries.map((e) => e.title)).not.toContain('Of a trashed supplier');
    // The key order follows the declaration (core/supplier-fields.ts); db/test/supplier-fields.test.ts holds it to the docs.
    expect(Object.keys(data.suppliers[0]!)).toEqual(SUPPLIER_KEYS);
    const target = await freshJournal();
    importJson(target.db, text, { mode: 'replace-empty' });
    expect(sameJournalContent(text, exportJson(target.db))).toBe(true);
    expect(ok(target, 'getPreferences', {})).toEqual({ language: 'nl', theme: 'dark', managerName: 'Sanne "de" Vries', projection: true });
  });

  it("the contract value's currency survives the round trip; an export from before it imports without one", async () => {
    const source = await freshJournal();
    const { supplierIds } = buildRichJournal(source);
    const text = exportJson(source.db);
    expect((JSON.parse(text) as JournalExport).suppliers.find((s) => s.id === supplierIds[0])).toMatchObject({ contractValue: 168000.5, contractCurrency: 'GBP' });
    const target = await freshJournal();
    importJson(target.db, text, { mode: 'replace-empty' });
    expect(ok(target, 'getSupplier', { id: supplierIds[0]! })).toMatchObject({ contractValue: 168000.5, contractCurrency: 'GBP' });
    // A version-1 export has no contractCurrency key at all.
    const old = JSON.parse(text) as { suppliers: Record<string, unknown>[] };
    for (const s of old.suppliers) delete s.contractCurrency;
    const again = await freshJournal();
    importJson(again.db, JSON.stringify(old), { mode: 'replace-empty' });
    expect(ok(again, 'getSupplier', { id: supplierIds[0]! })).toMatchObject({ contractValue: 168000.5, contractCurrency: null });
    // Only a three-letter code is taken.
    expect(call(again, 'updateSupplier', { id: supplierIds[0]!, name: 'X', contractCurrency: 'euro' }).ok).toBe(false);
    for (const j of [source, target, again]) j.close();
  });

  it('two exports of the same journal differ only in exportedAt', async () => {
    const journal = await freshJournal();
    buildRichJournal(journal);
    const a = exportJson(journal.db, { now: new Date('2026-01-01T00:00:00Z') });
    const b = exportJson(journal.db, { now: new Date('2026-06-01T00:00:00Z') });
    expect(a).not.toBe(b);
    expect(sameJournalContent(a, b)).toBe(true);
  });

  it('imports into an empty journal only', async () => {
    const source = await freshJournal();
    buildRichJournal(source);
    const err = thrown(() => importJson(source.db, exportJson(source.db), { mode: 'replace-empty' }));
    expect(err).toMatchObject({ code: 'conflict', key: 'importNeedsEmptyJournal' });
    // A journal with only trash in it is not empty either (its ids would collide).
    const other = await freshJournal();
    const s = ok(other, 'createSupplier', { name: 'X' });
    ok(other, 'deleteSupplier', { id: s.id });
    expect(thrown(() => importJson(other.db, exportJson(source.db), { mode: 'replace-empty' })).key).toBe('importNeedsEmptyJournal');
  });

  it('refuses a bad file with every problem named by path, and writes nothing', async () => {
    const source = await freshJournal();
    buildRichJournal(source);
    const data = JSON.parse(exportJson(source.db)) as Record<'suppliers' | 'entries', unknown[]>;
    const entries = data.entries as Record<string, unknown>[];
    entries[1]!.dueOn = '2020-01-01'; // the promise: due before it was made
    entries[2]!.severity = 'apocalyptic'; // the incident
    entries[3]!.dueOn = '2026-12-01'; // advice has no due date: refused, not dropped
    entries[4]!.supplierId = 999;
    (data.suppliers[0] as Record<string, unknown>).colour = 'red';
    (data.suppliers[1] as Record<string, unknown>).endedOn = null;
    const target = await freshJournal();
    ok(target, 'updatePreferences', { theme: 'light' });
    const before = dumpHash(target.db);
    const err = thrown(() => importJson(target.db, JSON.stringify(data), { mode: 'replace-empty' }));
    expect(err.code).toBe('validation');
    const issues = err.issues.map((i) => `${i.path.join('.')}:${i.key}`);
    expect(issues).toEqual(expect.arrayContaining([
      'entries.1.dueOn:dueBeforeMade', 'entries.2.severity:invalidChoice', 'entries.3:unknownField', 'suppliers.0:unknownField', 'suppliers.1.endedOn:required', 'entries.4.supplierId:unknownSupplier',
    ]));
    expect(dumpHash(target.db)).toBe(before);
  });

  it('names what a file is when it is not an export', async () => {
    const target = await freshJournal();
    expect(thrown(() => importJson(target.db, 'not json', { mode: 'replace-empty' })).key).toBe('notJson');
    expect(thrown(() => importJson(target.db, '{"hello":1}', { mode: 'replace-empty' })).key).toBe('notAnExport');
    expect(thrown(() => importJson(target.db, '{"format":"rapport-journal","version":2}', { mode: 'replace-empty' })).key).toBe('exportTooNew');
  });

  it('a failure in the middle of the write leaves nothing behind (one transaction)', async () => {
    const source = await freshJournal();
    buildRichJournal(source);
    const text = exportJson(source.db);
    const target = await freshJournal();
    const before = dumpHash(target.db);
    // A trigger that makes the last entry's insert fail, after the settings and suppliers went in.
    const lastId = (JSON.parse(text) as JournalExport).entries.at(-1)!.id;
    target.db.exec(`CREATE TRIGGER fail_late BEFORE INSERT ON entries WHEN NEW.id = ${lastId} BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    expect(() => importJson(target.db, text, { mode: 'replace-empty' })).toThrow(/boom/);
    target.db.exec('DROP TRIGGER fail_late');
    expect(dumpHash(target.db)).toBe(before);
  });
});

describe('CSV export', () => {
  it('writes UTF-8 with BOM, CRLF, RFC 4180 quoting, formula guards, yes/no and ISO dates', async () => {
    const journal = await freshJournal();
    buildRichJournal(journal);
    const csv = exportCsv(journal.db, 'suppliers', { separator: ',', language: 'en' });
    expect(csv.startsWith('\uFEFFNumber,Name,Service or category,Contract reference,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Noordlicht; IT, ""Services"""');
    expect(csv).toContain(`'=cmd|calc`); // formula guard
    expect(csv).toContain('168000.5');
    expect(csv).toContain('"Line one\nLine two, ""quoted"""');
    const entries = exportCsv(journal.db, 'entries', { separator: ',', language: 'en' });
    const parsed = parseCsv(entries);
    if (!parsed.ok) throw new Error('unparsable');
    const [header, ...rows] = parsed.records.map((r) => r.cells);
    const col = (name: string) => header!.indexOf(entryColumnTitle(name, 'en'));
    const byTitle = new Map(rows.map((r) => [r[col('title')], r]));
    expect(col('inContract')).toBeGreaterThan(0);
    expect(byTitle.get(`'-Restore test`)![col('inContract')]).toBe('yes');
    expect(byTitle.get(`'-Restore test`)![col('settledOn')]).toBe('2026-03-05');
    expect(byTitle.get(`'@Outage`)![col('handledWell')]).toBe('no');
    expect(byTitle.get(`'+MFA`)![col('private')]).toBe('yes');
    expect(byTitle.get('Call')![col('tags')]).toBe('renewal, sla');
    expect(byTitle.get('Call')![col('dueOn')]).toBe('');
    expect(rows).toHaveLength(6); // trash left out
  });

  it("uses ';' and a decimal comma for Dutch, and ja/nee", async () => {
    expect(csvSeparatorFor('nl')).toBe(';');
    expect(csvSeparatorFor('nl-BE')).toBe(';');
    expect(csvSeparatorFor('en')).toBe(',');
    expect(csvSeparatorFor(null)).toBe(',');
    const journal = await freshJournal();
    buildRichJournal(journal);
    const csv = exportCsv(journal.db, 'suppliers', { language: 'nl' });
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${SUPPLIER_KEYS.map((k) => supplierColumnTitle(k, 'nl')).join(';')}`);
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFNummer;Naam;Dienst of categorie;Contractreferentie;/);
    expect(csv).toContain(';168000,5;GBP;');
    const entries = exportCsv(journal.db, 'entries', { language: 'nl' });
    expect(entries).toContain(';ja;');
    // Kinds, statuses and dates as a Dutch reader writes them.
    expect(entries).toMatch(/;Toezegging;\d{2}-\d{2}-\d{4};/);
    expect(entries.split('\r\n')[0]).toContain(';Soort;Datum;Titel;');
  });
});

describe('CSV import', () => {
  const header = 'Datum;Soort;Titel;Omschrijving;Labels;Privé;Beloofd voor';
  const mapping = { date: 'Datum', kind: 'Soort', title: 'Titel', body: 'Omschrijving', tags: 'Labels', private: 'Privé', dueOn: 'Beloofd voor' };

  it('previews rows into entries, naming each bad row by number and column', async () => {
    const csv = [
      header,
      '05-01-2026;notitie;Kick-off;"Eerste; gesprek";a, b;ja;',
      '31-02-2026;note;Bad date;;;;',
      '',
      '10-01-2026;belofte;Patch;;;nee;01-01-2026',
      '11-01-2026;gossip;;;;misschien;',
    ].join('\r\n');
    const preview = previewCsvImport(csv, mapping, { supplierId: 1, dateFormat: 'dmy' });
    expect(preview.separator).toBe(';');
    expect(preview.valid).toBe(1);
    expect(preview.invalid).toBe(3);
    expect(preview.rows[0]!.entry).toMatchObject({ date: '2026-01-05', kind: 'note', title: 'Kick-off', body: 'Eerste; gesprek', tags: ['a', 'b'], private: true });
    const named = preview.problems.map((p) => `${p.row}:${p.column}:${p.key}`);
    expect(named).toEqual(expect.arrayContaining(['3:Datum:invalidDate', '5:Beloofd voor:dueBeforeMade', '6:Soort:invalidChoice', '6:Privé:invalidBoolean', '6:Titel:required']));
  });

  it('is all or nothing by default; skipBadRows skips exactly the rows named as bad', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'Acme' });
    const csv = [header, '05-01-2026;note;Good one;;;;', '31-02-2026;note;Bad;;;;', '06-01-2026;advice;Good two;;;;'].join('\n');
    const before = dumpHash(journal.db);
    const err = thrown(() => importCsv(journal.db, csv, mapping, { supplierId: s.id, dateFormat: 'dmy' }));
    expect(err).toMatchObject({ code: 'validation', key: 'csvImportInvalid' });
    expect(err.issues).toEqual([{ path: ['rows', 3, 'Datum'], key: 'invalidDate', params: { row: 3, column: 'Datum' } }]);
    expect(dumpHash(journal.db)).toBe(before);
    const result = importCsv(journal.db, csv, mapping, { supplierId: s.id, dateFormat: 'dmy', skipBadRows: true });
    expect(result).toMatchObject({ imported: 2, skippedRows: [3] });
    expect(ok(journal, 'listEntries', { supplierId: s.id }).map((e) => e.title)).toEqual(['Good two', 'Good one']);
  });

  it('resolves a supplier column by name or id, and names unknown ones', async () => {
    const journal = await freshJournal();
    const a = ok(journal, 'createSupplier', { name: 'Acme' });
    const b = ok(journal, 'createSupplier', { name: 'Beta BV' });
    const csv = `supplier,date,title\nacme,2026-01-01,One\n${b.id},2026-01-02,Two\nGamma,2026-01-03,Three\n`;
    const err = thrown(() => importCsv(journal.db, csv, { date: 'date', title: 'title' }, { supplierColumn: 'supplier' }));
    expect(err.issues).toEqual([{ path: ['rows', 4, 'supplier'], key: 'unknownSupplier', params: { name: 'Gamma', row: 4, column: 'supplier' } }]);
    importCsv(journal.db, csv, { date: 'date', title: 'title' }, { supplierColumn: 'supplier', skipBadRows: true });
    expect(ok(journal, 'getSupplier', { id: a.id }).entryCount).toBe(1);
    expect(ok(journal, 'getSupplier', { id: b.id }).entryCount).toBe(1);
  });

  it('refuses a mapping to a column that is not there, and an unknown supplier id', async () => {
    const journal = await freshJournal();
    expect(thrown(() => importCsv(journal.db, 'a,b\n1,2\n', { date: 'Datum' }, { supplierId: 1 }))).toMatchObject({
      key: 'csvMappingInvalid', issues: [{ path: ['mapping', 'date'], key: 'csvColumnMissing' }],
    });
    expect(thrown(() => importCsv(journal.db, 'date,title\n2026-01-01,x\n', { date: 'date', title: 'title' }, { supplierId: 42 })).issues[0]).toMatchObject({ key: 'unknownSupplier' });
    expect(thrown(() => importCsv(journal.db, 'date,title\n"2026-01-01,x\n', { date: 'date', title: 'title' }, { supplierId: 1 })).key).toBe('csvUnclosedQuote');
  });

  it("reads our own entries CSV back (formula guards undone, yes/no, tags)", async () => {
    const journal = await freshJournal();
    buildRichJournal(journal);
    for (const language of ['nl', 'en'] as const) {
    const csv = exportCsv(journal.db, 'entries', { language });
    const target = await freshJournal();
    const t = ok(target, 'createSupplier', { name: 'Target' });
    const parsed = parseCsv(csv);
    if (!parsed.ok) throw new Error('unparsable');
    // The import screen's own first guesses (core/csv-mapping.ts), as a user would accept them: every field found by its title, the dates' order.
    const { mapping } = guessMapping(parsed.records[0]!.cells);
    expect(Object.keys(mapping)).toHaveLength(CSV_FIELDS.length);
    const dateFormat = guessDateFormat(parsed.records.slice(1).flatMap((r) => r.cells));
    expect(dateFormat).toBe(language === 'nl' ? 'dmy' : 'iso');
    const result = importCsv(target.db, csv, mapping, { supplierId: t.id, dateFormat });
    expect(result.imported).toBe(6);
    const strip = (e: Record<string, unknown>) => {
      const { id: _i, supplierId: _s, createdAt: _c, updatedAt: _u, ...rest } = e;
      return rest;
    };
    const original = (JSON.parse(exportJson(journal.db)) as JournalExport).entries.map((e) => strip(e as never));
    const copied = (JSON.parse(exportJson(target.db)) as JournalExport).entries.map((e) => strip(e as never));
    expect(copied).toEqual(original);
    }
  });
});
