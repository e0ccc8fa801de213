// The start screen once there are suppliers: the flags a manager can act on
// (eroding, building up, gone quiet), each with its reason, and all suppliers'
// trust side by side at the top; then every supplier's trust now, its 90-day
// change and a sparkline, and what needs attention.
import { Moon, TrendingDown, TrendingUp } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { FlagView, PortfolioRow } from '../../core/views';
import { useSuppliers } from '../api/queries';
import { Comparison } from './Comparison';
import { Change } from './DashboardCells';
import { DashboardTable } from './DashboardTable';
import { usePortfolio } from './queries';
import { useTrustText } from './text';
import { useFlagSentence } from './TrustFlag';
import '../styles/trust.css';

const SHOWN = 3;
const CARDS = {
  eroding: { icon: TrendingDown, tone: 'trust-down', title: 'dashboard.erodingMost', none: 'dashboard.noneEroding', note: 'dashboard.erodingNote', testId: 'eroding-most' },
  buildingUp: { icon: TrendingUp, tone: 'trust-up', title: 'dashboard.buildingMost', none: 'dashboard.noneBuilding', note: 'dashboard.buildingNote', testId: 'building-most' },
  quiet: { icon: Moon, tone: 'trust-muted', title: 'dashboard.quietTitle', none: '', note: 'dashboard.quietNote', testId: 'quiet-suppliers' },
} as const;

/** The suppliers carrying one kind of flag, the largest move (or longest silence) first, each with its reason. */
function Flagged({ rows, kind }: { rows: PortfolioRow[]; kind: FlagView['kind'] }) {
  const text = useTrustText();
  const { t } = text;
  const sentence = useFlagSentence();
  const card = CARDS[kind];
  const flagged = useMemo(() => {
    const size = (f: FlagView) => (f.kind === 'quiet' ? f.days : Math.abs(f.change));
    return rows.filter((r) => r.flag?.kind === kind).sort((a, b) => size(b.flag!) - size(a.flag!));
  }, [rows, kind]);
  if (kind === 'quiet' && flagged.length === 0) return null;
  const titleId = `${card.testId}-title`;
  const Icon = card.icon;
  return (
    <section className={`trust-card most-moved flagged--${kind}`} aria-labelledby={titleId} data-testid={card.testId}>
      <h2 id={titleId} className="trust-card__title">
        <Icon size={17} aria-hidden="true" className={card.tone} /> {t(card.title)}
      </h2>
      {flagged.length === 0 ? (
        <p className="trust-muted">{t(card.none)}</p>
      ) : (
        <ol className="eroding__list">
          {flagged.slice(0, SHOWN).map((r) => (
            <li key={r.id} data-supplier-id={r.id}>
              <Link to={`/suppliers/${r.id}`} className="eroding__name">{r.name}</Link>
              <span className="eroding__numbers">
                {r.flag!.kind !== 'quiet' && <Change value={r.flag!.change} />}
                <span className="trust-muted">{t('dashboard.nowAt', { value: text.percent(r.now.trust) })}</span>
              </span>
              <p className="flagged__reason" data-testid="flag-reason">{sentence(r.flag!)}</p>
            </li>
          ))}
          {flagged.length > SHOWN && <li className="trust-muted">{t('dashboard.moreFlagged', { count: flagged.length - SHOWN })}</li>}
        </ol>
      )}
      <p className="trust-note">{t(card.note)}</p>
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
          <Flagged rows={view.suppliers} kind="eroding" />
          <Flagged rows={view.suppliers} kind="buildingUp" />
          <Flagged rows={view.suppliers} kind="quiet" />
        </div>
        {view.comparison.dates.length > 1 && (
          <Comparison view={view} />
        )}
      </div>
      <DashboardTable rows={view.suppliers} today={view.today} lastEntry={lastEntry} />
    </div>
  );
}
