// Where trust is heading: the last months of the trust line, continued past
// today in three dashed lines with their bands (nothing written, promises
// kept, promises broken), and beside it the open items ranked by what each
// would restore. Everything is the view's (core/trust/projection.ts): this
// only draws it. The keyboard steps through the projected weeks and a screen
// reader hears each one named a projection.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { addDays } from '../../core/dates';
import type { Projection } from '../../core/trust/projection';
import type { ChartRow } from '../../core/trust/series';
import { noGridLines, PlainTick } from './axes';
import { MARGIN, Y_WIDTH } from './chartPoints';
import { isoToMs, timeTicks, useTrustText } from './text';
import { useWidth } from './useWidth';

/** History shown before today, so the projection reads as the line's continuation. */
const HISTORY_DAYS = 120;
const HEIGHT = 260;
const COLORS = { nothing: 'var(--trust-line)', kept: 'var(--success)', broken: 'var(--danger)' } as const;
const DASH = { nothing: '6 4', kept: '2 3', broken: '10 3 2 3' } as const;
type Line3 = keyof typeof COLORS;
const LINES: Line3[] = ['kept', 'nothing', 'broken'];

interface Row {
  t: number;
  trust?: number;
  band?: [number, number];
  nothing?: number;
  nothingBand?: [number, number];
  kept?: number;
  keptBand?: [number, number];
  broken?: number;
  brokenBand?: [number, number];
}

export function WhereItIsHeading({ rows, projection, titleId }: { rows: readonly ChartRow[]; projection: Projection; titleId: string }) {
  const text = useTrustText();
  const { t } = text;
  const [ref, width] = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(100, width - Y_WIDTH - MARGIN.left - MARGIN.right);
  const today = projection.from;
  const data = useMemo(() => {
    const since = addDays(today, -HISTORY_DAYS);
    const past: Row[] = rows.filter((r) => r.date >= since && r.date < today).map((r) => ({ t: isoToMs(r.date), trust: r.trust, band: r.band }));
    const ahead: Row[] = projection.rows.map((r, k) => ({ t: isoToMs(r.date), ...r, ...(k === 0 ? { trust: r.nothing, band: r.nothingBand } : {}) }));
    return [...past, ...ahead];
  }, [rows, projection, today]);
  const fromMs = data[0]?.t ?? 0;
  const toMs = data[data.length - 1]?.t ?? 0;
  const ticks = useMemo(() => timeTicks(fromMs, toMs, plotWidth), [fromMs, toMs, plotWidth]);
  const spanDays = (toMs - fromMs) / 86_400_000;

  // The keyboard steps a week through the projected days.
  const [cursor, setCursor] = useState<number | null>(null);
  const last = projection.rows.length - 1;
  const onKey = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 1 : 7;
    const at = cursor ?? 0;
    const next = e.key === 'ArrowRight' ? Math.min(last, at + step) : e.key === 'ArrowLeft' ? Math.max(0, at - step)
      : e.key === 'Home' ? 0 : e.key === 'End' ? last : e.key === 'Escape' ? null : undefined;
    if (next === undefined) return;
    e.preventDefault();
    setCursor(next);
  };
  const sentence = (r: Projection['rows'][number]) => t('heading.readout', {
    date: text.date(r.date), nothing: text.percent(r.nothing), kept: text.percent(r.kept), broken: text.percent(r.broken),
    low: text.percent(r.nothingBand[0]), high: text.percent(r.nothingBand[1]),
  });
  const focused = cursor === null ? null : projection.rows[cursor]!;
  const end = projection.rows[last]!;
  const reviewOrDeadline = projection.review ?? projection.notice;

  return (
    <div className="heading-grid">
      <div className="heading-figure">
        <p className="trust-note heading-summary" id={`${titleId}-summary`} data-testid="projection-summary">
          {t('heading.summary', {
            date: text.date(projection.to), nothing: text.percent(end.nothing), kept: text.percent(end.kept), broken: text.percent(end.broken),
          })}
        </p>
        <div
          ref={ref}
          className="heading-chart"
          data-testid="projection-chart"
          role="group"
          tabIndex={0}
          aria-label={t('heading.chartLabel')}
          aria-describedby={`${titleId}-summary ${titleId}-keys`}
          onKeyDown={onKey}
          onBlur={() => setCursor(null)}
        >
          <ComposedChart width={width} height={HEIGHT} data={data} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid stroke="var(--border)" strokeOpacity={0.7} vertical={false} verticalCoordinatesGenerator={noGridLines} />
            <XAxis
              dataKey="t" type="number" scale="time" domain={[fromMs, toMs]} ticks={ticks} interval={0}
              tickFormatter={(ms: number) => text.tick(ms, spanDays)} stroke="var(--text-muted)" tick={PlainTick} tickLine={false}
              axisLine={{ stroke: 'var(--border)' }}
            />
            <YAxis domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={(v: number) => text.percent(v)} interval={0} width={Y_WIDTH} tick={PlainTick} tickLine={false} axisLine={false} />
            <Area dataKey="band" type="monotone" fill="var(--trust-band)" fillOpacity={1} stroke="none" isAnimationActive={false} activeDot={false} />
            {LINES.map((k) => (
              <Area key={`${k}Band`} dataKey={`${k}Band`} type="monotone" fill={COLORS[k]} fillOpacity={0.08} stroke="none" isAnimationActive={false} activeDot={false} />
            ))}
            <Line dataKey="trust" type="monotone" stroke="var(--trust-line)" strokeWidth={2.5} dot={false} activeDot={false} isAnimationActive={false} />
            {LINES.map((k) => (
              <Line
                key={k} dataKey={k} type="monotone" stroke={COLORS[k]} strokeWidth={2} strokeDasharray={DASH[k]}
                dot={false} activeDot={false} isAnimationActive={false} className={`projection-line projection-line--${k}`}
              />
            ))}
            <ReferenceLine
              x={isoToMs(today)} stroke="var(--text)" strokeDasharray="2 2" className="projection-today"
              label={{ value: t('heading.today'), position: 'insideTopLeft', fill: 'var(--text)', fontSize: 11 }}
            />
            {reviewOrDeadline && (
              <ReferenceLine
                x={isoToMs(reviewOrDeadline)} stroke="var(--text-muted)" strokeDasharray="4 4"
                label={{ value: t(projection.review ? 'heading.review' : 'heading.notice'), position: 'insideTopRight', fill: 'var(--text-muted)', fontSize: 11 }}
              />
            )}
            {focused && <ReferenceLine x={isoToMs(focused.date)} stroke="var(--text)" strokeDasharray="3 3" className="trust-cursor" />}
          </ComposedChart>
          <div className="visually-hidden" aria-live="polite" data-testid="projection-announce">{focused ? sentence(focused) : ''}</div>
        </div>
        {focused && <p className="heading-readout" aria-hidden="true">{sentence(focused)}</p>}
        <ul className="trust-legend" aria-label={t('heading.legend')}>
          <li><svg width={28} height={10} aria-hidden="true"><line x1={1} y1={5} x2={27} y2={5} stroke="var(--trust-line)" strokeWidth={2.5} /></svg> {t('heading.past')}</li>
          {LINES.map((k) => (
            <li key={k} data-testid={`projection-legend-${k}`}>
              <svg width={28} height={10} aria-hidden="true"><line x1={1} y1={5} x2={27} y2={5} stroke={COLORS[k]} strokeWidth={2} strokeDasharray={DASH[k]} /></svg>
              {' '}{t(`heading.line.${k}`)}
            </li>
          ))}
        </ul>
        <p className="trust-note" id={`${titleId}-keys`}>{t('heading.note')} {t('heading.keys')}</p>
      </div>
      <RestoreList projection={projection} />
    </div>
  );
}

function RestoreList({ projection }: { projection: Projection }) {
  const text = useTrustText();
  const { t } = text;
  const items = projection.restore.slice(0, 5);
  const costliest = projection.costliest;
  return (
    <div className="heading-restore" data-testid="restore-list">
      <h4 className="trust-card__title">{t('heading.restoreTitle', { date: text.date(projection.to) })}</h4>
      {items.length === 0 ? <p className="trust-muted">{t('heading.restoreNone')}</p> : (
        <ol className="heading-restore__list">
          {items.map((x) => (
            <li key={x.entryId} data-entry-id={x.entryId}>
              <span className="heading-restore__title">{x.title}</span>
              <span className="heading-restore__how">
                {t(`heading.action.${x.action}`, { date: x.dueOn ? text.date(x.dueOn) : '' })}
              </span>
              <span className="trust-up heading-restore__amount">{text.points(x.restores)}</span>
            </li>
          ))}
        </ol>
      )}
      {costliest && (
        <p className="trust-note" data-testid="costliest">
          {t('heading.costliest', { title: costliest.title, amount: text.pointsSize(costliest.atStake) })}
        </p>
      )}
    </div>
  );
}
