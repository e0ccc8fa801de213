// The dashboard's table: every supplier with its trust now, the change over
// 90 days, a sparkline, what needs attention, the next review and the notice
// deadline. Sortable by name, trust and change, with a search; a long table is
// virtualised (only the rows in view are in the page), which keeps a
// portfolio of hundreds of suppliers as quick to open as one of ten.
import { usePreferences } from '../api/queries';
import { useVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { AlertTriangle, ArrowDown, ArrowUp, CalendarClock, Clock, Search } from 'lucide-react';
import { memo, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { PortfolioRow } from '../../core/views';
import { collator } from '../i18n/format';
import { findScrollParent, spacedItems, useScrollMargin } from '../components/scroll';
import { Change, Sparkline } from './DashboardCells';
import { FlagBadge } from './TrustFlag';
import { useTrustText } from './text';

/** Tables longer than this are virtualised. */
const VIRTUAL_FROM = 40;
/** Shown with a search box from this many suppliers on. */
const SEARCH_FROM = 10;
const ROW_ESTIMATE = 75;
const COLUMNS = 7;

type SortKey = 'name' | 'trust' | 'change' | 'projected';
interface Sort { key: SortKey; descending: boolean }

function sortRows(rows: PortfolioRow[], sort: Sort, lang: string): PortfolioRow[] {
  const compareNames = collator(lang).compare;
  const byName = (a: PortfolioRow, b: PortfolioRow) => compareNames(a.name, b.name);
  const compare: Record<SortKey, (a: PortfolioRow, b: PortfolioRow) => number> = {
    name: byName,
    trust: (a, b) => a.now.trust - b.now.trust || byName(a, b),
    change: (a, b) => a.change90 - b.change90 || byName(a, b),
    projected: (a, b) => a.projected.trust - b.projected.trust || byName(a, b),
  };
  const sorted = [...rows].sort(compare[sort.key]);
  return sort.descending ? sorted.reverse() : sorted;
}

const SupplierRow = memo(function SupplierRow({ row, today, lastEntryOn, index, measure, projected }: {
  row: PortfolioRow;
  /** Show projected trust at the next review (the manager can switch projections off). */
  projected: boolean;
  today: string;
  lastEntryOn: string | null;
  /** Position in the sorted, filtered list (0-based): the row's aria-rowindex and the virtualiser's key. */
  index: number;
  measure?: (el: HTMLTableRowElement | null) => void;
}) {
  const text = useTrustText();
  const { t } = text;
  const f = row.figures;
  const eroding = row.flag?.kind === 'eroding';
  const noticeSoon = f.daysToNoticeDeadline !== null && f.daysToNoticeDeadline >= 0 && f.daysToNoticeDeadline <= 60;
  return (
    <tr className={clsx(row.status === 'ended' && 'row-ended', eroding && 'row-flag-eroding')} data-testid="dashboard-row" data-supplier-id={row.id} data-flag={row.flag?.kind}
      data-index={index} aria-rowindex={index + 2} ref={measure}>
      <th scope="row" className="dash-name">
        <Link to={`/suppliers/${row.id}`} className="table-link">{row.name}</Link>
        <span className="dash-sub">
          {row.category && <span className="dash-cat" title={row.category}>{row.category}</span>}
          {row.status === 'ended' && <span className="tag tag-muted">{t('dashboard.ended')}</span>}
        </span>
        <span className="dash-sub">
          {lastEntryOn && <span>{t('dashboard.lastEntry', { date: text.date(lastEntryOn) })}</span>}
        </span>
      </th>
      <td className="num">
        <span className="dash-trust" data-value={row.now.trust.toFixed(4)}>{text.percent(row.now.trust)}</span>
        <span className="dash-band">{t('dashboard.bandShort', { low: text.percent(row.now.belief), high: text.percent(row.now.plausibility) })}</span>
      </td>
      <td className="num">
        <Change value={row.change90} />
        {row.flag && <FlagBadge flag={row.flag} />}
      </td>
      {projected && (
        <td className="num" data-testid="dash-projected">
          <span className="dash-projected" data-value={row.projected.trust.toFixed(4)}>{text.percent(row.projected.trust)}</span>
          <span className="dash-band">{text.date(row.projected.on)}</span>
        </td>
      )}
      <td>
        <Sparkline
          values={row.spark}
          eroding={eroding}
          label={t('dashboard.sparkLabel', { from: text.percent(row.spark[0] ?? row.now.trust), to: text.percent(row.now.trust) })}
        />
      </td>
      <td className="dash-attention">
        {f.overduePromises === 0 && f.openIncidents === 0 ? (
          <span className="trust-muted">—</span>
        ) : (
          <span className="dash-badges">
            {f.overduePromises > 0 && (
              <span className="badge badge-warning" title={t('dashboard.overdueCount', { count: f.overduePromises })} data-testid="overdue-count">
                <Clock size={12} aria-hidden="true" />
                <span aria-hidden="true">{text.number(f.overduePromises)}</span>
                <span className="visually-hidden">{t('dashboard.overdueCount', { count: f.overduePromises })}</span>
              </span>
            )}
            {f.openIncidents > 0 && (
              <span className="badge badge-danger" title={t('dashboard.incidentCount', { count: f.openIncidents })} data-testid="incident-count">
                <AlertTriangle size={12} aria-hidden="true" />
                <span aria-hidden="true">{text.number(f.openIncidents)}</span>
                <span className="visually-hidden">{t('dashboard.incidentCount', { count: f.openIncidents })}</span>
              </span>
            )}
          </span>
        )}
      </td>
      <td>
        {f.nextReviewDue && row.status === 'active' ? (
          <span className={clsx(f.reviewOverdue && 'text-warning dash-flag')}>
            <span className="dash-date">{f.reviewOverdue && <CalendarClock size={13} aria-hidden="true" />}{text.date(f.nextReviewDue)}</span>
            {f.reviewOverdue && <span className="dash-flag-text">{t('dashboard.overdue')}</span>}
          </span>
        ) : (
          <span className="trust-muted">—</span>
        )}
      </td>
      <td>
        {f.noticeDeadline && row.status === 'active' ? (
          <span className={clsx(noticeSoon && 'text-warning dash-flag', f.noticeDeadline < today && 'trust-muted')}>
            <span className="dash-date">{noticeSoon && <CalendarClock size={13} aria-hidden="true" />}{text.date(f.noticeDeadline)}</span>
            {noticeSoon && <span className="dash-flag-text">{t('dashboard.soon', { count: f.daysToNoticeDeadline ?? 0 })}</span>}
          </span>
        ) : (
          <span className="trust-muted">—</span>
        )}
      </td>
    </tr>
  );
});

function SortHeader({ label, sortKey, sort, onSort, className }: {
  label: string; sortKey: SortKey; sort: Sort; onSort: (key: SortKey) => void; className?: string;
}) {
  const active = sort.key === sortKey;
  const Arrow = sort.descending ? ArrowDown : ArrowUp;
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className={clsx('sort-button', active && 'is-active')} onClick={() => onSort(sortKey)}>
        {label}
        <Arrow size={13} aria-hidden="true" className="sort-button__arrow" />
      </button>
    </th>
  );
}

/** Rows drawn between two spacer rows that stand in for the rows scrolled out of view. */
function VirtualBody({ rows, renderRow }: { rows: PortfolioRow[]; renderRow: (row: PortfolioRow, index: number, measure?: (el: HTMLTableRowElement | null) => void) => ReactNode }) {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  // From the card up: the card itself scrolls sideways only (overflow-x), which makes its overflow-y auto too.
  useLayoutEffect(() => setScroller(findScrollParent(bodyRef.current?.closest<HTMLElement>('.table-card') ?? null)), []);
  const margin = useScrollMargin(bodyRef, scroller, '.page');
  const virtualizer = useVirtualizer({
    count: rows.length,
    // Sizes cached per supplier: sorting and searching move suppliers between positions.
    getItemKey: (index) => rows[index]?.id ?? index,
    getScrollElement: () => scroller ?? document.scrollingElement,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    scrollMargin: margin,
    // Before the scroller is known: the first screenful, so the table is never drawn empty.
    initialRect: { width: 1000, height: 1000 },
  });
  const { items, before, after } = spacedItems(virtualizer, margin);
  return (
    <tbody ref={bodyRef}>
      {before > 0 && <tr aria-hidden="true" className="spacer-row"><td colSpan={COLUMNS} style={{ height: before }} /></tr>}
      {items.map((item) => renderRow(rows[item.index]!, item.index, virtualizer.measureElement))}
      {after > 0 && <tr aria-hidden="true" className="spacer-row"><td colSpan={COLUMNS} style={{ height: after }} /></tr>}
    </tbody>
  );
}

export function DashboardTable({ rows, today, lastEntry }: { rows: PortfolioRow[]; today: string; lastEntry: Map<number, string | null> }) {
  const text = useTrustText();
  const { t } = text;
  const searchId = useId();
  const [sort, setSort] = useState<Sort>({ key: 'name', descending: false });
  const projected = usePreferences().data?.projection !== false;
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const needle = deferredQuery.trim().toLocaleLowerCase(text.lang);
    const matching = needle
      ? rows.filter((r) => r.name.toLocaleLowerCase(text.lang).includes(needle) || r.category.toLocaleLowerCase(text.lang).includes(needle))
      : rows;
    return sortRows(matching, sort, text.lang);
  }, [rows, deferredQuery, sort, text.lang]);
  // A new column sorts the way a manager looks first: lowest trust, biggest fall; names from A.
  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: false }));
  const renderRow = (row: PortfolioRow, index: number, measure?: (el: HTMLTableRowElement | null) => void) => (
    <SupplierRow key={row.id} row={row} today={today} lastEntryOn={lastEntry.get(row.id) ?? null} index={index} measure={measure} projected={projected} />
  );

  return (
    <div className="table-card dash-table-card">
      {rows.length >= SEARCH_FROM && (
        <div className="dash-toolbar">
          <label htmlFor={searchId} className="visually-hidden">{t('dashboard.search')}</label>
          <span className="dash-search">
            <Search size={15} aria-hidden="true" />
            <input id={searchId} type="search" className="input" placeholder={t('dashboard.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
          </span>
          <span className="trust-muted" aria-live="polite">{t('dashboard.shownCount', { shown: shown.length, count: rows.length })}</span>
        </div>
      )}
      <table className="table dash-table" aria-rowcount={shown.length + 1}>
        <caption className="visually-hidden">{t('dashboard.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <SortHeader label={t('dashboard.colSupplier')} sortKey="name" sort={sort} onSort={onSort} />
            <SortHeader label={t('dashboard.colTrust')} sortKey="trust" sort={sort} onSort={onSort} className="num" />
            <SortHeader label={t('dashboard.colChange')} sortKey="change" sort={sort} onSort={onSort} className="num" />
            {projected && <SortHeader label={t('dashboard.colProjected')} sortKey="projected" sort={sort} onSort={onSort} className="num" />}
            <th scope="col">{t('dashboard.colTrend')}</th>
            <th scope="col">{t('dashboard.colAttention')}</th>
            <th scope="col">{t('dashboard.colReview')}</th>
            <th scope="col">{t('dashboard.colNotice')}</th>
          </tr>
        </thead>
        {shown.length > VIRTUAL_FROM ? (
          <VirtualBody rows={shown} renderRow={renderRow} />
        ) : (
          <tbody>{shown.map((r, i) => renderRow(r, i))}</tbody>
        )}
      </table>
      {shown.length === 0 && <p className="trust-muted dash-none">{t('dashboard.noMatch', { query: deferredQuery.trim() })}</p>}
    </div>
  );
}
