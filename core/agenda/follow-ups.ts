// Follow-ups: any entry can carry a "follow up on" day.
import { addDays } from '../dates';
import { latest, makeItem } from './item';
import type { AgendaEntry, AgendaItem, AgendaSupplier, RuleContext } from './types';

export function followUpItems(entries: readonly AgendaEntry[], supplierOf: (id: number) => AgendaSupplier | undefined, ctx: RuleContext): AgendaItem[] {
  const until = addDays(ctx.today, ctx.settings.upcomingDays);
  const out: AgendaItem[] = [];
  for (const e of entries) {
    if (e.followUpOn === null || (!ctx.calendar && e.followUpOn > until)) continue;
    const supplier = supplierOf(e.supplierId);
    if (!supplier) continue;
    out.push(makeItem(supplier, {
      key: `followUp:${e.id}:${e.followUpOn}`, ref: `followUp:${e.id}`, kind: 'followUp', date: e.followUpOn, entryId: e.id, title: e.title,
      private: e.private, side: e.side, alarmDays: [0], inCalendar: true, changedAt: latest(e.updatedAt, supplier.updatedAt),
    }));
  }
  return out;
}
