// A Rapport export added to a journal that already holds suppliers: every
// supplier and entry arrives as a new one, names are kept apart, this
// journal's own settings stay, and a bad file changes nothing.
import { describe, expect, it } from 'vitest';
import { exportJson } from '../worker/export';
import { importJson } from '../worker/import';
import { freshJournal, ok, thrown } from './helpers';
import { dumpHash } from './safety-helpers';

describe('importing a Rapport export beside what is here (add as new)', () => {
  it('adds every supplier and entry with new ids, keeps names apart, and leaves the settings alone', async () => {
    const source = await freshJournal('2026-11-27');
    ok(source, 'loadExampleJournal', { language: 'nl' });
    ok(source, 'updatePreferences', { managerName: 'Bron' });
    const text = exportJson(source.db);
    const sourceInfo = ok(source, 'getJournalInfo', {});
    const sourceNames = ok(source, 'listSuppliers', {}).map((s) => s.name);

    const target = await freshJournal('2026-11-27');
    ok(target, 'updatePreferences', { managerName: 'Doel' });
    const mine = ok(target, 'createSupplier', { name: sourceNames[0]! });
    ok(target, 'createEntry', { supplierId: mine.id, kind: 'note', date: '2026-11-01', title: 'Mijn eigen notitie' });

    expect(importJson(target.db, text, { mode: 'add-as-new' })).toMatchObject({ suppliers: sourceInfo.suppliers, entries: sourceInfo.entries });
    const after = ok(target, 'getJournalInfo', {});
    expect(after.suppliers).toBe(sourceInfo.suppliers + 1);
    expect(after.entries).toBe(sourceInfo.entries + 1);
    const names = ok(target, 'listSuppliers', {}).map((s) => s.name);
    expect(names).toContain(sourceNames[0]);
    expect(names).toContain(`${sourceNames[0]} (2)`);
    expect(new Set(names.map((n) => n.toLocaleLowerCase())).size).toBe(names.length);
    // My own supplier kept its one entry; the imported twin has the source's entries.
    expect(ok(target, 'listEntries', { supplierId: mine.id }).map((e) => e.title)).toEqual(['Mijn eigen notitie']);
    const twin = ok(target, 'listSuppliers', {}).find((s) => s.name === `${sourceNames[0]} (2)`)!;
    const sourceFirst = ok(source, 'listSuppliers', {}).find((s) => s.name === sourceNames[0])!;
    expect(ok(target, 'listEntries', { supplierId: twin.id }).map((e) => e.title).sort())
      .toEqual(ok(source, 'listEntries', { supplierId: sourceFirst.id }).map((e) => e.title).sort());
    expect(ok(target, 'getPreferences', {}).managerName).toBe('Doel');
  });

  it('a file with a problem is refused and the journal is byte for byte as it was', async () => {
    const target = await freshJournal('2026-11-27');
    ok(target, 'createSupplier', { name: 'Noordlicht IT' });
    const before = dumpHash(target.db);
    const broken = JSON.stringify({ format: 'rapport-journal', version: 1, suppliers: [{ id: 1 }], entries: [] });
    expect(thrown(() => importJson(target.db, broken, { mode: 'add-as-new' })).code).toBe('validation');
    expect(thrown(() => importJson(target.db, 'geen json', { mode: 'add-as-new' })).code).toBe('validation');
    expect(dumpHash(target.db)).toBe(before);
  });
});
