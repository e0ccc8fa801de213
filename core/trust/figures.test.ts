import { describe, expect, it } from 'vitest';
import { supplierDefaults } from '../supplier-fields';
import type { Supplier } from '../types';
import { quarterOf, supplierFigures } from './figures';
import { incident, interaction, promise, review } from './fixtures';

const supplier: Supplier = {
  id: 1, ...supplierDefaults(), name: 'Acme', contractStart: '2023-01-01', contractEnd: '2025-12-31', noticeMonths: 3,
  reviewIntervalMonths: 3, status: 'active', endedOn: null, createdAt: '2024-01-01T09:00:00.000Z', updatedAt: '2024-01-01T09:00:00.000Z',
};
const TODAY = '2025-06-01';

describe('supplier figures', () => {
  const entries = [
    promise(1, '2025-01-01', { status: 'kept', settledOn: '2025-01-10' }),
    promise(2, '2025-01-01', { status: 'kept', settledOn: '2025-01-10' }),
    promise(3, '2025-01-01', { status: 'kept_late', settledOn: '2025-02-10' }),
    promise(4, '2025-01-01', { status: 'broken', settledOn: '2025-02-10' }),
    promise(5, '2025-01-01', { status: 'renegotiated', settledOn: '2025-02-10' }),
    promise(6, '2025-05-01', { dueOn: '2025-05-15' }), // open, overdue, result, outside contract
    promise(7, '2025-05-01', { dueOn: '2025-07-01', inContract: true }), // open, in contract
    promise(8, '2025-05-01', { obligation: 'effort' }), // open, no due date
    promise(9, '2025-05-01', { side: 'ours', status: 'broken', settledOn: '2025-05-02' }),
    incident(10, '2025-01-05', { severity: 'low', resolvedOn: '2025-01-07' }),
    incident(11, '2025-02-05', { severity: 'high', resolvedOn: '2025-02-15' }),
    incident(12, '2025-04-05', { severity: 'high' }),
    incident(13, '2025-04-06', { causedBy: 'ours', resolvedOn: '2025-04-07' }),
    interaction(14, '2025-05-20'),
    interaction(15, '2025-03-20'),
    review(16, '2025-01-15', { scoreAbility: 4 }),
  ];
  const f = supplierFigures(supplier, entries, TODAY);

  it('say/do: kept on time over settled-or-overdue, renegotiated left out', () => {
    // kept 2 / (kept 2 + late 1 + broken 1 + overdue 1) = 0.4
    expect(f.sayDo).toEqual({ keptOnTime: 2, keptLate: 1, broken: 1, overdue: 1, renegotiated: 1, ratio: 0.4 });
  });

  it('open promise load and over-promising', () => {
    expect(f.openPromises).toBe(3);
    expect(f.overduePromises).toBe(1);
    expect(f.overPromising).toBe(1); // only #6: #7 is in the contract, #8 is an effort promise
  });

  it('incidents per quarter by severity and mean time to resolve (ours left out)', () => {
    expect(f.incidentsPerQuarter).toEqual([
      { quarter: '2025-Q1', low: 1, medium: 0, high: 1, critical: 0 },
      { quarter: '2025-Q2', low: 0, medium: 0, high: 1, critical: 0 },
    ]);
    expect(f.meanTimeToResolveDays).toBe(6); // (2 + 10) / 2
    expect(f.openIncidents).toBe(1);
  });

  it('days since last interaction, review overdue, notice deadline', () => {
    expect(f.lastInteractionOn).toBe('2025-05-20');
    expect(f.daysSinceLastInteraction).toBe(12);
    expect(f.lastReviewOn).toBe('2025-01-15');
    expect(f.nextReviewDue).toBe('2025-04-15');
    expect(f.reviewOverdue).toBe(true);
    expect(f.reviewOverdueDays).toBe(47);
    expect(f.termEnd).toBe('2025-12-31');
    expect(f.noticeDeadline).toBe('2025-09-30');
    expect(f.daysToNoticeDeadline).toBe(121);
  });

  it('last contact: every interaction and review counts, our side too', () => {
    const later = [...entries, review(20, '2025-05-28'), interaction(21, '2025-05-30', { side: 'ours' })];
    expect(supplierFigures(supplier, later, TODAY).lastInteractionOn).toBe('2025-05-30');
    expect(supplierFigures(supplier, [...entries, review(20, '2025-05-28')], TODAY).daysSinceLastInteraction).toBe(4);
  });

  it('a new supplier whose contract began long ago: first review one interval after it was added, no days late', () => {
    const added = { ...supplier, contractStart: '2023-01-01', createdAt: '2025-05-20T09:00:00.000Z' };
    const f0 = supplierFigures(added, [], TODAY);
    expect(f0.nextReviewDue).toBe('2025-08-20');
    expect(f0.reviewOverdue).toBe(false);
    expect(f0.reviewOverdueDays).toBe(0);
    expect(f0.noReviewYet).toBe(true);
    // A contract that starts after the supplier was added counts from its start.
    const later = supplierFigures({ ...added, contractStart: '2025-06-01' }, [], TODAY);
    expect(later.nextReviewDue).toBe('2025-09-01');
    expect(later.noReviewYet).toBe(true);
    // Once a review is logged, the interval counts from it.
    const reviewed = supplierFigures(added, [review(30, '2025-05-25')], TODAY);
    expect(reviewed.nextReviewDue).toBe('2025-08-25');
    expect(reviewed.noReviewYet).toBe(false);
    // Late for real when the interval passes after the supplier arrived.
    const late = supplierFigures(added, [], '2025-09-01');
    expect(late.reviewOverdue).toBe(true);
    expect(late.reviewOverdueDays).toBe(12);
  });

  it('a contract that renews itself: the current term and next deadline, never a passed one', () => {
    // Ended last spring on paper, renews every 12 months, 2 months' notice.
    const renewing = { ...supplier, contractEnd: '2025-04-30', noticeMonths: 2, autoRenews: true, renewalMonths: 12 };
    const r = supplierFigures(renewing, entries, TODAY);
    expect(r.termEnd).toBe('2026-04-30');
    expect(r.noticeDeadline).toBe('2026-02-28');
    expect(r.daysToNoticeDeadline).toBe(272);
    // No notice period recorded: no deadline, the term still rolls.
    const noNotice = supplierFigures({ ...renewing, noticeMonths: null }, entries, TODAY);
    expect([noNotice.noticeDeadline, noNotice.termEnd]).toEqual([null, '2026-04-30']);
  });

  it('our own conduct on request', () => {
    const ours = supplierFigures(supplier, entries, TODAY, 'ours');
    expect(ours.sayDo.broken).toBe(1);
    expect(ours.incidentsPerQuarter).toEqual([{ quarter: '2025-Q2', low: 0, medium: 1, high: 0, critical: 0 }]);
  });

  it('an empty journal', () => {
    const empty = supplierFigures({ ...supplier, contractEnd: null, contractStart: null, reviewIntervalMonths: null }, [], TODAY);
    expect(empty.sayDo.ratio).toBeNull();
    expect(empty.meanTimeToResolveDays).toBeNull();
    expect(empty.daysSinceLastInteraction).toBeNull();
    expect(empty.nextReviewDue).toBeNull();
    expect(empty.reviewOverdue).toBe(false);
    expect(empty.noticeDeadline).toBeNull();
  });

  it('names quarters', () => {
    expect(['2025-01-01', '2025-03-31', '2025-04-01', '2025-12-31'].map(quarterOf)).toEqual(['2025-Q1', '2025-Q1', '2025-Q2', '2025-Q4']);
  });
});
