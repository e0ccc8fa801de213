// The start screen once there are suppliers: the suppliers eroding and
// building up most and all suppliers' trust side by side at the top, then every supplier's trust
// now, its 90-day change and a sparkline, and what needs attention.
import { TrendingDown, TrendingUp } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { PortfolioRow } from '../../core/views';
import { useSuppliers } from '../api/queries';
import { Comparison } from './Comparison';
import { Change, ERODING, IMPROVING } from './DashboardCells';
import { DashboardTable } from './DashboardTable';
import { usePortfolio } from './queries';
import { useTrustText } from './text';
import '../styles/trust.css';

/** The three active suppliers whose trust fell (or rose) most over 90 days, past the two-point mark. */
function MostMoved({ rows, direction }: { rows: PortfolioRow[]; direction: 'down' | 'up' }) {
  const text = useTrustText();
  const { t } = text;
  const down = direction === 'down';
  const picked = useMemo(
    () => rows
      .filter((r) => r.status === 'active' && (down ? r.change90 <= ERODING : r.change90 >= IMPROVING))
      .sort((a, b) => (down ? a.change90 - b.change90 : b.change90 - a.change90))
      .slice(0, 3),
    [rows, down],
  );
  const titleId = down ? 'eroding-title' : 'building-title';
  const Icon = down ? TrendingDown : TrendingUp;
  return (
    <section className={`trust-card most-moved ${down ? 'eroding' : 'building'}`} aria-labelledby={titleId} data-testid={down ? 'eroding-most' : 'building-most'}>
      <h2 id={titleId} className="trust-card__title">
        <Icon size={17} aria-hidden="true" className={down ? 'trust-down' : 'trust-up'} /> {t(down ? 'dashboard.erodingMost' : 'dashboard.buildingMost')}
      </h2>
      {picked.length === 0 ? (
        <p className="trust-muted">{t(down ? 'dashboard.noneEroding' : 'dashboard.noneBuilding')}</p>
      ) : (
        <ol className="eroding__list">
          {picked.map((r) => (
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
      <p className="trust-note">{t(down ? 'dashboard.erodingNote' : 'dashboard.buildingNote')}</p>
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
        <div className="dashboard__movers">
          <MostMoved rows={view.suppliers} direction="down" />
          <MostMoved rows={view.suppliers} direction="up" />
        </div>
        {view.comparison.dates.length > 1 && (
          <Comparison view={view} />
        )}
      </div>
      <DashboardTable rows={view.suppliers} today={view.today} lastEntry={lastEntry} />
    </div>
  );
}
