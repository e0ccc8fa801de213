// When the next periodic review is due: the review interval after the last
// review; with no review yet, the interval after the day the supplier came
// into the journal (a contract that started before that cannot have had a
// review here: a supplier added today with a contract of two years is due
// in one interval, never "610 days late"), or after the contract's start when
// that is later than the arrival.
import { addMonths, daysBetween, type IsoDate } from '../dates';

export interface ReviewTerms {
  reviewIntervalMonths: number | null;
  contractStart: IsoDate | null;
  /** The day the supplier was added to the journal. */
  createdOn: IsoDate;
}

export interface NextReview {
  due: IsoDate;
  /** What the interval is counted from. */
  from: 'lastReview' | 'arrival' | 'contractStart';
  /** The last review (null: none yet). */
  lastReviewOn: IsoDate | null;
}

/** The next review, or null when the supplier has no review interval. */
export function nextReview(s: ReviewTerms, lastReviewOn: IsoDate | null): NextReview | null {
  const interval = s.reviewIntervalMonths;
  if (interval === null) return null;
  if (lastReviewOn !== null) return { due: addMonths(lastReviewOn, interval), from: 'lastReview', lastReviewOn };
  const start = s.contractStart;
  if (start !== null && start > s.createdOn) return { due: addMonths(start, interval), from: 'contractStart', lastReviewOn };
  return { due: addMonths(s.createdOn, interval), from: 'arrival', lastReviewOn };
}

/** Days the review is late on `today` (0 when it is not). */
export function reviewOverdueDays(review: NextReview | null, today: IsoDate): number {
  return review !== null && review.due < today ? daysBetween(review.due, today) : 0;
}
