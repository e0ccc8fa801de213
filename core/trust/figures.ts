// Derived figures beside the chart (design.md, point 8). Plain counts over the
// journal, as of `today`; our-side entries are left out unless asked for.
import type { IsoDate } from '../dates';
import { addMonths, daysBetween } from '../dates';
import type { Entry, IncidentEntry, PromiseEntry, Severity, Supplier } from '../types';
import type { ConductSide } from './evidence';
import { sideOf } from './evidence';
import { settledBy, tallySayDo, type SayDo } from './say-do';

export type { SayDo } from './say-do';

export interface QuarterIncidents {
  /** e.g. '2025-Q3' */
  quarter: string;
  low: number;
  medium: number;
  high: number;
  critical: number;
}

export interface SupplierFigures {
  sayDo: SayDo;
  /** Open promises (due or not): the load the supplier carries. */
  openPromises: number;
  overduePromises: number;
  /** Open result promises outside the contract: promising much weakens trust. */
  overPromising: number;
  /** Quarters with at least one incident, oldest first. */
  incidentsPerQuarter: QuarterIncidents[];
  openIncidents: number;
  /** Mean days from start to resolution of resolved incidents, or null. */
  meanTimeToResolveDays: number | null;
  /** Last contact: any interaction or review, on either side (we were in contact too). */
  lastInteractionOn: IsoDate | null;
  daysSinceLastInteraction: number | null;
  lastReviewOn: IsoDate | null;
  /**
   * Last review + review interval; with no review yet, one interval after the
   * later of contract start and the supplier's arrival in Rapport (createdAt),
   * else after the first entry. Null without an interval.
   */
  nextReviewDue: IsoDate | null;
  reviewOverdue: boolean;
  /**
   * No review yet, and counted from the contract start alone the first one
   * would have fallen due before the supplier was added to Rapport: shown as
   * "no review yet", never as days late.
   */
  noReviewYet: boolean;
  /** Days past nextReviewDue (0 when not overdue). */
  reviewOverdueDays: number;
  contractEnd: IsoDate | null;
  /** contractEnd minus noticeMonths: the last day to give notice. */
  noticeDeadline: IsoDate | null;
  /** Days from today to the notice deadline (negative once passed). */
  daysToNoticeDeadline: number | null;
}

export function supplierFigures(
  supplier: Supplier, entries: readonly Entry[], today: IsoDate, side: ConductSide = 'supplier',
): SupplierFigures {
  const own = entries.filter((e) => e.supplierId === supplier.id && sideOf(e) === side && e.date <= today);
  const promises = own.filter((e): e is PromiseEntry => e.kind === 'promise');
  const incidents = own.filter((e): e is IncidentEntry => e.kind === 'incident');

  const { sayDo, open: openPromises } = tallySayDo(promises, today);
  const overPromising = promises.filter((p) => !settledBy(p, today) && p.obligation === 'result' && !p.inContract).length;

  const quarters = new Map<string, QuarterIncidents>();
  let resolvedDays = 0;
  let resolved = 0;
  let openIncidents = 0;
  for (const i of incidents) {
    const q = quarterOf(i.date);
    let row = quarters.get(q);
    if (!row) { row = { quarter: q, low: 0, medium: 0, high: 0, critical: 0 }; quarters.set(q, row); }
    row[i.severity satisfies Severity]++;
    if (i.resolvedOn !== null && i.resolvedOn <= today) {
      resolved++;
      resolvedDays += daysBetween(i.date, i.resolvedOn);
    } else {
      openIncidents++;
    }
  }

  const lastOf = (list: readonly Entry[]): IsoDate | null =>
    list.reduce<IsoDate | null>((last, e) => (last === null || e.date > last ? e.date : last), null);
  // Contact is contact whoever wrote it down: our side's meetings count too.
  const contact = entries.filter((e) => e.supplierId === supplier.id && e.date <= today && (e.kind === 'interaction' || e.kind === 'review'));
  const lastInteractionOn = lastOf(contact);
  const lastReviewOn = lastOf(own.filter((e) => e.kind === 'review'));
  const firstEntryOn = own.reduce<IsoDate | null>((first, e) => (first === null || e.date < first ? e.date : first), null);

  const interval = supplier.reviewIntervalMonths;
  const due = firstReviewDue(supplier, lastReviewOn, firstEntryOn);
  const nextReviewDue = interval !== null ? due.on : null;
  const noReviewYet = nextReviewDue !== null && due.beforeArrival;
  const reviewOverdueDays = nextReviewDue !== null && nextReviewDue < today ? daysBetween(nextReviewDue, today) : 0;

  const noticeDeadline = supplier.contractEnd !== null ? addMonths(supplier.contractEnd, -(supplier.noticeMonths ?? 0)) : null;

  return {
    sayDo,
    openPromises,
    overduePromises: sayDo.overdue,
    overPromising,
    incidentsPerQuarter: [...quarters.values()].sort((x, y) => (x.quarter < y.quarter ? -1 : 1)),
    openIncidents,
    meanTimeToResolveDays: resolved === 0 ? null : resolvedDays / resolved,
    lastInteractionOn,
    daysSinceLastInteraction: lastInteractionOn === null ? null : daysBetween(lastInteractionOn, today),
    lastReviewOn,
    nextReviewDue,
    reviewOverdue: reviewOverdueDays > 0,
    noReviewYet,
    reviewOverdueDays,
    contractEnd: supplier.contractEnd,
    noticeDeadline,
    daysToNoticeDeadline: noticeDeadline === null ? null : daysBetween(today, noticeDeadline),
  };
}

/**
 * When the next review is due, and whether that date predates the supplier's
 * arrival in Rapport (nobody could have held that review here). A contract
 * that started years before the supplier was added must not read "610 days late".
 */
export function firstReviewDue(
  supplier: Pick<Supplier, 'reviewIntervalMonths' | 'contractStart' | 'createdAt'>,
  lastReviewOn: IsoDate | null, firstEntryOn: IsoDate | null = null,
): { on: IsoDate | null; beforeArrival: boolean } {
  const interval = supplier.reviewIntervalMonths;
  if (interval === null) return { on: null, beforeArrival: false };
  if (lastReviewOn !== null) return { on: addMonths(lastReviewOn, interval), beforeArrival: false };
  const created = supplier.createdAt ? supplier.createdAt.slice(0, 10) : null;
  const start = supplier.contractStart;
  const from = start !== null && created !== null ? (start > created ? start : created) : start ?? created ?? firstEntryOn;
  if (from === null) return { on: null, beforeArrival: false };
  const onContract = start !== null ? addMonths(start, interval) : null;
  return { on: addMonths(from, interval), beforeArrival: created !== null && onContract !== null && onContract < created };
}

export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
