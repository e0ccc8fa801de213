// The trust chart's data and geometry: each row with its x value and the
// entries that landed on its day, the dimensions' line styles, and the sizes
// the navigator below lines up with. Shared by the chart, the navigator, the
// print chart and the supplier's trust section.
import { useMemo } from 'react';
import type { ChartRow } from '../../core/trust/series';
import type { TrustMarker } from '../../core/views';
import { isoToMs } from './text';

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

/** The main chart's height; its margins and y-axis width, which the navigator below lines up with. */
export const MAIN_HEIGHT = 330;
export const MARGIN = { top: 12, right: 16, bottom: 4, left: 4 };
export const Y_WIDTH = 48;

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
