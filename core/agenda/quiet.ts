// Suppliers gone quiet (core/facts/quiet.ts): nothing written for longer
// than their review interval (90 days when none is set), counted from the
// day they were added when nothing was ever written. The same silence the
// trust flag reads.
import { quietOf } from '../facts';
import { makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

export function quietItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  if (ctx.calendar) return [];
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    const quiet = quietOf(s, s.lastEntryOn, ctx.today);
    if (quiet === null) continue;
    out.push(makeItem(s, {
      key: `quiet:${s.id}:${s.lastEntryOn ?? s.createdOn}`, ref: `quiet:${s.id}`, kind: 'quiet', date: quiet.since, since: s.lastEntryOn, changedAt: s.updatedAt,
    }));
  }
  return out;
}
