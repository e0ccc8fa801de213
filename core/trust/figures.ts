// Derived figures beside the chart (design.md, point 8). Plain counts over the
// journal, as of `today`; our-side entries are left out unless asked for.
import type { IsoDate } from '../dates';
import { daysBetween } from '../dates';
import { openOn } from '../facts/promises';
import { factsFromEntries, type SupplierFacts } from '../facts/supplier';
import type { Entry, IncidentEntry, PromiseEntry, Severity, Supplier } from '../types';
import type { ConductSide } from './evidence';
import { sideOf } from './evidence';
import { tallySayDo, type SayDo } from './say-do';

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
  /** The next review (core/facts/review.ts); null without an interval. */
  nextReviewDue: IsoDate | null;
  reviewOverdue: boolean;
  /** No review yet: the first one is counted from the supplier's arrival (or a later contract start), never shown as days late before it. */
  noReviewYet: boolean;
  /** Days past nextReviewDue (0 when not overdue). */
  reviewOverdueDays: number;
  /** The end of the current term: a renewing contract's rolled forward (core/facts/contract.ts). */
  termEnd: IsoDate | null;
  /** The last day to give notice for the term that matters: a renewing contract's rolled forward; null without a notice period. */
  noticeDeadline: IsoDate | null;
  /** Days from today to the notice deadline (negative once passed). */
  daysToNoticeDeadline: number | null;
}

/**
 * The figures of one side's conduct (the supplier's, or ours as a client)
 * as of `today`. The supplier's facts (dates, contract, promise load) are
 * those of core/facts, computed once by the caller when it has them.
 */
export function supplierFigures(
  supplier: Supplier, entries: readonly Entry[], today: IsoDate, side: ConductSide = 'supplier',
  facts: SupplierFacts = factsFromEntries(supplier, entries, today),
): SupplierFigures {
  const own = entries.filter((e) => e.supplierId === supplier.id && sideOf(e) === side && e.date <= today);
  const promises = own.filter((e): e is PromiseEntry => e.kind === 'promise');
  const incidents = own.filter((e): e is IncidentEntry => e.kind === 'incident');

  const { sayDo } = tallySayDo(promises, today);
  const overPromising = promises.filter((p) => openOn(p, today) && p.obligation === 'result' && !p.inContract).length;

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

  const load = facts.promises;
  const notice = facts.notice;
  return {
    sayDo,
    openPromises: side === 'supplier' ? load.open : load.ourOpen,
    overduePromises: side === 'supplier' ? load.overdue : load.ourOverdue,
    overPromising,
    incidentsPerQuarter: [...quarters.values()].sort((x, y) => (x.quarter < y.quarter ? -1 : 1)),
    openIncidents,
    meanTimeToResolveDays: resolved === 0 ? null : resolvedDays / resolved,
    lastInteractionOn: facts.lastContactOn,
    daysSinceLastInteraction: facts.lastContactOn === null ? null : daysBetween(facts.lastContactOn, today),
    lastReviewOn: facts.lastReviewOn,
    nextReviewDue: facts.review?.due ?? null,
    reviewOverdue: facts.reviewOverdueDays > 0,
    noReviewYet: facts.review !== null && facts.review.lastReviewOn === null,
    reviewOverdueDays: facts.reviewOverdueDays,
    termEnd: facts.term?.end ?? null,
    noticeDeadline: notice?.deadline ?? null,
    daysToNoticeDeadline: notice === null ? null : daysBetween(today, notice.deadline),
  };
}

export function quarterOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
