// The supplier's trust line inside its belief–plausibility band, with a
// marker for every entry on the day its evidence landed, optional lines per
// dimension, and a navigator below it to zoom. The keyboard reads it a point
// at a time (chartKeys.ts); a screen reader hears each point.
import * as Slider from '@radix-ui/react-slider';
import { memo, useCallback, useMemo, type CSSProperties, type HTMLAttributes, type PointerEvent as ReactPointerEvent } from 'react';
import {
  Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis,
  type TooltipContentProps, type TooltipValueType as ValueType,
} from 'recharts';
import type { ChartRow } from '../../core/trust/series';
import type { EntryKind } from '../../core/types';
import type { TrustMarker } from '../../core/views';
import { stepByDate, useChartCursor } from './chartKeys';
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

type TrustText = ReturnType<typeof useTrustText>;

function TrustTooltip({ active, payload, text }: Partial<TooltipContentProps<ValueType, string | number>> & { text: TrustText }) {
  const p = payload?.[0]?.payload as Point | undefined;
  if (!active || !p) return null;
  return <PointReadout p={p} text={text} className="trust-tooltip" role="status" />;
}

/** What a point says: its date, trust and band, and the day's entries with what each did. */
function PointReadout({ p, text, ...props }: { p: Point; text: TrustText } & HTMLAttributes<HTMLDivElement>) {
  const { t } = text;
  return (
    <div {...props}>
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

/** The same in one sentence, for a screen reader. */
function pointSentence(p: Point, text: TrustText): string {
  const { t } = text;
  const head = t('chart.readout', { date: text.date(p.date, 'long'), trust: text.percent(p.trust), low: text.percent(p.band[0]), high: text.percent(p.band[1]) });
  const entries = (p.markers ?? []).map((m) => t('chart.readoutEntry', { kind: t(`journal:kind.${m.kind}`), title: m.title, effect: text.points(m.effect) }));
  return [head, ...entries].join(' ');
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
  points, markerRows, window, dims, baseRate, title, describedBy,
}: {
  points: Point[];
  markerRows: Set<number>;
  window: [number, number] | null;
  dims: Record<DimensionKey, boolean>;
  baseRate: number | null;
  title: string;
  /** Ids of the chart's caption and of the help text that names its keys; without them (in print) the chart takes no focus. */
  describedBy?: string;
}) {
  const text = useTrustText();
  const { t } = text;
  const [ref, width] = useWidth<HTMLDivElement>();
  const plotWidth = Math.max(100, width - Y_WIDTH - MARGIN.left - MARGIN.right);
  const [lo, hi] = window ?? [0, points.length - 1];

  const dates = useMemo(() => points.map((p) => p.date), [points]);
  const marks = useMemo(() => [...markerRows].sort((a, b) => a - b), [markerRows]);
  const { cursor, setCursor, keyProps } = useChartCursor(
    (index, key) => (dates.length === 0 ? null : stepByDate(dates, index, key, marks, [lo, hi])),
    () => hi,
  );
  // A zoom may leave the cursor outside the window: it stays on the window's edge.
  const focused = cursor && points.length > 0 ? points[Math.max(lo, Math.min(hi, cursor.index))]! : null;

  const data = useMemo(() => {
    const visible = points.slice(lo, hi + 1);
    const keep = new Set<number>();
    for (const i of markerRows) if (i >= lo && i <= hi) keep.add(i - lo);
    return downsample(visible, (p) => p.t, (p) => p.trust, plotWidth, keep);
  }, [points, markerRows, lo, hi, plotWidth]);

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

  // The read-out sits beside the cursor, on the side with more room.
  const cursorX = focused && toMs > fromMs ? (focused.t - fromMs) / (toMs - fromMs) : 0;
  const readoutStyle: CSSProperties = cursorX > 0.5
    ? { right: MARGIN.right + (1 - cursorX) * plotWidth + 12 }
    : { left: MARGIN.left + Y_WIDTH + cursorX * plotWidth + 12 };

  return (
    <div
      ref={ref}
      className="trust-chart"
      data-testid="trust-chart"
      role="group"
      aria-label={title}
      {...(describedBy ? { ...keyProps, 'aria-describedby': describedBy } : {})}
      // The pointer takes over from the keyboard.
      onPointerMove={focused ? () => setCursor(null) : undefined}
    >
      <ComposedChart
        width={width}
        height={MAIN_HEIGHT}
        data={data}
        margin={MARGIN}
        accessibilityLayer={false}
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
        {focused && <ReferenceLine x={focused.t} stroke="var(--text)" strokeDasharray="3 3" className="trust-cursor" />}
        {focused && <ReferenceDot x={focused.t} y={focused.trust} r={5} fill="var(--trust-line)" stroke="var(--surface)" strokeWidth={2} />}
        <Tooltip content={tooltip} cursor={{ stroke: 'var(--text-muted)', strokeDasharray: '3 3' }} isAnimationActive={false} />
      </ComposedChart>
      {focused && <PointReadout p={focused} text={text} className="trust-tooltip trust-readout" style={readoutStyle} aria-hidden="true" />}
      {/* Read out only when the keyboard moves through the days. */}
      <div className="visually-hidden" aria-live="polite" data-testid="trust-chart-announce">
        {focused && cursor?.byKeyboard ? pointSentence(focused, text) : ''}
      </div>
    </div>
  );
});

/**
 * The whole range in small, with a slider of two handles over it (Radix:
 * arrows move a handle a day, PageUp/PageDown ten days, Home/End to the ends)
 * that chooses the window the main chart shows; dragging the chosen period
 * itself moves it whole.
 */
export const TrustNavigator = memo(function TrustNavigator({
  points, window, onChange,
}: {
  points: Point[];
  window: [number, number] | null;
  onChange: (window: [number, number] | null) => void;
}) {
  const text = useTrustText();
  const { t } = text;
  const [ref, width] = useWidth<HTMLDivElement>();
  const data = useMemo(() => downsample(points, (p) => p.t, (p) => p.trust, Math.max(50, Math.floor(width / 2))), [points, width]);
  const last = points.length - 1;
  const value = window ?? [0, last];
  const change = useCallback(([a, b]: number[]) => onChange(a! <= 0 && b! >= last ? null : [a!, b!]), [last, onChange]);
  const pan = (e: ReactPointerEvent<HTMLSpanElement>) => {
    if (!window) return;
    // Not Radix's own handling, which would move the nearest handle to the pointer.
    e.stopPropagation();
    e.preventDefault();
    const track = e.currentTarget.parentElement!.getBoundingClientRect().width;
    const [from, to, x0] = [window[0], window[1], e.clientX];
    // Listened to on the document, without pointer capture: Radix moves a handle on any captured move.
    const move = (ev: PointerEvent) => {
      const days = Math.max(-from, Math.min(last - to, Math.round(((ev.clientX - x0) / track) * last)));
      change([from + days, to + days]);
    };
    const up = () => {
      document.removeEventListener('pointermove', move);
      document.removeEventListener('pointerup', up);
    };
    document.addEventListener('pointermove', move);
    document.addEventListener('pointerup', up);
  };
  if (data.length < 3) return null;
  const spanDays = (points[last]!.t - points[0]!.t) / 86_400_000;
  const dateOf = (i: number, style: 'short' | 'medium' | 'long') => text.date(points[i]!.date, style);
  const at = (i: number) => `${((i / last) * 100).toFixed(3)}%`;
  const inset = { left: MARGIN.left + Y_WIDTH, right: MARGIN.right };
  return (
    <div ref={ref} className="trust-navigator" role="group" aria-label={t('chart.zoom')} data-testid="trust-navigator">
      <ComposedChart width={width} height={54} data={data} margin={{ top: 0, right: MARGIN.right, bottom: 0, left: MARGIN.left + Y_WIDTH }} accessibilityLayer={false}>
        <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} hide />
        <YAxis domain={[0, 1]} hide />
        <Area dataKey="band" fill="var(--trust-band)" stroke="none" isAnimationActive={false} />
        <Line dataKey="trust" stroke="var(--trust-line)" strokeWidth={1.25} dot={false} isAnimationActive={false} />
      </ComposedChart>
      <Slider.Root className="trust-zoom" style={inset} min={0} max={last} step={1} minStepsBetweenThumbs={2} value={value} onValueChange={change}>
        <Slider.Track className="trust-zoom__track">
          <Slider.Range className={window ? 'trust-zoom__range is-zoomed' : 'trust-zoom__range'} onPointerDown={pan} />
        </Slider.Track>
        <Slider.Thumb className="trust-zoom__thumb" aria-label={t('chart.zoomStart')} aria-valuetext={dateOf(value[0], 'long')} />
        <Slider.Thumb className="trust-zoom__thumb" aria-label={t('chart.zoomEnd')} aria-valuetext={dateOf(value[1], 'long')} />
      </Slider.Root>
      <div className="trust-zoom__dates" style={inset} aria-hidden="true">
        <span className="trust-navigator__date is-start" style={{ left: at(value[0]) }}>{dateOf(value[0], spanDays > 150 ? 'medium' : 'short')}</span>
        <span className="trust-navigator__date is-end" style={{ right: `calc(100% - ${at(value[1])})` }}>{dateOf(value[1], spanDays > 150 ? 'medium' : 'short')}</span>
      </div>
    </div>
  );
});

export { MAIN_HEIGHT };
