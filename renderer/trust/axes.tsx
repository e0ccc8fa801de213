// Axis labels and grid lines without recharts' text measuring. recharts'
// own label component measures every word in the page to wrap it, and its
// grid measures the axis labels again to decide which lines to draw, even
// when those lines are switched off: a forced layout per label, about 100 ms
// on the dashboard. Our dates and percentages are short and never wrap.
import type { BaseTickContentProps } from 'recharts';

/** The same vertical offsets recharts gives its labels: below the x axis, centred beside the y axis. */
const DY = { start: '0.71em', middle: '0.355em', end: '0' } as const;

export function PlainTick({ x, y, payload, index, tickFormatter, textAnchor, verticalAnchor }: BaseTickContentProps) {
  const label = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value);
  return (
    <text x={x} y={y} dy={DY[verticalAnchor]} textAnchor={textAnchor} fill="var(--text-muted)" fontSize={12} className="recharts-cartesian-axis-tick-value">
      {label}
    </text>
  );
}

/** For a grid's switched-off direction (`vertical={false}`): no lines, so nothing to measure. */
export const noGridLines = (): number[] => [];
