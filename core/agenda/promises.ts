// Promises open on the day (core/facts/promises.ts), theirs and ours,
// overdue or due within the upcoming window. The calendar leaves out one
// whose due day had already passed when it was written: a record of the
// past, never a deadline to be reminded of (the agenda still lists it).
import { addDays } from '../dates';
import { openOn } from '../facts';
import { latest, makeItem } from './item';
import type { AgendaEntry, AgendaItem, AgendaSupplier, RuleContext } from './types';

/** A promise written with its due day already past never had a calendar event. */
export function dueBeforeWritten(e: Pick<AgendaEntry, 'dueOn' | 'createdOn'>): boolean {
  return e.dueOn !== null && e.dueOn < e.createdOn;
}

export function promiseItems(entries: readonly AgendaEntry[], supplierOf: (id: number) => AgendaSupplier | undefined, ctx: RuleContext): AgendaItem[] {
  const until = addDays(ctx.today, ctx.settings.upcomingDays);
  const out: AgendaItem[] = [];
  for (const e of entries) {
    if (e.kind !== 'promise' || e.dueOn === null || e.status === null || !openOn({ ...e, status: e.status }, ctx.today)) continue;
    if (ctx.calendar ? dueBeforeWritten(e) : e.dueOn > until) continue;
    const supplier = supplierOf(e.supplierId);
    if (!supplier) continue;
    out.push(makeItem(supplier, {
      key: `promise:${e.id}:${e.dueOn}`, ref: `promise:${e.id}`, kind: 'promise', date: e.dueOn, entryId: e.id, title: e.title,
      private: e.private, side: e.side, alarmDays: [1], inCalendar: true, changedAt: latest(e.updatedAt, supplier.updatedAt),
    }));
  }
  return out;
}
