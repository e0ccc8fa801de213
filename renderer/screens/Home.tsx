// "/": the welcome screen for an empty journal, otherwise an overview of all
// suppliers with what needs attention and the trust dashboard.
import clsx from 'clsx';
import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../core/dates';
import { firstReviewDue } from '../../core/trust/figures';
import type { SupplierSummary } from '../../core/types';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { ReviewPackButton } from '../report/ReviewPackButton';
import { Spinner } from '../components/Spinner';
import { useFormat } from '../i18n/format';
import { Welcome } from './Welcome';
import { Dashboard } from '../trust/Dashboard';

/** When the next periodic review is due: the same rule as the supplier's figures (core/trust/figures.ts). */
export function nextReviewDue(s: SupplierSummary): string | null {
  if (s.status === 'ended' || !s.reviewIntervalMonths) return null;
  return firstReviewDue(s, s.lastReviewOn).on;
}

export function Home() {
  const { t } = useTranslation();
  const format = useFormat();
  const suppliers = useSuppliers();
  const today = todayIso();

  if (suppliers.isPending) return <Spinner block />;
  if (suppliers.isError) return <div className="page"><FormError error={suppliers.error} /></div>;
  if (suppliers.data.length === 0) return <Welcome />;

  const list = suppliers.data;
  const active = list.filter((s) => s.status === 'active');
  const overdue = active.reduce((n, s) => n + s.overduePromises, 0);
  const incidents = active.reduce((n, s) => n + s.openIncidents, 0);
  const reviewsDue = active.filter((s) => {
    const due = nextReviewDue(s);
    return due !== null && due < today;
  }).length;

  return (
    <div className="page">
      <PageHeader
        title={t('home.title')}
        subtitle={t('home.subtitle', { count: active.length })}
        actions={<><ReviewPackButton /><LinkButton to="/suppliers/new" variant="primary" icon={<Plus size={16} aria-hidden="true" />}>{t('sidebar.newSupplier')}</LinkButton></>}
      />

      <section className="stat-row" aria-label={t('home.attention')}>
        <div className="stat">
          <span className="stat-value">{format.number(active.length)}</span>
          <span className="stat-label">{t('home.statActive', { count: active.length })}</span>
        </div>
        <div className={clsx('stat', overdue > 0 && 'stat-warning')}>
          <span className="stat-value">{format.number(overdue)}</span>
          <span className="stat-label">{t('home.statOverdue', { count: overdue })}</span>
        </div>
        <div className={clsx('stat', incidents > 0 && 'stat-danger')}>
          <span className="stat-value">{format.number(incidents)}</span>
          <span className="stat-label">{t('home.statIncidents', { count: incidents })}</span>
        </div>
        <div className={clsx('stat', reviewsDue > 0 && 'stat-warning')}>
          <span className="stat-value">{format.number(reviewsDue)}</span>
          <span className="stat-label">{t('home.statReviews', { count: reviewsDue })}</span>
        </div>
      </section>

      <Dashboard />
    </div>
  );
}
