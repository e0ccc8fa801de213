// "Review pack": choose the period, the pack's language, the paper and whether
// private entries go in; a preview shows the pack as it will print (the same
// document the report route prints, scaled down). Export: in Electron the
// shell prints it to PDF and asks where to save it; in the browser the report
// route opens with the browser's print dialog (Save as PDF).
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addMonths, todayIso } from '../../core/dates';
import { PAPER_SIZES, defaultPeriod, reportPath, reportRequest, type PaperSize, type ReportRequest } from '../../core/report';
import type { z } from 'zod';
import { useQuery } from '@tanstack/react-query';
import { usePreferences } from '../api/queries';
import { api, shellKind } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useForm, useWatch } from 'react-hook-form';
import { DialogForm } from '../components/FormDialog';
import { DateField } from '../components/DateField';
import { schemaResolver } from '../components/form';
import { Spinner } from '../components/Spinner';
import { Modal } from '../components/Dialog';
import { SegmentedField } from '../components/Segmented';
import { usePack } from './data';
import { ReportView } from './ReportView';
import '../styles/report.css';
import { PlainExportNote } from '../lock/PlainExportNote';

const PAPER_WIDTH_PX: Record<PaperSize, number> = { a4: 794, letter: 816 };
const PREVIEW_WIDTH = 380;

type PackValues = z.input<typeof reportRequest>;

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

function Preview({ request }: { request: ReportRequest | null }) {
  const { t } = useTranslation('report');
  const pack = usePack(request);
  const paper = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(600);
  const width = PAPER_WIDTH_PX[request?.paper ?? 'a4'];
  const scale = PREVIEW_WIDTH / width;
  useLayoutEffect(() => {
    const el = paper.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.offsetHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, [pack.data]);
  return (
    <div className="rp-preview" role="region" aria-label={t('dialog.previewLabel')} data-testid="report-preview">
      {!request ? (
        <p className="rp-preview__message">{t('dialog.invalidPeriod')}</p>
      ) : !pack.data ? (
        <div className="rp-preview__message"><Spinner /></div>
      ) : (
        <div className="rp-preview__scaler" style={{ width: PREVIEW_WIDTH, height: height * scale }}>
          <div
            ref={paper}
            className={`rp-preview__paper report-sheet--${request.paper}`}
            style={{ width, transform: `scale(${scale})` }}
            aria-hidden="true"
          >
            <ReportView request={request} pack={pack.data} />
          </div>
        </div>
      )}
    </div>
  );
}

export function ReviewPackDialog({
  open, onOpenChange, supplierId, supplierName,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Null: the portfolio pack, all suppliers. */
  supplierId: number | null;
  supplierName?: string;
}) {
  const { t } = useTranslation('report');
  const title = supplierId === null ? t('dialog.titlePortfolio') : t('dialog.title', { name: supplierName ?? '' });
  // The options live in the dialog's content, which mounts afresh (with the defaults) each time it opens.
  return (
    <Modal open={open} onOpenChange={onOpenChange} title={title} description={t('dialog.description')} wide className="rp-dialog">
      <PlainExportNote />
      <PackOptions supplierId={supplierId} onClose={() => onOpenChange(false)} />
    </Modal>
  );
}

function PackOptions({ supplierId, onClose }: { supplierId: number | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('report');
  const navigate = useNavigate();
  const preferences = usePreferences();
  const entries = useQuery({
    queryKey: ['report-reviews', supplierId],
    queryFn: () => api.listEntries({ supplierId: supplierId!, kinds: ['review'] }),
    enabled: supplierId !== null,
  });
  const today = todayIso();
  const initial = useMemo(() => {
    if (supplierId !== null && entries.data) return defaultPeriod(entries.data, today);
    return { from: addMonths(today, -3), to: today };
  }, [supplierId, entries.data, today]);

  const form = useForm<PackValues>({
    resolver: schemaResolver(reportRequest) as never,
    mode: 'onChange',
    defaultValues: {
      scope: supplierId === null ? 'portfolio' : 'supplier',
      supplierId,
      ...initial,
      lang: preferences.data?.language ?? (i18n.language === 'nl' ? 'nl' : 'en'),
      paper: 'a4',
      includePrivate: false,
    },
  });
  const { errors, dirtyFields } = form.formState;
  // The supplier's last review sets the first period once the journal has answered (unless you chose one).
  useEffect(() => {
    if (!dirtyFields.from) form.resetField('from', { defaultValue: initial.from });
    if (!dirtyFields.to) form.resetField('to', { defaultValue: initial.to });
  }, [form, initial, dirtyFields.from, dirtyFields.to]);
  const values = useWatch({ control: form.control }) as PackValues;
  const ids = useId();
  const parsed = reportRequest.safeParse(values);
  const request = parsed.success ? parsed.data : null;
  const previewRequest = useDebounced(request, 300);

  // Electron prints to PDF and asks where to save it; the browser prints the report route.
  const printing = useJournalMutation(async (chosen: ReportRequest) => {
    const result = await window.rapportShell?.printToPdf(chosen);
    if (!result?.ok) throw new Error('not printed');
    return result;
  }, {
    refresh: false,
    failed: t('dialog.failed'),
    said: (result) => (result.saved ? { text: t('dialog.saved'), description: result.saved } : { text: t('dialog.cancelled'), neutral: true }),
    onSuccess: (result) => {
      if (result.saved) onClose();
    },
  });
  const exportPack = () => {
    if (!request) return;
    if (shellKind === 'electron' && window.rapportShell) return printing.mutate(request);
    onClose();
    void navigate(`${reportPath(request)}&print=1`);
  };

  return (
    <div className="rp-dialog__body">
      <DialogForm
        className="rp-dialog__form"
        onSubmit={form.handleSubmit(() => exportPack())}
        onCancel={onClose}
        submitLabel={shellKind === 'electron' ? t('dialog.export') : t('dialog.print')}
        busy={printing.isPending}
        disabled={!request}
      >
        <fieldset className="rp-dialog__group">
          <legend className="field-label">{t('header.period')}</legend>
          <div className="rp-dialog__row">
            <DateField control={form.control} name="from" label={t('dialog.from')} max={values.to} error={errors.from} required />
            <DateField control={form.control} name="to" label={t('dialog.to')} min={values.from} error={errors.to} required />
          </div>
          <p className="field-hint">{t(supplierId === null ? 'dialog.periodHintPortfolio' : 'dialog.periodHint')}</p>
        </fieldset>
        <label className="rp-dialog__field">
          <span>{t('dialog.language')}</span>
          <select className="input" {...form.register('lang')}>
            <option value="nl">{t('languages.nl')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </label>
        <SegmentedField
          control={form.control}
          name="paper"
          legend={t('dialog.paper')}
          options={PAPER_SIZES.map((p) => ({ value: p, label: t(`dialog.${p}`) }))}
          className="rp-dialog__group"
        />
        <div className="rp-dialog__group">
          <label className="rp-dialog__check">
            <input type="checkbox" {...form.register('includePrivate')} aria-describedby={`${ids}-private`} />
            {t('dialog.includePrivate')}
          </label>
          <p id={`${ids}-private`} className="field-hint">{t('dialog.includePrivateHint')}</p>
        </div>
        {shellKind !== 'electron' && <p className="field-hint">{t('dialog.browserNote')}</p>}
      </DialogForm>
      <div className="rp-dialog__preview">
        <div className="field-label">{t('dialog.preview')}</div>
        <Preview request={previewRequest} />
      </div>
    </div>
  );
}
