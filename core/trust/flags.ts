// Flags a manager can act on (design.md, "Trust model", 6b). Each one says
// why: the change since the 12-month high (or low), since when, and the two
// entries that pulled most, by the same decomposition "why it moved" uses.
import { addDays, type IsoDate, toDayNumber } from '../dates';
import type { Quiet } from '../facts/quiet';
import type { Entry } from '../types';
import type { Evidence } from './evidence';
import { decompose, SMALL_MOVE, type Mover } from './explain';
import { decay } from './opinion';
import { seriesFromEvidence } from './series';
import type { TrustSettings } from './settings';

/** Trust must be this far (ten points) below its 12-month high, or above its low. */
export const FLAG_MIN_CHANGE = 0.1;
/** The window of the high and the low. */
export const FLAG_WINDOW_DAYS = 365;

export type TrustFlag =
  | {
    kind: 'eroding' | 'buildingUp';
    /** Trust today minus the 12-month high (eroding) or low (building up). */
    change: number;
    /** The high (or low) and the last day it was reached. */
    extreme: number;
    since: IsoDate;
    /** The (at most two) entries that pulled most that way since then. */
    pulls: Mover[];
  }
  | {
    kind: 'quiet';
    /** The last entry (null: nothing written since the supplier was added). */
    lastEntryOn: IsoDate | null;
    /** Days since the last entry (or since the supplier was added). */
    days: number;
  };

export interface FlagInput {
  /** One supplier's entries (any side: only the supplier's count). */
  entries: readonly Entry[];
  /** That supplier's evidence, sorted (evidenceFromEntries). */
  evidence: readonly Evidence[];
  today: IsoDate;
  settings: TrustSettings;
  /** The supplier's silence today (core/facts/quiet.ts), as every place reads it. */
  quiet: Quiet | null;
  /** Overall trust on each day from today - 365 to today, if already computed. */
  lastYear?: readonly number[];
}

/** The supplier's flag today, or null. Quiet comes first: fading is not erosion. */
export function trustFlag(input: FlagInput): TrustFlag | null {
  const { entries, evidence, today, settings: st } = input;
  if (input.quiet) return { kind: 'quiet', lastEntryOn: input.quiet.lastEntryOn, days: input.quiet.days };

  const windowStart = addDays(today, -FLAG_WINDOW_DAYS);
  const daily = input.lastYear ?? seriesFromEvidence(evidence, { today, settings: st, from: windowStart, to: today }).overall.trust;
  const now = daily[daily.length - 1]!;
  let hi = 0;
  let lo = 0;
  for (let k = 1; k < daily.length; k++) {
    if (daily[k]! >= daily[hi]!) hi = k;
    if (daily[k]! <= daily[lo]!) lo = k;
  }
  const eroding = now <= daily[hi]! - FLAG_MIN_CHANGE + 1e-12;
  const building = now >= daily[lo]! + FLAG_MIN_CHANGE - 1e-12;
  if (!eroding && !building) return null;

  // The entries must pull that way on balance, or it is fading, not erosion:
  // the evidence of the entries since the high (or low), as it weighs today,
  // must be more bad than good (or the reverse). A supplier that goes quiet,
  // or a good one sliding back from a lucky high while its record stays
  // good, is not eroding. (The entries of the last 12 months as a whole would
  // miss a young relationship that turns bad: its good start lifted trust
  // from the starting point within the same year.)
  const todayDay = toDayNumber(today);
  const sinceOf = (k: number) => addDays(today, k - (daily.length - 1));
  const balanceSince = (since: IsoDate) => {
    const sinceDay = toDayNumber(since);
    let balance = 0;
    for (const e of evidence) {
      if (e.day <= sinceDay || e.day > todayDay) continue;
      balance += (e.r - e.s) * decay(todayDay - e.day, st.halfLifeDays);
    }
    return balance;
  };
  let kind: 'eroding' | 'buildingUp';
  let k: number;
  if (eroding && balanceSince(sinceOf(hi)) < 0) [kind, k] = ['eroding', hi];
  else if (building && balanceSince(sinceOf(lo)) > 0) [kind, k] = ['buildingUp', lo];
  else return null;
  const since = sinceOf(k);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const moves = decompose({ st, evidence, byId, scope: 'overall' }, since, today).entries;
  const pulls = kind === 'eroding'
    ? moves.filter((m) => m.delta <= -SMALL_MOVE).sort((x, y) => x.delta - y.delta)
    : moves.filter((m) => m.delta >= SMALL_MOVE).sort((x, y) => y.delta - x.delta);
  return { kind, change: now - daily[k]!, extreme: daily[k]!, since, pulls: pulls.slice(0, 2) };
}
