// The agenda's rules on a fixed clock: every "today" below is passed in, never read from the machine.
import { describe, expect, it } from 'vitest';
import { todayIso } from '../dates';
import { nextReview, noticeDeadline, quietOf } from '../facts';
import { buildAgenda, calendarItems, DEFAULT_AGENDA_SETTINGS, groupBounds, warningFor, type AgendaFacts, type AgendaMark, type AgendaSettings, type GoneEntry } from './index';
import { entry, openIncident, openPromise, supplier } from './fixtures';

const TODAY = '2026-12-02'; // a Wednesday

function agenda(facts: Partial<AgendaFacts>, today = TODAY, settings: Partial<AgendaSettings> = {}, includePrivate = true) {
  return buildAgenda(
    { suppliers: facts.suppliers ?? [supplier(1)], entries: facts.entries ?? [], marks: facts.marks ?? [] },
    { today, settings: { ...DEFAULT_AGENDA_SETTINGS, ...settings }, includePrivate },
  );
}
const keys = (view: ReturnType<typeof agenda>) => view.groups.flatMap((g) => g.items.map((i) => `${g.group} ${i.key}`));

describe('notice deadlines', () => {
  it('are the contract end minus the notice period, when the contract does not renew', () => {
    expect(noticeDeadline({ contractEnd: '2027-03-31', noticeMonths: 3, autoRenews: false, renewalMonths: null }, TODAY))
      .toEqual({ deadline: '2026-12-31', termEnd: '2027-03-31', renewals: 0, currentSince: null });
    // No end or no notice period recorded: no deadline.
    expect(noticeDeadline({ contractEnd: null, noticeMonths: 3, autoRenews: true, renewalMonths: 12 }, TODAY)).toBeNull();
    expect(noticeDeadline({ contractEnd: '2027-03-31', noticeMonths: null, autoRenews: true, renewalMonths: 12 }, TODAY)).toBeNull();
  });

  it('roll forward across the year end by the renewal period once passed, when the contract renews tacitly', () => {
    const s = { contractEnd: '2026-01-31', noticeMonths: 1, autoRenews: true, renewalMonths: 12 };
    // The first deadline (31 Dec 2025) passed: the contract renewed to 31 Jan 2027, whose deadline is 31 Dec 2026.
    expect(noticeDeadline(s, '2026-01-05')).toEqual({ deadline: '2026-12-31', termEnd: '2027-01-31', renewals: 1, currentSince: '2026-01-01' });
    // On the deadline itself it is still this one; the day after, the next year's.
    expect(noticeDeadline(s, '2026-12-31')!.deadline).toBe('2026-12-31');
    expect(noticeDeadline(s, '2027-01-01')).toEqual({ deadline: '2027-12-31', termEnd: '2028-01-31', renewals: 2, currentSince: '2027-01-01' });
    // Without renewal the passed deadline stays what it was.
    expect(noticeDeadline({ ...s, autoRenews: false }, '2027-01-01')!.deadline).toBe('2025-12-31');
    // Renewal period unset: a year.
    expect(noticeDeadline({ ...s, renewalMonths: null }, '2026-01-05')!.deadline).toBe('2026-12-31');
    // Quarterly terms recorded years ago: the term ending 31 Dec 2026 had its deadline on 30 Nov, so the next is the March term's.
    expect(noticeDeadline({ contractEnd: '2019-03-31', noticeMonths: 1, autoRenews: true, renewalMonths: 3 }, '2026-12-02'))
      .toEqual({ deadline: '2027-02-28', termEnd: '2027-03-31', renewals: 32, currentSince: '2026-12-01' });
  });

  it('keep a contract ending on 29 February on the month end: the 28th in common years, the 29th in leap years', () => {
    const s = { contractEnd: '2028-02-29', noticeMonths: 3, autoRenews: true, renewalMonths: 12 };
    expect(noticeDeadline(s, '2027-11-01')).toEqual({ deadline: '2027-11-29', termEnd: '2028-02-29', renewals: 0, currentSince: null });
    expect(noticeDeadline(s, '2027-12-01')).toEqual({ deadline: '2028-11-28', termEnd: '2029-02-28', renewals: 1, currentSince: '2027-11-30' });
    expect(noticeDeadline(s, '2031-11-01')).toEqual({ deadline: '2031-11-29', termEnd: '2032-02-29', renewals: 4, currentSince: '2030-11-29' });
    expect(noticeDeadline(s, '2031-12-01')).toEqual({ deadline: '2032-11-28', termEnd: '2033-02-28', renewals: 5, currentSince: '2031-11-30' });
    // A year's notice on a leap-day end: 28 February of the year before.
    expect(noticeDeadline({ ...s, noticeMonths: 12, autoRenews: false }, '2026-01-01')!.deadline).toBe('2027-02-28');
  });

  it('show from the first warning (90 days), in the warning they are in, and the warnings can be changed', () => {
    expect([100, 90, 80, 30, 29, 7, 0].map((d) => warningFor(d, [90, 30, 7]))).toEqual([null, 90, 90, 30, 30, 7, 7]);
    const s = supplier(1, { contractEnd: '2027-03-31', noticeMonths: 3 }); // deadline 2026-12-31
    expect(agenda({ suppliers: [s] }, '2026-10-01').total).toBe(0); // 91 days ahead
    expect(keys(agenda({ suppliers: [s] }, '2026-10-02'))).toContain('later notice:1:2026-12-31');
    expect(keys(agenda({ suppliers: [s] }, '2026-10-02', { noticeWarningDays: [60, 14] }))).not.toContain('later notice:1:2026-12-31');
    expect(keys(agenda({ suppliers: [s] }, '2026-11-01', { noticeWarningDays: [60, 14] }))).toContain('later notice:1:2026-12-31');
    expect(agenda({ suppliers: [s] }).groups.find((g) => g.group === 'thisMonth')!.items[0]).toMatchObject({ kind: 'notice', alarmDays: [90, 30, 7] });
    // Once a non-renewing contract's deadline has passed, the contract's end is what is left to act on.
    expect(keys(agenda({ suppliers: [s] }, '2027-01-02'))).toEqual(['later contractEnd:1:2027-03-31']);
  });

  it("a renewing contract's passed deadline gives way to next year's, shown again 90 days ahead", () => {
    // (In touch all along: no quiet item in the way.)
    const s = supplier(1, { contractEnd: '2026-12-31', noticeMonths: 2, autoRenews: true, renewalMonths: 12, lastEntryOn: '2027-08-01' }); // deadline 2026-10-31
    expect(keys(agenda({ suppliers: [s] }, '2026-10-31'))).toEqual(['thisWeek notice:1:2026-10-31', 'later contractEnd:1:2026-12-31']);
    expect(keys(agenda({ suppliers: [s] }, '2026-11-01'))).toEqual(['later contractEnd:1:2026-12-31']);
    expect(keys(agenda({ suppliers: [s] }, '2027-08-03'))).toEqual(['later notice:1:2027-10-31']);
    expect(agenda({ suppliers: [s] }, '2027-08-03').groups[3]!.items[0]).toMatchObject({ renews: true, termEnd: '2027-12-31' });
  });
});

describe('contract ends', () => {
  it('a contract that does not renew stays overdue once ended, until the supplier is marked ended', () => {
    const s = supplier(1, { contractEnd: '2026-11-30' });
    expect(keys(agenda({ suppliers: [s] }))).toEqual(['overdue contractEnd:1:2026-11-30']);
    expect(agenda({ suppliers: [{ ...s, status: 'ended' }] }).total).toBe(0);
  });
});

describe('reviews', () => {
  it('are due the review interval after the last review, month ends kept', () => {
    const reviewDue = ({ lastReviewOn, ...s }: { reviewIntervalMonths: number | null; lastReviewOn: string | null; contractStart: string | null; createdOn: string }) =>
      nextReview(s, lastReviewOn)?.due ?? null;
    expect(reviewDue({ reviewIntervalMonths: 3, lastReviewOn: '2026-09-01', contractStart: '2025-01-01', createdOn: '2025-01-01' })).toBe('2026-12-01');
    expect(reviewDue({ reviewIntervalMonths: 3, lastReviewOn: '2026-08-31', contractStart: null, createdOn: '2025-01-01' })).toBe('2026-11-30');
    expect(reviewDue({ reviewIntervalMonths: 6, lastReviewOn: null, contractStart: '2026-06-15', createdOn: '2025-01-01' })).toBe('2026-12-15');
    expect(reviewDue({ reviewIntervalMonths: 12, lastReviewOn: null, contractStart: null, createdOn: '2024-02-29' })).toBe('2025-02-28');
    expect(reviewDue({ reviewIntervalMonths: null, lastReviewOn: '2026-01-01', contractStart: null, createdOn: '2025-01-01' })).toBeNull();
  });

  it('a supplier added today whose contract began 700 days ago: the first review is one interval from today, never years late', () => {
    const added = supplier(1, { reviewIntervalMonths: 3, contractStart: '2025-01-01', createdOn: TODAY, lastEntryOn: null });
    expect(keys(agenda({ suppliers: [added] }, TODAY, { upcomingDays: 120 }))).toEqual(['later review:1:2027-03-02']);
    expect(calendarItems({ suppliers: [added], entries: [], marks: [] }, { today: TODAY, settings: DEFAULT_AGENDA_SETTINGS, includePrivate: true })
      .map((i) => i.key)).toEqual(['review:1:2027-03-02']);
    // Nothing is overdue today.
    expect(agenda({ suppliers: [added] }).groups[0]!.items).toEqual([]);
  });

  it('show overdue, or within the upcoming window (30 days), keyed by their due day', () => {
    const suppliers = [
      supplier(1, { reviewIntervalMonths: 3, lastReviewOn: '2026-09-01' }),
      supplier(2, { reviewIntervalMonths: 3, lastReviewOn: '2026-09-20' }),
      supplier(3, { reviewIntervalMonths: 3, lastReviewOn: '2026-11-01' }),
    ];
    expect(keys(agenda({ suppliers }))).toEqual(['overdue review:1:2026-12-01', 'thisMonth review:2:2026-12-20']);
  });
});

describe('quiet suppliers', () => {
  it('are quiet once their last entry is longer ago than their review interval (90 days when unset), as the trust flag reads it', () => {
    const terms = { status: 'active' as const, reviewIntervalMonths: null, createdOn: '2026-01-01' };
    expect(quietOf(terms, '2026-08-15', '2026-11-13')).toBeNull();
    expect(quietOf(terms, '2026-08-15', '2026-11-14')).toEqual({ lastEntryOn: '2026-08-15', since: '2026-11-13', days: 91 });
    const s = (over = {}) => [supplier(1, { lastEntryOn: '2026-08-15', ...over })];
    expect(agenda({ suppliers: s() }, '2026-11-13').total).toBe(0);
    expect(keys(agenda({ suppliers: s() }, '2026-11-14'))).toEqual(['overdue quiet:1:2026-08-15']);
    expect(keys(agenda({ suppliers: s({ reviewIntervalMonths: 6 }) }, '2026-11-16')).filter((k) => k.includes('quiet'))).toEqual([]);
    // Nothing ever written: counted from the day the supplier was added.
    expect(keys(agenda({ suppliers: s({ lastEntryOn: null, createdOn: '2026-05-01' }) }, '2026-11-16'))).toEqual(['overdue quiet:1:2026-05-01']);
  });
});

describe('promises, incidents and follow-ups', () => {
  it('lists open promises of both sides, overdue or due within the window; settled and far ones are left out', () => {
    const entries = [
      openPromise(1, '2026-11-20'), openPromise(2, '2026-12-04', { side: 'ours' }), openPromise(3, '2027-01-01'), openPromise(4, '2027-02-01'),
      entry(5, { kind: 'promise', dueOn: '2026-11-01', status: 'kept', settledOn: '2026-10-30' }),
    ];
    const view = agenda({ entries });
    expect(keys(view)).toEqual(['overdue promise:1:2026-11-20', 'thisWeek promise:2:2026-12-04', 'later promise:3:2027-01-01']);
    expect(view.groups[1]!.items[0]).toMatchObject({ side: 'ours', entryId: 2, title: 'Entry 2' });
    expect(view.count).toBe(2);
  });

  it('lists incidents open longer than the set days (14 by default), dated the day they became so', () => {
    const entries = [openIncident(1, '2026-11-18'), openIncident(2, '2026-11-19'), entry(3, { kind: 'incident', date: '2026-10-01', resolvedOn: '2026-10-05' })];
    // Opened 18 November: fourteen days later, today, it is due; the one opened the day after is not yet.
    expect(keys(agenda({ entries }))).toEqual(['thisWeek incident:1']);
    expect(keys(agenda({ entries }, TODAY, { incidentOpenDays: 7 }))).toEqual(['overdue incident:1', 'overdue incident:2']);
    expect(agenda({ entries }).groups[1]!.items[0]).toMatchObject({ date: TODAY, since: '2026-11-18', severity: 'high' });
  });

  it('lists follow-ups of any kind of entry on their day', () => {
    const entries = [entry(1, { followUpOn: '2026-12-02' }), entry(2, { kind: 'interaction', followUpOn: '2026-12-10' }), entry(3, { followUpOn: '2027-06-01' })];
    expect(keys(agenda({ entries }))).toEqual(['thisWeek followUp:1:2026-12-02', 'thisMonth followUp:2:2026-12-10']);
  });

  it('leaves out everything of an ended supplier, and private entries when asked (a pack)', () => {
    const entries = [openPromise(1, '2026-12-03', { private: true }), openPromise(2, '2026-12-03', { supplierId: 2 })];
    const suppliers = [supplier(1), supplier(2, { status: 'ended' })];
    expect(keys(agenda({ suppliers, entries }))).toEqual(['thisWeek promise:1:2026-12-03']);
    expect(agenda({ suppliers, entries }).groups[1]!.items[0]!.private).toBe(true);
    expect(agenda({ suppliers, entries }, TODAY, {}, false).total).toBe(0);
  });
});

describe('grouping', () => {
  it('groups soonest first: overdue, this week (to Sunday), this month (to its last day), later', () => {
    const entries = [
      openPromise(1, '2027-01-15'), openPromise(2, '2026-12-06'), openPromise(3, '2026-12-07'), openPromise(4, '2026-12-31'),
      openPromise(5, '2026-12-01'), openPromise(6, '2026-12-02'), openPromise(7, '2026-11-02'),
    ];
    const view = agenda({ entries }, TODAY, { upcomingDays: 60 });
    expect(view.groups.map((g) => [g.group, g.items.map((i) => i.entryId)])).toEqual([
      ['overdue', [7, 5]], ['thisWeek', [6, 2]], ['thisMonth', [3, 4]], ['later', [1]],
    ]);
    expect(view.count).toBe(4);
    expect(view.total).toBe(7);
  });

  it('on a Sunday the week is that day; on the last of a month that month is that day', () => {
    expect(groupBounds('2026-12-06')).toEqual({ today: '2026-12-06', weekEnd: '2026-12-06', monthEnd: '2026-12-31' });
    expect(groupBounds('2027-02-28')).toEqual({ today: '2027-02-28', weekEnd: '2027-02-28', monthEnd: '2027-02-28' });
    expect(groupBounds('2028-02-27')).toEqual({ today: '2028-02-27', weekEnd: '2028-02-27', monthEnd: '2028-02-29' });
    expect(groupBounds('2026-12-29')).toEqual({ today: '2026-12-29', weekEnd: '2027-01-03', monthEnd: '2026-12-31' });
  });
});

describe('snooze and dismiss', () => {
  const mark = (key: string, action: AgendaMark['action'], until: string | null = null): AgendaMark => ({ key, action, until, createdAt: '2026-12-02T08:00:00.000Z' });
  const entries = [openPromise(1, '2026-11-20'), openPromise(2, '2026-12-04')];

  it('a snoozed item is kept apart until its day, then back in its group', () => {
    const marks = [mark('promise:1:2026-11-20', 'snoozed', '2026-12-09')];
    const now = agenda({ entries, marks });
    expect(keys(now)).toEqual(['thisWeek promise:2:2026-12-04']);
    expect(now.snoozed.map((m) => [m.item.key, m.mark.until])).toEqual([['promise:1:2026-11-20', '2026-12-09']]);
    expect(keys(agenda({ entries, marks }, '2026-12-08'))).not.toContain('overdue promise:1:2026-11-20');
    expect(keys(agenda({ entries, marks }, '2026-12-09'))).toContain('overdue promise:1:2026-11-20');
  });

  it('a dismissed item stays away; undoing is removing the mark; a new due day is a new item', () => {
    const marks = [mark('promise:1:2026-11-20', 'dismissed')];
    expect(keys(agenda({ entries, marks }, '2027-01-01'))).not.toContain('overdue promise:1:2026-11-20');
    expect(agenda({ entries, marks }).dismissed).toHaveLength(1);
    expect(keys(agenda({ entries, marks: [] }))).toContain('overdue promise:1:2026-11-20');
    const moved = [openPromise(1, '2026-12-03'), entries[1]!];
    expect(keys(agenda({ entries: moved, marks }))).toContain('thisWeek promise:1:2026-12-03');
  });

  it('a dismissed notice deadline of a renewing contract comes back for the next term', () => {
    const s = supplier(1, { contractEnd: '2027-01-31', noticeMonths: 1, autoRenews: true, renewalMonths: 12 });
    const marks = [mark('notice:1:2026-12-31', 'dismissed')];
    expect(keys(agenda({ suppliers: [s], marks }))).not.toContain('thisMonth notice:1:2026-12-31');
    expect(keys(agenda({ suppliers: [s], marks }, '2027-10-15'))).toContain('later notice:1:2027-12-31');
  });

  it('the calendar keeps snoozed deadlines on their day and leaves dismissed ones out', () => {
    const marks = [mark('promise:1:2026-11-20', 'snoozed', '2026-12-09'), mark('promise:2:2026-12-04', 'dismissed')];
    const items = calendarItems({ suppliers: [supplier(1)], entries, marks }, { today: TODAY, settings: DEFAULT_AGENDA_SETTINGS, includePrivate: true });
    expect(items.map((i) => i.key)).toEqual(['promise:1:2026-11-20']);
  });
});

describe('follow-ups leave the agenda', () => {
  const mark = (key: string, action: AgendaMark['action'], createdAt = '2026-12-02T10:00:00.000Z'): AgendaMark => ({ key, action, until: null, createdAt });
  const calendar = (facts: Partial<AgendaFacts>) => calendarItems(
    { suppliers: facts.suppliers ?? [supplier(1)], entries: facts.entries ?? [], marks: facts.marks ?? [], gone: facts.gone },
    { today: TODAY, settings: DEFAULT_AGENDA_SETTINGS, includePrivate: true },
  );

  it('marked done: gone from the groups, kept under done to undo; the calendar takes its event back as of the marking', () => {
    const entries = [entry(1, { followUpOn: '2026-12-01' }), entry(2, { followUpOn: '2026-12-04' })];
    const marks = [mark('followUp:1:2026-12-01', 'done')];
    const view = agenda({ entries, marks });
    expect(keys(view)).toEqual(['thisWeek followUp:2:2026-12-04']);
    expect(view.done.map((d) => d.item.key)).toEqual(['followUp:1:2026-12-01']);
    // Undo is removing the mark: it is back where it was.
    expect(keys(agenda({ entries }))).toEqual(['overdue followUp:1:2026-12-01', 'thisWeek followUp:2:2026-12-04']);
    const items = calendar({ entries, marks });
    expect(items.map((i) => [i.key, i.cancelled, i.changedAt])).toEqual([
      ['followUp:1:2026-12-01', true, '2026-12-02T10:00:00.000Z'], ['followUp:2:2026-12-04', false, '2026-11-01T09:00:00.000Z'],
    ]);
    expect(items[0]!.alarmDays).toEqual([]);
    // A new follow-up day is a new item: the mark stays with the old one.
    expect(keys(agenda({ entries: [entry(1, { followUpOn: '2026-12-05' })], marks }))).toEqual(['thisWeek followUp:1:2026-12-05']);
  });

  it('a follow-up on a promise settled (or an incident resolved) on or after its day is done by itself; one set for after the settlement stays', () => {
    const settled = (id: number, followUpOn: string, settledOn: string) =>
      openPromise(id, '2026-12-20', { followUpOn, status: 'kept', settledOn, updatedAt: `${settledOn}T12:00:00.000Z` });
    const entries = [
      settled(1, '2026-11-25', '2026-11-28'), // chased, then kept: done
      settled(2, '2026-12-10', '2026-11-28'), // a check after it was kept: stays
      openIncident(3, '2026-11-01', { followUpOn: '2026-11-20', resolvedOn: '2026-11-20' }),
      openPromise(4, '2026-12-20', { followUpOn: '2026-11-30' }), // still open: stays
      settled(5, '2026-11-25', '2026-12-05'), // settled after today: still open today
    ];
    expect(keys(agenda({ entries }))).toEqual([
      'overdue followUp:5:2026-11-25', 'overdue followUp:4:2026-11-30', 'thisMonth followUp:2:2026-12-10', 'thisMonth promise:4:2026-12-20', 'thisMonth promise:5:2026-12-20',
    ]);
    const cancelled = calendar({ entries }).filter((i) => i.cancelled).map((i) => [i.key, i.changedAt]);
    expect(cancelled).toEqual([['followUp:3:2026-11-20', '2026-11-01T09:00:00.000Z'], ['followUp:1:2026-11-25', '2026-11-28T12:00:00.000Z']]);
  });

  it('a follow-up day already past when the entry was written is a record, not a reminder: no item, no event, never taken back', () => {
    const old = entry(1, { followUpOn: '2025-03-01', date: '2025-02-20', createdOn: TODAY });
    expect(agenda({ entries: [old] }).total).toBe(0);
    expect(calendar({ entries: [old], marks: [mark('followUp:1:2025-03-01', 'done')] })).toEqual([]);
    const trashed = gone(1, { kind: 'note', dueOn: null, status: null, settledOn: null, followUpOn: '2026-11-01', createdOn: '2026-11-15' });
    expect(calendar({ gone: { entries: [trashed], suppliers: [] } })).toEqual([]);
  });
});

/** An entry whose calendar event is gone (core/agenda/cancelled.ts): a promise settled since it was exported, by default. */
const gone = (id: number, over: Partial<GoneEntry> = {}): GoneEntry => ({
  id, supplierId: 1, supplierName: 'Supplier 1', kind: 'promise', title: `Entry ${id}`, private: false, side: 'supplier', dueOn: '2026-11-20',
  followUpOn: null, status: 'kept', settledOn: '2026-11-25', createdAt: '2026-11-01T09:00:00.000Z', createdOn: '2026-11-01',
  updatedAt: '2026-11-25T09:00:00.000Z', goneAt: '2026-11-25T09:00:00.000Z', ...over,
});

describe('cancelled events: only for events there were', () => {
  const cancelledKeys = (entries: GoneEntry[]) => calendarItems(
    { suppliers: [supplier(1)], entries: [], marks: [], gone: { entries, suppliers: [] } },
    { today: TODAY, settings: DEFAULT_AGENDA_SETTINGS, includePrivate: true },
  ).map((i) => i.key);

  it('a promise written open and settled later is taken back', () => {
    expect(cancelledKeys([gone(1)])).toEqual(['promise:1:2026-11-20']);
  });

  it('a promise entered today as kept eight months ago never had an event, so it is never taken back', () => {
    const history = { createdAt: `${TODAY}T09:00:00.000Z`, createdOn: TODAY, updatedAt: `${TODAY}T09:00:00.000Z`, goneAt: `${TODAY}T09:00:00.000Z` };
    expect(cancelledKeys([gone(1, { ...history, dueOn: '2026-04-01', settledOn: '2026-04-02' })])).toEqual([]);
    // Settled before the day it was written, even when edited since.
    expect(cancelledKeys([gone(2, { ...history, dueOn: TODAY, settledOn: '2026-11-30', updatedAt: `${TODAY}T10:00:00.000Z` })])).toEqual([]);
    // Due before it was written: it never had an event, whatever became of it.
    expect(cancelledKeys([gone(3, { ...history, dueOn: '2026-11-30', status: 'open', settledOn: null })])).toEqual([]);
    // Written settled today, never changed since.
    expect(cancelledKeys([gone(4, { ...history, dueOn: '2026-12-10', settledOn: TODAY })])).toEqual([]);
    // Written open today and settled an hour later: it had an event.
    expect(cancelledKeys([gone(5, { ...history, dueOn: '2026-12-10', settledOn: TODAY, updatedAt: `${TODAY}T10:00:00.000Z` })])).toEqual(['promise:5:2026-12-10']);
  });
});

describe('time zones: the agenda runs on the local day', () => {
  // 2026-12-31 20:30 UTC is already 1 January in Auckland (UTC+13), still 31 December in Los Angeles (UTC-8).
  const instant = new Date(Date.UTC(2026, 11, 31, 20, 30));
  const cases = [
    { tz: 'Pacific/Auckland', offset: -780, today: '2027-01-01' },
    { tz: 'America/Los_Angeles', offset: 480, today: '2026-12-31' },
    { tz: 'UTC', offset: 0, today: '2026-12-31' },
  ];
  const original = process.env.TZ;

  for (const c of cases) {
    it(`in ${c.tz}`, () => {
      process.env.TZ = c.tz; // Node reads TZ again when it is set
      try {
        expect(instant.getTimezoneOffset()).toBe(c.offset);
        const today = todayIso(instant);
        expect(today).toBe(c.today);
        const view = agenda({ entries: [openPromise(1, '2026-12-31')] }, today);
        expect(keys(view)).toEqual([c.today === '2026-12-31' ? 'thisWeek promise:1:2026-12-31' : 'overdue promise:1:2026-12-31']);
        // Week and month ends are days, whatever the zone (and across LA's spring-forward Sunday).
        expect(groupBounds('2027-03-10')).toEqual({ today: '2027-03-10', weekEnd: '2027-03-14', monthEnd: '2027-03-31' });
        expect(groupBounds('2026-09-23')).toEqual({ today: '2026-09-23', weekEnd: '2026-09-27', monthEnd: '2026-09-30' });
        expect(noticeDeadline({ contractEnd: '2028-02-29', noticeMonths: 3, autoRenews: true, renewalMonths: 12 }, today)!.deadline).toBe('2027-11-29');
      } finally {
        if (original === undefined) delete process.env.TZ;
        else process.env.TZ = original;
      }
    });
  }
});

describe('agenda settings', () => {
  it('refuse a warning day given twice, at the place of the repeat; distinct days pass', async () => {
    const { agendaSettingsUpdate } = await import('./settings');
    const { issueFromZod } = await import('../errors');
    const twice = agendaSettingsUpdate.safeParse({ noticeWarningDays: [30, 30] });
    expect(twice.success).toBe(false);
    expect(twice.error!.issues.map(issueFromZod)).toEqual([{ path: ['noticeWarningDays', 1], key: 'duplicateWarningDays', params: {} }]);
    const later = agendaSettingsUpdate.safeParse({ noticeWarningDays: [90, 7, 90] });
    expect(later.error!.issues.map(issueFromZod).map((i) => i.path)).toEqual([['noticeWarningDays', 2]]);
    expect(agendaSettingsUpdate.parse({ noticeWarningDays: [90, 30, 7] }).noticeWarningDays).toEqual([90, 30, 7]);
  });
});
