// Reviews due by the supplier's review interval (core/facts/review.ts: from
// the last review, else from the supplier's arrival or a later contract start).
import { addDays } from '../dates';
import { nextReview } from '../facts';
import { latest, makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

export function reviewItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  const until = addDays(ctx.today, ctx.settings.upcomingDays);
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    if (s.status !== 'active') continue;
    const review = nextReview(s, s.lastReviewOn);
    if (review === null || (!ctx.calendar && review.due > until)) continue;
    out.push(makeItem(s, {
      key: `review:${s.id}:${review.due}`, ref: `review:${s.id}`, kind: 'review', date: review.due, since: s.lastReviewOn,
      // A review made, edited or put in the trash moves the due day: it counts as a change too.
      alarmDays: [7], inCalendar: true, changedAt: latest(s.updatedAt, s.reviewsChangedAt),
    }));
  }
  return out;
}
