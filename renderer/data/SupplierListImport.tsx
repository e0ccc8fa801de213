// "/data/import-suppliers": a supplier list (CSV or .xlsx) with its contracts.
// Its columns are recognised by their names (core/supplier-csv.ts); each row
// is matched to a supplier here by name (case and spaces do not count) and
// filled in, or added as a new one, so nothing is duplicated. Preview first;
// the import is all rows or none.
import { ArrowLeft, CircleCheck, Eye, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplierImportPreview } from '../../core/files';
import { SUPPLIER_FIELDS } from '../../core/supplier-fields';
import { api } from '../api/client';
import { errorText, detailIssues, issueMessage } from '../api/errors';
import { useJournalMutation } from '../api/mutation';
import { Button, LinkButton } from '../components/Button';
import { Label } from '../components/field-parts';
import { PageHeader } from '../components/PageHeader';
import { useFormat } from '../i18n/format';
import { CsvFileStep } from './CsvFileStep';
import { RowProblems } from './CsvPreviewTable';
import type { CsvFile } from './csvImportForm';
import { useSpreadsheetFile } from './useSpreadsheetFile';
import '../styles/data.css';

type DateFormat = 'iso' | 'dmy' | 'mdy';

export function SupplierListImport() {
  const { t } = useTranslation('data');
  const format = useFormat();
  const [file, setFile] = useState<CsvFile | null>(null);
  const [dateFormat, setDateFormat] = useState<DateFormat>('iso');
  const [preview, setPreview] = useState<{ for: string; summary: SupplierImportPreview } | null>(null);
  const [done, setDone] = useState<{ added: number; updated: number } | null>(null);
  const choices = `${file?.name}|${file?.workbook?.sheet}|${dateFormat}`;
  const shown = preview && preview.for === choices ? preview.summary : null;

  const previewing = useJournalMutation(() => api.previewSupplierImport({ text: file?.text ?? '', dateFormat }), {
    refresh: false,
    failure: 'inline',
    onSuccess: (summary) => setPreview({ for: choices, summary }),
  });
  const importing = useJournalMutation(() => api.importSuppliers({ text: file?.text ?? '', dateFormat }), {
    failure: 'inline',
    onSuccess: (result) => {
      setDone(result);
      setPreview(null);
      setFile(null);
    },
  });
  const { failure: fileFailure, reading, onFile, onSheet } = useSpreadsheetFile(file, (loaded) => {
    setFile(loaded);
    if (loaded) setDateFormat(loaded.dateFormat);
    setPreview(null);
    setDone(null);
    previewing.reset();
    importing.reset();
  });
  const failure = previewing.error ?? importing.error;

  return (
    <div className="page data-page">
      <PageHeader
        eyebrow={<LinkButton to="/data" variant="ghost" size="sm" icon={<ArrowLeft size={15} aria-hidden="true" />}>{t('title')}</LinkButton>}
        title={t('suppliersImport.title')}
        subtitle={t('suppliersImport.subtitle')}
      />
      {done && (
        <div className="data-banner data-banner-success" role="status">
          <CircleCheck size={20} aria-hidden="true" />
          <div className="data-banner-text">
            <strong>{t('suppliersImport.done', { added: format.number(done.added), updated: format.number(done.updated) })}</strong>
          </div>
          <LinkButton to="/suppliers" size="sm" variant="primary">{t('suppliersImport.openSuppliers')}</LinkButton>
        </div>
      )}
      <CsvFileStep file={file} onFile={onFile} onSheet={onSheet} reading={reading} failure={fileFailure} />
      {file && (
        <section className="settings-card" aria-labelledby="supplier-list-preview">
          <div className="data-section-head">
            <div>
              <h2 id="supplier-list-preview" className="section-title">{t('suppliersImport.step2')}</h2>
              <p className="section-text">{t('suppliersImport.step2Text')}</p>
            </div>
            <Button icon={<Eye size={16} aria-hidden="true" />} busy={previewing.isPending} onClick={() => previewing.mutate()}>
              {t('csv.preview')}
            </Button>
          </div>
          <div className="field csv-sheet">
            <Label htmlFor="supplier-list-dates">{t('csv.dateFormat')}</Label>
            <select id="supplier-list-dates" className="input select" value={dateFormat} onChange={(e) => setDateFormat(e.target.value as DateFormat)}>
              <option value="iso">{t('csv.dateIso')}</option>
              <option value="dmy">{t('csv.dateDmy')}</option>
              <option value="mdy">{t('csv.dateMdy')}</option>
            </select>
          </div>
          {failure ? (
            <div className="form-error" role="alert">
              {errorText(t, failure)}
              <ul className="issue-list">
                {detailIssues(failure).slice(0, 12).map((issue, i) => <li key={i}>{issueMessage(t, issue)}</li>)}
              </ul>
            </div>
          ) : null}
          {shown && <SupplierListPreview preview={shown} />}
          {shown && (
            <div className="csv-import-bar">
              {shown.invalid > 0 && <p className="field-hint">{t('csv.allOrNothing')}</p>}
              <Button variant="primary" busy={importing.isPending} disabled={shown.invalid > 0 || shown.added + shown.updated === 0} onClick={() => importing.mutate()}>
                {t('suppliersImport.import', { count: shown.added + shown.updated })}
              </Button>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function SupplierListPreview({ preview }: { preview: SupplierImportPreview }) {
  const { t } = useTranslation('data');
  const format = useFormat();
  const recognised = Object.entries(preview.columns).map(([field, column]) => `${column} → ${t(SUPPLIER_FIELDS[field as keyof typeof SUPPLIER_FIELDS].label)}`);
  return (
    <>
      <p className="section-text" data-testid="supplier-list-columns">{t('suppliersImport.columns', { columns: recognised.join(' · ') })}</p>
      <p className="csv-counts" role="status">
        <span className="csv-count-good">
          <CircleCheck size={15} aria-hidden="true" /> {t('suppliersImport.counts', { added: format.number(preview.added), updated: format.number(preview.updated) })}
        </span>
        {preview.invalid > 0 && (
          <span className="csv-count-bad"><TriangleAlert size={15} aria-hidden="true" /> {t('csv.invalid', { count: preview.invalid, formatted: format.number(preview.invalid) })}</span>
        )}
      </p>
      <div className="table-card csv-preview">
        <table className="table">
          <caption className="visually-hidden">{t('suppliersImport.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('csv.colRow')}</th>
              <th scope="col">{t('suppliersImport.colName')}</th>
              <th scope="col">{t('suppliersImport.colAction')}</th>
              <th scope="col">{t('csv.colProblems')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row} className={r.problems.length ? 'csv-row-bad' : undefined} data-row={r.row}>
                <th scope="row" className="num">{r.row}</th>
                <td className="cell-wrap">{r.name}</td>
                <td>{r.action ? t(`suppliersImport.action.${r.action}`) : ''}</td>
                <td className="cell-wrap"><RowProblems r={r} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
