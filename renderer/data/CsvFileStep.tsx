// Step 1 of a spreadsheet import: choose the file (again).
import { FileSpreadsheet, FileUp } from 'lucide-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import type { CsvFile } from './csvImportForm';

export function CsvFileStep({ file, onFile }: { file: CsvFile | null; onFile: (picked: File | undefined) => Promise<void> }) {
  const { t } = useTranslation('data');
  const fileInput = useRef<HTMLInputElement>(null);
  // Cleared once read, so choosing the same file again reads it again.
  const pick = async (picked: File | undefined) => {
    await onFile(picked);
    if (picked && fileInput.current) fileInput.current.value = '';
  };
  return (
    <section className="settings-card" aria-labelledby="csv-file">
      <h2 id="csv-file" className="section-title">{t('csv.step1')}</h2>
      <p className="section-text">{t('csv.step1Text')}</p>
      <div className="data-actions">
        <Button variant={file ? 'secondary' : 'primary'} icon={<FileUp size={16} aria-hidden="true" />} onClick={() => fileInput.current?.click()}>
          {file ? t('csv.chooseOther') : t('csv.choose')}
        </Button>
        {file && (
          <span className="csv-file-name">
            <FileSpreadsheet size={16} aria-hidden="true" /> {file.name} · {t('csv.columns', { count: file.header.length })}
          </span>
        )}
      </div>
      <input
        ref={fileInput}
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        hidden
        aria-label={t('csv.choose')}
        data-testid="csv-file-input"
        onChange={(event) => void pick(event.target.files?.[0])}
      />
    </section>
  );
}
