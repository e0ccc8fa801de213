// The zoom below the trust chart: the whole span the chart can show in small
// (the history, then the projection past today, drawn dashed and lighter), with
// a two-handle slider over it that chooses the window the main chart shows.
import * as Slider from '@radix-ui/react-slider';
import { memo, useCallback, useMemo, type PointerEvent as ReactPointerEvent } from 'react';
import { ComposedChart, Area, Line, ReferenceLine, XAxis, YAxis } from 'recharts';
import { MARGIN, Y_WIDTH, type Point } from './chartPoints';
import { downsample } from './downsample';
import type { ProjectedRow } from './ahead';
import { PROJECTION_DASH } from './projectionChart';
import { useTrustText } from './text';
import { useWidth } from './useWidth';

/**
 * The whole span in small, with a slider of two handles over it (Radix:
 * arrows move a handle a step, PageUp/PageDown ten, Home/End to the ends)
 * that chooses the window the main chart shows; dragging the chosen period
 * itself moves it whole. Its indices count the history's points, then the
 * projected ones (`ahead`, from aheadOf), as the main chart's window does.
 */
export const TrustNavigator = memo(function TrustNavigator({
  points, ahead, window, onChange,
}: {
  points: Point[];
  /** The projected rows past today (empty: none shown). */
  ahead: ProjectedRow[];
  window: [number, number] | null;
  onChange: (window: [number, number] | null) => void;
}) {
  const text = useTrustText();
  const { t } = text;
  const [ref, width] = useWidth<HTMLDivElement>();
  const data = useMemo(() => {
    const history: (Point | ProjectedRow | (Point & ProjectedRow))[] = downsample(points, (p) => p.t, (p) => p.trust, Math.max(50, Math.floor(width / 2)));
    if (ahead.length === 0 || history.length === 0) return history;
    // Today's point starts the projected line, so it goes on from the trust line.
    const today = history[history.length - 1] as Point;
    history[history.length - 1] = { ...today, nothing: today.trust, nothingBand: today.band } as Point & ProjectedRow;
    return [...history, ...ahead];
  }, [points, ahead, width]);
  const todayIndex = points.length - 1;
  const last = todayIndex + ahead.length;
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
  const rowAt = (i: number) => (i <= todayIndex ? points[i]! : ahead[i - todayIndex - 1]!);
  const spanDays = (rowAt(last).t - points[0]!.t) / 86_400_000;
  const dateOf = (i: number, style: 'short' | 'medium' | 'long') => text.date(rowAt(i).date, style);
  // A handle past today is said to be on the projection.
  const handleText = (i: number) => (i > todayIndex ? t('chart.zoomProjected', { date: dateOf(i, 'long') }) : dateOf(i, 'long'));
  const at = (i: number) => `${((i / last) * 100).toFixed(3)}%`;
  const inset = { left: MARGIN.left + Y_WIDTH, right: MARGIN.right };
  return (
    <div ref={ref} className="trust-navigator" role="group" aria-label={t('chart.zoom')} data-testid="trust-navigator">
      <ComposedChart width={width} height={54} data={data} margin={{ top: 0, right: MARGIN.right, bottom: 0, left: MARGIN.left + Y_WIDTH }} accessibilityLayer={false}>
        <XAxis dataKey="t" type="number" domain={['dataMin', 'dataMax']} hide />
        <YAxis domain={[0, 1]} hide />
        <Area dataKey="band" fill="var(--trust-band)" stroke="none" isAnimationActive={false} />
        <Line dataKey="trust" stroke="var(--trust-line)" strokeWidth={1.25} dot={false} isAnimationActive={false} />
        {ahead.length > 0 && [
          <Area key="band" dataKey="nothingBand" fill="var(--trust-band)" fillOpacity={0.45} stroke="none" isAnimationActive={false} className="trust-navigator__projection-band" />,
          <Line
            key="line" dataKey="nothing" stroke="var(--trust-line)" strokeOpacity={0.7} strokeWidth={1.25} strokeDasharray={PROJECTION_DASH.nothing}
            dot={false} isAnimationActive={false} className="trust-navigator__projection-line"
          />,
          <ReferenceLine key="today" x={points[todayIndex]!.t} stroke="var(--text-muted)" strokeDasharray="2 2" className="trust-navigator__today" />,
        ]}
      </ComposedChart>
      <Slider.Root className="trust-zoom" style={inset} min={0} max={last} step={1} minStepsBetweenThumbs={2} value={value} onValueChange={change}>
        <Slider.Track className="trust-zoom__track">
          <Slider.Range className={window ? 'trust-zoom__range is-zoomed' : 'trust-zoom__range'} onPointerDown={pan} />
        </Slider.Track>
        <Slider.Thumb className="trust-zoom__thumb" aria-label={t('chart.zoomStart')} aria-valuetext={handleText(value[0])} />
        <Slider.Thumb className="trust-zoom__thumb" aria-label={t('chart.zoomEnd')} aria-valuetext={handleText(value[1])} />
      </Slider.Root>
      <div className="trust-zoom__dates" style={inset} aria-hidden="true">
        <span className="trust-navigator__date is-start" style={{ left: at(value[0]) }}>{dateOf(value[0], spanDays > 150 ? 'medium' : 'short')}</span>
        <span className="trust-navigator__date is-end" style={{ right: `calc(100% - ${at(value[1])})` }}>{dateOf(value[1], spanDays > 150 ? 'medium' : 'short')}</span>
      </div>
    </div>
  );
});
