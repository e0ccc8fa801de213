// The start screen once there are suppliers: the suppliers eroding most and
// all suppliers' trust side by side at the top, then every supplier's trust
// now, its 90-day change and a sparkline, and what needs attention.
import { TrendingDown } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { PortfolioRow } from '../../core/views';
import { useSuppliers } from '../api/queries';
import { Comparison } from './Comparison';
import { Change, ERODING } from './DashboardCells';
import { DashboardTable } from './DashboardTable';
import { usePortfolio } from './queries';
import { useTrustText } from './text';
import '../styles/trust.css';

function ErodingMost({ rows }: { rows: PortfolioRow[] }) {
  const text = useTrustText();
  const { t } = text;
  const worst = useMemo(
    () => rows.filter((r) => r.status === 'active' && r.change90 <= ERODING).sort((a, b) => a.change90 - b.change90).slice(0, 3),
    [rows],
  );
  return (
    <section className="trust-card eroding" aria-labelledby="eroding-title" data-testid="eroding-most">
      <h2 id="eroding-title" className="trust-card__title">
        <TrendingDown size={17} aria-hidden="true" className="trust-down" /> {t('dashboard.erodingMost')}
      </h2>
      {worst.length === 0 ? (
        <p className="trust-muted">{t('dashboard.noneEroding')}</p>
      ) : (
        <ol className="eroding__list">
          {worst.map((r) => (
            <li key={r.id} data-supplier-id={r.id}>
              <Link to={`/suppliers/${r.id}`} className="eroding__name">{r.name}</Link>
              <span className="eroding__numbers">
                <Change value={r.change90} />
                <span className="trust-muted">{t('dashboard.nowAt', { value: text.percent(r.now.trust) })}</span>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p className="trust-note">{t('dashboard.erodingNote')}</p>
    </section>
  );
}

export function Dashboard() {
  const text = useTrustText();
  const { t } = text;
  const query = usePortfolio();
  const summaries = useSuppliers();
  const lastEntry = useMemo(() => new Map((summaries.data ?? []).map((s) => [s.id, s.lastEntryOn])), [summaries.data]);
  if (query.isError) return <p role="alert" className="trust-muted">{t('loadFailed')}</p>;
  if (!query.data) return <div className="trust-skeleton" style={{ height: 360 }} aria-busy="true" />;
  const view = query.data;
  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="dashboard__top">
        <ErodingMost rows={view.suppliers} />
        {view.comparison.dates.length > 1 && (
          <Comparison view={view} />
        )}
      </div>
      <DashboardTable rows={view.suppliers} today={view.today} lastEntry={lastEntry} />
    </div>
  );
}
