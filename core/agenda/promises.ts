// Open promises, theirs and ours, overdue or due within the upcoming window.
import { addDays } from '../dates';
import { latest, makeItem } from './item';
import type { AgendaEntry, AgendaItem, AgendaSupplier, RuleContext } from './types';

export function promiseItems(entries: readonly AgendaEntry[], supplierOf: (id: number) => AgendaSupplier | undefined, ctx: RuleContext): AgendaItem[] {
  const until = addDays(ctx.today, ctx.settings.upcomingDays);
  const out: AgendaItem[] = [];
  for (const e of entries) {
    if (e.kind !== 'promise' || !e.open || e.dueOn === null) continue;
    if (!ctx.calendar && e.dueOn > until) continue;
    const supplier = supplierOf(e.supplierId);
    if (!supplier) continue;
    out.push(makeItem(supplier, {
      key: `promise:${e.id}:${e.dueOn}`, ref: `promise:${e.id}`, kind: 'promise', date: e.dueOn, entryId: e.id, title: e.title,
      private: e.private, side: e.side, alarmDays: [1], inCalendar: true, changedAt: latest(e.updatedAt, supplier.updatedAt),
    }));
  }
  return out;
}
