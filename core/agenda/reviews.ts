// Reviews due by the supplier's review interval: the last review (or the
// contract's start, or the day the supplier was added) plus the interval.
import { addDays, addMonths, type IsoDate } from '../dates';
import { latest, makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

export function reviewDue(s: Pick<AgendaSupplier, 'reviewIntervalMonths' | 'lastReviewOn' | 'contractStart' | 'createdOn'>): IsoDate | null {
  if (s.reviewIntervalMonths === null) return null;
  return addMonths(s.lastReviewOn ?? s.contractStart ?? s.createdOn, s.reviewIntervalMonths);
}

export function reviewItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  const until = addDays(ctx.today, ctx.settings.upcomingDays);
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    if (s.status !== 'active') continue;
    const due = reviewDue(s);
    if (due === null || (!ctx.calendar && due > until)) continue;
    out.push(makeItem(s, {
      key: `review:${s.id}:${due}`, ref: `review:${s.id}`, kind: 'review', date: due, since: s.lastReviewOn,
      // A review made, edited or put in the trash moves the due day: it counts as a change too.
      alarmDays: [7], inCalendar: true, changedAt: latest(s.updatedAt, s.reviewsChangedAt),
    }));
  }
  return out;
}
