// Step 2 of a spreadsheet import: which column is which field (guessed from
// the header; the kinds' own fields folded away unless one is mapped).
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Select } from '../components/fields';
import { KIND_FIELDS, MAIN_FIELDS, csvFieldLabelKey, type CsvField } from './csv';
import type { CsvFile, CsvImportValues } from './csvImportForm';

/** Two columns with one name: say so, with the labels that tell them apart in the lists. */
export function CsvDuplicateNote({ file }: { file: CsvFile }) {
  const { t } = useTranslation('data');
  if (file.duplicates.length === 0) return null;
  return (
    <div className="form-error csv-duplicates" role="note" data-testid="csv-duplicates">
      {t('csv.duplicateColumns')}
      <ul className="issue-list">
        {file.duplicates.map((d) => (
          <li key={d.name}>
            {t('csv.duplicateColumn', { name: d.name, columns: d.columns.join(', '), labels: d.labels.map((l) => `“${l}”`).join(', ') })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function CsvMappingStep({ file, form, mapping }: {
  file: CsvFile;
  form: UseFormReturn<CsvImportValues>;
  /** The mapping as chosen now (watched). */
  mapping: Partial<Record<CsvField, string>> | undefined;
}) {
  const { t } = useTranslation('data');
  const columnOptions = [{ value: '', label: t('csv.notInFile') }, ...file.header.filter(Boolean).map((h) => ({ value: h, label: h }))];
  const fieldSelect = (field: CsvField) => (
    <Select
      key={field}
      label={t(csvFieldLabelKey(field))}
      registration={form.register(`mapping.${field}`)}
      error={form.formState.errors.mapping?.[field]}
      options={columnOptions}
    />
  );
  const mappedKindFields = KIND_FIELDS.some((g) => g.fields.some((f) => mapping?.[f]));
  return (
    <section className="settings-card" aria-labelledby="csv-map">
      <h2 id="csv-map" className="section-title">{t('csv.step2')}</h2>
      <p className="section-text">{t('csv.step2Text')}</p>
      <CsvDuplicateNote file={file} />
      <div className="csv-grid">{MAIN_FIELDS.map(fieldSelect)}</div>
      <details className="csv-more" open={mappedKindFields || undefined}>
        <summary>{t('csv.kindFields')}</summary>
        {KIND_FIELDS.map((group) => (
          <fieldset key={group.kind} className="csv-group">
            <legend>{t(`journal:kind.${group.kind}`)}</legend>
            <div className="csv-grid">{group.fields.map(fieldSelect)}</div>
          </fieldset>
        ))}
      </details>
    </section>
  );
}
