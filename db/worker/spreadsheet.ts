// An Excel workbook (.xlsx) read into the CSV text the spreadsheet import
// already maps, previews and imports (db/worker/import.ts): one path for both
// kinds of file, so an .xlsx is checked exactly as a CSV is. exceljs reads the
// file (a well-kept reader of the Office Open XML zip; never by hand).
//
// How cells become text, documented in docs/export-format.md ("Spreadsheets"):
// - a date cell (a serial number with a date format) becomes YYYY-MM-DD, with
//   " HH:MM" when it holds a time; a bare serial number in a date column is
//   read by the importer (readDate);
// - a formula gives its result as Excel last saved it; a formula without a
//   saved result, or with an error (#N/A, #DIV/0!), refuses the file and names
//   the cells: nothing is guessed;
// - a merged cell's value goes to every row of the range, in its first column
//   only (a supplier's name merged down over its rows applies to each of them;
//   a title merged across is not repeated into its neighbours);
// - rich text, hyperlinks: their text. Blank rows keep their row number.
import type ExcelJS from 'exceljs';
import { JournalError, type FieldIssue } from '../../core/errors';
import { toCsv } from '../../core/csv';
import type { SpreadsheetText } from '../../core/files';

import { MAX_SPREADSHEET_BYTES } from '../../core/files';
/** Rows a sheet may have (header included), as a CSV (import.ts MAX_CSV_ROWS). */
const MAX_SHEET_ROWS = 100_001;
const MAX_SHEET_COLUMNS = 500;


const problem = (key: string, params: Record<string, string | number> = {}, path: (string | number)[] = []) =>
  new JournalError('validation', key, [{ path, key, params }]);

// exceljs is loaded when the first workbook comes (file-libraries.ts).
const loadExcel = () => import('./file-libraries').then((m) => m.ExcelJS);

/** The first bytes of the old binary .xls (and other OLE files such as .doc and .msg). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

/** Reads one sheet of an .xlsx (the first visible one unless `sheet` names another) into CSV text. */
export async function readSpreadsheet(bytes: Uint8Array, sheet: string | null = null): Promise<SpreadsheetText> {
  if (bytes.length === 0) throw problem('csvEmpty');
  if (bytes.length > MAX_SPREADSHEET_BYTES) throw problem('spreadsheetTooLarge', { max: `${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB` });
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw problem('spreadsheetOldExcel');
  // A zip starts with "PK"; anything else is not an .xlsx at all.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw problem('spreadsheetUnreadable');
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw problem('spreadsheetUnreadable');
  }
  const visible = workbook.worksheets.filter((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  if (visible.length === 0) throw problem('spreadsheetUnreadable');
  const ws = sheet === null ? visible[0]! : visible.find((w) => w.name === sheet);
  if (!ws) throw problem('spreadsheetNoSuchSheet', { sheet: sheet ?? '' }, ['sheet']);
  if (ws.rowCount > MAX_SHEET_ROWS) throw problem('csvTooManyRows', { max: MAX_SHEET_ROWS - 1 });
  if (ws.columnCount > MAX_SHEET_COLUMNS) throw problem('spreadsheetTooManyColumns', { max: MAX_SHEET_COLUMNS });

  const rows: string[][] = [];
  const unreadable: FieldIssue[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      // A merged range's other cells: its value in its first column, nothing beside it.
      if (cell.isMerged && cell.master !== cell && cell.master.col !== cell.col) {
        cells.push('');
        continue;
      }
      const read = cellText(cell.isMerged ? cell.master.value : cell.value);
      if (typeof read === 'string') cells.push(read);
      else {
        cells.push('');
        unreadable.push({ path: ['cells', cell.address], key: read.key, params: { cell: cell.address, ...(read.error ? { error: read.error } : {}) } });
      }
    }
    rows.push(cells);
  }
  if (unreadable.length) throw new JournalError('validation', 'spreadsheetCellsUnreadable', unreadable.slice(0, 50));
  if (rows.length === 0) throw problem('csvEmpty');
  // Blank rows stay as empty lines, so a problem's row number is the sheet's own.
  const text = toCsv(rows, ',').replace(/^\uFEFF/, '');
  return { sheets: visible.map((w) => w.name), sheet: ws.name, text };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date cell as the importer reads dates: YYYY-MM-DD, with " HH:MM" when it has a time (exceljs gives it in UTC). */
function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const minutes = d.getUTCHours() * 60 + d.getUTCMinutes() + (d.getUTCSeconds() >= 30 ? 1 : 0);
  return minutes === 0 ? day : `${day} ${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
}

type Unreadable = { key: 'spreadsheetFormulaNoValue' | 'spreadsheetCellError'; error?: string };

/** One cell's value as text, or why it cannot be read. */
function cellText(value: ExcelJS.CellValue): string | Unreadable {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateText(value);
  if ('error' in value) return { key: 'spreadsheetCellError', error: String(value.error) };
  if ('richText' in value) return value.richText.map((p) => p.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return { key: 'spreadsheetFormulaNoValue' };
    return cellText(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return String((value as { text?: unknown }).text ?? value.hyperlink);
  return '';
}
