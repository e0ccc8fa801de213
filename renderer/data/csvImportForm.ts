// The choices of a spreadsheet import (the form's values), and the call they
// make: the same for the preview and the import itself.
import type { InputOf } from '../../core/contract';
import type { ENTRY_KINDS } from '../../core/schemas';
import { CSV_FIELDS, type CsvField, type readCsvHeader } from './csv';

export interface CsvImportValues {
  mapping: Record<CsvField, string>;
  supplierMode: 'one' | 'column';
  supplierId: string;
  supplierColumn: string;
  dateFormat: 'iso' | 'dmy' | 'mdy';
  defaultKind: (typeof ENTRY_KINDS)[number];
}

/** The file as read: its text and header row (core/csv.ts's own reading). */
export interface CsvFile {
  name: string;
  text: string;
  header: string[];
  duplicates: ReturnType<typeof readCsvHeader>['duplicates'];
  separator: string;
  /** How the file writes dates, as guessed from its first rows. */
  dateFormat: 'iso' | 'dmy' | 'mdy';
  /** A workbook's sheets and the one read, with its bytes to read another; null for a CSV file. */
  workbook: { contentBase64: string; sheets: string[]; sheet: string } | null;
}

/** The form fields a server issue can be placed on. */
export const CSV_FORM_FIELDS = [...CSV_FIELDS.map((f) => `mapping.${f}`), 'supplierId', 'supplierColumn', 'dateFormat', 'defaultKind'];

export function emptyMapping(): Record<CsvField, string> {
  return Object.fromEntries(CSV_FIELDS.map((f) => [f, ''])) as Record<CsvField, string>;
}

export function csvImportInput(text: string, v: CsvImportValues, skipBadRows: boolean): InputOf<'importCsv'> {
  return {
    text,
    mapping: Object.fromEntries(Object.entries(v.mapping).filter(([, column]) => column !== '')),
    supplierId: v.supplierMode === 'one' ? Number(v.supplierId) : null,
    supplierColumn: v.supplierMode === 'column' ? v.supplierColumn : null,
    dateFormat: v.dateFormat,
    defaultKind: v.defaultKind,
    skipBadRows,
  };
}
