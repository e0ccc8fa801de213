// The iCalendar file read back by an independent parser (ical.js), as a
// calendar client would: all-day events, reminders, UIDs that stay put.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { agendaCalendar, eventUid } from './calendar';
import { entry, openPromise, supplier } from '../../core/agenda/fixtures';
import { calendarItems, DEFAULT_AGENDA_SETTINGS, type AgendaFacts, type AgendaItem } from '../../core/agenda';

const TODAY = '2026-12-02';
const JOURNAL = '0f3c9a';

const facts = (entries = [openPromise(1, '2026-12-20'), openPromise(2, '2027-02-01', { side: 'ours' }), entry(3, { followUpOn: '2027-01-10' })]): AgendaFacts => ({
  suppliers: [
    supplier(1, { name: 'Noordlicht IT', contractEnd: '2027-06-30', noticeMonths: 3, autoRenews: true, renewalMonths: 12, reviewIntervalMonths: 3, lastReviewOn: '2026-10-01' }),
  ],
  entries,
  marks: [],
});

const text = (item: AgendaItem) => ({ summary: `${item.kind}: ${item.supplierName}${item.title ? ` (${item.title})` : ''}`, description: item.key });

function exportOf(f: AgendaFacts, includePrivate = false): string {
  const items = calendarItems(f, { today: TODAY, settings: DEFAULT_AGENDA_SETTINGS, includePrivate });
  return agendaCalendar(items, { journalId: JOURNAL, name: 'Rapport', text });
}

function events(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    return {
      uid: String(v.getFirstPropertyValue('uid')),
      summary: String(v.getFirstPropertyValue('summary')),
      allDay: start.isDate,
      start: start.toString(),
      alarms: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      text: v.toString(),
    };
  });
}

describe('the agenda as an iCalendar file', () => {
  it('holds each deadline as an all-day event with the supplier in its summary and its reminders', () => {
    const list = events(exportOf(facts()));
    expect(list.map((e) => [e.summary, e.start, e.allDay])).toEqual([
      ['review: Noordlicht IT', '2027-01-01', true],
      ['promise: Noordlicht IT (Entry 1)', '2026-12-20', true],
      ['followUp: Noordlicht IT (Entry 3)', '2027-01-10', true],
      ['promise: Noordlicht IT (Entry 2)', '2027-02-01', true],
      ['notice: Noordlicht IT', '2027-03-30', true],
      ['contractEnd: Noordlicht IT', '2027-06-30', true],
    ].sort((a, b) => String(a[1]).localeCompare(String(b[1]))));
    const notice = list.find((e) => e.summary.startsWith('notice'))!;
    // 90, 30 and 7 days before, at 9 in the morning.
    expect(notice.alarms).toEqual(['-P89DT15H', '-P29DT15H', '-P6DT15H']);
    expect(notice.uid).toBe(`notice-1.${JOURNAL}@rapport`);
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);
  });

  it('a second export with one change updates that one event under the same UIDs', () => {
    const first = events(exportOf(facts()));
    const moved = facts([openPromise(1, '2026-12-22', { updatedAt: '2026-12-02T10:00:00.000Z' }), openPromise(2, '2027-02-01', { side: 'ours' }), entry(3, { followUpOn: '2027-01-10' })]);
    const second = events(exportOf(moved));
    expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
    const changed = second.filter((e) => first.find((f) => f.uid === e.uid)!.text !== e.text);
    expect(changed.map((e) => [e.uid, e.start])).toEqual([[eventUid(JOURNAL, { ref: 'promise:1' }), '2026-12-22']]);
    // Its SEQUENCE went up, so clients that compare it take the new one.
    const seq = (ics: string, uid: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent')
      .find((v) => v.getFirstPropertyValue('uid') === uid)!.getFirstPropertyValue('sequence') as unknown as number;
    expect(seq(exportOf(moved), changed[0]!.uid)).toBeGreaterThan(seq(exportOf(facts()), changed[0]!.uid));
  });

  it('leaves private entries out unless ticked', () => {
    const f = facts([openPromise(1, '2026-12-20', { private: true, title: 'Secret' })]);
    expect(events(exportOf(f)).some((e) => e.summary.includes('Secret'))).toBe(false);
    const ticked = events(exportOf(f, true)).find((e) => e.summary.includes('Secret'))!;
    expect(ticked.text).toContain('CLASS:PRIVATE');
  });

  it("writes the same days whatever the machine's time zone", () => {
    const original = process.env.TZ;
    try {
      const seen = ['Pacific/Auckland', 'America/Los_Angeles'].map((tz) => {
        process.env.TZ = tz;
        return events(exportOf(facts())).map((e) => e.start);
      });
      expect(seen[0]).toEqual(seen[1]);
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});
