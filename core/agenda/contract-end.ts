// Contract ends: the end of the current term (core/facts/contract.ts),
// within the first warning. A renewing contract's term rolls forward with
// its notice deadline; one that does not renew stays on the agenda once
// ended, until the supplier is marked ended (or the item dismissed).
import { addDays } from '../dates';
import { currentTerm } from '../facts';
import { makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

export function contractEndItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  const first = Math.max(...ctx.settings.noticeWarningDays);
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    if (s.status !== 'active') continue;
    const term = currentTerm(s, ctx.today);
    if (term === null) continue;
    if (!ctx.calendar && term.end > addDays(ctx.today, first)) continue;
    out.push(makeItem(s, {
      key: `contractEnd:${s.id}:${term.end}`, ref: `contractEnd:${s.id}`, kind: 'contractEnd', date: term.end, renews: s.autoRenews, termEnd: term.end,
      alarmDays: [30], inCalendar: true, changedAt: s.updatedAt, currentSince: term.since,
    }));
  }
  return out;
}
