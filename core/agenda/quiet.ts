// Suppliers gone quiet: no interaction (or review meeting) for longer than
// their review interval (3 months when none is set). Counted from the day
// they were added when nothing was ever recorded.
import { addMonths } from '../dates';
import { makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

const DEFAULT_QUIET_MONTHS = 3;

export function quietSince(s: Pick<AgendaSupplier, 'reviewIntervalMonths' | 'lastContactOn' | 'createdOn'>) {
  return addMonths(s.lastContactOn ?? s.createdOn, s.reviewIntervalMonths ?? DEFAULT_QUIET_MONTHS);
}

export function quietItems(suppliers: readonly AgendaSupplier[], ctx: RuleContext): AgendaItem[] {
  if (ctx.calendar) return [];
  const out: AgendaItem[] = [];
  for (const s of suppliers) {
    if (s.status !== 'active') continue;
    const since = quietSince(s);
    // "Longer than" the interval: quiet from the day after it has fully passed.
    if (since >= ctx.today) continue;
    out.push(makeItem(s, {
      key: `quiet:${s.id}:${s.lastContactOn ?? s.createdOn}`, ref: `quiet:${s.id}`, kind: 'quiet', date: since, since: s.lastContactOn, changedAt: s.updatedAt,
    }));
  }
  return out;
}
