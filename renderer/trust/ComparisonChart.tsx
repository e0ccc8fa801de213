// The comparison's lines, drawn as plain SVG: up to a dozen weekly lines on a
// 0–100% scale need no chart library, and the start screen then needs none
// either (recharts is the largest part of the app's code, and drawing a
// dozen lines through it took about 300 ms of the dashboard's first second).
// The plot stretches to its box (lines keep their stroke width), and the
// labels and dots are placed in percentages: nothing has to be measured
// before the first frame. Pointer or arrow keys pick a week; the tooltip
// then lists every line's value.
import { useMemo, type PointerEvent } from 'react';
import { stepByIndex, useChartCursor } from './chartKeys';
import { isoToMs, timeTicks, useTrustText } from './text';
import { useWidth } from './useWidth';

export interface ComparisonLine {
  id: number;
  name: string;
  values: number[];
  color: string;
  dash?: string;
  emphasis: 'normal' | 'strong' | 'faint';
}

/** The SVG's own units: x and y run from 0 to this, stretched to the plot's box. */
const UNITS = 1000;
const Y_TICKS = [0, 0.25, 0.5, 0.75, 1];
const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/** Index of the value in `sorted` nearest to `x`. */
function nearest(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid;
    else hi = mid;
  }
  return Math.abs(sorted[hi]! - x) < Math.abs(sorted[lo]! - x) ? hi : lo;
}

export function ComparisonChart({ dates, lines, height, label }: {
  dates: string[];
  lines: ComparisonLine[];
  height: number;
  label: string;
}) {
  const text = useTrustText();
  // Only the number of date labels depends on the width: a guess first, corrected after layout.
  const [plotRef, plotWidth] = useWidth<HTMLDivElement>(640, { measureNow: false });

  /** Each week's position across the plot, from 0 to 1. */
  const { xs, ticks } = useMemo(() => {
    const ms = dates.map(isoToMs);
    const from = ms[0] ?? 0;
    const span = Math.max(1, (ms[ms.length - 1] ?? 0) - from);
    const x = (t: number) => (t - from) / span;
    return {
      xs: ms.map(x),
      ticks: timeTicks(from, from + span, plotWidth).map((t) => ({ x: x(t), label: text.tick(t, span / 86_400_000) })),
    };
  }, [dates, plotWidth, text]);

  // A dozen lines of a hundred weeks: cheap enough to build on every render.
  const pathOf = (values: number[]) =>
    values.map((v, k) => `${k === 0 ? 'M' : 'L'}${(xs[k]! * UNITS).toFixed(1)},${((1 - v) * UNITS).toFixed(1)}`).join('');

  const last = dates.length - 1;
  // A point a week: four make a month.
  const { cursor: active, setCursor: setActive, keyProps } = useChartCursor((index, key) => stepByIndex(index, key, last, 4), () => last);
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const index = nearest(xs, (e.clientX - box.left) / Math.max(1, box.width));
    if (active?.index !== index || active.byKeyboard) setActive({ index, byKeyboard: false });
  };

  const at = active && active.index <= last ? active.index : null;
  const ranked = at === null ? [] : [...lines].sort((a, b) => b.values[at]! - a.values[at]!);
  const readOut = at === null ? '' : `${text.date(dates[at]!, 'long')}: ${ranked.map((l) => `${l.name} ${text.percent(l.values[at]!)}`).join(', ')}`;

  return (
    <div
      className="comparison-chart"
      style={{ height }}
      role="group"
      aria-label={label}
      {...keyProps}
    >
      <div className="comparison-chart__plot" ref={plotRef} onPointerMove={onPointerMove} onPointerLeave={() => setActive(null)}>
        <svg viewBox={`0 0 ${UNITS} ${UNITS}`} preserveAspectRatio="none" aria-hidden="true" className="comparison-chart__svg">
          {Y_TICKS.map((v) => <line key={v} x1={0} x2={UNITS} y1={(1 - v) * UNITS} y2={(1 - v) * UNITS} className="comparison-chart__grid" />)}
          <line x1={0} x2={UNITS} y1={UNITS} y2={UNITS} className="comparison-chart__axis" />
          {lines.map((l) => (
            <path
              key={l.id}
              d={pathOf(l.values)}
              className="comparison-chart__line"
              data-testid="comparison-line"
              data-supplier-id={l.id}
              stroke={l.color}
              strokeDasharray={l.dash}
              strokeWidth={l.emphasis === 'strong' ? 3 : 2}
              strokeOpacity={l.emphasis === 'faint' ? 0.25 : 1}
            />
          ))}
          {at !== null && <line x1={xs[at]! * UNITS} x2={xs[at]! * UNITS} y1={0} y2={UNITS} className="comparison-chart__cursor" />}
        </svg>
        <div aria-hidden="true">
          {Y_TICKS.map((v) => <span key={v} className="comparison-chart__tick is-y" style={{ top: pct(1 - v) }}>{text.percent(v)}</span>)}
          {ticks.map((t) => <span key={t.x} className="comparison-chart__tick is-x" style={{ left: pct(t.x) }}>{t.label}</span>)}
          {at !== null && lines.map((l) => (
            <span key={l.id} className="comparison-chart__dot" style={{ left: pct(xs[at]!), top: pct(1 - l.values[at]!), background: l.color }} />
          ))}
        </div>
        {at !== null && (
          <div className="trust-tooltip comparison-tooltip" aria-hidden="true" style={xs[at]! > 0.5 ? { right: `calc(${pct(1 - xs[at]!)} + 12px)` } : { left: `calc(${pct(xs[at]!)} + 12px)` }}>
            <div className="trust-tooltip__head"><strong>{text.date(dates[at]!, 'long')}</strong></div>
            <ul className="comparison-tooltip__values">
              {ranked.map((l) => (
                <li key={l.id}>
                  <svg width={16} height={8}><line x1={1} y1={4} x2={15} y2={4} stroke={l.color} strokeWidth={2.5} strokeDasharray={l.dash} /></svg>
                  <span className="comparison-tooltip__name">{l.name}</span>
                  <span className="comparison-tooltip__value">{text.percent(l.values[at]!)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {/* Read out only when the keyboard moves through the weeks. */}
      <div className="visually-hidden" aria-live="polite">{active?.byKeyboard ? readOut : ''}</div>
    </div>
  );
}
