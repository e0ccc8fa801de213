import { describe, expect, it } from 'vitest';
import { readCsvHeader } from './csv';

describe('readCsvHeader', () => {
  it('reads a Dutch header with a BOM and ";"', () => {
    expect(readCsvHeader('\uFEFFDatum;Soort;"Titel; kort"\r\n2026-01-01;x;y\r\n')).toEqual({ header: ['Datum', 'Soort', 'Titel; kort'], duplicates: [], separator: ';' });
  });
  it('reads a comma header with quotes and spaces, skipping blank lines', () => {
    expect(readCsvHeader('\n\n date ,"Sub ""ject""",body\n1,2,3')).toEqual({ header: ['date', 'Sub "ject"', 'body'], duplicates: [], separator: ',' });
  });
  it('tells apart a name used twice, and a header of separators only is no header', () => {
    expect(readCsvHeader('Datum;Titel;Datum\n1;2;3')).toEqual({
      header: ['Datum', 'Titel', 'Datum (2)'], duplicates: [{ name: 'Datum', columns: [1, 3], labels: ['Datum', 'Datum (2)'] }], separator: ';',
    });
    expect(readCsvHeader(';;;\nDatum;Titel\n').header).toEqual(['Datum', 'Titel']);
  });
  it('reads a tab header', () => {
    expect(readCsvHeader('a\tb\tc')).toEqual({ header: ['a', 'b', 'c'], duplicates: [], separator: '\t' });
  });
});
