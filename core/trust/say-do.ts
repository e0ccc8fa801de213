// The say/do ratio: of a supplier's promises that were settled or fell due,
// the share kept on time. One rule for the trust figures beside the chart
// (core/trust/figures.ts) and the review pack's period (core/report/model.ts).
import type { IsoDate } from '../dates';
import { openOn, overdueOn } from '../facts/promises';
import type { PromiseEntry } from '../types';

export interface SayDo {
  keptOnTime: number;
  keptLate: number;
  broken: number;
  overdue: number;
  /** Renegotiated and withdrawn promises: counted here, left out of the ratio. */
  renegotiated: number;
  /**
   * keptOnTime / (kept on time + kept late + broken + overdue), or null when
   * nothing has been settled or fallen due. Renegotiated and withdrawn
   * promises are left out: the parties agreed to change them, so they are
   * neither a "do" nor a "not do".
   */
  ratio: number | null;
}

/**
 * How many promises the ratio is taken over: kept on time, kept late, broken
 * and overdue (renegotiated and withdrawn left out). The "of N" beside the ratio.
 */
export function sayDoCounted(s: Pick<SayDo, 'keptOnTime' | 'keptLate' | 'broken' | 'overdue'>): number {
  return s.keptOnTime + s.keptLate + s.broken + s.overdue;
}

/**
 * The promises as they stood on `at`: settled ones by outcome, the others
 * open (and overdue when due before `at`), by the rule every place counts
 * them with (core/facts/promises.ts).
 * @param promises    the promises to count, made on or before `at` (the caller picks whose)
 * @param settledFrom leave out promises settled before this day (a period's start)
 * @returns the say/do counts and ratio, and how many promises were open
 */
export function tallySayDo(promises: Iterable<PromiseEntry>, at: IsoDate, settledFrom?: IsoDate): { sayDo: SayDo; open: number } {
  const sayDo: SayDo = { keptOnTime: 0, keptLate: 0, broken: 0, overdue: 0, renegotiated: 0, ratio: null };
  let open = 0;
  for (const p of promises) {
    if (p.date > at) continue;
    if (openOn(p, at)) {
      open++;
      if (overdueOn(p, at)) sayDo.overdue++;
    } else if (settledFrom === undefined || p.settledOn! >= settledFrom) {
      if (p.status === 'kept') sayDo.keptOnTime++;
      else if (p.status === 'kept_late') sayDo.keptLate++;
      else if (p.status === 'broken') sayDo.broken++;
      else sayDo.renegotiated++;
    }
  }
  const counted = sayDoCounted(sayDo);
  sayDo.ratio = counted === 0 ? null : sayDo.keptOnTime / counted;
  return { sayDo, open };
}
