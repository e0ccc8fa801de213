// A pack, rendered: in its own language, light on paper whatever the app's
// theme. With `signal`, it also tells the printing shell when it is ready
// (<body data-report-ready="true"> plus the footer text and file name), after
// the data has loaded and every chart has drawn.
import { useEffect, useRef } from 'react';
import { I18nextProvider } from 'react-i18next';
import { reportFileName, type ReadyInfo, type ReportRequest } from '../../core/report';
import { formatDate } from '../i18n/format';
import type { PackData } from './data';
import { reportI18n } from './i18n';
import { chartCount, PortfolioPack, SupplierPack } from './ReportDocument';
import '../styles/trust.css';
import '../styles/report.css';

export function readyInfo(request: ReportRequest, pack: PackData): ReadyInfo {
  const i18n = reportI18n(request.lang);
  const t = i18n.getFixedT(request.lang, 'report');
  const name = pack.supplier?.header.supplierName ?? t('portfolioName');
  const range = t('periodRange', { from: formatDate(request.from, request.lang), to: formatDate(request.to, request.lang) });
  return {
    footer: `${name} · ${t('eyebrow')} ${range}`,
    page: t('footer.page'),
    of: t('footer.of'),
    fileName: reportFileName(name, pack.supplier?.header.generatedOn ?? pack.portfolio?.generatedOn ?? request.to),
  };
}

/** Waits (a few frames at most) for the charts to be in the DOM, then marks the page ready. */
function useReadySignal(enabled: boolean, root: React.RefObject<HTMLDivElement | null>, charts: number, info: ReadyInfo | null) {
  useEffect(() => {
    if (!enabled || !info) return;
    let cancelled = false;
    let frames = 0;
    const body = document.body;
    const check = () => {
      if (cancelled) return;
      const drawn = root.current?.querySelectorAll('[data-report-chart] svg.recharts-surface').length ?? 0;
      if (drawn < charts && frames++ < 240) {
        requestAnimationFrame(check);
        return;
      }
      // One more frame so the last layout (chart widths) has settled, and the fonts are in.
      void document.fonts.ready.then(() => requestAnimationFrame(() => {
        if (cancelled) return;
        body.dataset.reportFooter = info.footer;
        body.dataset.reportPage = info.page;
        body.dataset.reportOf = info.of;
        body.dataset.reportFileName = info.fileName;
        body.dataset.reportReady = 'true';
      }));
    };
    requestAnimationFrame(check);
    return () => {
      cancelled = true;
      for (const key of ['reportReady', 'reportFooter', 'reportPage', 'reportOf', 'reportFileName']) delete body.dataset[key];
    };
  }, [enabled, root, charts, info]);
}

export function ReportView({ request, pack, signal = false }: { request: ReportRequest; pack: PackData; signal?: boolean }) {
  const root = useRef<HTMLDivElement>(null);
  const info = signal ? readyInfo(request, pack) : null;
  useReadySignal(signal, root, chartCount(pack), info);
  return (
    <I18nextProvider i18n={reportI18n(request.lang)}>
      <div ref={root} className={`report-doc report-doc--${request.paper}`} lang={request.lang} data-testid="report-doc">
        {pack.supplier && <SupplierPack r={pack.supplier} baseRate={pack.baseRate} comingUp={pack.comingUp} meeting={pack.meeting} />}
        {pack.portfolio && <PortfolioPack p={pack.portfolio} baseRate={pack.baseRate} />}
      </div>
    </I18nextProvider>
  );
}
