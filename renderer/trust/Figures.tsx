// The figures beside the chart (design.md, point 8) and the client-conduct
// mirror: our own conduct as a client, kept visibly apart.
import clsx from 'clsx';
import { AlertTriangle, CalendarClock, Clock } from 'lucide-react';
import { memo, useMemo, type ReactNode } from 'react';
import { Area, Bar, BarChart, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { QuarterIncidents, SupplierFigures } from '../../core/trust/figures';
import { sayDoCounted } from '../../core/trust/say-do';
import type { ChartRow } from '../../core/trust/series';
import { downsample } from './downsample';
import { isoToMs, useTrustText } from './text';
import { useWidth } from './useWidth';

const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

function Tile({ label, value, sub, tone, icon, testId, wide }: {
  label: string; value: ReactNode; sub?: ReactNode; tone?: 'warning' | 'danger' | 'success'; icon?: ReactNode; testId?: string; wide?: boolean;
}) {
  return (
    <div className={clsx('figure-tile', tone && `figure-tile--${tone}`, wide && 'figure-tile--wide')} data-testid={testId}>
      <span className="figure-tile__label">{label}</span>
      <span className="figure-tile__value">{icon}{value}</span>
      {sub && <span className="figure-tile__sub">{sub}</span>}
    </div>
  );
}

/** The last `n` quarters up to `today`, with zeros where nothing happened. */
function lastQuarters(list: QuarterIncidents[], today: string, n = 8): QuarterIncidents[] {
  const byQ = new Map(list.map((q) => [q.quarter, q]));
  let y = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: QuarterIncidents[] = [];
  for (let k = 0; k < n; k++) {
    const key = `${y}-Q${q}`;
    out.unshift(byQ.get(key) ?? { quarter: key, low: 0, medium: 0, high: 0, critical: 0 });
    q--;
    if (q === 0) { q = 4; y--; }
  }
  return out;
}

const IncidentsChart = memo(function IncidentsChart({ quarters }: { quarters: QuarterIncidents[] }) {
  const text = useTrustText();
  const { t } = text;
  const [ref, width] = useWidth<HTMLDivElement>(300);
  // "2025-Q1" as the language writes a quarter: "K1 '25" on the axis, "K1 2025" in the read-out.
  const parts = (q: string) => ({ q: q.slice(6), year: q.slice(0, 4), yy: q.slice(2, 4) });
  const label = (q: string) => t('figures.quarterTick', parts(q));
  const total = quarters.reduce((n, q) => n + q.low + q.medium + q.high + q.critical, 0);
  return (
    <div ref={ref} className="incidents-chart">
      {total === 0 ? (
        <p className="trust-muted">{t('figures.noIncidents')}</p>
      ) : (
        <BarChart width={width} height={96} data={quarters} margin={{ top: 4, right: 4, bottom: 0, left: 4 }} accessibilityLayer title={t('figures.incidents')}>
          <XAxis dataKey="quarter" tickFormatter={label} tick={{ fill: 'var(--text-muted)', fontSize: 10 }} tickLine={false} axisLine={{ stroke: 'var(--border)' }} interval={0} />
          <YAxis hide allowDecimals={false} />
          <Tooltip
            cursor={{ fill: 'var(--surface-2)' }}
            isAnimationActive={false}
            labelFormatter={(q) => t('figures.quarter', parts(String(q)))}
            formatter={(value, name) => [text.number(Number(value)), name]}
            separator=": "
            contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6, fontSize: 12 }}
            labelStyle={{ color: 'var(--text)' }}
            itemStyle={{ color: 'var(--text)' }}
          />
          {SEVERITIES.map((s) => (
            <Bar key={s} dataKey={s} name={t(`severity.${s}`)} stackId="i" fill={`var(--sev-${s})`} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
      <ul className="sev-legend" aria-label={t('figures.severityLegend')}>
        {SEVERITIES.map((s) => (
          <li key={s}><span className="sev-swatch" style={{ background: `var(--sev-${s})` }} aria-hidden="true" />{t(`severity.${s}`)}</li>
        ))}
      </ul>
    </div>
  );
});

export function FigureTiles({ figures, today }: { figures: SupplierFigures; today: string }) {
  const text = useTrustText();
  const { t } = text;
  const f = figures;
  const counted = sayDoCounted(f.sayDo);
  const quarters = useMemo(() => lastQuarters(f.incidentsPerQuarter, today), [f.incidentsPerQuarter, today]);
  const noticeSoon = f.daysToNoticeDeadline !== null && f.daysToNoticeDeadline >= 0 && f.daysToNoticeDeadline <= 60;
  return (
    <section className="figure-grid" aria-label={t('figures.title')} data-testid="figures">
      <Tile
        label={t('figures.sayDo')}
        value={f.sayDo.ratio === null ? '—' : text.percent(f.sayDo.ratio)}
        sub={counted === 0 ? t('figures.sayDoNone') : t('figures.sayDoSub', { kept: f.sayDo.keptOnTime, count: counted })}
        tone={f.sayDo.ratio !== null && f.sayDo.ratio < 0.7 ? 'warning' : undefined}
        testId="figure-saydo"
      />
      <Tile label={t('figures.openPromises')} value={text.number(f.openPromises)} sub={t('figures.overPromising', { count: f.overPromising })} tone={f.overPromising > 0 ? 'warning' : undefined} />
      <Tile
        label={t('figures.overdue')}
        value={text.number(f.overduePromises)}
        icon={f.overduePromises > 0 ? <Clock size={16} aria-hidden="true" /> : undefined}
        sub={f.overduePromises > 0 ? t('figures.overdueSub') : t('figures.overdueNone')}
        tone={f.overduePromises > 0 ? 'danger' : undefined}
        testId="figure-overdue"
      />
      <Tile
        label={t('figures.mttr')}
        value={f.meanTimeToResolveDays === null ? '—' : t('figures.days', { count: Math.round(f.meanTimeToResolveDays) })}
        sub={t('figures.openIncidents', { count: f.openIncidents })}
        tone={f.openIncidents > 0 ? 'danger' : undefined}
        icon={f.openIncidents > 0 ? <AlertTriangle size={16} aria-hidden="true" /> : undefined}
      />
      <Tile
        label={t('figures.lastContact')}
        value={f.daysSinceLastInteraction === null ? '—' : t('figures.daysAgo', { count: f.daysSinceLastInteraction })}
        sub={f.lastInteractionOn ? text.date(f.lastInteractionOn) : t('figures.noContact')}
        tone={f.daysSinceLastInteraction !== null && f.daysSinceLastInteraction > 60 ? 'warning' : undefined}
        testId="figure-last-contact"
      />
      <Tile
        label={t('figures.nextReview')}
        value={f.nextReviewDue ? text.date(f.nextReviewDue) : '—'}
        icon={f.reviewOverdue ? <CalendarClock size={16} aria-hidden="true" /> : undefined}
        sub={f.reviewOverdue ? t('figures.reviewOverdue', { count: f.reviewOverdueDays }) : f.noReviewYet ? t('figures.noReviewYet') : f.nextReviewDue ? t('figures.reviewOnTime') : t('figures.noInterval')}
        tone={f.reviewOverdue ? 'warning' : undefined}
        testId="figure-next-review"
      />
      <Tile
        label={t('figures.contract')}
        value={f.termEnd ? text.date(f.termEnd) : '—'}
        sub={
          f.noticeDeadline
            ? f.daysToNoticeDeadline !== null && f.daysToNoticeDeadline < 0
              ? t('figures.noticePassed', { date: text.date(f.noticeDeadline) })
              : t('figures.noticeBy', { date: text.date(f.noticeDeadline), count: f.daysToNoticeDeadline ?? 0 })
            : t('figures.noContractEnd')
        }
        tone={noticeSoon ? 'warning' : undefined}
        icon={noticeSoon ? <CalendarClock size={16} aria-hidden="true" /> : undefined}
        testId="figure-contract"
      />
      <div className="figure-tile figure-tile--wide">
        <span className="figure-tile__label">{t('figures.incidents')}</span>
        <IncidentsChart quarters={quarters} />
      </div>
    </section>
  );
}

const ConductChart = memo(function ConductChart({ rows }: { rows: ChartRow[] }) {
  const text = useTrustText();
  const [ref, width] = useWidth<HTMLDivElement>(300);
  const data = useMemo(() => {
    const points = rows.map((r) => ({ ...r, t: isoToMs(r.date) }));
    return downsample(points, (p) => p.t, (p) => p.trust, Math.max(40, width - 50));
  }, [rows, width]);
  return (
    <div ref={ref}>
      {/* No keyboard stop: the figures beside it say what it shows. */}
      <ComposedChart width={width} height={150} data={data} margin={{ top: 6, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
        <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} hide />
        <YAxis domain={[0, 1]} ticks={[0, 0.5, 1]} tickFormatter={(v: number) => text.percent(v)} width={40} tick={{ fill: 'var(--text-muted)', fontSize: 11 }} tickLine={false} axisLine={false} />
        <Area dataKey="band" fill="var(--conduct-band)" stroke="none" isAnimationActive={false} activeDot={false} />
        <Line dataKey="trust" stroke="var(--conduct-line)" strokeWidth={2} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
});

export function ConductMirror({ rows, figures }: { rows: ChartRow[]; figures: SupplierFigures }) {
  const text = useTrustText();
  const { t } = text;
  const empty = rows.every((r) => r.uncertainty >= 0.9999) && figures.openPromises === 0 && figures.incidentsPerQuarter.length === 0;
  const last = rows[rows.length - 1];
  return (
    <section className="trust-card conduct" aria-labelledby="conduct-title" data-testid="conduct">
      <h3 id="conduct-title" className="trust-card__title">{t('conduct.title')}</h3>
      <p className="trust-note">{t('conduct.note')}</p>
      {empty ? (
        <p className="trust-muted">{t('conduct.empty')}</p>
      ) : (
        <>
          {last && (
            <p className="conduct__now">
              <span className="conduct__value">{text.percent(last.trust)}</span> <span className="trust-muted">{t('conduct.now')}</span>
            </p>
          )}
          <ConductChart rows={rows} />
          <dl className="conduct__figures">
            <div><dt>{t('figures.sayDo')}</dt><dd>{figures.sayDo.ratio === null ? '—' : text.percent(figures.sayDo.ratio)}</dd></div>
            <div><dt>{t('figures.overdue')}</dt><dd>{text.number(figures.overduePromises)}</dd></div>
            <div><dt>{t('conduct.incidents')}</dt><dd>{text.number(figures.incidentsPerQuarter.reduce((n, q) => n + q.low + q.medium + q.high + q.critical, 0))}</dd></div>
          </dl>
        </>
      )}
    </section>
  );
}
