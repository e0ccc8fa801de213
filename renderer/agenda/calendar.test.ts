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

const vevent = (ics: string, uid: string) => new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === uid);
const seqOf = (ics: string, uid: string) => Number(vevent(ics, uid)!.getFirstPropertyValue('sequence'));
const statusOf = (ics: string, uid: string) => String(vevent(ics, uid)!.getFirstPropertyValue('status'));

describe('events that change or go', () => {
  it('a settled promise is taken back: same UID, STATUS:CANCELLED, higher SEQUENCE; the other events unchanged', () => {
    const before = exportOf(facts());
    // Promise 1 settled at 10:00 today: no longer open, and gone from the agenda's facts.
    const settled = { ...facts([openPromise(2, '2027-02-01', { side: 'ours' }), entry(3, { followUpOn: '2027-01-10' })]) };
    settled.gone = { entries: [{
      id: 1, supplierId: 1, supplierName: 'Noordlicht IT', kind: 'promise', title: 'Entry 1', private: false, side: 'supplier', dueOn: '2026-12-20', followUpOn: null,
      status: 'kept', settledOn: TODAY, createdAt: '2026-11-01T09:00:00.000Z', createdOn: '2026-11-01', updatedAt: '2026-12-02T10:00:00.000Z', goneAt: '2026-12-02T10:00:00.000Z',
    }], suppliers: [] };
    const after = exportOf(settled);
    const uid = eventUid(JOURNAL, { ref: 'promise:1' });
    expect(statusOf(before, uid)).toBe('CONFIRMED');
    expect(statusOf(after, uid)).toBe('CANCELLED');
    expect(seqOf(after, uid)).toBeGreaterThan(seqOf(before, uid));
    expect(vevent(after, uid)!.getAllSubcomponents('valarm')).toEqual([]);
    const a = events(before);
    const b = events(after);
    expect(b.map((e) => e.uid).sort()).toEqual(a.map((e) => e.uid).sort());
    expect(b.filter((e) => e.uid !== uid).map((e) => e.text)).toEqual(a.filter((e) => e.uid !== uid).map((e) => e.text));
  });

  it('a review meeting being prepared is an event; finished or deleted, it is taken back under the same UID', () => {
    const meeting = { id: 7, supplierId: 1, date: '2027-01-12', status: 'draft' as const, updatedAt: '2026-12-01T09:00:00.000Z' };
    const before = exportOf({ ...facts(), meetings: [meeting] });
    const uid = eventUid(JOURNAL, { ref: 'meeting:7' });
    expect(statusOf(before, uid)).toBe('CONFIRMED');
    expect(String(vevent(before, uid)!.getFirstPropertyValue('dtstart'))).toBe('2027-01-12');
    expect(vevent(before, uid)!.getAllSubcomponents('valarm')).toHaveLength(1);
    // Finished (or deleted) at 10:00 today: no longer open, and gone from the agenda's facts.
    const gone = { id: 7, supplierId: 1, supplierName: 'Noordlicht IT', date: '2027-01-12', goneAt: '2026-12-02T10:00:00.000Z' };
    const after = exportOf({ ...facts(), meetings: [], gone: { entries: [], suppliers: [], meetings: [gone] } });
    expect(statusOf(after, uid)).toBe('CANCELLED');
    expect(seqOf(after, uid)).toBeGreaterThan(seqOf(before, uid));
    // Reopened, it is an event again.
    const reopened = exportOf({ ...facts(), meetings: [{ ...meeting, status: 'in_progress', updatedAt: '2026-12-02T11:00:00.000Z' }], gone: { entries: [], suppliers: [], meetings: [gone] } });
    expect(statusOf(reopened, uid)).toBe('CONFIRMED');
  });

  it('a promise settled long ago is no longer written; one whose day is within the last 90 days still is', () => {
    // Written open in December 2024, settled when it went.
    const gone = (dueOn: string, goneAt: string) => ({
      id: 9, supplierId: 1, supplierName: 'Noordlicht IT', kind: 'promise' as const, title: 'Old', private: false, side: 'supplier' as const, dueOn, followUpOn: null,
      status: 'kept' as const, settledOn: goneAt.slice(0, 10), createdAt: '2024-12-01T09:00:00.000Z', createdOn: '2024-12-01', updatedAt: goneAt, goneAt,
    });
    const withGone = (g: ReturnType<typeof gone>) => ({ ...facts(), gone: { entries: [g], suppliers: [] } });
    const uid = eventUid(JOURNAL, { ref: 'promise:9' });
    expect(vevent(exportOf(withGone(gone('2026-03-01', '2026-03-02T10:00:00Z'))), uid)).toBeUndefined();
    expect(statusOf(exportOf(withGone(gone('2026-09-15', '2026-03-02T10:00:00Z'))), uid)).toBe('CANCELLED');
    // Due long ago but settled last week: it was in the calendar as overdue, so it is taken back.
    expect(statusOf(exportOf(withGone(gone('2025-01-01', '2026-11-25T10:00:00Z'))), uid)).toBe('CANCELLED');
  });

  it("a renewing contract's deadline that rolls to the next term by itself raises SEQUENCE, with nothing edited", () => {
    const f: AgendaFacts = { suppliers: [supplier(1, { contractEnd: '2027-01-31', noticeMonths: 1, autoRenews: true, renewalMonths: 12 })], entries: [], marks: [] };
    const on = (today: string) => agendaCalendar(calendarItems(f, { today, settings: DEFAULT_AGENDA_SETTINGS, includePrivate: false }), { journalId: JOURNAL, name: 'Rapport', text });
    const notice = eventUid(JOURNAL, { ref: 'notice:1' });
    const end = eventUid(JOURNAL, { ref: 'contractEnd:1' });
    const exports = ['2026-12-30', '2026-12-31', '2027-01-01', '2027-02-01', '2027-06-01'].map(on);
    const starts = exports.map((ics) => (vevent(ics, notice)!.getFirstPropertyValue('dtstart') as ICAL.Time).toString());
    expect(starts).toEqual(['2026-12-31', '2026-12-31', '2027-12-31', '2027-12-31', '2027-12-31']);
    const seqs = exports.map((ics) => seqOf(ics, notice));
    // Up exactly when the date moved, never down.
    expect(seqs[1]).toBe(seqs[0]);
    expect(seqs[2]).toBeGreaterThan(seqs[1]!);
    expect(seqs.slice(2).every((s) => s === seqs[2])).toBe(true);
    const endSeqs = exports.map((ics) => seqOf(ics, end));
    expect(endSeqs[3]).toBeGreaterThan(endSeqs[2]!);
    expect([...endSeqs].sort((x, y) => x - y)).toEqual(endSeqs);
  });

  it('a review that moves the next review day raises its SEQUENCE', () => {
    const f = (lastReviewOn: string, reviewsChangedAt: string): AgendaFacts => ({
      suppliers: [supplier(1, { reviewIntervalMonths: 3, lastReviewOn, reviewsChangedAt })], entries: [], marks: [],
    });
    const uid = eventUid(JOURNAL, { ref: 'review:1' });
    const before = exportOf(f('2026-10-01', '2026-10-01T15:00:00Z'));
    const after = exportOf(f('2026-12-01', '2026-12-02T09:00:00Z'));
    expect((vevent(after, uid)!.getFirstPropertyValue('dtstart') as ICAL.Time).toString()).toBe('2027-03-01');
    expect(seqOf(after, uid)).toBeGreaterThan(seqOf(before, uid));
  });
});
