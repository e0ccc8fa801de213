// What the manager did with an item: snoozed (back on a given day),
// dismissed (gone for good, for this key: a deadline rolled to next year is a
// new item), or done (a follow-up: gone, and its calendar event taken back).
// All are kept in the journal and can be undone.
import type { IsoDate } from '../dates';
import type { AgendaItem, AgendaMark, MarkedItem } from './types';

export interface MarkedSplit {
  shown: AgendaItem[];
  snoozed: MarkedItem[];
  dismissed: MarkedItem[];
  done: MarkedItem[];
}

export function applyMarks(items: readonly AgendaItem[], marks: readonly AgendaMark[], today: IsoDate): MarkedSplit {
  const byKey = new Map(marks.map((m) => [m.key, m]));
  const out: MarkedSplit = { shown: [], snoozed: [], dismissed: [], done: [] };
  for (const item of items) {
    const mark = byKey.get(item.key);
    if (!mark) out.shown.push(item);
    else if (mark.action === 'dismissed') out.dismissed.push({ item, mark });
    else if (mark.action === 'done') out.done.push({ item, mark });
    // A snooze runs out on its day: the item is back that morning.
    else if (mark.until !== null && mark.until > today) out.snoozed.push({ item, mark });
    else out.shown.push(item);
  }
  return out;
}
