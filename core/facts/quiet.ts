// A supplier gone quiet: nothing written about it for longer than its review
// interval (90 days when it has none), counted from the day it was added when
// nothing was ever written. Trust then fades toward unknown, which is not
// erosion: the flag says so, and the agenda asks to get in touch.
import { addDays, addMonths, daysBetween, type IsoDate } from '../dates';

/** Quiet after this many days without an entry, when the supplier has no review interval. */
export const QUIET_DEFAULT_DAYS = 90;

export interface QuietTerms {
  status: 'active' | 'ended';
  reviewIntervalMonths: number | null;
  /** The day the supplier was added to the journal. */
  createdOn: IsoDate;
}

export interface Quiet {
  /** The last entry (null: nothing written since the supplier was added). */
  lastEntryOn: IsoDate | null;
  /** The last day of the interval: quiet from the day after. */
  since: IsoDate;
  /** Days since the last entry (or since the supplier was added). */
  days: number;
}

/** The supplier's silence on `today`, or null when it is not quiet (an ended relationship never is). */
export function quietOf(s: QuietTerms, lastEntryOn: IsoDate | null, today: IsoDate): Quiet | null {
  if (s.status !== 'active') return null;
  const from = lastEntryOn ?? s.createdOn;
  const since = s.reviewIntervalMonths ? addMonths(from, s.reviewIntervalMonths) : addDays(from, QUIET_DEFAULT_DAYS);
  // "Longer than" the interval: quiet from the day after it has fully passed.
  return today > since ? { lastEntryOn, since, days: daysBetween(from, today) } : null;
}
