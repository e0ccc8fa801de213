// The draft agenda from journals that hold each kind of point (issue 23): what
// is on it, in which order, labelled how, and what stays off.
import { describe, expect, it } from 'vitest';
import { draftAgenda, type DraftEntry, type DraftFacts } from './draft';

const TODAY = '2026-12-07';
const OPTIONS = { upcomingDays: 30, noticeDays: 90 };

const entry = (id: number, over: Partial<DraftEntry>): DraftEntry => ({
  id, kind: 'note', date: '2026-10-01', title: `Entry ${id}`, side: 'supplier', dueOn: null, status: null, settledOn: null, resolvedOn: null, ...over,
});
const promise = (id: number, dueOn: string, over: Partial<DraftEntry> = {}) => entry(id, { kind: 'promise', dueOn, status: 'open', ...over });

const facts = (over: Partial<DraftFacts>): DraftFacts => ({
  today: TODAY, flag: null, notice: null, term: null, autoRenews: false, entries: [], since: '2026-09-01', deferred: [], decidedOn: null, ...over,
});

const sources = (f: DraftFacts) => draftAgenda(f, OPTIONS).map((p) => `${p.source}:${p.entryId ?? '-'}:${p.purpose}`);

describe('the draft agenda', () => {
  it('is empty for a journal with nothing to raise', () => {
    expect(draftAgenda(facts({}), OPTIONS)).toEqual([]);
  });

  it('puts the flag first, with its reason and the entry that pulled most', () => {
    const flag = { kind: 'eroding' as const, change: -0.12, extreme: 0.7, since: '2026-08-01', pulls: [{ id: 9, kind: 'incident' as const, date: '2026-11-02', title: 'Outage', private: false, delta: -0.08 }] };
    const [first] = draftAgenda(facts({ flag, entries: [promise(1, '2026-12-01')] }), OPTIONS);
    expect(first).toMatchObject({ source: 'flag', entryId: 9, purpose: 'raise', detailKey: 'meeting.detail.flagEroding', detailParams: { change: 12, since: '2026-08-01', pulls: 'Outage' } });
    const quiet = draftAgenda(facts({ flag: { kind: 'quiet', lastEntryOn: '2026-06-01', days: 189 } }), OPTIONS);
    expect(quiet).toMatchObject([{ source: 'flag', entryId: null, detailKey: 'meeting.detail.flagQuiet', detailParams: { days: 189 } }]);
  });

  it('lists overdue promises before soon-due ones, theirs before ours, ours labelled; far-off and settled ones stay off', () => {
    const entries = [
      promise(1, '2026-12-20'), // soon due, theirs
      promise(2, '2026-11-20', { side: 'ours' }), // overdue, ours
      promise(3, '2026-11-30'), // overdue, theirs
      promise(4, '2027-03-01'), // beyond the horizon
      promise(5, '2026-11-01', { status: 'kept', settledOn: '2026-11-02' }), // settled
      promise(6, '2026-12-10', { side: 'ours' }), // soon due, ours
      promise(7, '2026-11-25', { status: 'kept', settledOn: '2026-12-09' }), // settled after today: still open today, overdue
    ];
    expect(sources(facts({ entries }))).toEqual(['promise:7:raise', 'promise:3:raise', 'ourPromise:2:raise', 'promise:1:info', 'ourPromise:6:info']);
    expect(draftAgenda(facts({ entries: [promise(3, '2026-11-30')] }), OPTIONS)[0]).toMatchObject({ detailKey: 'meeting.detail.promiseOverdue', detailParams: { dueOn: '2026-11-30' } });
  });

  it('lists open incidents, not resolved ones', () => {
    const entries = [
      entry(1, { kind: 'incident', date: '2026-11-01' }),
      entry(2, { kind: 'incident', date: '2026-11-01', resolvedOn: '2026-11-05' }),
      entry(3, { kind: 'incident', date: '2026-11-01', resolvedOn: '2026-12-20' }), // resolved after today: open today
    ];
    expect(sources(facts({ entries }))).toEqual(['incident:1:raise', 'incident:3:raise']);
  });

  it('raises a notice deadline within the horizon; else a contract end that does not renew', () => {
    const notice = { deadline: '2027-01-31', termEnd: '2027-04-30', renewals: 0, currentSince: null };
    expect(draftAgenda(facts({ notice, term: { end: '2027-04-30', since: null } }), OPTIONS)).toMatchObject([
      { source: 'notice', detailKey: 'meeting.detail.notice', detailParams: { deadline: '2027-01-31', termEnd: '2027-04-30' } },
    ]);
    expect(draftAgenda(facts({ notice: { ...notice, deadline: '2027-06-01' } }), OPTIONS)).toEqual([]);
    // A contract decision taken at a meeting within the warning settles it; one taken long before does not.
    expect(draftAgenda(facts({ notice, decidedOn: '2026-11-15' }), OPTIONS)).toEqual([]);
    expect(sources(facts({ notice, decidedOn: '2026-01-15' }))).toEqual(['notice:-:raise']);
    expect(sources(facts({ term: { end: '2027-01-15', since: null } }))).toEqual(['contractEnd:-:raise']);
    expect(sources(facts({ term: { end: '2027-01-15', since: null }, autoRenews: true }))).toEqual([]);
  });

  it('asks to acknowledge advice and shows our own conduct since the last meeting, not before', () => {
    const entries = [
      entry(1, { kind: 'advice', date: '2026-10-01' }),
      entry(2, { kind: 'advice', date: '2026-08-01' }), // before `since`
      entry(3, { kind: 'incident', date: '2026-10-02', side: 'ours', resolvedOn: '2026-10-03' }), // our conduct
      entry(4, { kind: 'note', date: '2026-10-03', side: 'ours' }),
      entry(5, { kind: 'note', date: '2026-10-03' }), // their note: nothing to raise
    ];
    expect(sources(facts({ entries }))).toEqual(['advice:1:raise', 'conduct:3:info', 'conduct:4:info']);
  });

  it('carries the last meeting\'s deferred points, right after the flag; one about an entry drawn again is that point, carried', () => {
    const deferred = [
      { id: 41, source: 'free' as const, entryId: null, title: 'Roadmap', detail: '' },
      { id: 42, source: 'promise' as const, entryId: 3, title: 'Old title', detail: '' },
    ];
    const draft = draftAgenda(facts({ flag: { kind: 'quiet', lastEntryOn: null, days: 100 }, entries: [promise(3, '2026-11-30')], deferred }), OPTIONS);
    expect(draft.map((p) => [p.source, p.title, p.carriedFrom])).toEqual([
      ['flag', '', null], ['deferred', 'Roadmap', 41], ['promise', 'Entry 3', 42],
    ]);
    // A deferred flag or notice point is the one the journal raises again, if it does; else it is carried as it was.
    const flagDeferred = [{ id: 43, source: 'flag' as const, entryId: 3, title: 'Trust is moving', detail: '' }];
    expect(draftAgenda(facts({ flag: { kind: 'quiet', lastEntryOn: null, days: 100 }, deferred: flagDeferred }), OPTIONS).map((p) => [p.source, p.carriedFrom]))
      .toEqual([['flag', 43]]);
    expect(draftAgenda(facts({ deferred: flagDeferred }), OPTIONS).map((p) => [p.source, p.title])).toEqual([['deferred', 'Trust is moving']]);
  });
});
