// Open and overdue promises as they stand on a day: one rule for the
// supplier's page and figures, the overview, the agenda, the calendar and the
// pack. A promise is open from the day it was made until the day it was
// settled; it is overdue once its due day has passed while still open.
import { daysBetween, type IsoDate } from '../dates';
import type { PromiseEntry } from '../types';

/** What the rules read of a promise. */
export type PromiseFacts = Pick<PromiseEntry, 'date' | 'dueOn' | 'status' | 'settledOn' | 'side'>;

/** Settled on or before `at` (a promise settled later is still open at `at`). */
export function settledBy(p: Pick<PromiseFacts, 'status' | 'settledOn'>, at: IsoDate): boolean {
  return p.status !== 'open' && p.settledOn !== null && p.settledOn <= at;
}

/** Made on or before `today` and not settled by then. */
export function openOn(p: PromiseFacts, today: IsoDate): boolean {
  return p.date <= today && !settledBy(p, today);
}

/** Open on `today` with its due day before it. */
export function overdueOn(p: PromiseFacts, today: IsoDate): boolean {
  return openOn(p, today) && p.dueOn !== null && p.dueOn < today;
}

/** Days past the due day (0 when not overdue). */
export function overdueDays(p: PromiseFacts, today: IsoDate): number {
  return overdueOn(p, today) ? daysBetween(p.dueOn!, today) : 0;
}

export interface PromiseLoad {
  /** The supplier's open promises (due or not): the load it carries. */
  open: number;
  overdue: number;
  /** Our own open promises to the supplier: beside theirs, never in their load. */
  ourOpen: number;
  ourOverdue: number;
}

export function promiseLoad(promises: Iterable<PromiseFacts>, today: IsoDate): PromiseLoad {
  const load: PromiseLoad = { open: 0, overdue: 0, ourOpen: 0, ourOverdue: 0 };
  for (const p of promises) {
    if (!openOn(p, today)) continue;
    const late = p.dueOn !== null && p.dueOn < today;
    if (p.side === 'ours') {
      load.ourOpen++;
      if (late) load.ourOverdue++;
    } else {
      load.open++;
      if (late) load.overdue++;
    }
  }
  return load;
}
