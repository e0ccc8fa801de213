// Follow-ups: any entry can carry a "follow up on" day. One leaves the
// agenda when the manager marks it done (marks.ts), and by itself when the
// promise it is on was settled (or the incident resolved) on or after its
// day: what it chased has its outcome. One set for a day after the
// settlement stays until marked done (a check after the fact is deliberate).
// A day already past when the entry was written is a record of the past,
// never a reminder: it shows nowhere.
import { addDays, type IsoDate } from '../dates';
import { settledBy } from '../facts';
import { latest, makeItem } from './item';
import type { AgendaEntry, AgendaItem, AgendaSupplier, RuleContext } from './types';

/** The follow-up's day had passed before the entry was written. */
export function followUpBeforeWritten(e: Pick<AgendaEntry, 'followUpOn' | 'createdOn'>): boolean {
  return e.followUpOn !== null && e.followUpOn < e.createdOn;
}

/** What the follow-up was on has its outcome by `today`, on or after the follow-up's day. */
export function followUpSettled(e: AgendaEntry, today: IsoDate): boolean {
  if (e.followUpOn === null) return false;
  if (e.kind === 'promise' && e.status !== null && settledBy({ status: e.status, settledOn: e.settledOn }, today)) return e.settledOn! >= e.followUpOn;
  if (e.kind === 'incident' && e.resolvedOn !== null && e.resolvedOn <= today) return e.resolvedOn >= e.followUpOn;
  return false;
}

/**
 * The follow-up items. For the calendar, one settled by itself comes as a
 * cancelled item (its event is taken back, as a settled promise's is).
 */
export function followUpItems(entries: readonly AgendaEntry[], supplierOf: (id: number) => AgendaSupplier | undefined, ctx: RuleContext): AgendaItem[] {
  const until = addDays(ctx.today, ctx.settings.upcomingDays);
  const out: AgendaItem[] = [];
  for (const e of entries) {
    if (e.followUpOn === null || followUpBeforeWritten(e) || (!ctx.calendar && e.followUpOn > until)) continue;
    const settled = followUpSettled(e, ctx.today);
    if (settled && !ctx.calendar) continue;
    const supplier = supplierOf(e.supplierId);
    if (!supplier) continue;
    out.push(makeItem(supplier, {
      key: `followUp:${e.id}:${e.followUpOn}`, ref: `followUp:${e.id}`, kind: 'followUp', date: e.followUpOn, entryId: e.id, title: e.title,
      private: e.private, side: e.side, alarmDays: [0], inCalendar: true, changedAt: latest(e.updatedAt, supplier.updatedAt), cancelled: settled,
    }));
  }
  return out;
}
