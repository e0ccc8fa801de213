// Why an entry can move trust against what it says. Adding an entry's
// evidence (r good, s bad) moves trust toward the entry's own balance
// r / (r + s): up when that balance is above trust at the moment it counts,
// down when below. So a disappointing review (scores 3, 2, 3: a balance of
// 42%) still lifts a trust of 30%, and a good one (4 out of 5: 75%) lowers a
// trust of 85%. The model is right to count it so; the screens then say why.
import type { EntryKind } from '../types';

export interface AgainstItsWording {
  /** Which way the entry moved trust. */
  direction: 'up' | 'down';
  /** The entry's own balance of good evidence, r / (r + s): for a review, its score on a 0–1 scale. */
  share: number;
  /** Trust at the moment it counted, before it. */
  trustBefore: number;
  /** A review: its balance is its score. */
  byScore: boolean;
}

/**
 * Null when the entry moved trust the way it reads (good evidence up, bad down, an incident down) or
 * carries no one-sided evidence; else what the explanation names.
 */
export function againstItsWording(
  kind: EntryKind | null, r: number, s: number, delta: number, trustBefore: number,
): AgainstItsWording | null {
  if (r < 0 || s < 0 || r + s <= 0 || delta === 0) return null;
  // What it says: an incident reads as bad news, even one handled well; any other entry as its balance.
  const lean = kind === 'incident' ? -1 : r - s;
  if (lean === 0 || Math.sign(lean) === Math.sign(delta)) return null;
  return { direction: delta > 0 ? 'up' : 'down', share: r / (r + s), trustBefore, byScore: kind === 'review' };
}
