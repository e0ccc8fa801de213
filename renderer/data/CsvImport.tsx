// "/data/import-csv": entries from a spreadsheet (CSV, or a sheet of an
// .xlsx read into the same CSV text). Choose the file, map its
// columns to fields (guessed from the header), pick the supplier or the
// column that names it, preview every row with its problems named by row and
// column, then import: all or nothing, or only the good rows when the user
// ticks "skip the rows named as bad". The steps: CsvFileStep,
// CsvMappingStep, CsvSupplierStep, CsvPreviewStep; the outcome CsvImportResult.
import { ArrowLeft, FileSpreadsheet } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CsvPreviewSummary } from '../../core/files';
import { guessMapping } from '../../core/csv-mapping';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { applyServerIssues } from '../components/form';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { CSV_FORM_FIELDS, csvImportInput, emptyMapping, type CsvFile, type CsvImportValues } from './csvImportForm';
import { CsvFileStep } from './CsvFileStep';
import { CsvImportResult, type CsvImportDone } from './CsvImportResult';
import { CsvMappingStep } from './CsvMappingStep';
import { CsvPreviewStep } from './CsvPreviewStep';
import { CsvSupplierStep } from './CsvSupplierStep';
import { useSpreadsheetFile } from './useSpreadsheetFile';
import '../styles/data.css';

export function CsvImport() {
  const { t } = useTranslation('data');
  const suppliers = useSuppliers();
  // A preview (and the choice to skip its bad rows) holds only for the choices it was made with.
  const [file, setFile] = useState<CsvFile | null>(null);
  const [made, setMade] = useState<{ choices: string; summary: CsvPreviewSummary } | null>(null);
  const [skipFor, setSkipFor] = useState<string | null>(null);
  const [done, setDone] = useState<CsvImportDone | null>(null);
  const form = useForm<CsvImportValues>({
    defaultValues: { mapping: emptyMapping(), supplierMode: 'one', supplierId: '', supplierColumn: '', dateFormat: 'iso', defaultKind: 'note' },
  });

  // Any change to the choices makes the preview out of date.
  const values = useWatch({ control: form.control });
  const choices = JSON.stringify(values);
  const preview = made && made.choices === choices ? made.summary : null;
  const skip = skipFor === choices && preview !== null;
  const setSkip = (on: boolean) => setSkipFor(on ? choices : null);

  const activeSuppliers = useMemo(() => (suppliers.data ?? []).slice().sort((a, b) => a.name.localeCompare(b.name)), [suppliers.data]);

  // The choices' issues go beside the fields; the preview step shows the headline and what names no field.
  const fields = (error: unknown) => applyServerIssues(error, form.setError, CSV_FORM_FIELDS);
  const previewing = useJournalMutation((v: CsvImportValues) => api.previewCsvImport(csvImportInput(file?.text ?? '', v, false)), {
    refresh: false,
    failure: 'inline',
    onMutate: (): void => importing.reset(),
    onError: fields,
    onSuccess: (summary) => {
      setMade({ choices, summary });
      setSkipFor(null);
    },
  });
  const importing = useJournalMutation((v: CsvImportValues) => api.importCsv(csvImportInput(file?.text ?? '', v, skip)), {
    failure: 'inline',
    onMutate: (): void => previewing.reset(),
    onError: fields,
    onSuccess: (result, v) => {
      setDone({ ...result, supplierId: v.supplierMode === 'one' ? Number(v.supplierId) : null });
      setMade(null);
      setFile(null);
    },
  });
  /** A file (or another sheet of it) read: a first guess of the mapping, and every earlier choice and outcome forgotten. */
  const { failure: fileFailure, reading, onFile, onSheet } = useSpreadsheetFile(file, (loaded) => {
    setFile(loaded);
    setMade(null);
    previewing.reset();
    importing.reset();
    setSkipFor(null);
    setDone(null);
    if (!loaded) return;
    const { header } = loaded;
    const guess = guessMapping(header);
    form.reset({
      mapping: { ...emptyMapping(), ...guess.mapping },
      supplierMode: guess.supplierColumn ? 'column' : 'one',
      supplierId: activeSuppliers[0] ? String(activeSuppliers[0].id) : '',
      supplierColumn: guess.supplierColumn ?? header[0] ?? '',
      dateFormat: loaded.dateFormat,
      defaultKind: 'note',
    });
  });

  const runPreview = form.handleSubmit((v) => previewing.mutate(v));
  const busy = previewing.isPending ? 'preview' : importing.isPending ? 'import' : null;
  const failure = previewing.error ?? importing.error;

  const back = (
    <LinkButton to="/data" variant="ghost" size="sm" icon={<ArrowLeft size={15} aria-hidden="true" />}>
      {t('title')}
    </LinkButton>
  );

  if (suppliers.isPending) return <Spinner block />;
  if (suppliers.data?.length === 0) {
    return (
      <div className="page page-narrow">
        <PageHeader eyebrow={back} title={t('csv.title')} />
        <EmptyState
          icon={<FileSpreadsheet size={28} />}
          title={t('csv.noSuppliersTitle')}
          actions={<LinkButton to="/suppliers/new" variant="primary">{t('common:sidebar.newSupplier')}</LinkButton>}
        >
          <p>{t('csv.noSuppliersText')}</p>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page data-page">
      <PageHeader eyebrow={back} title={t('csv.title')} subtitle={t('csv.subtitle')} />
      {done && <CsvImportResult done={done} />}
      <CsvFileStep file={file} onFile={onFile} onSheet={onSheet} reading={reading} failure={fileFailure} />
      {file && (
        <form className="csv-form" noValidate onSubmit={(e) => void runPreview(e)}>
          <CsvMappingStep file={file} form={form} mapping={values.mapping} />
          <CsvSupplierStep file={file} form={form} mode={values.supplierMode} suppliers={activeSuppliers} />
          <CsvPreviewStep
            file={file}
            preview={preview}
            busy={busy}
            failure={failure}
            skip={skip}
            setSkip={setSkip}
            onImport={() => importing.mutate(form.getValues())}
          />
        </form>
      )}
    </div>
  );
}
