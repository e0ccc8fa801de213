// The file of a spreadsheet import, as both imports (entries, supplier list)
// read it: a CSV file's text, or a workbook's sheet read into the same CSV
// text (workbookFile.ts), another sheet on request. A file that cannot be read
// leaves nothing chosen and says why.
import { useState } from 'react';
import { api } from '../api/client';
import type { CsvFile } from './csvImportForm';
import { readCsvHeader } from './csv';
import { fileToText } from './files';
import { isWorkbook, readWorkbook } from './workbookFile';

/** `file` is the component's own state; `onLoad` is told each file read (null when it could not be read), to keep it and forget what was done with the one before. */
export function useSpreadsheetFile(file: CsvFile | null, onLoad: (file: CsvFile | null) => void) {
  const [failure, setFailure] = useState<unknown>(null);
  const [reading, setReading] = useState(false);

  const load = (name: string, text: string, workbook: CsvFile['workbook']) => {
    onLoad({ name, text, ...readCsvHeader(text), workbook });
  };

  const readAnd = async (work: () => Promise<void>) => {
    setFailure(null);
    setReading(true);
    try {
      await work();
    } catch (err) {
      setFailure(err);
      onLoad(null);
    } finally {
      setReading(false);
    }
  };

  const onFile = (picked: File) =>
    readAnd(async () => {
      if (!isWorkbook(picked.name)) return load(picked.name, await fileToText(picked), null);
      const { contentBase64, read } = await readWorkbook(picked);
      load(picked.name, read.text, { contentBase64, sheets: read.sheets, sheet: read.sheet });
    });

  const onSheet = (sheet: string) =>
    readAnd(async () => {
      if (!file?.workbook) return;
      const { contentBase64 } = file.workbook;
      const read = await api.readSpreadsheet({ contentBase64, sheet });
      load(file.name, read.text, { contentBase64, sheets: read.sheets, sheet: read.sheet });
    });

  return { failure, reading, onFile, onSheet };
}
