// Calendar events to take back. An exported deadline whose thing is gone (a
// promise settled, a follow-up done, an entry put in the trash, a supplier
// ended or put in the trash) would otherwise stay in the manager's calendar
// for good: a file that leaves it out changes nothing there. So the calendar
// export keeps it for a while as a cancelled event (STATUS:CANCELLED, under
// its UID, with a raised SEQUENCE), and a client importing it takes the event
// away. A thing that never had an event (a promise written already settled,
// or with its due day already past) is never taken back: a client given a
// cancelled event it never had may show it, struck through.
import { addDays, type IsoDate } from '../dates';
import type { PromiseStatus } from '../types';
import { contractEndItems } from './contract-end';
import { followUpBeforeWritten } from './follow-ups';
import { latest, makeItem } from './item';
import { noticeItems } from './notice';
import { dueBeforeWritten } from './promises';
import { reviewItems } from './reviews';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';

/** How long a cancelled event stays in the export: its day or its going this recent (days). */
export const CANCELLED_DAYS = 90;

/** A promise with a due day, or an entry with a follow-up day, that no longer makes a calendar item. */
export interface GoneEntry {
  id: number;
  supplierId: number;
  supplierName: string;
  kind: 'interaction' | 'promise' | 'incident' | 'advice' | 'review' | 'note';
  title: string;
  private: boolean;
  side: 'supplier' | 'ours';
  /** A promise's due day when it is no longer open (settled), or its entry or supplier is gone. */
  dueOn: IsoDate | null;
  /** The follow-up day, when the entry or its supplier is gone. */
  followUpOn: IsoDate | null;
  /** A promise's status and the day it was settled. */
  status: PromiseStatus | null;
  settledOn: IsoDate | null;
  /** When the entry was written (its day: createdOn) and last changed itself. */
  createdAt: string;
  createdOn: IsoDate;
  updatedAt: string;
  /** When it went: the last change to the entry or its supplier, or their going to the trash. */
  goneAt: string;
}

/**
 * A promise that was never open with its due day ahead in the journal: its
 * due day had passed when it was written, it was settled before the day it
 * was written, or it was written settled and never changed since.
 */
export function neverHadEvent(e: GoneEntry): boolean {
  if (dueBeforeWritten(e)) return true;
  if (e.status === null || e.status === 'open') return false;
  return (e.settledOn !== null && e.settledOn < e.createdOn) || e.createdAt === e.updatedAt;
}

/** A supplier ended or in the trash, whose deadlines (notice, contract end, review) are taken back. */
export type GoneSupplier = AgendaSupplier & { goneAt: string };

/** Its day within the last CANCELLED_DAYS (or ahead), or it went within them (a stamp after today is a clock's error: not counted). */
function recent(item: AgendaItem, today: IsoDate): boolean {
  const since = addDays(today, -CANCELLED_DAYS);
  const went = Date.parse(item.changedAt);
  return item.date >= since || (went >= Date.parse(`${since}T00:00:00Z`) && went < Date.parse(`${addDays(today, 2)}T00:00:00Z`));
}

export function cancelledItems(
  gone: { entries: readonly GoneEntry[]; suppliers: readonly GoneSupplier[] }, ctx: RuleContext, includePrivate: boolean,
): AgendaItem[] {
  const out: AgendaItem[] = [];
  for (const e of gone.entries) {
    if (e.private && !includePrivate) continue;
    const supplier = { id: e.supplierId, name: e.supplierName };
    const base = { entryId: e.id, title: e.title, private: e.private, side: e.side, inCalendar: true, cancelled: true, changedAt: e.goneAt };
    if (e.kind === 'promise' && e.dueOn !== null && !neverHadEvent(e)) {
      out.push(makeItem(supplier, { ...base, key: `promise:${e.id}:${e.dueOn}`, ref: `promise:${e.id}`, kind: 'promise', date: e.dueOn }));
    }
    if (e.followUpOn !== null && !followUpBeforeWritten(e)) {
      out.push(makeItem(supplier, { ...base, key: `followUp:${e.id}:${e.followUpOn}`, ref: `followUp:${e.id}`, kind: 'followUp', date: e.followUpOn }));
    }
  }
  // The supplier's deadlines as they stood when it went, each stamped with its going.
  const asActive = gone.suppliers.map((s) => ({ ...s, status: 'active' as const }));
  const goneAt = new Map(gone.suppliers.map((s) => [s.id, s.goneAt]));
  for (const item of [...noticeItems(asActive, ctx), ...contractEndItems(asActive, ctx), ...reviewItems(asActive, ctx)]) {
    out.push({ ...item, cancelled: true, changedAt: latest(item.changedAt, goneAt.get(item.supplierId)) });
  }
  return out;
}

/** The recent ones of the events to take back, once per event (its latest going), without reminders. */
export function takenBack(items: readonly AgendaItem[], today: IsoDate): AgendaItem[] {
  const byRef = new Map<string, AgendaItem>();
  for (const item of items) {
    if (!recent(item, today)) continue;
    const had = byRef.get(item.ref);
    if (!had || latest(had.changedAt, item.changedAt) !== had.changedAt) byRef.set(item.ref, { ...item, cancelled: true, alarmDays: [] });
  }
  return [...byRef.values()];
}
