// Step 1 of a spreadsheet import: choose the file (again), and for a workbook the sheet.
import { FileSpreadsheet, FileUp } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, detailIssues, issueMessage } from '../api/errors';
import { Label } from '../components/field-parts';
import { FilePickButton } from '../components/FilePickButton';
import type { CsvFile } from './csvImportForm';

export function CsvFileStep({ file, onFile, onSheet, reading, failure }: {
  file: CsvFile | null;
  onFile: (picked: File) => Promise<void>;
  onSheet: (sheet: string) => Promise<void>;
  reading: boolean;
  /** Why the file last chosen could not be read. */
  failure: unknown;
}) {
  const { t } = useTranslation('data');
  const sheetId = useId();
  const cells = failure ? detailIssues(failure) : [];
  return (
    <section className="settings-card" aria-labelledby="csv-file">
      <h2 id="csv-file" className="section-title">{t('csv.step1')}</h2>
      <p className="section-text">{t('csv.step1Text')}</p>
      <div className="data-actions">
        <FilePickButton
          variant={file ? 'secondary' : 'primary'}
          icon={<FileUp size={16} aria-hidden="true" />}
          accept=".csv,.txt,.tsv,.xlsx,.xlsm,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          label={t('csv.choose')}
          testId="csv-file-input"
          busy={reading}
          onPick={(picked) => void onFile(picked)}
        >
          {file ? t('csv.chooseOther') : t('csv.choose')}
        </FilePickButton>
        {file && (
          <span className="csv-file-name">
            <FileSpreadsheet size={16} aria-hidden="true" /> {file.name} · {t('csv.columns', { count: file.header.length })}
          </span>
        )}
      </div>
      {file?.workbook && file.workbook.sheets.length > 1 && (
        <div className="field csv-sheet">
          <Label htmlFor={sheetId}>{t('csv.sheet')}</Label>
          <select id={sheetId} className="input select" aria-describedby={`${sheetId}-hint`} value={file.workbook.sheet} disabled={reading} onChange={(e) => void onSheet(e.target.value)}>
            {file.workbook.sheets.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
          <p id={`${sheetId}-hint`} className="field-hint">{t('csv.sheetHint', { count: file.workbook.sheets.length })}</p>
        </div>
      )}
      {failure ? (
        <div className="form-error" role="alert">
          {errorText(t, failure)}
          {cells.length > 0 && (
            <ul className="issue-list">
              {cells.slice(0, 12).map((issue, i) => <li key={i}>{issueMessage(t, issue)}</li>)}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
