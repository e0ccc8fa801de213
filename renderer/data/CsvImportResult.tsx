// What an import wrote: how many entries, which rows it skipped, and a way to
// the supplier when all went to one.
import { CircleCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/Button';
import { useFormat } from '../i18n/format';

export interface CsvImportDone {
  imported: number;
  skippedRows: number[];
  supplierId: number | null;
}

export function CsvImportResult({ done }: { done: CsvImportDone }) {
  const { t } = useTranslation('data');
  const format = useFormat();
  return (
    <div className="data-banner data-banner-success" role="status">
      <CircleCheck size={20} aria-hidden="true" />
      <div className="data-banner-text">
        <strong>{t('csv.imported', { count: done.imported, formatted: format.number(done.imported) })}</strong>
        <span>
          {done.skippedRows.length > 0
            ? t('csv.skippedRows', { count: done.skippedRows.length, rows: done.skippedRows.join(', ') })
            : t('csv.nothingSkipped')}
        </span>
      </div>
      {done.supplierId !== null && (
        <LinkButton to={`/suppliers/${done.supplierId}`} size="sm" variant="primary">{t('csv.openSupplier')}</LinkButton>
      )}
    </div>
  );
}
