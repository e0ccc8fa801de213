// "/": the welcome screen for an empty journal, otherwise an overview of all
// suppliers with what needs attention (until the trust dashboard arrives).
import clsx from 'clsx';
import { AlertTriangle, Clock, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addMonths, todayIso } from '../../core/dates';
import type { SupplierSummary } from '../../core/types';
import { useSuppliers } from '../api/queries';
import { LinkButton } from '../components/Button';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { useFormat } from '../i18n/format';
import { Welcome } from './Welcome';

/** When the next periodic review is due: the interval after the last review (or the contract start, or the day it was added). */
export function nextReviewDue(s: SupplierSummary): string | null {
  if (s.status === 'ended' || !s.reviewIntervalMonths) return null;
  const base = s.lastReviewOn ?? s.contractStart ?? s.createdAt.slice(0, 10);
  return addMonths(base, s.reviewIntervalMonths);
}

function Row({ supplier, today }: { supplier: SupplierSummary; today: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const due = nextReviewDue(supplier);
  return (
    <tr className={clsx(supplier.status === 'ended' && 'row-ended')}>
      <th scope="row" className="cell-name">
        <Link to={`/suppliers/${supplier.id}`} className="table-link">{supplier.name}</Link>
        {supplier.status === 'ended' && <span className="tag tag-muted">{t('home.ended')}</span>}
      </th>
      <td className="cell-muted cell-wrap">{supplier.category || '—'}</td>
      <td className="num">{format.number(supplier.entryCount)}</td>
      <td className="num">
        {format.number(supplier.openPromises)}
        {supplier.overduePromises > 0 && (
          <span className="badge badge-warning badge-inline" title={t('sidebar.overdue', { count: supplier.overduePromises })}>
            <Clock size={12} aria-hidden="true" />
            <span aria-hidden="true">{format.number(supplier.overduePromises)}</span>
            <span className="visually-hidden">{t('sidebar.overdue', { count: supplier.overduePromises })}</span>
          </span>
        )}
      </td>
      <td className="num">
        {supplier.openIncidents > 0 ? (
          <span className="badge badge-danger badge-inline" title={t('sidebar.incidents', { count: supplier.openIncidents })}>
            <AlertTriangle size={12} aria-hidden="true" />
            {format.number(supplier.openIncidents)}
          </span>
        ) : (
          <span className="cell-muted">0</span>
        )}
      </td>
      <td>{supplier.lastEntryOn ? format.date(supplier.lastEntryOn) : <span className="cell-muted">—</span>}</td>
      <td>
        {due ? (
          <span className={clsx(due < today && 'text-warning')}>
            {format.date(due)}
            {due < today && <span className="visually-hidden"> ({t('home.reviewOverdue')})</span>}
          </span>
        ) : (
          <span className="cell-muted">—</span>
        )}
      </td>
    </tr>
  );
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
        actions={<LinkButton to="/suppliers/new" variant="primary" icon={<Plus size={16} aria-hidden="true" />}>{t('sidebar.newSupplier')}</LinkButton>}
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

      <div className="table-card">
        <table className="table">
          <caption className="visually-hidden">{t('home.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('home.colName')}</th>
              <th scope="col">{t('home.colCategory')}</th>
              <th scope="col" className="num">{t('home.colEntries')}</th>
              <th scope="col" className="num">{t('home.colPromises')}</th>
              <th scope="col" className="num">{t('home.colIncidents')}</th>
              <th scope="col">{t('home.colLastEntry')}</th>
              <th scope="col">{t('home.colNextReview')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => <Row key={s.id} supplier={s} today={today} />)}
          </tbody>
        </table>
      </div>
    </div>
  );
}
