// Each of a supplier's facts by its one function, on a fixed day. The places
// that show them (figures, agenda, calendar, pack) are tested to agree in
// db/test/facts.test.ts.
import { describe, expect, it } from 'vitest';
import { addMonths } from '../dates';
import { interaction, note, promise, review } from '../trust/fixtures';
import type { Supplier } from '../types';
import { supplierDefaults } from '../supplier-fields';
import {
  currentTerm, entryDates, factsFromEntries, nextReview, noticeDeadline, openOn, overdueDays, overdueOn, promiseLoad, quietOf, reviewOverdueDays,
} from './index';

const TODAY = '2026-12-02';

describe('the notice deadline and the current term', () => {
  it('a contract that renews itself, its end date last spring: next year\'s deadline and term, never the passed one', () => {
    const c = { contractEnd: '2026-04-30', noticeMonths: 2, autoRenews: true, renewalMonths: 12 };
    expect(noticeDeadline(c, TODAY)).toEqual({ deadline: '2027-02-28', termEnd: '2027-04-30', renewals: 1, currentSince: '2026-03-01' });
    expect(currentTerm(c, TODAY)).toEqual({ end: '2027-04-30', since: '2026-05-01' });
    // Between a deadline and its term's end the deadline has moved on, the term not yet.
    expect(noticeDeadline(c, '2026-03-15')!.deadline).toBe('2027-02-28');
    expect(currentTerm(c, '2026-03-15')).toEqual({ end: '2026-04-30', since: null });
    // On its end day the term is still this one.
    expect(currentTerm(c, '2026-04-30')!.end).toBe('2026-04-30');
  });

  it('a contract that does not renew keeps its dates, even when passed', () => {
    const c = { contractEnd: '2026-04-30', noticeMonths: 2, autoRenews: false, renewalMonths: null };
    expect(noticeDeadline(c, TODAY)).toEqual({ deadline: '2026-02-28', termEnd: '2026-04-30', renewals: 0, currentSince: null });
    expect(currentTerm(c, TODAY)).toEqual({ end: '2026-04-30', since: null });
  });

  it('none without a notice period, or without an end', () => {
    expect(noticeDeadline({ contractEnd: '2027-04-30', noticeMonths: null, autoRenews: true, renewalMonths: 12 }, TODAY)).toBeNull();
    expect(noticeDeadline({ contractEnd: null, noticeMonths: 3, autoRenews: false, renewalMonths: null }, TODAY)).toBeNull();
    expect(currentTerm({ contractEnd: null, autoRenews: true, renewalMonths: 12 }, TODAY)).toBeNull();
  });
});

describe('the next review', () => {
  const terms = { reviewIntervalMonths: 3, contractStart: '2025-01-01', createdOn: TODAY };

  it('a supplier added today whose contract began 700 days ago: due one interval from today, not late', () => {
    expect(nextReview(terms, null)).toEqual({ due: '2027-03-02', from: 'arrival', lastReviewOn: null });
    expect(reviewOverdueDays(nextReview(terms, null), TODAY)).toBe(0);
  });

  it('from the last review once there is one; from a contract start after the arrival; none without an interval', () => {
    expect(nextReview(terms, '2026-11-15')).toEqual({ due: '2027-02-15', from: 'lastReview', lastReviewOn: '2026-11-15' });
    expect(nextReview({ ...terms, contractStart: '2027-01-01' }, null)).toEqual({ due: '2027-04-01', from: 'contractStart', lastReviewOn: null });
    expect(nextReview({ ...terms, contractStart: null }, null)!.due).toBe('2027-03-02');
    expect(nextReview({ ...terms, reviewIntervalMonths: null }, '2026-11-15')).toBeNull();
    // Late for real once the interval has passed since the arrival.
    expect(reviewOverdueDays(nextReview(terms, null), '2027-03-12')).toBe(10);
  });
});

describe('last entry, last contact, last review', () => {
  it('counted up to the day asked; contact is an interaction or a review of either side; a review of our conduct is no review of theirs', () => {
    const entries = [
      interaction(1, '2026-10-01'), review(2, '2026-09-01'), note(3, '2026-11-20'), interaction(4, '2026-11-25', { side: 'ours' }),
      review(5, '2026-11-01', { side: 'ours' }), interaction(6, '2027-01-10'),
    ];
    expect(entryDates(entries, TODAY)).toEqual({ lastEntryOn: '2026-11-25', lastContactOn: '2026-11-25', lastReviewOn: '2026-09-01' });
    expect(entryDates(entries, '2026-10-15')).toEqual({ lastEntryOn: '2026-10-01', lastContactOn: '2026-10-01', lastReviewOn: '2026-09-01' });
    expect(entryDates([], TODAY)).toEqual({ lastEntryOn: null, lastContactOn: null, lastReviewOn: null });
  });
});

describe('open and overdue promises', () => {
  it('open from the day made until the day settled; overdue once its due day has passed while open', () => {
    const p = promise(1, '2026-11-01', { dueOn: '2026-11-20', status: 'kept', settledOn: '2026-11-25' });
    expect([openOn(p, '2026-10-31'), openOn(p, '2026-11-01'), openOn(p, '2026-11-24'), openOn(p, '2026-11-25')]).toEqual([false, true, true, false]);
    expect([overdueOn(p, '2026-11-20'), overdueOn(p, '2026-11-21'), overdueOn(p, '2026-11-25')]).toEqual([false, true, false]);
    expect(overdueDays(p, '2026-11-24')).toBe(4);
    expect(overdueDays(promise(2, '2026-11-01'), TODAY)).toBe(0); // no due day: never overdue
  });

  it('counted per side: theirs are the load they carry, ours beside it', () => {
    const list = [
      promise(1, '2026-11-01', { dueOn: '2026-11-20' }), promise(2, '2026-11-01', { dueOn: '2026-12-20' }), promise(3, '2026-11-01'),
      promise(4, '2026-11-01', { dueOn: '2026-11-10', side: 'ours' }), promise(5, '2026-11-01', { dueOn: '2026-11-10', status: 'broken', settledOn: '2026-11-12' }),
      promise(6, '2026-12-10', { dueOn: '2026-12-11' }), // made after today
    ];
    expect(promiseLoad(list, TODAY)).toEqual({ open: 3, overdue: 1, ourOpen: 1, ourOverdue: 1 });
  });
});

describe('quiet', () => {
  const terms = { status: 'active' as const, reviewIntervalMonths: 3, createdOn: '2026-01-01' };

  it('nothing written for longer than the review interval (90 days without one), from the arrival when nothing was ever written', () => {
    expect(quietOf(terms, '2026-09-02', TODAY)).toBeNull(); // exactly the interval
    expect(quietOf(terms, '2026-09-01', TODAY)).toEqual({ lastEntryOn: '2026-09-01', since: '2026-12-01', days: 92 });
    expect(quietOf({ ...terms, reviewIntervalMonths: null }, '2026-09-03', TODAY)).toBeNull(); // 90 days: not longer
    expect(quietOf({ ...terms, reviewIntervalMonths: null }, '2026-09-02', TODAY)).toEqual({ lastEntryOn: '2026-09-02', since: '2026-12-01', days: 91 });
    expect(quietOf(terms, null, TODAY)).toEqual({ lastEntryOn: null, since: '2026-04-01', days: 335 });
    expect(quietOf({ ...terms, status: 'ended' }, '2026-01-01', TODAY)).toBeNull();
  });
});

describe('all of a supplier\'s facts at once', () => {
  it('from its terms and its entries, each by its own function', () => {
    const s: Supplier = {
      id: 1, ...supplierDefaults(), name: 'Noordlicht', contractStart: '2025-01-01', contractEnd: '2026-04-30', noticeMonths: 2,
      reviewIntervalMonths: 3, autoRenews: true, renewalMonths: 12, status: 'active', endedOn: null,
      createdAt: `${TODAY}T08:00:00.000Z`, updatedAt: `${TODAY}T08:00:00.000Z`,
    };
    const entries = [interaction(1, '2026-06-01'), promise(2, '2026-06-01', { dueOn: '2026-07-01' }), { ...note(3, '2026-07-01'), supplierId: 2 }];
    const f = factsFromEntries(s, entries, TODAY);
    expect(f).toMatchObject({
      notice: { deadline: '2027-02-28', termEnd: '2027-04-30' }, term: { end: '2027-04-30' },
      review: { due: addMonths(TODAY, 3), from: 'arrival' }, reviewOverdueDays: 0,
      lastEntryOn: '2026-06-01', lastContactOn: '2026-06-01', lastReviewOn: null,
      promises: { open: 1, overdue: 1, ourOpen: 0, ourOverdue: 0 },
      quiet: { lastEntryOn: '2026-06-01', since: '2026-09-01', days: 184 },
    });
  });
});
