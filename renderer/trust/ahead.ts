// The projected days a supplier's trust chart and its zoom strip go on with
// past today, and how they count: one index a step after the history's last
// (today), so a window of indices means the same days to both.
import type { Projection } from '../../core/trust/projection';
import { isoToMs } from './text';

export type ProjectedRow = Projection['rows'][number] & { t: number; projected: true };

/** The projection's rows after today, with their x value (today's row is the history's last point). */
function projectedRows(p: Projection): ProjectedRow[] {
  return p.rows.slice(1).map((r) => ({ ...r, t: isoToMs(r.date), projected: true }));
}

/**
 * The projected rows a chart of `history` goes on with: none unless the history
 * ends on the projection's first day (today). Taken at the history's own step
 * (a long range is charted every few days), with the last day always kept, so
 * the chart and its zoom strip count history and projection alike: one index a
 * step, and the strip's handles line up with its picture.
 */
export function aheadOf(history: readonly { date: string; t: number }[], p: Projection | null | undefined): ProjectedRow[] {
  if (!p || history.length === 0 || history[history.length - 1]!.date !== p.from) return [];
  const rows = projectedRows(p);
  const step = history.length > 1 ? Math.max(1, Math.round((history[1]!.t - history[0]!.t) / 86_400_000)) : 1;
  return step === 1 ? rows : rows.filter((_, k) => (k + 1) % step === 0 || k === rows.length - 1);
}


/**
 * A window of indices over the history (0..today) and then the projected rows:
 * the history's part of it as history indices, and the projection's as indices
 * into the projected rows; null for a part the window does not reach.
 */
export function windowParts([lo, hi]: readonly [number, number], today: number): {
  history: [number, number] | null;
  ahead: [number, number] | null;
} {
  return {
    history: lo <= today ? [lo, Math.min(hi, today)] : null,
    ahead: hi > today ? [Math.max(0, lo - today - 1), hi - today - 1] : null,
  };
}
