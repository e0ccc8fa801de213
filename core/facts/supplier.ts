// All of a supplier's facts on a day, from its recorded terms and its
// entries, by the one function of each (this folder). The journal computes
// them once per read and hands them to the supplier's page, the overview
// and the figures; the agenda, the calendar and the pack call the same
// functions.
import type { IsoDate } from '../dates';
import type { Entry, Supplier } from '../types';
import { currentTerm, noticeDeadline, type ContractTerms, type CurrentTerm, type NoticeDeadline } from './contract';
import { entryDates, type DatedEntry, type EntryDates } from './entry-dates';
import { promiseLoad, type PromiseFacts, type PromiseLoad } from './promises';
import { quietOf, type Quiet, type QuietTerms } from './quiet';
import { nextReview, reviewOverdueDays, type NextReview, type ReviewTerms } from './review';

export type FactsSupplier = ContractTerms & ReviewTerms & QuietTerms;

export interface SupplierFacts extends EntryDates {
  /** The notice deadline that matters (a renewing contract's rolled to its current term); null without an end or a notice period. */
  notice: NoticeDeadline | null;
  /** The term running today; null without a contract end. */
  term: CurrentTerm | null;
  /** The next review; null without a review interval. */
  review: NextReview | null;
  /** Days the review is late (0 when it is not). */
  reviewOverdueDays: number;
  promises: PromiseLoad;
  quiet: Quiet | null;
}

/** The entries as the facts read them: every entry's kind, side and day, and the promises. */
export interface FactsRecord {
  dated: Iterable<DatedEntry>;
  promises: Iterable<PromiseFacts>;
}

/** The day a supplier came into the journal (its created stamp's day). */
export function arrivalDay(createdAt: string): IsoDate {
  return createdAt.slice(0, 10);
}

export function factsSupplier(s: Supplier): FactsSupplier {
  return {
    contractEnd: s.contractEnd, noticeMonths: s.noticeMonths, autoRenews: s.autoRenews, renewalMonths: s.renewalMonths,
    reviewIntervalMonths: s.reviewIntervalMonths, contractStart: s.contractStart, createdOn: arrivalDay(s.createdAt), status: s.status,
  };
}

export function supplierFacts(s: FactsSupplier, record: FactsRecord, today: IsoDate): SupplierFacts {
  const dates = entryDates(record.dated, today);
  const review = nextReview(s, dates.lastReviewOn);
  return {
    ...dates,
    notice: noticeDeadline(s, today),
    term: currentTerm(s, today),
    review,
    reviewOverdueDays: reviewOverdueDays(review, today),
    promises: promiseLoad(record.promises, today),
    quiet: quietOf(s, dates.lastEntryOn, today),
  };
}

/** The facts from a supplier and its entries in memory (the trust view, the overview, the tests). */
export function factsFromEntries(s: Supplier, entries: readonly Entry[], today: IsoDate): SupplierFacts {
  const own = entries.filter((e) => e.supplierId === s.id);
  return supplierFacts(factsSupplier(s), { dated: own, promises: own.filter((e) => e.kind === 'promise') }, today);
}
