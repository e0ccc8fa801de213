// The agenda's deadlines as an iCalendar file (RFC 5545) that Outlook,
// Google Calendar and Apple Calendar import: all-day events, a reminder
// (VALARM) per warning day, and UIDs made of the journal's id and the item's
// ref, so importing a later export updates the events instead of doubling them.
//
// SEQUENCE (RFC 5545 3.8.7.4) tells a client which copy of an event is newer;
// it must go up when the date moves and never go down. It is derived, not
// stored: the seconds since 2020 of the latest of (a) when the thing last
// changed (the entry, its supplier, a review that moves a review's day, its
// going: settled, to the trash, supplier ended) and (b) the local midnight of
// the day a renewing contract rolled to its current term by itself. Both only
// grow: an edit is stamped after every earlier export, and a roll happens
// at the midnight after the last term's day, after any export that showed it.
// Events to take back (settled, trashed, supplier gone) are written with
// STATUS:CANCELLED and their going as the stamp, so their SEQUENCE is raised.
import icalGenerator, { ICalAlarmType, ICalCalendarMethod, ICalEventClass, ICalEventStatus } from 'ical-generator';
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

/** Midnight of a day on this computer's clock: when "today" became that day here. */
const localMidnight = (day: IsoDate) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).getTime();
};

/** When the event last changed: the thing behind it, or its date rolling to a new term by itself. */
export function changedTime(item: Pick<AgendaItem, 'changedAt' | 'currentSince'>): number | null {
  const stamps = [Date.parse(item.changedAt), item.currentSince ? localMidnight(item.currentSince) : NaN].filter(Number.isFinite);
  return stamps.length ? Math.max(...stamps) : null;
}

/** A time as a SEQUENCE: seconds since 2020 (a 32-bit integer until 2088), so an edited or rolled event outranks the one imported before. */
export function sequenceOf(item: Pick<AgendaItem, 'changedAt' | 'currentSince'>): number {
  const t = changedTime(item);
  return t === null ? 0 : Math.max(0, Math.floor((t - Date.UTC(2020, 0, 1)) / 1000));
}

export function agendaCalendar(items: readonly AgendaItem[], options: CalendarOptions): string {
  const hour = options.alarmHour ?? 9;
  const cal = icalGenerator({ name: options.name, method: ICalCalendarMethod.PUBLISH, prodId: { company: 'Rapport', product: 'Rapport', language: 'EN' } });
  for (const item of items) {
    const text = options.text(item);
    const changed = changedTime(item);
    const stamp = changed === null ? utcDay(item.date) : new Date(changed);
    cal.createEvent({
      id: eventUid(options.journalId, item),
      allDay: true,
      start: utcDay(item.date),
      end: utcDay(addDays(item.date, 1)),
      summary: text.summary,
      description: text.description,
      stamp,
      lastModified: stamp,
      sequence: sequenceOf(item),
      // A cancelled event takes back the one imported before: same UID, higher SEQUENCE, no reminders.
      status: item.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      class: item.private ? ICalEventClass.PRIVATE : ICalEventClass.PUBLIC,
      // An all-day event starts at local midnight: "d days before, at 9" is that many days minus 9 hours earlier.
      alarms: item.alarmDays.map((d) => ({ type: ICalAlarmType.display, trigger: d * 86_400 - hour * 3_600, description: text.summary })),
    });
  }
  return cal.toString();
}
