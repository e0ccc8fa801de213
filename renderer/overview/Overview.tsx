// "/", the overview: the welcome screen for an empty journal, otherwise all
// suppliers at a glance, with what needs attention and the trust dashboard.
import clsx from 'clsx';
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../core/dates';
import type { SupplierSummary } from '../../core/views';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { ReviewPackButton } from '../report/ReviewPackButton';
import { Spinner } from '../components/Spinner';
import { useFormat } from '../i18n/format';
import { Welcome } from './Welcome';
import { Dashboard } from '../trust/Dashboard';
import { AttentionList, type Attention } from './AttentionList';
import { AgendaSummary } from '../agenda/AgendaSummary';

/** When the next periodic review is due: the supplier's fact (core/facts), as its page and the agenda say it. */
export function nextReviewDue(s: SupplierSummary): string | null {
  return s.status === 'ended' ? null : s.facts.review?.due ?? null;
}

const STAT_LABEL = { active: 'home.statActive', overdue: 'home.statOverdue', incidents: 'home.statIncidents', reviews: 'home.statReviews' } as const;

/** A tile at the top of the overview: a button that lists what its number counts. */
function StatTile({ which, count, tone, onOpen }: { which: Attention; count: number; tone?: 'warning' | 'danger'; onOpen: (w: Attention) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <button type="button" className={clsx('stat', count > 0 && tone && `stat-${tone}`)} aria-haspopup="dialog" onClick={() => onOpen(which)}>
      <span className="stat-value">{format.number(count)}</span>
      <span className="stat-label">{t(STAT_LABEL[which], { count })}</span>
    </button>
  );
}

export function Overview() {
  const { t } = useTranslation();
  const suppliers = useSuppliers();
  const today = todayIso();
  const [open, setOpen] = useState<Attention | null>(null);

  if (suppliers.isPending) return <Spinner block />;
  if (suppliers.isError) return <div className="page"><FormError error={suppliers.error} /></div>;
  if (suppliers.data.length === 0) return <Welcome />;

  const list = suppliers.data;
  const active = list.filter((s) => s.status === 'active');
  const overdue = active.reduce((n, s) => n + s.overduePromises, 0);
  const incidents = active.reduce((n, s) => n + s.openIncidents, 0);
  const reviewsDue = active.flatMap((s) => {
    const due = nextReviewDue(s);
    return due !== null && due < today ? [{ supplier: s, due }] : [];
  });

  return (
    <div className="page">
      <PageHeader
        title={t('home.title')}
        subtitle={t('home.subtitle', { count: active.length })}
        actions={<><ReviewPackButton /><LinkButton to="/suppliers/new" variant="primary" icon={<Plus size={16} aria-hidden="true" />}>{t('sidebar.newSupplier')}</LinkButton></>}
      />

      <AgendaSummary />
      <section className="stat-row" aria-label={t('home.attention')}>
        <StatTile which="active" count={active.length} onOpen={setOpen} />
        <StatTile which="overdue" count={overdue} tone="warning" onOpen={setOpen} />
        <StatTile which="incidents" count={incidents} tone="danger" onOpen={setOpen} />
        <StatTile which="reviews" count={reviewsDue.length} tone="warning" onOpen={setOpen} />
      </section>
      <AttentionList which={open} onClose={() => setOpen(null)} active={active} reviewsDue={reviewsDue} today={today} />

      <Dashboard />
    </div>
  );
}
