// Marker shapes per kind of entry: colour AND shape, so the kind reads
// without colour (circle interaction, diamond promise, triangle-down incident,
// star advice, square review, plus note).
import type { EntryKind } from '../../core/types';

export const KIND_ORDER: EntryKind[] = ['interaction', 'promise', 'incident', 'advice', 'review', 'note'];

export const kindColor = (kind: EntryKind) => `var(--kind-${kind})`;

function star(cx: number, cy: number, outer: number, inner: number): string {
  const pts: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    pts.push(`${(cx + r * Math.cos(a)).toFixed(2)},${(cy + r * Math.sin(a)).toFixed(2)}`);
  }
  return pts.join(' ');
}

/** The marker's outline at (cx, cy) with "radius" r. */
export function MarkerShape({ kind, cx, cy, r = 6, fill, stroke }: { kind: EntryKind; cx: number; cy: number; r?: number; fill?: string; stroke?: string }) {
  const common = { fill: fill ?? kindColor(kind), stroke: stroke ?? 'var(--surface)', strokeWidth: 1.5 };
  switch (kind) {
    case 'interaction':
      return <circle cx={cx} cy={cy} r={r * 0.85} {...common} />;
    case 'promise':
      return <polygon points={`${cx},${cy - r * 1.15} ${cx + r},${cy} ${cx},${cy + r * 1.15} ${cx - r},${cy}`} {...common} />;
    case 'incident':
      return <polygon points={`${cx - r * 1.05},${cy - r * 0.75} ${cx + r * 1.05},${cy - r * 0.75} ${cx},${cy + r * 1.05}`} {...common} />;
    case 'advice':
      return <polygon points={star(cx, cy, r * 1.2, r * 0.52)} {...common} />;
    case 'review':
      return <rect x={cx - r * 0.8} y={cy - r * 0.8} width={r * 1.6} height={r * 1.6} rx={1} {...common} />;
    default:
      return <path d={`M${cx - r},${cy} L${cx + r},${cy} M${cx},${cy - r} L${cx},${cy + r}`} stroke={fill ?? kindColor(kind)} strokeWidth={2.5} />;
  }
}

/** A small inline SVG of the marker, for legends, tooltips and lists. */
export function MarkerIcon({ kind, size = 14 }: { kind: EntryKind; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" className="trust-marker-icon">
      <MarkerShape kind={kind} cx={8} cy={8} r={6} stroke="none" />
    </svg>
  );
}
