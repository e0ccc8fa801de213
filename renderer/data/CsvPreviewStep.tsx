// Step 4 of a spreadsheet import: preview, then import. All or nothing,
// unless the user ticks "skip the rows named as bad".
import { Eye } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CsvPreviewSummary } from '../../core/files';
import { Button } from '../components/Button';
import type { CsvFile } from './csvImportForm';
import { CsvDuplicateNote } from './CsvMappingStep';
import { CsvPreviewTable } from './CsvPreviewTable';
import { detailIssues, errorText, issueMessage } from '../api/errors';
import { ImportProgressBar } from './ImportProgressBar';

/** Issues the fields above do not show (those sit under their own field). */
const ON_A_FIELD = new Set(['mapping', 'supplierId', 'supplierColumn']);

export function CsvPreviewStep({ file, preview, busy, failure, skip, setSkip, onImport }: {
  file: CsvFile;
  /** The preview, while it holds for the choices above. */
  preview: CsvPreviewSummary | null;
  busy: 'preview' | 'import' | null;
  failure: unknown;
  skip: boolean;
  setSkip: (on: boolean) => void;
  onImport: () => void;
}) {
  const { t } = useTranslation('data');
  const blocked = !preview || preview.valid === 0 || (preview.invalid > 0 && !skip);
  const setupIssues = failure ? detailIssues(failure).filter((i) => !ON_A_FIELD.has(String(i.path[0]))) : [];
  return (
    <section className="settings-card" aria-labelledby="csv-preview">
      <div className="data-section-head">
        <div>
          <h2 id="csv-preview" className="section-title">{t('csv.step4')}</h2>
          <p className="section-text">{t('csv.step4Text')}</p>
        </div>
        <Button type="submit" icon={<Eye size={16} aria-hidden="true" />} busy={busy === 'preview'}>
          {t('csv.preview')}
        </Button>
      </div>

      <ImportProgressBar active={busy !== null} />

      {failure ? (
        <div className="form-error" role="alert">
          {errorText(t, failure)}
          {setupIssues.length > 0 && (
            <ul className="issue-list">
              {setupIssues.slice(0, 12).map((issue, i) => <li key={i}>{issueMessage(t, issue)}</li>)}
            </ul>
          )}
        </div>
      ) : null}

      {preview && (
        <>
          <CsvDuplicateNote file={file} />
          <CsvPreviewTable preview={preview} />
          <div className="csv-import-bar">
            {preview.invalid > 0 && (
              <label className="checkbox-row">
                <input type="checkbox" className="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
                <span className="checkbox-label">{t('csv.skip', { count: preview.invalid })}</span>
              </label>
            )}
            {preview.invalid > 0 && !skip && <p className="field-hint">{t('csv.allOrNothing')}</p>}
            <Button variant="primary" busy={busy === 'import'} disabled={blocked} onClick={onImport}>
              {t('csv.import', { count: skip ? preview.valid : preview.valid + preview.invalid })}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
