// The supplier's trust line inside its belief–plausibility band, with a
// marker for every entry on the day its evidence landed, optional lines per
// dimension, and a navigator (recharts Brush) below it to zoom.
import { memo, useCallback, useMemo } from 'react';
import {
  Area, Brush, CartesianGrid, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis,
  type TooltipContentProps, type TooltipValueType as ValueType,
} from 'recharts';
import type { ChartRow } from '../../core/trust/series';
import type { EntryKind } from '../../core/types';
import type { TrustMarker } from '../../core/views';
import { downsample } from './downsample';
import { noGridLines, PlainTick } from './axes';
import { KIND_ORDER, MarkerIcon, MarkerShape } from './shapes';
import { isoToMs, timeTicks, useTrustText } from './text';
import { useWidth } from './useWidth';

export type DimensionKey = 'ability' | 'integrity' | 'benevolence';
export const DIMENSION_KEYS: DimensionKey[] = ['ability', 'integrity', 'benevolence'];
export const DIM_DASH: Record<DimensionKey, string> = { ability: '7 4', integrity: '2 3', benevolence: '12 4 2 4' };
export const dimColor = (d: DimensionKey) => `var(--dim-${d})`;

export interface Point extends ChartRow {
  t: number;
  /** Index in the full rows. */
  i: number;
  markers?: TrustMarker[];
  mk_interaction?: number;
  mk_promise?: number;
  mk_incident?: number;
  mk_advice?: number;
  mk_review?: number;
  mk_note?: number;
}

const MAIN_HEIGHT = 330;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const MARGIN = { top: 12, right: 16, bottom: 4, left: 4 };
const Y_WIDTH = 48;

/** Index of the last row dated on or before `iso` (rows sorted by date). */
function rowIndexAtOrBefore(rows: readonly ChartRow[], iso: string): number {
  let lo = 0;
  let hi = rows.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid]!.date <= iso) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Rows with their x value, and the markers attached to the row of their day. */
export function usePoints(rows: readonly ChartRow[], markers: readonly TrustMarker[]) {
  return useMemo(() => {
    const points: Point[] = rows.map((r, i) => ({ ...r, t: isoToMs(r.date), i }));
    const markerRows = new Set<number>();
    for (const m of markers) {
      if (rows.length === 0 || m.effectOn < rows[0]!.date || m.effectOn > rows[rows.length - 1]!.date) continue;
      const i = rowIndexAtOrBefore(rows, m.effectOn);
      const p = points[i]!;
      (p.markers ??= []).push(m);
      p[`mk_${m.kind}`] = p.trust;
      markerRows.add(i);
    }
    return { points, markerRows };
  }, [rows, markers]);
}

function TrustTooltip({ active, payload, text }: Partial<TooltipContentProps<ValueType, string | number>> & { text: ReturnType<typeof useTrustText> }) {
  const p = payload?.[0]?.payload as Point | undefined;
  if (!active || !p) return null;
  const { t } = text;
  return (
    <div className="trust-tooltip" role="status">
      <div className="trust-tooltip__head">
        <strong>{text.date(p.date, 'long')}</strong>
        <span>
          {t('chart.trust')}: <strong>{text.percent(p.trust)}</strong>{' '}
          <span className="trust-muted">({t('chart.bandRange', { low: text.percent(p.band[0]), high: text.percent(p.band[1]) })})</span>
        </span>
      </div>
      {p.markers && p.markers.length > 0 && (
        <ul className="trust-tooltip__entries">
          {p.markers.map((m) => (
            <li key={`${m.id}-${m.effectOn}`} data-entry-id={m.id}>
              <MarkerIcon kind={m.kind} />
              <span className="trust-tooltip__kind">{t(`journal:kind.${m.kind}`)}</span>
              <span className="trust-tooltip__title">{m.title}</span>
              <span className={`trust-tooltip__effect ${m.effect < 0 ? 'trust-down' : m.effect > 0 ? 'trust-up' : 'trust-muted'}`}>{text.points(m.effect)}</span>
              {m.reasons.length > 0 && <span className="trust-tooltip__reason">{text.reasons(m.reasons)}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface DotProps { cx?: number | null; cy?: number | null; index?: number; payload?: Point }

/** The hover dot on the trust line; on a day with entries the marker itself is the dot (not hidden under it). */
function activeDot({ cx, cy, payload }: DotProps) {
  if (cx == null || cy == null || payload?.markers) return <g />;
  return <circle cx={cx} cy={cy} r={4} fill="var(--trust-line)" stroke="var(--surface)" strokeWidth={2} />;
}

function markerDot(kind: EntryKind, label: (p: Point) => string) {
  function MarkerDot({ cx, cy, index, payload }: DotProps) {
    if (cx == null || cy == null || !payload) return <g key={`${kind}-${index}`} />;
    return (
      <g key={`${kind}-${index}`} className="trust-marker" data-kind={kind} data-date={payload.date}>
        <title>{label(payload)}</title>
        <MarkerShape kind={kind} cx={cx} cy={cy} r={6} />
      </g>
    );
  }
  return MarkerDot;
}

export const TrustChart = memo(function TrustChart({
  points, markerRows, window, dims, baseRate, title,
}: {
  points: Point[];
  markerRows: Set<number>;
  window: [number, number] | null;
  dims: Record<DimensionKey, boolean>;
  baseRate: number | null;
  title: string;
}) {
  const text = useTrustText();
  const { t } = text;
  const [ref, width] = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(100, width - Y_WIDTH - MARGIN.left - MARGIN.right);

  const data = useMemo(() => {
    const [lo, hi] = window ?? [0, points.length - 1];
    const visible = points.slice(lo, hi + 1);
    const keep = new Set<number>();
    for (const i of markerRows) if (i >= lo && i <= hi) keep.add(i - lo);
    return downsample(visible, (p) => p.t, (p) => p.trust, plotWidth, keep);
  }, [points, markerRows, window, plotWidth]);

  const kinds = useMemo(() => KIND_ORDER.filter((k) => data.some((p) => p[`mk_${k}`] !== undefined)), [data]);
  const fromMs = data[0]?.t ?? 0;
  const toMs = data[data.length - 1]?.t ?? 0;
  const ticks = useMemo(() => timeTicks(fromMs, toMs, plotWidth), [fromMs, toMs, plotWidth]);
  const spanDays = (toMs - fromMs) / 86_400_000;
  const tickFormat = useCallback((ms: number) => text.tick(ms, spanDays), [text, spanDays]);
  const pct = useCallback((v: number) => text.percent(v), [text]);
  const dots = useMemo(() => {
    const label = (p: Point) => (p.markers ?? []).map((m) => `${t(`journal:kind.${m.kind}`)}: ${m.title} (${text.points(m.effect)})`).join('; ');
    return Object.fromEntries(KIND_ORDER.map((k) => [k, markerDot(k, label)])) as Record<EntryKind, ReturnType<typeof markerDot>>;
  }, [t, text]);
  const tooltip = useCallback((props: TooltipContentProps<ValueType, string | number>) => <TrustTooltip {...props} text={text} />, [text]);

  return (
    <div ref={ref} className="trust-chart" data-testid="trust-chart">
      <ComposedChart
        width={width}
        height={MAIN_HEIGHT}
        data={data}
        margin={MARGIN}
        accessibilityLayer
        title={title}
      >
        <CartesianGrid stroke="var(--border)" strokeOpacity={0.7} vertical={false} verticalCoordinatesGenerator={noGridLines} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={[fromMs, toMs]}
          ticks={ticks}
          tickFormatter={tickFormat}
          // Every tick we chose is drawn: recharts then need not measure the labels.
          interval={0}
          stroke="var(--text-muted)"
          tick={PlainTick}
          tickLine={false}
          axisLine={{ stroke: 'var(--border)' }}
        />
        <YAxis
          domain={[0, 1]}
          ticks={Y_TICKS}
          tickFormatter={pct}
          interval={0}
          width={Y_WIDTH}
          tick={PlainTick}
          tickLine={false}
          axisLine={false}
        />
        {baseRate !== null && (
          <ReferenceLine
            y={baseRate}
            stroke="var(--text-muted)"
            strokeDasharray="3 4"
            strokeOpacity={0.8}
            label={{ value: t('chart.baseRate'), position: 'insideBottomRight', fill: 'var(--text-muted)', fontSize: 11 }}
          />
        )}
        <Area
          dataKey="band"
          name={t('chart.band')}
          type="monotone"
          fill="var(--trust-band)"
          fillOpacity={1}
          stroke="var(--trust-line)"
          strokeOpacity={0.25}
          strokeWidth={1}
          isAnimationActive={false}
          activeDot={false}
          legendType="none"
        />
        {DIMENSION_KEYS.filter((d) => dims[d]).map((d) => (
          <Line
            key={d}
            dataKey={`${d}Trust`}
            name={t(`dimension.${d}`)}
            type="monotone"
            stroke={dimColor(d)}
            strokeWidth={1.75}
            strokeDasharray={DIM_DASH[d]}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        <Line
          dataKey="trust"
          name={t('chart.trust')}
          type="monotone"
          stroke="var(--trust-line)"
          strokeWidth={2.5}
          dot={false}
          activeDot={activeDot}
          isAnimationActive={false}
        />
        {kinds.map((k) => (
          <Line
            key={k}
            dataKey={`mk_${k}`}
            name={t(`journal:kind.${k}`)}
            stroke="none"
            dot={dots[k]}
            activeDot={false}
            isAnimationActive={false}
            connectNulls={false}
            legendType="none"
          />
        ))}
        <Tooltip content={tooltip} cursor={{ stroke: 'var(--text-muted)', strokeDasharray: '3 3' }} isAnimationActive={false} />
      </ComposedChart>
    </div>
  );
});

/** The whole range in small, with a Brush to choose the window the main chart shows. */
export const TrustNavigator = memo(function TrustNavigator({
  points, onChange, label,
}: {
  points: Point[];
  onChange: (window: [number, number] | null) => void;
  label: string;
}) {
  const text = useTrustText();
  const [ref, width] = useWidth<HTMLDivElement>();
  const data = useMemo(() => downsample(points, (p) => p.t, (p) => p.trust, Math.max(50, Math.floor(width / 2))), [points, width]);
  const spanDays = points.length > 1 ? (points[points.length - 1]!.t - points[0]!.t) / 86_400_000 : 1;
  const fmt = useCallback((ms: number) => text.date(new Date(ms).toISOString().slice(0, 10), spanDays > 150 ? 'medium' : 'short'), [text, spanDays]);
  const change = useCallback(
    ({ startIndex, endIndex }: { startIndex?: number; endIndex?: number }) => {
      if (startIndex === undefined || endIndex === undefined) return;
      if (startIndex <= 0 && endIndex >= data.length - 1) onChange(null);
      else onChange([data[startIndex]!.i, data[endIndex]!.i]);
    },
    [data, onChange],
  );
  if (data.length < 3) return null;
  return (
    <div ref={ref} className="trust-navigator">
      <ComposedChart width={width} height={54} data={data} margin={{ top: 0, right: MARGIN.right, bottom: 0, left: MARGIN.left + Y_WIDTH }}>
        <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} hide />
        <YAxis domain={[0, 1]} hide />
        <Brush
          dataKey="t"
          height={54}
          y={0}
          stroke="var(--accent)"
          fill="var(--surface)"
          travellerWidth={10}
          tickFormatter={fmt}
          onChange={change}
          ariaLabel={label}
        >
          <ComposedChart data={data}>
            <YAxis domain={[0, 1]} hide />
            <Area dataKey="band" fill="var(--trust-band)" stroke="none" isAnimationActive={false} />
            <Line dataKey="trust" stroke="var(--trust-line)" strokeWidth={1.25} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </Brush>
      </ComposedChart>
    </div>
  );
});

export { MAIN_HEIGHT };
