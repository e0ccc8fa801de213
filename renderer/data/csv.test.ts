import { describe, expect, it } from 'vitest';
import { guessDateFormat, guessMapping } from '../../core/csv-mapping';
import { ALL_FIELDS, FIELDS_OF_KIND } from '../../core/entry-fields';
import { CSV_FIELDS, KIND_FIELDS, readCsvHeader } from './csv';

describe('readCsvHeader', () => {
  it('reads a Dutch header with a BOM and ";"', () => {
    expect(readCsvHeader('\uFEFFDatum;Soort;"Titel; kort"\r\n2026-01-01;x;y\r\n')).toEqual({ header: ['Datum', 'Soort', 'Titel; kort'], duplicates: [], separator: ';', dateFormat: 'iso' });
  });
  it('reads a comma header with quotes and spaces, skipping blank lines', () => {
    expect(readCsvHeader('\n\n date ,"Sub ""ject""",body\n1,2,3')).toEqual({ header: ['date', 'Sub "ject"', 'body'], duplicates: [], separator: ',', dateFormat: 'iso' });
  });
  it('tells apart a name used twice, and a header of separators only is no header', () => {
    expect(readCsvHeader('Datum;Titel;Datum\n1;2;3')).toEqual({
      header: ['Datum', 'Titel', 'Datum (2)'], duplicates: [{ name: 'Datum', columns: [1, 3], labels: ['Datum', 'Datum (2)'] }], separator: ';', dateFormat: 'iso',
    });
    expect(readCsvHeader(';;;\nDatum;Titel\n').header).toEqual(['Datum', 'Titel']);
  });
  it('reads a tab header', () => {
    expect(readCsvHeader('a\tb\tc')).toEqual({ header: ['a', 'b', 'c'], duplicates: [], separator: '\t', dateFormat: 'iso' });
  });
});

describe('guessMapping and the field declaration', () => {
  it('maps our own export header, every field by its own name', () => {
    const { mapping } = guessMapping(CSV_FIELDS);
    expect(mapping).toEqual(Object.fromEntries(CSV_FIELDS.map((f) => [f, f])));
  });
  it("maps every declared English and Dutch word to its field, e.g. an incident's ticket number", () => {
    for (const f of ALL_FIELDS) for (const word of [...f.csv.en, ...f.csv.nl]) expect(guessMapping([word]).mapping, word).toEqual({ [f.name]: word });
    expect(guessMapping(['Ticketnummer', 'Ticket reference', 'Titel']).mapping).toEqual({ ticketRef: 'Ticketnummer', title: 'Titel' });
  });
  it('groups the kind fields under their kind, as declared', () => {
    expect(KIND_FIELDS.find((g) => g.kind === 'incident')?.fields).toEqual(FIELDS_OF_KIND.incident.map((f) => f.name));
    expect(KIND_FIELDS.map((g) => g.kind)).toEqual(['interaction', 'promise', 'incident', 'review']);
  });
});

describe('guessDateFormat', () => {
  it('reads the order of day and month from the dates themselves', () => {
    expect(guessDateFormat(['2026-03-31', 'x'])).toBe('iso');
    expect(guessDateFormat(['05-03-2026', '31-12-2026'])).toBe('dmy');
    expect(guessDateFormat(['05-03-2026'])).toBe('dmy');
    expect(guessDateFormat(['03/05/2026', '12/31/2026'])).toBe('mdy');
    expect(guessDateFormat(['03/05/2026', '31/12/2026'])).toBe('dmy');
  });
});
