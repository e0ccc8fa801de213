// Real-world files and inputs that used to be garbled or refused for the
// wrong reason: too many cells, a column name used twice, two-digit years,
// errors that say what is wrong, lone surrogates, deeply nested JSON.
import { describe, expect, it } from 'vitest';
import { duplicateHeaders, uniqueHeader } from '../../core/csv';
import { exportJson } from '../worker/export';
import { importCsv, importJson, MAX_JSON_DEPTH, pivotYear, previewCsvImport, readDate } from '../worker/import';
import { call, freshJournal, ok, thrown } from './helpers';


async function journalWithSupplier() {
  const journal = await freshJournal();
  const supplier = ok(journal, 'createSupplier', { name: 'Noordlicht IT' });
  return { journal, supplierId: supplier.id };
}

const entriesOf = (journal: Awaited<ReturnType<typeof freshJournal>>, supplierId: number) =>
  ok(journal, 'listEntries', { supplierId }) as { title: string; date: string; body: string }[];

describe('CSV rows with more cells than the header', () => {
  it('are named as bad rows, never imported shifted', async () => {
    const { journal, supplierId } = await journalWithSupplier();
    const text = 'Datum;Titel;Omschrijving;Soort\n2026-01-05;Call;fine;note\n2026-01-06;Visit;with; a separator;note\n2026-01-07;Mail;ok;note;;\n';
    const preview = previewCsvImport(text, { date: 'Datum', title: 'Titel', body: 'Omschrijving', kind: 'Soort' }, { supplierId });
    expect(preview.valid).toBe(2); // row 4 has only empty cells beyond the header: nothing is lost
    expect(preview.problems).toEqual([{ row: 3, column: null, field: '', key: 'csvTooManyCells', params: { cells: 5, header: 4 } }]);
    const err = thrown(() => importCsv(journal.db, text, { date: 'Datum', title: 'Titel', body: 'Omschrijving', kind: 'Soort' }, { supplierId }));
    expect(err.key).toBe('csvImportInvalid');
    expect(err.issues[0]).toMatchObject({ key: 'csvTooManyCells', params: { row: 3, cells: 5, header: 4 } });
    expect(entriesOf(journal, supplierId)).toEqual([]);
  });
});

describe('a column name used twice', () => {
  it('is named, and each column can be mapped by its own label', async () => {
    const { journal, supplierId } = await journalWithSupplier();
    const text = 'Datum;Titel;Datum\n05-01-2026;Call;07-01-2026\n';
    expect(uniqueHeader(['Datum', 'Titel', 'Datum'])).toEqual(['Datum', 'Titel', 'Datum (2)']);
    expect(duplicateHeaders(['Datum', 'Titel', ' Datum '])).toEqual([{ name: 'Datum', columns: [1, 3], labels: ['Datum', 'Datum (2)'] }]);
    expect(uniqueHeader(['a', 'a', 'a (2)'])).toEqual(['a', 'a (3)', 'a (2)']);
    const preview = previewCsvImport(text, { date: 'Datum', title: 'Titel', dueOn: 'Datum (2)' }, { supplierId, dateFormat: 'dmy', defaultKind: 'promise' });
    expect(preview.header).toEqual(['Datum', 'Titel', 'Datum (2)']);
    expect(preview.problems).toEqual([]);
    importCsv(journal.db, text, { date: 'Datum', title: 'Titel', dueOn: 'Datum (2)' }, { supplierId, dateFormat: 'dmy', defaultKind: 'promise' });
    expect(ok(journal, 'listEntries', { supplierId })).toMatchObject([{ date: '2026-01-05', dueOn: '2026-01-07' }]);
  });
});

describe('two-digit years', () => {
  it('read with the chosen day/month order, pivoting as spreadsheets do (1930-2029)', () => {
    expect(readDate('5-3-24', 'dmy')).toBe('2024-03-05');
    expect(readDate('5-3-24', 'mdy')).toBe('2024-05-03');
    expect(readDate('31/12/29', 'dmy')).toBe('2029-12-31');
    expect(readDate('1.1.30', 'dmy')).toBe('1930-01-01');
    expect(readDate('5-3-24', 'iso')).toBeNull();
    expect(readDate('31-2-24', 'dmy')).toBeNull();
    expect([pivotYear(0), pivotYear(29), pivotYear(30), pivotYear(99)]).toEqual([2000, 2029, 1930, 1999]);
  });

  it('import from a LibreOffice-style Dutch file', async () => {
    const { journal, supplierId } = await journalWithSupplier();
    const result = importCsv(journal.db, 'Datum;Titel\n5-3-24;Kwartaaloverleg\n;;\n', { date: 'Datum', title: 'Titel' }, { supplierId, dateFormat: 'dmy' });
    expect(result.imported).toBe(1);
    expect(entriesOf(journal, supplierId)).toMatchObject([{ date: '2024-03-05', title: 'Kwartaaloverleg' }]);
  });
});

describe('every validation error says what is wrong', () => {
  it('through the API: required, wrong type, whole number, out of range, bad date, too long', async () => {
    const { journal, supplierId } = await journalWithSupplier();
    const result = call(journal, 'createEntry', {
      supplierId, kind: 'review', date: '2026-02-30', title: 'x'.repeat(300), scoreAbility: 3.5, scoreIntegrity: 9, scoreBenevolence: 'vier',
    } as never);
    expect(result.ok).toBe(false);
    const keys = Object.fromEntries((result as { error: { issues: { path: string[]; key: string }[] } }).error.issues.map((i) => [i.path.join('.'), i.key]));
    expect(keys).toMatchObject({ date: 'invalidDate', title: 'tooLong', scoreAbility: 'expectedWholeNumber', scoreIntegrity: 'tooBig', scoreBenevolence: 'expectedNumber' });
    const missing = call(journal, 'createEntry', { supplierId, kind: 'note', date: '2026-01-05' } as never);
    expect(missing).toMatchObject({ ok: false, error: { issues: [{ path: ['title'], key: 'required' }] } });
    const wrongType = call(journal, 'createEntry', { supplierId, kind: 'note', date: '2026-01-05', title: 42 } as never);
    expect(wrongType).toMatchObject({ ok: false, error: { issues: [{ path: ['title'], key: 'expectedText' }] } });
    expect(entriesOf(journal, supplierId)).toEqual([]);
  });

  it('in the CSV preview: a decimal comma in a score is not "required"', async () => {
    const { supplierId } = await journalWithSupplier();
    const preview = previewCsvImport('Datum;Titel;Kunde\n2026-01-05;Review;3,5\n2026-01-06;Review;9\n2026-01-07;Review;\n', { date: 'Datum', title: 'Titel', scoreAbility: 'Kunde' }, { supplierId, defaultKind: 'review' });
    expect(preview.problems.map((p) => [p.row, p.key])).toEqual([[2, 'expectedWholeNumber'], [3, 'tooBig'], [4, 'scoreRequired']]);
  });
});

describe('lone surrogates', () => {
  it('are refused with a clear error, never stored changed', async () => {
    const { journal, supplierId } = await journalWithSupplier();
    for (const input of [
      { supplierId, kind: 'note', date: '2026-01-05', title: 'a\ud800b' },
      { supplierId, kind: 'note', date: '2026-01-05', title: 'ok', body: 'tail \udc00' },
      { supplierId, kind: 'note', date: '2026-01-05', title: 'ok', tags: ['x\ud83d'] },
    ]) {
      const result = call(journal, 'createEntry', input as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ key: 'invalidCharacter' }] } });
    }
    expect(call(journal, 'createSupplier', { name: 'B\udfffV' })).toMatchObject({ ok: false, error: { issues: [{ path: ['name'], key: 'invalidCharacter' }] } });
    // A whole emoji (a valid pair) is stored exactly.
    ok(journal, 'createEntry', { supplierId, kind: 'note', date: '2026-01-05', title: 'Goed gesprek 👍' });
    expect(entriesOf(journal, supplierId).map((e) => e.title)).toEqual(['Goed gesprek 👍']);
    // And in a CSV cell.
    const preview = previewCsvImport('Datum;Titel\n2026-01-05;a\ud800b\n', { date: 'Datum', title: 'Titel' }, { supplierId });
    expect(preview.problems).toMatchObject([{ row: 2, key: 'invalidCharacter' }]);
  });

  it('in a JSON import: refused, the journal left empty', async () => {
    const source = await freshJournal();
    const s = ok(source, 'createSupplier', { name: 'Acme' });
    ok(source, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-01-05', title: 'SURROGATE' });
    const text = exportJson(source.db).replace('SURROGATE', 'a\\ud800b');
    const target = await freshJournal();
    const err = thrown(() => importJson(target.db, text, { mode: 'replace-empty' }));
    expect(err.issues.some((i) => i.key === 'invalidCharacter')).toBe(true);
    expect(ok(target, 'listSuppliers', {})).toEqual([]);
  });
});

describe('deeply nested JSON', () => {
  it('is refused clearly, beyond the documented depth limit', async () => {
    const target = await freshJournal();
    for (const depth of [3000, 200_000]) {
      const text = `{"format":"rapport-journal","version":1,"settings":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      const err = thrown(() => importJson(target.db, text, { mode: 'replace-empty' }));
      expect(err).toMatchObject({ code: 'validation', key: 'jsonTooDeep', issues: [{ key: 'jsonTooDeep', params: { max: MAX_JSON_DEPTH } }] });
    }
    const viaApi = await import('../worker/host').then(async ({ JournalHost }) => {
      const { tempFile } = await import('./helpers');
      const host = await JournalHost.open(tempFile(), { shell: 'browser' });
      const r = await host.answer('importJson', { text: `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}` });
      host.close();
      return r;
    });
    expect(viaApi).toMatchObject({ ok: false, error: { code: 'validation', key: 'jsonTooDeep' } });
    expect(ok(target, 'listSuppliers', {})).toEqual([]);
  });
});
