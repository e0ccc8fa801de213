// The dashboard's small pieces, shared by its table and the flag cards: a change in trust with its arrow, and a sparkline.
import clsx from 'clsx';
import { ArrowDownRight, ArrowRight, ArrowUpRight } from 'lucide-react';
import { memo, useMemo } from 'react';
import { useTrustText } from './text';

/** Changes smaller than half a point read as no change. */
const NOTABLE = 0.005;

// A plain SVG polyline: a dashboard of 200 suppliers draws 200 of these, and
// a full recharts chart each would cost seconds.
const SPARK_W = 100;
const SPARK_H = 30;
export const Sparkline = memo(function Sparkline({ values, label, eroding }: { values: number[]; label: string; eroding: boolean }) {
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

export function Change({ value }: { value: number }) {
  const text = useTrustText();
  const Arrow = value <= -0.0005 ? ArrowDownRight : value >= 0.0005 ? ArrowUpRight : ArrowRight;
  return (
    <span className={clsx('change', value <= -NOTABLE ? 'trust-down' : value >= NOTABLE ? 'trust-up' : 'trust-muted')}>
      <Arrow size={15} aria-hidden="true" />
      {text.points(value)}
    </span>
  );
}
