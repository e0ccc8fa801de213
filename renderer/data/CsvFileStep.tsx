// Step 1 of a spreadsheet import: choose the file (again).
import { FileSpreadsheet, FileUp } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { FilePickButton } from '../components/FilePickButton';
import type { CsvFile } from './csvImportForm';

export function CsvFileStep({ file, onFile }: { file: CsvFile | null; onFile: (picked: File) => Promise<void> }) {
  const { t } = useTranslation('data');
  return (
    <section className="settings-card" aria-labelledby="csv-file">
      <h2 id="csv-file" className="section-title">{t('csv.step1')}</h2>
      <p className="section-text">{t('csv.step1Text')}</p>
      <div className="data-actions">
        <FilePickButton
          variant={file ? 'secondary' : 'primary'}
          icon={<FileUp size={16} aria-hidden="true" />}
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          label={t('csv.choose')}
          testId="csv-file-input"
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
    </section>
  );
}
