// The CSV writer and parser: RFC 4180 and what spreadsheets really write.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, detectSeparator, parseCsv, toCsv, unguardCell } from '../../core/csv';

const cells = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(`unparsable at row ${r.row}`);
  return r.records.map((x) => x.cells);
};

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, separators and line breaks inside quotes', () => {
    expect(cells('a,"b,c","say ""hi""","line\nbreak"\r\n1,2,3,4')).toEqual([['a', 'b,c', 'say "hi"', 'line\nbreak'], ['1', '2', '3', '4']]);
  });

  it('takes LF, CRLF and CR line ends, a BOM, and a missing last newline', () => {
    expect(cells('\uFEFFa;b\rc;d\ne;f\r\ng;h')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });

  it('keeps empty fields and numbers rows as a spreadsheet does (blank rows count, inner line breaks do not)', () => {
    const r = parseCsv('h1,h2\n"x\ny",\n\n,z\n');
    expect(r).toEqual({ ok: true, separator: ',', records: [{ row: 1, cells: ['h1', 'h2'] }, { row: 2, cells: ['x\ny', ''] }, { row: 4, cells: ['', 'z'] }] });
  });

  it('detects ; , and tab from the header, ignoring quoted ones', () => {
    expect(detectSeparator('Datum;Titel;"a,b,c"\n1;2;3')).toBe(';');
    expect(detectSeparator('date,title\n')).toBe(',');
    expect(detectSeparator('date\ttitle\n')).toBe('\t');
    expect(detectSeparator('single')).toBe(',');
  });

  it('names the row of an unclosed quote', () => {
    expect(parseCsv('a,b\n1,2\n"open,3\n4,5\n')).toEqual({ ok: false, key: 'csvUnclosedQuote', row: 3 });
  });

  it('skips rows of separators only (;;; as Excel and LibreOffice write them) as blank rows, keeping the numbering', () => {
    expect(parseCsv('Datum;Titel;Soort\n2026-01-05;Call;note\n;;\n\r\n;;;\n2026-01-06;Visit;note\n;;\n')).toEqual({
      ok: true, separator: ';',
      records: [{ row: 1, cells: ['Datum', 'Titel', 'Soort'] }, { row: 2, cells: ['2026-01-05', 'Call', 'note'] }, { row: 6, cells: ['2026-01-06', 'Visit', 'note'] }],
    });
    // A quoted empty cell is data, not a blank row.
    expect(cells('a;b\n"";\n')).toEqual([['a', 'b'], ['', '']]);
  });

  it('takes a stray quote inside an unquoted field literally', () => {
    expect(cells('5" floppy,ok')).toEqual([['5" floppy', 'ok']]);
  });
});

describe('toCsv', () => {
  it('guards formulas, quotes only when needed, BOM and CRLF', () => {
    expect(csvCell('=1+1', ',')).toBe("'=1+1");
    expect(csvCell('+31 20 555', ',')).toBe("'+31 20 555");
    expect(csvCell('-5', ',')).toBe("'-5");
    expect(csvCell('@SUM(A1)', ',')).toBe("'@SUM(A1)");
    expect(csvCell('\tx', ',')).toBe("'\tx");
    expect(csvCell("'=x", ',')).toBe("''=x"); // a quote the user typed survives the round trip
    expect(unguardCell("''=x")).toBe("'=x");
    expect(csvCell('a;b', ',')).toBe('a;b');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('say "hi"', ',')).toBe('"say ""hi"""');
    expect(toCsv([['a', 'b'], ['1', '2']], ',')).toBe('\uFEFFa,b\r\n1,2\r\n');
    expect(unguardCell("'=1+1")).toBe('=1+1');
    expect(unguardCell("'tis")).toBe("'tis");
  });

  it('round trip: whatever the cells, parse(toCsv(rows)) gives them back (formula guards undone)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r', '\t', '=', '+', '-', '@', "'", 'é') , maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.constantFrom<',' | ';'>(',', ';'), (rows, sep) => {
        const parsed = parseCsv(toCsv(rows, sep), sep);
        if (!parsed.ok) throw new Error('unparsable');
        // Rows of empty cells only are blank rows (";;;" as spreadsheets write them), which parsing drops.
        expect(parsed.records.map((r) => r.cells.map(unguardCell))).toEqual(rows.filter((r) => r.some((c) => c !== '')));
      }),
      { numRuns: 500 },
    );
  });
});
