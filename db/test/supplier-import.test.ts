// A supplier list with its contracts, from a CSV file or a workbook: matched to
// the suppliers here by name (case and spaces do not count), all rows or none.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../worker/export';
import { importSuppliers, previewSupplierImport } from '../worker/supplier-import';
import { readSpreadsheet } from '../worker/spreadsheet';
import { freshJournal, ok, thrown } from './helpers';
import { dumpHash } from './safety-helpers';

describe('supplier list import', () => {
  it('reads a Dutch workbook with contracts: new suppliers added, an existing one matched by name and filled in, none duplicated', async () => {
    const journal = await freshJournal();
    const hosting = ok(journal, 'createSupplier', { name: 'Hosting BV', category: 'Hosting', notes: 'Al jaren klant' });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Leveranciers');
    ws.addRow(['Naam', 'Categorie', 'Contractnummer', 'Ingangsdatum', 'Einddatum', 'Opzegtermijn', 'Contractwaarde', 'Stilzwijgende verlenging']);
    ws.addRow(['  hosting   bv ', '', 'PO-2026-0117', new Date(Date.UTC(2025, 0, 1)), new Date(Date.UTC(2027, 11, 31)), 3, 12500.5, 'ja']);
    ws.addRow(['Schoonmaak & Co', 'Facilitair', 'SC-88', '1-3-2026', '', 1, '4.800,00', 'nee']);
    const { text } = await readSpreadsheet(new Uint8Array(await wb.xlsx.writeBuffer()));

    const preview = previewSupplierImport(journal.db, text, 'dmy');
    expect(preview).toMatchObject({ added: 1, updated: 1, invalid: 0, columns: { name: 'Naam', contractRef: 'Contractnummer', autoRenews: 'Stilzwijgende verlenging' } });
    expect(preview.rows.map((r) => [r.row, r.name, r.action])).toEqual([[2, 'hosting   bv', 'update'], [3, 'Schoonmaak & Co', 'add']]);

    expect(importSuppliers(journal.db, text, 'dmy')).toEqual({ added: 1, updated: 1 });
    const all = ok(journal, 'listSuppliers', { includeEnded: true });
    expect(all.map((s) => s.name).sort()).toEqual(['Hosting BV', 'Schoonmaak & Co']);
    // The match keeps its name and what the file leaves empty; the file's cells fill in the contract.
    expect(ok(journal, 'getSupplier', { id: hosting.id })).toMatchObject({
      name: 'Hosting BV', category: 'Hosting', notes: 'Al jaren klant', contractRef: 'PO-2026-0117',
      contractStart: '2025-01-01', contractEnd: '2027-12-31', noticeMonths: 3, contractValue: 12500.5, autoRenews: true,
    });
    expect(all.find((s) => s.name === 'Schoonmaak & Co')).toMatchObject({ category: 'Facilitair', contractStart: '2026-03-01', contractValue: 4800, autoRenews: false });

    // The same list again adds nothing.
    expect(importSuppliers(journal.db, text, 'dmy')).toEqual({ added: 0, updated: 2 });
    expect(ok(journal, 'listSuppliers', { includeEnded: true })).toHaveLength(2);
  });

  it('reads its own supplier export back, in Dutch and English', async () => {
    for (const language of ['nl', 'en'] as const) {
      const journal = await freshJournal();
      ok(journal, 'loadExampleJournal', { language });
      const before = ok(journal, 'listSuppliers', { includeEnded: true }).map((s) => [s.name, s.contractRef, s.contractEnd, s.noticeMonths, s.contractValue]);
      const csv = exportCsv(journal.db, 'suppliers', { language });
      expect(importSuppliers(journal.db, csv, language === 'nl' ? 'dmy' : 'mdy')).toEqual({ added: 0, updated: before.length });
      const after = ok(journal, 'listSuppliers', { includeEnded: true }).map((s) => [s.name, s.contractRef, s.contractEnd, s.noticeMonths, s.contractValue]);
      expect(after).toEqual(before);
    }
  });

  it('refuses the whole list when one row is bad or a name is there twice, and writes nothing', async () => {
    const journal = await freshJournal();
    ok(journal, 'createSupplier', { name: 'Acme' });
    const before = dumpHash(journal.db);
    const csv = 'Naam;Einddatum;Opzegtermijn\r\nNieuw BV;31-12-2026;3\r\nAnder BV;31-02-2026;drie\r\nnieuw bv;;\r\n;;\r\n';
    const err = thrown(() => importSuppliers(journal.db, csv, 'dmy'));
    expect(err.key).toBe('csvImportInvalid');
    expect(err.issues.map((i) => [i.path, i.key])).toEqual([
      [['rows', 3, 'Einddatum'], 'invalidDate'],
      [['rows', 3, 'Opzegtermijn'], 'expectedWholeNumber'],
      [['rows', 4, 'Naam'], 'supplierListNameTwice'],
    ]);
    expect(dumpHash(journal.db)).toBe(before);
    expect(thrown(() => importSuppliers(journal.db, 'Categorie;Waarde\r\nHosting;12\r\n')).key).toBe('supplierListNoName');
    expect(dumpHash(journal.db)).toBe(before);
  });
});
