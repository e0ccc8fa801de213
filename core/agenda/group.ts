// When an item is due, in the agenda's words: overdue (before today), this
// week (today up to Sunday, weeks starting Monday as ISO 8601 and the Dutch
// calendar have them), this month (up to the month's last day), later.
import { endOfISOWeek, endOfMonth, format, parseISO } from 'date-fns';
import type { IsoDate } from '../dates';
import type { AgendaGroup, AgendaItem } from './types';

export interface GroupBounds {
  today: IsoDate;
  weekEnd: IsoDate;
  monthEnd: IsoDate;
}

/** Computed once per agenda, not per item. Local days: parseISO reads the date as a local day, format writes it back as one. */
export function groupBounds(today: IsoDate): GroupBounds {
  const day = parseISO(today);
  return { today, weekEnd: format(endOfISOWeek(day), 'yyyy-MM-dd'), monthEnd: format(endOfMonth(day), 'yyyy-MM-dd') };
}

export function groupOf(date: IsoDate, b: GroupBounds): AgendaGroup {
  if (date < b.today) return 'overdue';
  if (date <= b.weekEnd) return 'thisWeek';
  if (date <= b.monthEnd) return 'thisMonth';
  return 'later';
}

const KIND_ORDER = { notice: 0, contractEnd: 1, meeting: 2, promise: 3, incident: 4, review: 5, followUp: 6, quiet: 7 } as const;

/** Soonest first; on one day the costlier kinds first, then by supplier, then by key (a stable order). */
export function bySoonest(a: AgendaItem, b: AgendaItem): number {
  return (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)
    || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]
    || a.supplierName.localeCompare(b.supplierName)
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
