// The start screen once there are suppliers: every supplier's trust now, its
// 90-day change and a sparkline, what needs attention, the suppliers eroding
// most, and all suppliers' trust side by side.
import clsx from 'clsx';
import { AlertTriangle, ArrowDownRight, ArrowRight, ArrowUpRight, CalendarClock, Clock, TrendingDown } from 'lucide-react';
import { memo, useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { PortfolioRow, PortfolioView } from '../../core/views';
import { useSuppliers } from '../api/queries';
import { usePortfolio } from './queries';
import { isoToMs, msToIso, timeTicks, useTrustText } from './text';
import { useWidth } from './useWidth';
import '../styles/trust.css';

/** A fall of at least two percentage points in 90 days counts as eroding. */
export const ERODING = -0.02;
const IMPROVING = 0.02;
const SERIES = 8;
const DASHES = [undefined, '7 4', '2 3', '12 4 2 4'];
const MAX_LINES_SHOWN = 12;

export const seriesColor = (k: number) => `var(--series-${(k % SERIES) + 1})`;
export const seriesDash = (k: number) => DASHES[Math.floor(k / SERIES) % DASHES.length];

// A plain SVG polyline: a dashboard of 200 suppliers draws 200 of these, and
// a full recharts chart each would cost seconds.
const SPARK_W = 100;
const SPARK_H = 30;
const Sparkline = memo(function Sparkline({ values, label, eroding }: { values: number[]; label: string; eroding: boolean }) {
  const points = useMemo(() => {
    if (values.length < 2) return '';
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const mid = (lo + hi) / 2;
    const half = Math.max(0.08, (hi - lo) / 2 + 0.02);
    const y = (v: number) => 3 + (SPARK_H - 6) * (1 - (v - (mid - half)) / (2 * half));
    const x = (i: number) => 3 + ((SPARK_W - 6) * i) / (values.length - 1);
    return values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  }, [values]);
  if (values.length < 2) return <span className="trust-muted">—</span>;
  return (
    <span role="img" aria-label={label} className="sparkline">
      <svg width={SPARK_W} height={SPARK_H} viewBox={`0 0 ${SPARK_W} ${SPARK_H}`} aria-hidden="true">
        <polyline
          points={points}
          fill="none"
          stroke={eroding ? 'var(--danger)' : 'var(--trust-line)'}
          strokeWidth={1.75}
          strokeLinejoin="round"
          strokeLinecap="round"
        />
      </svg>
    </span>
  );
});

function Change({ value }: { value: number }) {
  const text = useTrustText();
  const Arrow = value <= -0.0005 ? ArrowDownRight : value >= 0.0005 ? ArrowUpRight : ArrowRight;
  return (
    <span className={clsx('change', value <= ERODING ? 'trust-down' : value >= IMPROVING ? 'trust-up' : 'trust-muted')}>
      <Arrow size={15} aria-hidden="true" />
      {text.points(value)}
    </span>
  );
}

function SupplierRow({ row, today, lastEntryOn }: { row: PortfolioRow; today: string; lastEntryOn: string | null }) {
  const text = useTrustText();
  const { t } = text;
  const f = row.figures;
  const eroding = row.status === 'active' && row.change90 <= ERODING;
  const noticeSoon = f.daysToNoticeDeadline !== null && f.daysToNoticeDeadline >= 0 && f.daysToNoticeDeadline <= 60;
  return (
    <tr className={clsx(row.status === 'ended' && 'row-ended', eroding && 'row-eroding')} data-testid="dashboard-row" data-supplier-id={row.id} data-eroding={eroding || undefined}>
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
        {eroding && (
          <span className="badge badge-danger badge-inline eroding-flag" data-testid="eroding-flag">
            <TrendingDown size={12} aria-hidden="true" /> {t('dashboard.eroding')}
          </span>
        )}
      </td>
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
}

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

const Comparison = memo(function Comparison({ view }: { view: PortfolioView }) {
  const text = useTrustText();
  const { t } = text;
  const [ref, width] = useWidth<HTMLDivElement>();
  const suppliers = view.suppliers;
  // A large portfolio starts with the suppliers that moved most; the rest are a click away in the legend.
  const [hidden, setHidden] = useState<Set<number>>(() => {
    if (suppliers.length <= MAX_LINES_SHOWN) return new Set();
    const shown = new Set([...suppliers].sort((a, b) => Math.abs(b.change90) - Math.abs(a.change90)).slice(0, MAX_LINES_SHOWN).map((s) => s.id));
    return new Set(suppliers.filter((s) => !shown.has(s.id)).map((s) => s.id));
  });
  const [hover, setHover] = useState<number | null>(null);
  const data = useMemo(
    () => view.comparison.dates.map((d, k) => {
      const row: Record<string, number> = { t: isoToMs(d) };
      for (const s of suppliers) {
        const v = view.comparison.series[s.id]?.[k];
        if (v !== undefined) row[`s${s.id}`] = v;
      }
      return row;
    }),
    [view, suppliers],
  );
  const fromMs = data[0]?.t ?? 0;
  const toMs = data[data.length - 1]?.t ?? 0;
  const ticks = useMemo(() => timeTicks(fromMs, toMs, width - 60), [fromMs, toMs, width]);
  const toggle = useCallback((id: number) => setHidden((h) => {
    const next = new Set(h);
    if (next.has(id)) next.delete(id); else next.add(id);
    return next;
  }), []);
  const names = useMemo(() => new Map(suppliers.map((s) => [`s${s.id}`, s.name])), [suppliers]);

  return (
    <section className="trust-card comparison" aria-labelledby="comparison-title" data-testid="comparison">
      <h2 id="comparison-title" className="trust-card__title">{t('dashboard.comparison')}</h2>
      <p className="trust-note">{t('dashboard.comparisonNote')}</p>
      <div ref={ref}>
        <LineChart width={width} height={280} data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" strokeOpacity={0.7} vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={[fromMs, toMs]}
            ticks={ticks}
            tickFormatter={(ms: number) => text.tick(ms, 730)}
            tick={{ fill: 'var(--text-muted)', fontSize: 12 }}
            tickLine={false}
            axisLine={{ stroke: 'var(--border)' }}
          />
          <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => text.percent(v)} width={48} tick={{ fill: 'var(--text-muted)', fontSize: 12 }} tickLine={false} axisLine={false} />
          <Tooltip
            isAnimationActive={false}
            labelFormatter={(ms) => text.date(msToIso(Number(ms)), 'long')}
            formatter={(v, key) => [text.percent(Number(v)), names.get(String(key)) ?? String(key)]}
            itemSorter={(item) => -Number(item.value)}
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 8, fontSize: 12, boxShadow: 'var(--shadow)' }}
            labelStyle={{ color: 'var(--text)', fontWeight: 600 }}
            itemStyle={{ padding: 0 }}
            cursor={{ stroke: 'var(--text-muted)', strokeDasharray: '3 3' }}
          />
          {suppliers.map((s, k) => hidden.has(s.id) ? null : (
            <Line
              key={s.id}
              dataKey={`s${s.id}`}
              name={s.name}
              stroke={seriesColor(k)}
              strokeDasharray={seriesDash(k)}
              strokeWidth={hover === s.id ? 3 : 2}
              strokeOpacity={hover === null || hover === s.id ? 1 : 0.25}
              dot={false}
              activeDot={{ r: 3 }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
      <ul className="comparison-legend" aria-label={t('dashboard.legend')}>
        {suppliers.map((s, k) => (
          <li key={s.id}>
            <button
              type="button"
              aria-pressed={!hidden.has(s.id)}
              className={clsx('legend-toggle', hidden.has(s.id) && 'is-off')}
              onClick={() => toggle(s.id)}
              onMouseEnter={() => setHover(s.id)}
              onMouseLeave={() => setHover(null)}
              onFocus={() => setHover(s.id)}
              onBlur={() => setHover(null)}
              title={hidden.has(s.id) ? t('dashboard.show', { name: s.name }) : t('dashboard.hide', { name: s.name })}
            >
              <svg width={24} height={10} aria-hidden="true">
                <line x1={1} y1={5} x2={23} y2={5} stroke={seriesColor(k)} strokeWidth={2.5} strokeDasharray={seriesDash(k)} strokeLinecap="round" />
              </svg>
              <span>{s.name}</span>
              <span className="legend-toggle__value">{text.percent(s.now.trust)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});

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
      </div>
      <div className="table-card">
        <table className="table dash-table">
          <caption className="visually-hidden">{t('dashboard.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.colSupplier')}</th>
              <th scope="col" className="num">{t('dashboard.colTrust')}</th>
              <th scope="col" className="num">{t('dashboard.colChange')}</th>
              <th scope="col">{t('dashboard.colTrend')}</th>
              <th scope="col">{t('dashboard.colAttention')}</th>
              <th scope="col">{t('dashboard.colReview')}</th>
              <th scope="col">{t('dashboard.colNotice')}</th>
            </tr>
          </thead>
          <tbody>
            {view.suppliers.map((r) => <SupplierRow key={r.id} row={r} today={view.today} lastEntryOn={lastEntry.get(r.id) ?? null} />)}
          </tbody>
        </table>
      </div>
      {view.suppliers.length > 0 && view.comparison.dates.length > 1 && <Comparison view={view} />}
    </div>
  );
}
