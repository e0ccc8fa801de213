// The preview of a spreadsheet import: how many rows are good and bad, and
// each row as it would be written, its problems named by row and column.
import { CircleCheck, TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CsvPreviewSummary } from '../../core/files';
import { useFormat } from '../i18n/format';
import { issueMessage } from '../api/errors';

type PreviewRow = CsvPreviewSummary['rows'][number];

export function RowProblems({ r }: { r: Pick<PreviewRow, 'row' | 'problems'> }) {
  const { t } = useTranslation('data');
  if (r.problems.length === 0) return <span className="csv-ok">{t('csv.rowOk')}</span>;
  return (
    <ul className="csv-problems">
      {r.problems.map((p, i) => (
        <li key={i}>
          {String(p.params.column ?? p.path[2] ?? '') === ''
            ? t('csv.problemAtRow', { row: r.row })
            : t('csv.problemAt', { row: r.row, column: String(p.params.column ?? p.path[2] ?? '') })}{' '}
          {issueMessage(t, p)}
        </li>
      ))}
    </ul>
  );
}

export function CsvPreviewTable({ preview }: { preview: CsvPreviewSummary }) {
  const { t } = useTranslation('data');
  const format = useFormat();
  return (
    <>
      <p className="csv-counts" role="status">
        <span className="csv-count-good"><CircleCheck size={15} aria-hidden="true" /> {t('csv.valid', { count: preview.valid, formatted: format.number(preview.valid) })}</span>
        {preview.invalid > 0 && (
          <span className="csv-count-bad"><TriangleAlert size={15} aria-hidden="true" /> {t('csv.invalid', { count: preview.invalid, formatted: format.number(preview.invalid) })}</span>
        )}
      </p>
      <div className="table-card csv-preview">
        <table className="table">
          <caption className="visually-hidden">{t('csv.previewCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">{t('csv.colRow')}</th>
              <th scope="col">{t('fields.date')}</th>
              <th scope="col">{t('fields.kind')}</th>
              <th scope="col">{t('fields.title')}</th>
              <th scope="col">{t('csv.colProblems')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row} className={r.problems.length ? 'csv-row-bad' : undefined} data-row={r.row}>
                <th scope="row" className="num">{r.row}</th>
                <td>{r.date ? format.date(r.date) : ''}</td>
                <td>{r.kind ? t(`journal:kind.${r.kind}`) : ''}</td>
                <td className="cell-wrap">{r.title ?? ''}</td>
                <td className="cell-wrap"><RowProblems r={r} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rows.length < preview.valid + preview.invalid && (
        <p className="section-text">{t('csv.firstRows', { count: preview.rows.length })}</p>
      )}
    </>
  );
}
