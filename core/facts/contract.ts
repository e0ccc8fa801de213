// The contract's dates as they stand on a day: the notice deadline that
// matters and the end of the current term. A contract that renews itself
// (tacitly) rolls to its next term once a deadline or an end has passed, so
// the next one shows by itself; one that does not renew keeps its recorded
// dates, even when past. Every screen, the agenda, the calendar and the pack
// read these two functions.
import { addDays, addMonths, daysBetween, type IsoDate } from '../dates';

/** What the contract dates are computed from (a supplier's recorded terms). */
export interface ContractTerms {
  contractEnd: IsoDate | null;
  noticeMonths: number | null;
  autoRenews: boolean;
  /** Months each renewal runs (null: 12). */
  renewalMonths: number | null;
}

export interface NoticeDeadline {
  /** The last day to give notice. */
  deadline: IsoDate;
  /** The end of the term that notice would end. */
  termEnd: IsoDate;
  /** How many renewals lie between the recorded contract end and this term. */
  renewals: number;
  /** The day this deadline became the one that matters: the day after the last term's deadline (null: no renewal yet). */
  currentSince: IsoDate | null;
}

export interface CurrentTerm {
  /** The end of the term running on the day asked (the recorded end when the contract does not renew). */
  end: IsoDate;
  /** The day it became current: the day after the last term ended (null: the recorded term). */
  since: IsoDate | null;
}

const DEFAULT_RENEWAL_MONTHS = 12;

/** The first renewal k (>= 0) whose day, as `dayOf(k)`, is on or after today. */
function firstOnOrAfter(end: IsoDate, term: number, today: IsoDate, dayOf: (k: number) => IsoDate): number {
  // Jump close to today first (a contract recorded long ago with monthly terms), then step.
  const months = Math.floor(daysBetween(end, today) / 31);
  let k = Math.max(0, Math.floor(months / term) - 1);
  while (dayOf(k) < today) k++;
  return k;
}

/**
 * The notice deadline that matters on `today`: for a renewing contract the
 * first one on or after today (terms counted from the recorded end, so a
 * contract ending on 29 February ends on the 28th in common years and on the
 * 29th again in leap years); for any other the recorded one, even when past.
 * None without an end date or without a notice period.
 */
export function noticeDeadline(c: ContractTerms, today: IsoDate): NoticeDeadline | null {
  const { contractEnd: end, noticeMonths: notice } = c;
  if (end === null || notice === null) return null;
  const term = c.autoRenews ? c.renewalMonths ?? DEFAULT_RENEWAL_MONTHS : 0;
  const deadlineAt = (k: number) => addMonths(addMonths(end, k * term), -notice);
  const k = c.autoRenews ? firstOnOrAfter(end, term, today, deadlineAt) : 0;
  return { deadline: deadlineAt(k), termEnd: addMonths(end, k * term), renewals: k, currentSince: k > 0 ? addDays(deadlineAt(k - 1), 1) : null };
}

/** The term running on `today`: a renewing contract's rolls on the day after its end. Null without an end date. */
export function currentTerm(c: Pick<ContractTerms, 'contractEnd' | 'autoRenews' | 'renewalMonths'>, today: IsoDate): CurrentTerm | null {
  const end = c.contractEnd;
  if (end === null) return null;
  if (!c.autoRenews) return { end, since: null };
  const term = c.renewalMonths ?? DEFAULT_RENEWAL_MONTHS;
  const endAt = (k: number) => addMonths(end, k * term);
  const k = firstOnOrAfter(end, term, today, endAt);
  return { end: endAt(k), since: k > 0 ? addDays(endAt(k - 1), 1) : null };
}
