// "/data/import-csv": entries from a spreadsheet. Choose the file, map its
// columns to fields (guessed from the header), pick the supplier or the
// column that names it, preview every row with its problems named by row and
// column, then import: all or nothing, or only the good rows when the user
// ticks "skip the rows named as bad".
import { ArrowLeft, CircleCheck, Eye, FileSpreadsheet, FileUp, TriangleAlert } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ENTRY_KINDS } from '../../core/schemas';
import type { CsvPreviewSummary } from '../../core/files';
import type { InputOf } from '../../core/contract';
import { api } from '../api/client';
import { useSuppliers } from '../api/queries';
import { Button, LinkButton } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { applyServerIssues } from '../components/form';
import { Select } from '../components/fields';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { useFormat } from '../i18n/format';
import { guessMapping } from '../../core/csv-mapping';
import { CSV_FIELDS, KIND_FIELDS, MAIN_FIELDS, csvFieldLabelKey, readCsvHeader, type CsvField } from './csv';
import { fileToText } from './files';
import { ImportProgressBar } from './ImportProgressBar';
import { detailIssues, errorText, issueMessage } from './format';
import { useRefreshEverything } from './queries';
import '../styles/data.css';

interface Values {
  mapping: Record<CsvField, string>;
  supplierMode: 'one' | 'column';
  supplierId: string;
  supplierColumn: string;
  dateFormat: 'iso' | 'dmy' | 'mdy';
  defaultKind: (typeof ENTRY_KINDS)[number];
}

const MAPPED_FIELDS = CSV_FIELDS.map((f) => `mapping.${f}`);

function emptyMapping(): Record<CsvField, string> {
  return Object.fromEntries(CSV_FIELDS.map((f) => [f, ''])) as Record<CsvField, string>;
}

export function CsvImport() {
  const { t } = useTranslation('data');
  const format = useFormat();
  const suppliers = useSuppliers();
  const refresh = useRefreshEverything();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<{ name: string; text: string; header: string[]; duplicates: ReturnType<typeof readCsvHeader>['duplicates']; separator: string } | null>(null);
  // A preview (and the choice to skip its bad rows) holds only for the choices it was made with.
  const [made, setMade] = useState<{ choices: string; summary: CsvPreviewSummary } | null>(null);
  const [skipFor, setSkipFor] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [done, setDone] = useState<{ imported: number; skippedRows: number[]; supplierId: number | null } | null>(null);
  const form = useForm<Values>({
    defaultValues: { mapping: emptyMapping(), supplierMode: 'one', supplierId: '', supplierColumn: '', dateFormat: 'iso', defaultKind: 'note' },
  });

  useEffect(() => {
    document.title = `${t('csv.title')} · Rapport`;
    return () => {
      document.title = 'Rapport';
    };
  }, [t]);

  // Any change to the choices makes the preview out of date.
  const values = useWatch({ control: form.control });
  const choices = JSON.stringify(values);
  const preview = made && made.choices === choices ? made.summary : null;
  const skip = skipFor === choices && preview !== null;
  const setSkip = (on: boolean) => setSkipFor(on ? choices : null);

  const activeSuppliers = useMemo(() => (suppliers.data ?? []).slice().sort((a, b) => a.name.localeCompare(b.name)), [suppliers.data]);

  const onFile = async (picked: File | undefined) => {
    if (!picked) return;
    const text = await fileToText(picked);
    const { header, duplicates, separator } = readCsvHeader(text);
    const guess = guessMapping(header);
    setFile({ name: picked.name, text, header, duplicates, separator });
    setMade(null);
    setFailure(null);
    setSkipFor(null);
    setDone(null);
    form.reset({
      mapping: { ...emptyMapping(), ...guess.mapping },
      supplierMode: guess.supplierColumn ? 'column' : 'one',
      supplierId: activeSuppliers[0] ? String(activeSuppliers[0].id) : '',
      supplierColumn: guess.supplierColumn ?? header[0] ?? '',
      dateFormat: 'iso',
      defaultKind: 'note',
    });
    if (fileInput.current) fileInput.current.value = '';
  };

  const inputOf = (v: Values, skipBadRows: boolean): InputOf<'importCsv'> => ({
    text: file?.text ?? '',
    mapping: Object.fromEntries(Object.entries(v.mapping).filter(([, column]) => column !== '')),
    supplierId: v.supplierMode === 'one' ? Number(v.supplierId) : null,
    supplierColumn: v.supplierMode === 'column' ? v.supplierColumn : null,
    dateFormat: v.dateFormat,
    defaultKind: v.defaultKind,
    skipBadRows,
  });

  const fail = (err: unknown) => {
    setFailure(err);
    applyServerIssues(err, form.setError, [...MAPPED_FIELDS, 'supplierId', 'supplierColumn', 'dateFormat', 'defaultKind']);
  };

  const runPreview = form.handleSubmit(async (v) => {
    setBusy('preview');
    setFailure(null);
    try {
      const result = await api.previewCsvImport(inputOf(v, false));
      setMade({ choices, summary: result });
      setSkipFor(null);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  });

  const runImport = async () => {
    const v = form.getValues();
    setBusy('import');
    setFailure(null);
    try {
      const result = await api.importCsv(inputOf(v, skip));
      await refresh();
      setDone({ ...result, supplierId: v.supplierMode === 'one' ? Number(v.supplierId) : null });
      setMade(null);
      setFile(null);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  // Two columns with one name: say so, with the labels that tell them apart in the lists.
  const duplicateNote = file && file.duplicates.length > 0 ? (
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
  ) : null;

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

  const columnOptions = [{ value: '', label: t('csv.notInFile') }, ...(file?.header ?? []).filter(Boolean).map((h) => ({ value: h, label: h }))];
  const fieldSelect = (field: CsvField) => (
    <Select
      key={field}
      label={t(csvFieldLabelKey(field))}
      registration={form.register(`mapping.${field}`)}
      error={form.formState.errors.mapping?.[field]}
      options={columnOptions}
    />
  );
  const mode = values.supplierMode;
  const mappedKindFields = KIND_FIELDS.some((g) => g.fields.some((f) => values.mapping?.[f]));
  const blocked = !preview || preview.valid === 0 || (preview.invalid > 0 && !skip);
  const setupIssues = failure ? detailIssues(failure).filter((i) => i.path[0] !== 'mapping' && i.path[0] !== 'supplierId' && i.path[0] !== 'supplierColumn') : [];

  return (
    <div className="page data-page">
      <PageHeader eyebrow={back} title={t('csv.title')} subtitle={t('csv.subtitle')} />

      {done && (
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
      )}

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
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
      </section>

      {file && (
        <form className="csv-form" noValidate onSubmit={(e) => void runPreview(e)}>
          <section className="settings-card" aria-labelledby="csv-map">
            <h2 id="csv-map" className="section-title">{t('csv.step2')}</h2>
            <p className="section-text">{t('csv.step2Text')}</p>
            {duplicateNote}
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
                  error={form.formState.errors.supplierId}
                  options={activeSuppliers.map((s) => ({ value: String(s.id), label: s.status === 'ended' ? `${s.name} (${t('csv.ended')})` : s.name }))}
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
                  error={form.formState.errors.supplierColumn}
                  options={file.header.filter(Boolean).map((h) => ({ value: h, label: h }))}
                />
              )}
            </fieldset>
            <div className="csv-grid csv-grid-2">
              <Select
                label={t('csv.dateFormat')}
                hint={t('csv.dateFormatHint')}
                registration={form.register('dateFormat')}
                error={form.formState.errors.dateFormat}
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
                error={form.formState.errors.defaultKind}
                options={ENTRY_KINDS.map((k) => ({ value: k, label: t(`journal:kind.${k}`) }))}
              />
            </div>
          </section>

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
                {duplicateNote}
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
                          <td className="cell-wrap">
                            {r.problems.length === 0 ? (
                              <span className="csv-ok">{t('csv.rowOk')}</span>
                            ) : (
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
                            )}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                {preview.rows.length < preview.valid + preview.invalid && (
                  <p className="section-text">{t('csv.firstRows', { count: preview.rows.length })}</p>
                )}

                <div className="csv-import-bar">
                  {preview.invalid > 0 && (
                    <label className="checkbox-row">
                      <input type="checkbox" className="checkbox" checked={skip} onChange={(e) => setSkip(e.target.checked)} />
                      <span className="checkbox-label">{t('csv.skip', { count: preview.invalid })}</span>
                    </label>
                  )}
                  {preview.invalid > 0 && !skip && <p className="field-hint">{t('csv.allOrNothing')}</p>}
                  <Button variant="primary" busy={busy === 'import'} disabled={blocked} onClick={() => void runImport()}>
                    {t('csv.import', { count: skip ? preview.valid : preview.valid + preview.invalid })}
                  </Button>
                </div>
              </>
            )}
          </section>
        </form>
      )}
    </div>
  );
}
