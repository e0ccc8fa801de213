// Incidents still open after the set number of days; the item is dated the
// day the incident became "open too long".
import { addDays } from '../dates';
import { makeItem } from './item';
import type { AgendaEntry, AgendaItem, AgendaSupplier, RuleContext } from './types';

export function incidentItems(entries: readonly AgendaEntry[], supplierOf: (id: number) => AgendaSupplier | undefined, ctx: RuleContext): AgendaItem[] {
  if (ctx.calendar) return [];
  const out: AgendaItem[] = [];
  for (const e of entries) {
    if (e.kind !== 'incident' || e.resolvedOn !== null) continue;
    const since = addDays(e.date, ctx.settings.incidentOpenDays);
    if (since > ctx.today) continue;
    const supplier = supplierOf(e.supplierId);
    if (!supplier) continue;
    out.push(makeItem(supplier, {
      key: `incident:${e.id}`, ref: `incident:${e.id}`, kind: 'incident', date: since, entryId: e.id, title: e.title,
      private: e.private, side: e.side, severity: e.severity, since: e.date, changedAt: e.updatedAt,
    }));
  }
  return out;
}
