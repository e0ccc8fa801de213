// Notice deadlines: the contract's end minus its notice period. A contract
// that renews itself (tacitly) rolls to its next term once a deadline has
// passed, so the next deadline shows by itself; one that does not renew
// keeps its single deadline.
import { addDays, addMonths, daysBetween, type IsoDate } from '../dates';
import { makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

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

const DEFAULT_RENEWAL_MONTHS = 12;

/**
 * The notice deadline that matters on `today`: for a renewing contract the
 * first one on or after today (terms counted from the recorded end, so a
 * contract ending on 29 February ends on the 28th in common years and on the
 * 29th again in leap years); for any other the recorded one, even when past.
 */
export function noticeDeadline(
  s: Pick<AgendaSupplier, 'contractEnd' | 'noticeMonths' | 'autoRenews' | 'renewalMonths'>, today: IsoDate,
): NoticeDeadline | null {
  if (s.contractEnd === null || s.noticeMonths === null) return null;
  const deadlineAt = (k: number, term: number) => addMonths(addMonths(s.contractEnd!, k * term), -s.noticeMonths!);
  const at = (k: number, term: number) => {
    const termEnd = addMonths(s.contractEnd!, k * term);
    return { deadline: deadlineAt(k, term), termEnd, renewals: k, currentSince: k > 0 ? addDays(deadlineAt(k - 1, term), 1) : null };
  };
  if (!s.autoRenews) return at(0, 0);
  const term = s.renewalMonths ?? DEFAULT_RENEWAL_MONTHS;
  // Jump close to today first (a contract recorded long ago with monthly terms), then step.
  const months = Math.floor(daysBetween(s.contractEnd, today) / 31);
  let k = Math.max(0, Math.floor(months / term) - 1);
  while (at(k, term).deadline < today) k++;
  return at(k, term);
}

/** Which warning a deadline `daysLeft` away is in: the smallest of the warning days it is within, or null when none. */
export function warningFor(daysLeft: number, warningDays: readonly number[]): number | null {
  let found: number | null = null;
  for (const d of warningDays) if (daysLeft <= d && (found === null || d < found)) found = d;
  return found;
}

export function noticeItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  const first = Math.max(...ctx.settings.noticeWarningDays);
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    if (s.status !== 'active') continue;
    const n = noticeDeadline(s, ctx.today);
    if (!n) continue;
    // A passed deadline of a contract that does not renew is no longer actionable: its end item takes over.
    if (n.deadline < ctx.today) continue;
    if (!ctx.calendar && n.deadline > addDays(ctx.today, first)) continue;
    out.push(makeItem(s, {
      key: `notice:${s.id}:${n.deadline}`, ref: `notice:${s.id}`, kind: 'notice', date: n.deadline, renews: s.autoRenews, termEnd: n.termEnd,
      alarmDays: ctx.settings.noticeWarningDays, inCalendar: true, changedAt: s.updatedAt, currentSince: n.currentSince,
    }));
  }
  return out;
}
