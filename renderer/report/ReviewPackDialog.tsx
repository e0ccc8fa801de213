// "Review pack": choose the period, the pack's language, the paper and whether
// private entries go in; a preview shows the pack as it will print (the same
// document the report route prints, scaled down). Export: in Electron the
// shell prints it to PDF and asks where to save it; in the browser the report
// route opens with the browser's print dialog (Save as PDF).
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { addMonths, todayIso } from '../../core/dates';
import { defaultPeriod, reportPath, reportRequest, type PaperSize, type ReportRequest } from '../../core/report';
import type { Language } from '../../core/types';
import { useQuery } from '@tanstack/react-query';
import { usePreferences } from '../api/queries';
import { api, shellKind } from '../api/client';
import { Button } from '../components/Button';
import { Spinner } from '../components/Spinner';
import { Modal, Segmented } from '../journal/ui';
import { usePack } from './data';
import { ReportView } from './ReportView';
import '../styles/report.css';

const PAPER_WIDTH_PX: Record<PaperSize, number> = { a4: 794, letter: 816 };
const PREVIEW_WIDTH = 380;

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

  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [lang, setLang] = useState<Language>(() => preferences.data?.language ?? (i18n.language === 'nl' ? 'nl' : 'en'));
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [includePrivate, setIncludePrivate] = useState(false);
  const [busy, setBusy] = useState(false);
  const ids = useId();
  const parsed = reportRequest.safeParse({
    scope: supplierId === null ? 'portfolio' : 'supplier',
    supplierId,
    from: from ?? initial.from,
    to: to ?? initial.to,
    lang,
    paper,
    includePrivate,
  });
  const request = parsed.success ? parsed.data : null;
  const previewRequest = useDebounced(request, 300);

  const exportPack = async () => {
    if (!request) return;
    const shell = window.rapportShell;
    if (shellKind === 'electron' && shell?.printToPdf) {
      setBusy(true);
      try {
        const result = await shell.printToPdf(request);
        if (!result.ok) toast.error(t('dialog.failed'));
        else if (result.saved) {
          toast.success(t('dialog.saved'), { description: result.saved });
          onClose();
        } else toast(t('dialog.cancelled'));
      } catch {
        toast.error(t('dialog.failed'));
      } finally {
        setBusy(false);
      }
      return;
    }
    onClose();
    void navigate(`${reportPath(request)}&print=1`);
  };

  return (
    <div className="rp-dialog__body">
      <form className="rp-dialog__form" onSubmit={(e) => { e.preventDefault(); void exportPack(); }}>
        <fieldset className="rp-dialog__group">
          <legend className="j-label">{t('header.period')}</legend>
          <div className="rp-dialog__row">
            <label className="rp-dialog__field">
              <span>{t('dialog.from')}</span>
              <input type="date" className="j-input" value={from ?? initial.from} max={to ?? initial.to} onChange={(e) => setFrom(e.target.value || null)} required />
            </label>
            <label className="rp-dialog__field">
              <span>{t('dialog.to')}</span>
              <input type="date" className="j-input" value={to ?? initial.to} onChange={(e) => setTo(e.target.value || null)} required />
            </label>
          </div>
          <p className="j-hint">{request ? t(supplierId === null ? 'dialog.periodHintPortfolio' : 'dialog.periodHint') : <span role="alert" className="rp-dialog__error">{t('dialog.invalidPeriod')}</span>}</p>
        </fieldset>
        <label className="rp-dialog__field">
          <span>{t('dialog.language')}</span>
          <select className="j-input" value={lang} onChange={(e) => setLang(e.target.value as Language)}>
            <option value="nl">{t('languages.nl')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        </label>
        <Segmented
          legend={t('dialog.paper')}
          name={`${ids}-paper`}
          value={paper}
          options={(['a4', 'letter'] as const).map((p) => ({ value: p, label: t(`dialog.${p}`) }))}
          onChange={setPaper}
          className="rp-dialog__group"
        />
        <div className="rp-dialog__group">
          <label className="rp-dialog__check">
            <input type="checkbox" checked={includePrivate} onChange={(e) => setIncludePrivate(e.target.checked)} aria-describedby={`${ids}-private`} />
            {t('dialog.includePrivate')}
          </label>
          <p id={`${ids}-private`} className="j-hint">{t('dialog.includePrivateHint')}</p>
        </div>
        {shellKind !== 'electron' && <p className="j-hint">{t('dialog.browserNote')}</p>}
        <div className="rp-dialog__actions">
          <Button variant="secondary" onClick={() => onClose()}>{i18n.t('actions.cancel')}</Button>
          <Button type="submit" variant="primary" disabled={!request} busy={busy}>
            {shellKind === 'electron' ? t('dialog.export') : t('dialog.print')}
          </Button>
        </div>
      </form>
      <div className="rp-dialog__preview">
        <div className="j-label">{t('dialog.preview')}</div>
        <Preview request={previewRequest} />
      </div>
    </div>
  );
}
