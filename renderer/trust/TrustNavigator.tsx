// The zoom below the trust chart: the whole range in small, with a two-handle
// slider over it that chooses the window the main chart shows.
import * as Slider from '@radix-ui/react-slider';
import { memo, useCallback, useMemo, type PointerEvent as ReactPointerEvent } from 'react';
import { ComposedChart, Area, Line, XAxis, YAxis } from 'recharts';
import { MARGIN, Y_WIDTH, type Point } from './chartPoints';
import { downsample } from './downsample';
import { useTrustText } from './text';
import { useWidth } from './useWidth';

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
