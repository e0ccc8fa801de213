// The supplier's trust line inside its belief–plausibility band, with a
// marker for every entry on the day its evidence landed, optional lines per
// dimension, and a navigator below it to zoom. The keyboard reads it a point
// at a time (chartKeys.ts); a screen reader hears each point. Its data:
// chartPoints.ts; what a point says: PointReadout.tsx; the zoom below it:
// TrustNavigator.tsx. Given a projection, a chart that reaches today goes on
// past it (projectionChart.tsx): the keyboard steps on into it and a screen
// reader hears those days named a projection. The window counts the history's
// points and then the projected ones (aheadOf), as the navigator does, so a
// window may end, or lie wholly, past today.
import { memo, useCallback, useMemo, type CSSProperties } from 'react';
import {
  Area, CartesianGrid, ComposedChart, Line, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis,
  type TooltipContentProps, type TooltipValueType as ValueType,
} from 'recharts';
import type { Projection } from '../../core/trust/projection';
import type { EntryKind } from '../../core/types';
import { stepByDate, useChartCursor } from './chartKeys';
import { DIM_DASH, DIMENSION_KEYS, dimColor, MAIN_HEIGHT, MARGIN, Y_WIDTH, type DimensionKey, type Point } from './chartPoints';
import { downsample } from './downsample';
import { noGridLines, PlainTick } from './axes';
import { PointReadout, pointSentence, TrustTooltip } from './PointReadout';
import { aheadOf, windowParts, type ProjectedRow } from './ahead';
import { projectionElements, projectionSentence } from './projectionChart';
import { KIND_ORDER, MarkerShape } from './shapes';
import { timeTicks, useTrustText } from './text';
import { useWidth } from './useWidth';

const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];

interface DotProps { cx?: number | null; cy?: number | null; index?: number; payload?: Point }

/** The hover dot on the trust line; on a day with entries the marker itself is the dot (not hidden under it). */
function activeDot({ cx, cy, payload }: DotProps) {
  if (cx == null || cy == null || payload?.markers) return <g />;
  return <circle cx={cx} cy={cy} r={4} fill="var(--trust-line)" stroke="var(--surface)" strokeWidth={2} />;
}

/**
 * A kind's marker on a day with such an entry. Recharts asks for one on every point of the chart, so a day
 * without one draws nothing (not an empty element: six kinds over a year made thousands of them). On paper
 * the marker is its shape alone, without the hover title and its group: nothing hovers there, and each
 * element is more work for the PDF.
 */
function markerDot(kind: EntryKind, label: ((p: Point) => string) | null) {
  function MarkerDot({ cx, cy, index, payload }: DotProps) {
    if (cx == null || cy == null || !payload) return null;
    if (!label) return <MarkerShape key={`${kind}-${index}`} kind={kind} cx={cx} cy={cy} r={6} />;
    return (
      <g key={`${kind}-${index}`} className="trust-marker" data-kind={kind} data-date={payload.date}>
        {label && <title>{label(payload)}</title>}
        <MarkerShape kind={kind} cx={cx} cy={cy} r={6} />
      </g>
    );
  }
  return MarkerDot;
}

export const TrustChart = memo(function TrustChart({
  points, markerRows, window, dims, baseRate, title, describedBy, projection, expectedWidth = 800, onPaper = false,
}: {
  points: Point[];
  markerRows: Set<number>;
  window: [number, number] | null;
  dims: Record<DimensionKey, boolean>;
  baseRate: number | null;
  title: string;
  /** Ids of the chart's caption and of the help text that names its keys; without them (in print) the chart takes no focus. */
  describedBy?: string;
  /** Where trust is heading: drawn past today when the history ends today and the window reaches past it. */
  projection?: Projection | null;
  /** The width it is first drawn at: when it is what is then measured, the chart is not drawn a second time. */
  expectedWidth?: number;
  /** Drawn for a printed pack: only what shows on paper (no tooltip, no hover titles on the markers), at its known width. */
  onPaper?: boolean;
}) {
  const text = useTrustText();
  const { t } = text;
  // On paper the width is known (the print box's): reading it during the commit would lay out the whole pack
  // before its questions go out; the observer still corrects it after the browser's own layout.
  const [ref, width] = useWidth<HTMLDivElement>(expectedWidth, { measureNow: !onPaper });
  const plotWidth = Math.max(100, width - Y_WIDTH - MARGIN.left - MARGIN.right);
  // The projection goes on from the history's last point when that is today.
  const ahead = useMemo<ProjectedRow[]>(() => aheadOf(points, projection), [projection, points]);
  const today = points.length - 1;
  const [lo, hi] = window ?? [0, today + ahead.length];
  const parts = useMemo(() => windowParts([lo, hi], today), [lo, hi, today]);
  // The projected rows the window shows (none when it ends on or before today).
  const shownAhead = useMemo(() => (parts.ahead ? ahead.slice(parts.ahead[0], parts.ahead[1] + 1) : []), [ahead, parts]);
  const dates = useMemo(() => [...points.map((p) => p.date), ...ahead.map((r) => r.date)], [points, ahead]);
  const marks = useMemo(() => [...markerRows].sort((a, b) => a - b), [markerRows]);
  const { cursor, setCursor, keyProps } = useChartCursor(
    // End goes to today, and from today (or past it) to the window's last day.
    (index, key) => (dates.length === 0 ? null : stepByDate(dates, index, key, marks, [lo, key.key === 'End' && index < today && today < hi ? today : hi])),
    // The cursor starts on today, or on the window's last day before it, or on its first day when it lies past today.
    () => (lo <= today ? Math.min(hi, today) : lo),
  );
  // A zoom may leave the cursor outside the window: it stays on the window's edge.
  const at = cursor && points.length > 0 ? Math.max(lo, Math.min(hi, cursor.index)) : null;
  const focused = at !== null && at <= today ? points[at]! : null;
  const focusedAhead = at !== null && at > today ? ahead[at - today - 1]! : null;
  const cursorT = focused?.t ?? focusedAhead?.t ?? null;

  const data = useMemo(() => {
    const [start, end] = parts.history ?? [0, -1];
    const visible = points.slice(start, end + 1);
    const keep = new Set<number>();
    for (const i of markerRows) if (i >= start && i <= end) keep.add(i - start);
    const history: (Point | ProjectedRow | (Point & Partial<ProjectedRow>))[] = downsample(visible, (p) => p.t, (p) => p.trust, plotWidth, keep);
    if (shownAhead.length === 0) return history;
    // Today's point starts the three projected lines, so they go on from the trust line.
    const todayRow = projection!.rows[0]!;
    if (history.length > 0) history[history.length - 1] = { ...history[history.length - 1] as Point, ...todayRow, date: todayRow.date, t: (history[history.length - 1] as Point).t };
    return [...history, ...shownAhead];
  }, [points, markerRows, parts, plotWidth, shownAhead, projection]);

  const kinds = useMemo(() => KIND_ORDER.filter((k) => data.some((p) => (p as Point)[`mk_${k}`] !== undefined)), [data]);
  const fromMs = data[0]?.t ?? 0;
  const toMs = data[data.length - 1]?.t ?? 0;
  const ticks = useMemo(() => timeTicks(fromMs, toMs, plotWidth), [fromMs, toMs, plotWidth]);
  const spanDays = (toMs - fromMs) / 86_400_000;
  const tickFormat = useCallback((ms: number) => text.tick(ms, spanDays), [text, spanDays]);
  const pct = useCallback((v: number) => text.percent(v), [text]);
  const dots = useMemo(() => {
    const label = onPaper ? null : (p: Point) => (p.markers ?? []).map((m) => `${t(`journal:kind.${m.kind}`)}: ${m.title} (${text.points(m.effect)})`).join('; ');
    return Object.fromEntries(KIND_ORDER.map((k) => [k, markerDot(k, label)])) as Record<EntryKind, ReturnType<typeof markerDot>>;
  }, [t, text, onPaper]);
  const tooltip = useCallback((props: TooltipContentProps<ValueType, string | number>) => <TrustTooltip {...props} text={text} />, [text]);

  // The read-out sits beside the cursor, on the side with more room.
  const cursorX = cursorT !== null && toMs > fromMs ? (cursorT - fromMs) / (toMs - fromMs) : 0;
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
      onPointerMove={cursorT !== null ? () => setCursor(null) : undefined}
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
        {shownAhead.length > 0 && projectionElements(projection!, text)}
        {cursorT !== null && <ReferenceLine x={cursorT} stroke="var(--text)" strokeDasharray="3 3" className="trust-cursor" />}
        {focused && <ReferenceDot x={focused.t} y={focused.trust} r={5} fill="var(--trust-line)" stroke="var(--surface)" strokeWidth={2} />}
        {focusedAhead && <ReferenceDot x={focusedAhead.t} y={focusedAhead.nothing} r={5} fill="var(--trust-line)" stroke="var(--surface)" strokeWidth={2} />}
        {/* While the keyboard moves the read-out, the pointer's tooltip gives way: one read-out at a time. Paper has
            none: recharts measures the tooltip's box as it mounts, another layout of the whole pack. */}
        {!onPaper && <Tooltip content={tooltip} cursor={{ stroke: 'var(--text-muted)', strokeDasharray: '3 3' }} isAnimationActive={false} active={cursorT !== null ? false : undefined} />}
      </ComposedChart>
      {focused && <PointReadout p={focused} text={text} className="trust-tooltip trust-readout" style={readoutStyle} aria-hidden="true" />}
      {focusedAhead && (
        <div className="trust-tooltip trust-readout trust-readout--projected" style={readoutStyle} aria-hidden="true">{projectionSentence(focusedAhead, text)}</div>
      )}
      {/* Read out only when the keyboard moves through the days. */}
      <div className="visually-hidden" aria-live="polite" data-testid="trust-chart-announce">
        {focused && cursor?.byKeyboard ? pointSentence(focused, text) : focusedAhead && cursor?.byKeyboard ? projectionSentence(focusedAhead, text) : ''}
      </div>
    </div>
  );
});

