// The pack as a page of its own, outside the app's frame:
//   #/report/supplier/:supplierId?from=&to=&lang=&paper=&private=
//   #/report/portfolio?from=&to=&lang=&paper=&private=
// Electron's hidden print window and the tests load it and print it; in the
// browser the toolbar (never printed) offers the browser's print dialog.
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { pageCss, parseReportRoute, type ReportRequest } from '../../core/report';
import { Spinner } from '../components/Spinner';
import { FormError } from '../components/FieldError';
import { usePack, type PackData } from './data';
import { reportI18n } from './i18n';
import { readyInfo, ReportView } from './ReportView';
import { ReportToolbar } from './ReportToolbar';

/** A portfolio pack's suppliers, each printed on pages that carry its name. */
const sectionsOf = (data: PackData | undefined) =>
  data?.portfolio?.suppliers.map((r) => ({ id: r.header.supplierId, label: r.header.supplierName })) ?? [];

function ReportPage({ request }: { request: ReportRequest | null }) {
  const pack = usePack(request);
  const [search] = useSearchParams();
  const t = reportI18n(request?.lang ?? 'en').getFixedT(request?.lang ?? 'en', 'report');
  const autoPrint = search.get('print') === '1';

  // Paper: light, white, whatever the app's theme; the page size as chosen.
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.classList.add('report-mode');
    return () => html.classList.remove('report-mode');
  }, []);

  useEffect(() => {
    if (!request || !pack.data) return;
    const previous = document.title;
    document.title = readyInfo(request, pack.data).fileName.replace(/\.pdf$/, '');
    return () => { document.title = previous; };
  }, [request, pack.data]);

  useEffect(() => {
    if (!autoPrint || !pack.data) return;
    const observer = new MutationObserver(() => {
      if (document.body.dataset.reportReady === 'true') {
        observer.disconnect();
        window.print();
      }
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['data-report-ready'] });
    return () => observer.disconnect();
  }, [autoPrint, pack.data]);

  return (
    <div className="report-page">
      {request && <style>{pageCss(request.paper, pack.data ? readyInfo(request, pack.data) : undefined, sectionsOf(pack.data))}</style>}
      <ReportToolbar ready={!!pack.data} />
      <main>
      {/* Until the pack (whose supplier name is the heading) is shown, the page still has a level-one heading. */}
      {!(request && pack.data) && <h1 className="visually-hidden">{t('eyebrow')}</h1>}
      {!request ? (
        <p className="report-message" role="alert">{t('invalid')}</p>
      ) : pack.isError ? (
        <div className="report-message"><FormError error={pack.error} /></div>
      ) : !pack.data ? (
        <div className="report-message"><Spinner /> {t('loading')}</div>
      ) : (
        <div className={`report-sheet report-sheet--${request.paper}`}>
          <ReportView request={request} pack={pack.data} signal />
        </div>
      )}
      </main>
    </div>
  );
}

export function SupplierReportRoute() {
  const { supplierId } = useParams();
  const [search] = useSearchParams();
  const request = useMemo(() => parseReportRoute('supplier', supplierId, search), [supplierId, search]);
  return <ReportPage request={request} />;
}

export function PortfolioReportRoute() {
  const [search] = useSearchParams();
  const request = useMemo(() => parseReportRoute('portfolio', undefined, search), [search]);
  return <ReportPage request={request} />;
}
