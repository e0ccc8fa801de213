// Notice deadlines: the contract's end minus its notice period, shown from
// the first warning (90 days by default). The deadline itself is the one
// every place reads (core/facts/contract.ts): a renewing contract's rolls to
// its next term once passed.
import { addDays } from '../dates';
import { noticeDeadline } from '../facts';
import { makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

/** Which warning a deadline `daysLeft` away is in: the smallest of the warning days it is within, or null when none. */
export function warningFor(daysLeft: number, warningDays: readonly number[]): number | null {
  let found: number | null = null;
  for (const d of warningDays) if (daysLeft <= d && (found === null || d < found)) found = d;
  return found;
}

export function noticeItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  const first = Math.max(...ctx.settings.noticeWarningDays);
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    if (s.status !== 'active') continue;
    const n = noticeDeadline(s, ctx.today);
    if (!n) continue;
    // A passed deadline of a contract that does not renew is no longer actionable: its end item takes over.
    if (n.deadline < ctx.today) continue;
    if (!ctx.calendar && n.deadline > addDays(ctx.today, first)) continue;
    out.push(makeItem(s, {
      key: `notice:${s.id}:${n.deadline}`, ref: `notice:${s.id}`, kind: 'notice', date: n.deadline, renews: s.autoRenews, termEnd: n.termEnd,
      alarmDays: ctx.settings.noticeWarningDays, inCalendar: true, changedAt: s.updatedAt, currentSince: n.currentSince,
    }));
  }
  return out;
}
