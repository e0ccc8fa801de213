import { describe, expect, it } from 'vitest';
import { DEFAULT_TRUST_SETTINGS as D } from './settings';
import type { Evidence } from './evidence';
import { evidenceFromEntries } from './evidence';
import { advice, incident, interaction, note, promise, review } from './fixtures';
import type { Entry } from '../types';

const TODAY = '2025-06-01';
const ev = (entries: Entry[], side: 'supplier' | 'ours' = 'supplier') => evidenceFromEntries(entries, TODAY, D, side);
const brief = (e: Evidence) => ({ date: e.date, dimension: e.dimension, r: e.r, s: e.s, key: e.reason.key });

describe('evidence from promises (all on integrity)', () => {
  it('kept on time: +1.5 result, +1 effort, dated when settled', () => {
    expect(ev([promise(1, '2025-01-01', { dueOn: '2025-02-01', status: 'kept', settledOn: '2025-01-20' })]).map(brief))
      .toEqual([{ date: '2025-01-20', dimension: 'integrity', r: 1.5, s: 0, key: 'keptResultPromise' }]);
    expect(ev([promise(1, '2025-01-01', { obligation: 'effort', status: 'kept', settledOn: '2025-01-20' })]).map(brief))
      .toEqual([{ date: '2025-01-20', dimension: 'integrity', r: 1, s: 0, key: 'keptEffortPromise' }]);
  });

  it('broken: -2 result / -1 effort, x1.5 in contract, x1.5 asymmetry', () => {
    const broken = (over: Parameters<typeof promise>[2]) => ev([promise(1, '2025-01-01', { status: 'broken', settledOn: '2025-01-10', ...over })])[0]!.s;
    expect(broken({ obligation: 'result', inContract: true })).toBeCloseTo(2 * 1.5 * 1.5, 12); // 4.5
    expect(broken({ obligation: 'result', inContract: false })).toBeCloseTo(3, 12);
    expect(broken({ obligation: 'effort', inContract: true })).toBeCloseTo(2.25, 12);
    expect(broken({ obligation: 'effort', inContract: false })).toBeCloseTo(1.5, 12);
  });

  it('kept late: +0.3 and -0.3 (x1.5), with the overdue stretch retracted on settlement', () => {
    const items = ev([promise(1, '2025-01-01', { dueOn: '2025-01-10', status: 'kept_late', settledOn: '2025-01-20' })]);
    expect(items.map(brief)).toEqual([
      { date: '2025-01-10', dimension: 'integrity', r: 0, s: 3, key: 'overduePromise' },
      // 3 * 2^(-10/360), the provisional weight as decayed by the settlement date
      { date: '2025-01-20', dimension: 'integrity', r: 0, s: -3 * Math.pow(2, -10 / 360), key: 'overduePromiseSettled' },
      { date: '2025-01-20', dimension: 'integrity', r: 0.3, s: 0.3 * 1.5, key: 'keptLatePromise' },
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.s - b.s)));
  });

  it('an open promise counts as broken from its due date once today is past it', () => {
    const p = promise(1, '2025-05-01', { dueOn: '2025-05-20', inContract: true });
    expect(ev([p]).map(brief)).toEqual([{ date: '2025-05-20', dimension: 'integrity', r: 0, s: 4.5, key: 'overduePromise' }]);
    expect(evidenceFromEntries([p], '2025-05-20', D)).toEqual([]); // due today: not yet overdue
    expect(ev([promise(2, '2020-01-01')])).toEqual([]); // no due date: never overdue
  });

  it('renegotiated or withdrawn: 0 before the due date, -0.5 after', () => {
    for (const status of ['renegotiated', 'withdrawn'] as const) {
      expect(ev([promise(1, '2025-01-01', { dueOn: '2025-02-01', status, settledOn: '2025-02-01' })])).toEqual([]);
      expect(ev([promise(1, '2025-01-01', { status, settledOn: '2025-03-01' })])).toEqual([]);
      const late = ev([promise(1, '2025-01-01', { dueOn: '2025-02-01', status, settledOn: '2025-02-05' })]);
      expect(late.at(-1)!.s).toBeCloseTo(0.75, 12);
      expect(late.reduce((sum, e) => sum + e.r, 0)).toBe(0);
    }
  });
});

describe('evidence from other entries', () => {
  it('incidents on ability by severity, handled well +0.75 on the resolution date', () => {
    expect(ev([incident(1, '2025-01-01', { severity: 'critical', resolvedOn: '2025-01-05', handledWell: true })]).map(brief)).toEqual([
      { date: '2025-01-01', dimension: 'ability', r: 0, s: 7.5, key: 'incident' },
      { date: '2025-01-05', dimension: 'ability', r: 0.75, s: 0, key: 'incidentHandledWell' },
    ]);
    const sev = (severity: 'low' | 'medium' | 'high') => ev([incident(1, '2025-01-01', { severity })])[0]!.s / 1.5;
    expect([sev('low'), sev('medium'), sev('high')]).toEqual([0.25, 1, 2.5]);
  });

  it('interactions by tone and advice on benevolence; notes carry none', () => {
    const tone = (t: 'positive' | 'neutral' | 'negative') => brief(ev([interaction(1, '2025-01-01', { tone: t })])[0]!);
    expect(tone('positive')).toMatchObject({ dimension: 'benevolence', r: 0.75, s: 0 });
    expect(tone('neutral')).toMatchObject({ dimension: 'benevolence', r: 0.25, s: 0 });
    expect(tone('negative')).toMatchObject({ dimension: 'benevolence', r: 0, s: 1.125 });
    expect(ev([advice(1, '2025-01-01')]).map(brief)).toEqual([{ date: '2025-01-01', dimension: 'benevolence', r: 1, s: 0, key: 'advice' }]);
    expect(ev([note(1, '2025-01-01')])).toEqual([]);
  });

  it('a review splits r = score - 1 and s = 5 - score evenly over the scored dimensions', () => {
    // Two scored dimensions: each gets half of its own score's weights.
    const items = ev([review(1, '2025-01-01', { scoreAbility: 4, scoreIntegrity: 2 })]);
    expect(items.map((e) => [e.dimension, e.r, e.s])).toEqual([
      ['ability', 1.5, 0.5 * 1.5],
      ['integrity', 0.5, 1.5 * 1.5],
    ]);
    const all5 = ev([review(1, '2025-01-01', { scoreAbility: 5, scoreIntegrity: 5, scoreBenevolence: 5 })]);
    expect(all5.reduce((sum, e) => sum + e.r, 0)).toBeCloseTo(4, 12);
    expect(all5.every((e) => e.s === 0)).toBe(true);
  });

  it('keeps our own conduct apart: side = ours and incidents we caused', () => {
    const entries = [
      promise(1, '2025-01-01', { side: 'ours', status: 'broken', settledOn: '2025-01-02' }),
      incident(2, '2025-01-01', { causedBy: 'ours' }),
      incident(3, '2025-01-01', { causedBy: 'third_party' }),
      advice(4, '2025-01-01'),
    ];
    expect(ev(entries).map((e) => e.entryId)).toEqual([3, 4]);
    expect(ev(entries, 'ours').map((e) => e.entryId).sort()).toEqual([1, 2]);
  });

  it('reasons carry a translation key and the entry title', () => {
    const [e] = ev([promise(7, '2025-01-01', { title: 'Deliver patch', status: 'broken', settledOn: '2025-01-02' })]);
    expect(e!.reason).toEqual({ key: 'brokenResultPromise', params: { title: 'Deliver patch', obligation: 'result', inContract: false } });
    expect(e!.entryId).toBe(7);
  });
});
