// Contract ends: the end of the current term, within the first warning. A
// renewing contract's term rolls forward with its notice deadline; one that
// does not renew stays on the agenda once ended, until the supplier is
// marked ended (or the item dismissed).
import { addDays, addMonths, daysBetween } from '../dates';
import { makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

export function currentTermEnd(s: Pick<AgendaSupplier, 'contractEnd' | 'autoRenews' | 'renewalMonths'>, today: string): string | null {
  return currentTerm(s, today)?.end ?? null;
}

/** The end of the current term, and the day it became current (the day after the last term ended; null: the recorded end). */
function currentTerm(s: Pick<AgendaSupplier, 'contractEnd' | 'autoRenews' | 'renewalMonths'>, today: string): { end: string; since: string | null } | null {
  if (s.contractEnd === null) return null;
  if (!s.autoRenews) return { end: s.contractEnd, since: null };
  const term = s.renewalMonths ?? 12;
  let k = Math.max(0, Math.floor(Math.floor(daysBetween(s.contractEnd, today) / 31) / term) - 1);
  while (addMonths(s.contractEnd, k * term) < today) k++;
  return { end: addMonths(s.contractEnd, k * term), since: k > 0 ? addDays(addMonths(s.contractEnd, (k - 1) * term), 1) : null };
}

export function contractEndItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  const first = Math.max(...ctx.settings.noticeWarningDays);
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    if (s.status !== 'active') continue;
    const current = currentTerm(s, ctx.today);
    if (current === null) continue;
    const end = current.end;
    if (!ctx.calendar && end > addDays(ctx.today, first)) continue;
    out.push(makeItem(s, {
      key: `contractEnd:${s.id}:${end}`, ref: `contractEnd:${s.id}`, kind: 'contractEnd', date: end, renews: s.autoRenews, termEnd: end,
      alarmDays: [30], inCalendar: true, changedAt: s.updatedAt, currentSince: current.since,
    }));
  }
  return out;
}
