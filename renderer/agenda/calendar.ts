// The agenda's deadlines as an iCalendar file (RFC 5545) that Outlook,
// Google Calendar and Apple Calendar import: all-day events, a reminder
// (VALARM) per warning day, and UIDs made of the journal's id and the item's
// ref, so importing a later export updates the events instead of doubling them.
import icalGenerator, { ICalAlarmType, ICalCalendarMethod, ICalEventClass } from 'ical-generator';
import { addDays, type IsoDate } from '../../core/dates';
import type { AgendaItem } from '../../core/agenda';

export interface CalendarText {
  summary: string;
  description: string;
}

export interface CalendarOptions {
  /** The journal's id (settings 'journal.id'): UIDs never collide across journals. */
  journalId: string;
  /** The calendar's name, shown by the client on import. */
  name: string;
  /** Each item's words, in the manager's language (the supplier in the summary). */
  text: (item: AgendaItem) => CalendarText;
  /** Reminders go off at this local hour on their day (default 9). */
  alarmHour?: number;
}

/** An event's UID: stable across exports for the same thing, whatever its date. */
export function eventUid(journalId: string, item: Pick<AgendaItem, 'ref'>): string {
  return `${item.ref.replace(/:/g, '-')}.${journalId}@rapport`;
}

/** Midnight UTC of a day: ical-generator writes an all-day date from its UTC fields, so no time zone shifts it. */
const utcDay = (day: IsoDate) => new Date(`${day}T00:00:00Z`);

/** A timestamp as a SEQUENCE: seconds since 2020, so an edited entry's event outranks the one imported before. */
function sequenceOf(changedAt: string): number {
  const t = Date.parse(changedAt);
  return Number.isFinite(t) ? Math.max(0, Math.floor((t - Date.UTC(2020, 0, 1)) / 1000)) : 0;
}

export function agendaCalendar(items: readonly AgendaItem[], options: CalendarOptions): string {
  const hour = options.alarmHour ?? 9;
  const cal = icalGenerator({ name: options.name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Rapport', product: 'Rapport', language: 'EN' } });
  for (const item of items) {
    const text = options.text(item);
    const stamp = Number.isFinite(Date.parse(item.changedAt)) ? new Date(item.changedAt) : utcDay(item.date);
    cal.createEvent({
      id: eventUid(options.journalId, item),
      allDay: true,
      start: utcDay(item.date),
      end: utcDay(addDays(item.date, 1)),
      summary: text.summary,
      description: text.description,
      stamp,
      lastModified: stamp,
      sequence: sequenceOf(item.changedAt),
      class: item.private ? ICalEventClass.PRIVATE : ICalEventClass.PUBLIC,
      // An all-day event starts at local midnight: "d days before, at 9" is that many days minus 9 hours earlier.
      alarms: item.alarmDays.map((d) => ({ type: ICalAlarmType.display, trigger: d * 86_400 - hour * 3_600, description: text.summary })),
    });
  }
  return cal.toString();
}
