// An Excel workbook picked for the spreadsheet import: read by the journal's
// side (db/worker/spreadsheet.ts) into the CSV text the rest of the import
// maps, previews and imports, one sheet at a time.
import { MAX_SPREADSHEET_BYTES, type SpreadsheetText } from '../../core/files';
import { ApiFailure, api } from '../api/client';
import { fileToBase64 } from './files';

/** True for a file the import reads as a workbook (.xlsx, and .xlsm whose macros are never run). */
export const isWorkbook = (name: string) => /\.xls[xm]$/i.test(name);

/** The file's bytes (base64, to read another sheet later) and its first sheet, or the one named. Refuses a file too large before reading it. */
export async function readWorkbook(picked: Blob): Promise<{ contentBase64: string; read: SpreadsheetText }> {
  if (picked.size > MAX_SPREADSHEET_BYTES) {
    const max = `${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB`;
    throw new ApiFailure({ code: 'validation', key: 'spreadsheetTooLarge', issues: [{ path: [], key: 'spreadsheetTooLarge', params: { max } }] });
  }
  const contentBase64 = await fileToBase64(picked);
  return { contentBase64, read: await api.readSpreadsheet({ contentBase64, sheet: null }) };
}
