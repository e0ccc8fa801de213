// Review meetings not yet finished (design.md, "The review meeting"): each is
// an agenda item on its day, however far ahead (the manager set it up; at
// most one per supplier), and an event in the calendar. Finished, deleted or
// its supplier gone, its event is taken back as a settled promise's is
// (cancelled.ts).
import { latest, makeItem } from './item';
import type { AgendaItem, AgendaSupplier, RuleContext } from './types';
import type { IsoDate } from '../dates';

export interface AgendaMeeting {
  id: number;
  supplierId: number;
  date: IsoDate;
  status: 'draft' | 'in_progress';
  updatedAt: string;
}

/** A meeting whose event is to be taken back: finished, deleted, or its supplier ended or in the trash. */
export interface GoneMeeting {
  id: number;
  supplierId: number;
  supplierName: string;
  date: IsoDate;
  goneAt: string;
}

export const meetingKey = (m: Pick<AgendaMeeting, 'id' | 'date'>) => ({ key: `meeting:${m.id}:${m.date}`, ref: `meeting:${m.id}` });

export function meetingItems(meetings: readonly AgendaMeeting[], supplierOf: (id: number) => AgendaSupplier | undefined, ctx: RuleContext): AgendaItem[] {
  void ctx;
  const out: AgendaItem[] = [];
  for (const m of meetings) {
    const supplier = supplierOf(m.supplierId);
    if (!supplier) continue;
    out.push(makeItem(supplier, {
      ...meetingKey(m), kind: 'meeting', date: m.date, meeting: { id: m.id, status: m.status },
      alarmDays: [1], inCalendar: true, changedAt: latest(m.updatedAt, supplier.updatedAt),
    }));
  }
  return out;
}

export function goneMeetingItems(gone: readonly GoneMeeting[]): AgendaItem[] {
  return gone.map((m) => makeItem({ id: m.supplierId, name: m.supplierName }, {
    ...meetingKey(m), kind: 'meeting', date: m.date, meeting: { id: m.id, status: 'draft' }, inCalendar: true, cancelled: true, changedAt: m.goneAt,
  }));
}
