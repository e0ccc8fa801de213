import { describe, expect, it } from 'vitest';
import { CSV_FIELDS } from './csv';
import { guessMapping } from './csv-mapping';

describe('guessMapping', () => {
  it("maps our own export's columns", () => {
    const { mapping, supplierColumn } = guessMapping(['id', 'supplierId', 'supplier', 'kind', 'date', 'title', 'dueOn', 'scoreAbility']);
    expect(mapping).toEqual({ kind: 'kind', date: 'date', title: 'title', dueOn: 'dueOn', scoreAbility: 'scoreAbility' });
    expect(supplierColumn).toBe('supplier');
  });
  it('maps Dutch and English words', () => {
    const { mapping, supplierColumn } = guessMapping(['Datum', 'Leverancier', 'Onderwerp', 'Omschrijving', 'Privé', 'Due date', 'Ernst']);
    expect(mapping).toEqual({ date: 'Datum', title: 'Onderwerp', body: 'Omschrijving', private: 'Privé', dueOn: 'Due date', severity: 'Ernst' });
    expect(supplierColumn).toBe('Leverancier');
  });
  it('maps each field once', () => {
    expect(guessMapping(['Subject', 'Title']).mapping).toEqual({ title: 'Subject' });
  });
  it('maps every column of our own export, in any case', () => {
    expect(Object.keys(guessMapping([...CSV_FIELDS]).mapping)).toHaveLength(CSV_FIELDS.length);
    expect(guessMapping(CSV_FIELDS.map((f) => f.toUpperCase())).mapping).toEqual(Object.fromEntries(CSV_FIELDS.map((f) => [f, f.toUpperCase()])));
  });
  it('reads headers with spaces, accents and punctuation as a spreadsheet writes them', () => {
    expect(guessMapping(['Type', 'PRIVÉ', 'due_date', 'Root cause', 'Caused by', 'Opgelost op']).mapping).toEqual({
      kind: 'Type', private: 'PRIVÉ', dueOn: 'due_date', rootCause: 'Root cause', causedBy: 'Caused by', resolvedOn: 'Opgelost op',
    });
  });
  it('guesses nothing for unknown or empty names', () => {
    expect(guessMapping(['', 'Foo', 'Bar baz'])).toEqual({ mapping: {}, supplierColumn: null });
  });
});
