// .xlsx into the spreadsheet import: real workbooks written by exceljs (and
// one checked-in file with Dutch headers), read into the CSV text that the
// same mapping, preview and all-or-nothing import use.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../core/csv-mapping';
import { parseCsv } from '../../core/csv';
import { JournalError } from '../../core/errors';
import { MAX_SPREADSHEET_BYTES } from '../../core/files';
import { excelSerialDate, importCsv, previewCsvImport, readDate } from '../worker/import';
import { readSpreadsheet } from '../worker/spreadsheet';
import { freshJournal, ok, thrown } from './helpers';
import { dumpHash } from './safety-helpers';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'leveranciers-nl.xlsx');

async function workbook(fill: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const rowsOf = (text: string) => {
  const parsed = parseCsv(text, ',');
  if (!parsed.ok) throw new Error('unparsable');
  return parsed.records;
};

/** The JournalError an async call rejects with. */
async function rejected(p: Promise<unknown>): Promise<JournalError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof JournalError) return err;
    throw err;
  }
  throw new Error('expected a JournalError');
}

describe('readSpreadsheet', () => {
  it('reads the checked-in Dutch workbook: serial dates, a merged supplier name down its rows, a formula by its saved result', async () => {
    const read = await readSpreadsheet(fs.readFileSync(FIXTURE));
    expect(read.sheets).toEqual(['Logboek', 'Leveranciers']);
    expect(read.sheet).toBe('Logboek');
    const rows = rowsOf(read.text);
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 6]); // the blank row 5 keeps its number
    expect(rows[0]!.cells).toEqual(['Datum', 'Leverancier', 'Soort', 'Titel', 'Notitie', 'Label', 'Kunde']);
    expect(rows[1]!.cells.slice(0, 2)).toEqual(['2026-01-05', 'Hosting BV']);
    expect(rows[2]!.cells.slice(0, 2)).toEqual(['2026-01-12', 'Hosting BV']); // merged B2:B3
    expect(rows[3]!.cells[6]).toBe('4'); // =ROUND(3.6,0)
    expect(rows[4]!.cells[0]).toBe('46045'); // a serial number without a date format: the importer reads it
  });

  it('imports the Dutch workbook through the guessed mapping, all rows, each to its supplier', async () => {
    const journal = await freshJournal();
    const hosting = ok(journal, 'createSupplier', { name: 'Hosting BV' });
    const cleaning = ok(journal, 'createSupplier', { name: 'Schoonmaak & Co' });
    const read = await readSpreadsheet(fs.readFileSync(FIXTURE));
    const { mapping, supplierColumn } = guessMapping(rowsOf(read.text)[0]!.cells);
    expect(mapping).toMatchObject({ date: 'Datum', kind: 'Soort', title: 'Titel', body: 'Notitie', tags: 'Label', scoreAbility: 'Kunde' });
    expect(supplierColumn).toBe('Leverancier');
    const result = importCsv(journal.db, read.text, mapping, { supplierColumn: supplierColumn! });
    expect(result).toMatchObject({ imported: 4, skippedRows: [] });
    const hostingEntries = ok(journal, 'listEntries', { supplierId: hosting.id });
    expect(hostingEntries.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-01-23', 'note', 'Factuur klopt niet'],
      ['2026-01-12', 'promise', 'Nieuwe firewall vóór maart'],
      ['2026-01-05', 'interaction', 'Maandelijks servicegesprek'],
    ]);
    expect(hostingEntries[2]!.tags).toEqual(['maandelijks', 'sla']);
    const [review] = ok(journal, 'listEntries', { supplierId: cleaning.id });
    expect(review).toMatchObject({ kind: 'review', date: '2026-01-19', scoreAbility: 4 });
  });

  it('reads another sheet by choice, and names a sheet that is not there', async () => {
    const read = await readSpreadsheet(fs.readFileSync(FIXTURE), 'Leveranciers');
    expect(rowsOf(read.text).map((r) => r.cells)).toEqual([['Naam', 'Categorie'], ['Hosting BV', 'Hosting']]);
    expect(await rejected(readSpreadsheet(fs.readFileSync(FIXTURE), 'Blad9'))).toMatchObject({ key: 'spreadsheetNoSuchSheet', issues: [{ params: { sheet: 'Blad9' } }] });
  });

  it('writes dates as days (with a time when there is one), rich text and links as their text, booleans as yes/no', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.addRow(['date', 'title', 'private']);
      ws.addRow([new Date(Date.UTC(2026, 2, 31)), { richText: [{ text: 'Call ' }, { text: 'about SLA', font: { bold: true } }] }, true]);
      ws.addRow([new Date(Date.UTC(2026, 3, 1, 14, 30)), { text: 'Ticket', hyperlink: 'https://example.com/1' }, false]);
    });
    const rows = rowsOf((await readSpreadsheet(bytes)).text);
    expect(rows.slice(1).map((r) => r.cells)).toEqual([['2026-03-31', 'Call about SLA', 'yes'], ['2026-04-01 14:30', 'Ticket', 'no']]);
  });

  it('refuses a formula without a saved result and a cell holding an error, naming the cells', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.addRow(['date', 'title', 'score']);
      ws.addRow(['2026-01-05', 'A', { formula: 'A1*2' }]);
      ws.addRow(['2026-01-06', 'B', { formula: '1/0', result: { error: '#DIV/0!' } }]);
    });
    const err = await rejected(readSpreadsheet(bytes));
    expect(err.key).toBe('spreadsheetCellsUnreadable');
    expect(err.issues).toEqual([
      { path: ['cells', 'C2'], key: 'spreadsheetFormulaNoValue', params: { cell: 'C2' } },
      { path: ['cells', 'C3'], key: 'spreadsheetCellError', params: { cell: 'C3', error: '#DIV/0!' } },
    ]);
  });

  it('refuses a broken, foreign, old-format, empty or too large file with its own message', async () => {
    const good = fs.readFileSync(FIXTURE);
    expect((await rejected(readSpreadsheet(good.subarray(0, good.length / 2)))).key).toBe('spreadsheetUnreadable');
    expect((await rejected(readSpreadsheet(new TextEncoder().encode('date,title\n2026-01-01,x\n')))).key).toBe('spreadsheetUnreadable');
    expect((await rejected(readSpreadsheet(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])))).key).toBe('spreadsheetOldExcel');
    expect((await rejected(readSpreadsheet(new Uint8Array(0)))).key).toBe('csvEmpty');
    expect((await rejected(readSpreadsheet(new Uint8Array(MAX_SPREADSHEET_BYTES + 1)))).key).toBe('spreadsheetTooLarge');
    // A zip that is not a workbook (a .docx, an .odt) is not read either.
    const zip = await workbook(() => undefined);
    expect((await rejected(readSpreadsheet(zip))).key).toBe('spreadsheetUnreadable');
  });

  it('writes nothing when a row of a workbook is bad (all or nothing), as for a CSV', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'Acme' });
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Blad1');
      ws.addRow(['Datum', 'Titel']);
      ws.addRow([new Date(Date.UTC(2026, 0, 5)), 'Goed']);
      ws.addRow(['31-02-2026', 'Kapotte datum']);
    });
    const read = await readSpreadsheet(bytes);
    const before = dumpHash(journal.db);
    const err = thrown(() => importCsv(journal.db, read.text, { date: 'Datum', title: 'Titel' }, { supplierId: s.id, dateFormat: 'dmy' }));
    expect(err.issues).toEqual([{ path: ['rows', 3, 'Datum'], key: 'invalidDate', params: { row: 3, column: 'Datum' } }]);
    expect(dumpHash(journal.db)).toBe(before);
    expect(previewCsvImport(read.text, { date: 'Datum', title: 'Titel' }, { supplierId: s.id, dateFormat: 'dmy' })).toMatchObject({ valid: 1, invalid: 1 });
  });
});

describe('readDate: what spreadsheets write', () => {
  it('reads Excel serial days (1900 system, from 1927 on) in any format', () => {
    expect(excelSerialDate('46022')).toBe('2025-12-31');
    expect(excelSerialDate('45351')).toBe('2024-02-29');
    expect(excelSerialDate('46022.75')).toBe('2025-12-31');
    expect(excelSerialDate('2026')).toBeNull();
    expect(readDate('46022', 'iso')).toBe('2025-12-31');
    expect(readDate('46022', 'dmy')).toBe('2025-12-31');
  });

  it('reads dates written with the month by name, in Dutch and English', () => {
    expect(readDate('5 maart 2026', 'iso')).toBe('2026-03-05');
    expect(readDate('5 mrt. 2026', 'dmy')).toBe('2026-03-05');
    expect(readDate('17 oktober 2026', 'iso')).toBe('2026-10-17');
    expect(readDate('1 mei 2026', 'iso')).toBe('2026-05-01');
    expect(readDate('March 5, 2026', 'mdy')).toBe('2026-03-05');
    expect(readDate('5 March 2026', 'iso')).toBe('2026-03-05');
    expect(readDate('31 februari 2026', 'iso')).toBeNull();
    expect(readDate('5 Brumaire 2026', 'iso')).toBeNull();
  });
});
