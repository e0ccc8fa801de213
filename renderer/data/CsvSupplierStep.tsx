// Step 3 of a spreadsheet import: one supplier for every row, or a column
// that names each row's; how dates are written; the kind when none is given.
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS } from '../../core/schemas';
import { Select } from '../components/fields';
import type { CsvFile, CsvImportValues } from './csvImportForm';

export function CsvSupplierStep({ file, form, mode, suppliers }: {
  file: CsvFile;
  form: UseFormReturn<CsvImportValues>;
  mode: CsvImportValues['supplierMode'] | undefined;
  suppliers: readonly { id: number; name: string; status: string }[];
}) {
  const { t } = useTranslation('data');
  const errors = form.formState.errors;
  return (
    <section className="settings-card" aria-labelledby="csv-supplier">
      <h2 id="csv-supplier" className="section-title">{t('csv.step3')}</h2>
      <fieldset className="csv-choice">
        <legend className="visually-hidden">{t('csv.supplierLegend')}</legend>
        <label className="checkbox-row">
          <input type="radio" value="one" className="checkbox" {...form.register('supplierMode')} />
          <span className="checkbox-label">{t('csv.supplierOne')}</span>
        </label>
        {mode === 'one' && (
          <Select
            label={t('csv.supplier')}
            className="csv-indent"
            registration={form.register('supplierId')}
            error={errors.supplierId}
            options={suppliers.map((s) => ({ value: String(s.id), label: s.status === 'ended' ? `${s.name} (${t('csv.ended')})` : s.name }))}
          />
        )}
        <label className="checkbox-row">
          <input type="radio" value="column" className="checkbox" {...form.register('supplierMode')} />
          <span className="checkbox-label">{t('csv.supplierColumnChoice')}</span>
        </label>
        {mode === 'column' && (
          <Select
            label={t('csv.supplierColumn')}
            hint={t('csv.supplierColumnHint')}
            className="csv-indent"
            registration={form.register('supplierColumn')}
            error={errors.supplierColumn}
            options={file.header.filter(Boolean).map((h) => ({ value: h, label: h }))}
          />
        )}
      </fieldset>
      <div className="csv-grid csv-grid-2">
        <Select
          label={t('csv.dateFormat')}
          hint={t('csv.dateFormatHint')}
          registration={form.register('dateFormat')}
          error={errors.dateFormat}
          options={[
            { value: 'iso', label: t('csv.dateIso') },
            { value: 'dmy', label: t('csv.dateDmy') },
            { value: 'mdy', label: t('csv.dateMdy') },
          ]}
        />
        <Select
          label={t('csv.defaultKind')}
          hint={t('csv.defaultKindHint')}
          registration={form.register('defaultKind')}
          error={errors.defaultKind}
          options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`journal:kind.${k}`) }))}
        />
      </div>
    </section>
  );
}
