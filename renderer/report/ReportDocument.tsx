// The review pack as a document: what core/report's model says, in the pack's
// language (the <I18nextProvider> around it decides), laid out for paper.
// The same component prints (the report route) and previews (the dialog).
// Its parts: SupplierPackHeader, PackSummary, PackChart, PackFigures,
// PackAgenda, PackComingUp, PackEntryTables (each a PackTable), PortfolioOverview.
import clsx from 'clsx';
import type { AgendaItem } from '../../core/agenda';
import type { PortfolioReport, SupplierReport } from '../../core/report';
import { supplierPageName } from '../../core/report/print';
import type { Meeting } from '../../core/meeting/types';
import { PackAgenda } from './PackAgenda';
import { PackMeetingAgenda } from './PackMeetingAgenda';
import { PackChart } from './PackChart';
import { PackHeading } from './PackHeading';
import { PackComingUp } from './PackComingUp';
import { PackEntryTables } from './PackEntryTables';
import { PackFigures } from './PackFigures';
import { PackSummary } from './PackSummary';
import { PortfolioOverview } from './PortfolioOverview';
import { SupplierPackHeader } from './SupplierPackHeader';

/** How many trust charts a pack draws (the ready check waits for them). */
export function chartCount(pack: { supplier: SupplierReport | null; portfolio: PortfolioReport | null }): number {
  const has = (r: SupplierReport) => (r.chart.rows.length > 1 ? 1 : 0);
  if (pack.supplier) return has(pack.supplier);
  return pack.portfolio?.suppliers.reduce((n, r) => n + has(r), 0) ?? 0;
}

/** One supplier's pack; `compact` (in a portfolio) leaves out the entry tables. */
export function SupplierPack({ r, baseRate, compact = false, comingUp = null, meeting = null }: {
  r: SupplierReport; baseRate: number; compact?: boolean; comingUp?: AgendaItem[] | null; meeting?: Meeting | null;
}) {
  return (
    <article className={clsx('rp-pack', compact && 'rp-pack--compact')} data-supplier-id={r.header.supplierId}>
      <SupplierPackHeader h={r.header} />
      <PackSummary r={r} />
      <PackChart r={r} baseRate={baseRate} />
      <PackHeading r={r} />
      <PackFigures r={r} />
      {meeting ? <PackMeetingAgenda meeting={meeting} includePrivate={r.header.includePrivate} /> : <PackAgenda sections={r.agenda} />}
      {comingUp && <PackComingUp items={comingUp} />}
      {!compact && <div className="rp-break"><PackEntryTables r={r} /></div>}
    </article>
  );
}

/** The overview page, then each supplier's compact pack on pages named for it (the running header). */
export function PortfolioPack({ p, baseRate }: { p: PortfolioReport; baseRate: number }) {
  return (
    <>
      <PortfolioOverview p={p} />
      {p.suppliers.map((r) => (
        <div key={r.header.supplierId} className="rp-break" style={{ page: supplierPageName(r.header.supplierId) }}>
          <SupplierPack r={r} baseRate={baseRate} compact />
        </div>
      ))}
    </>
  );
}
