import { describe, expect, it } from 'vitest';
import { DEFAULT_TRUST_SETTINGS as D } from './settings';
import type { Evidence } from './evidence';
import { evidenceFromEntries } from './evidence';
import { advice, incident, interaction, note, promise, review } from './fixtures';
import type { Entry } from '../types';

const TODAY = '2025-06-01';
const A = D.asymmetry;
const ev = (entries: Entry[], side: 'supplier' | 'ours' = 'supplier', today = TODAY) => evidenceFromEntries(entries, today, D, side);
const brief = (e: Evidence) => ({ date: e.date, dimension: e.dimension, r: e.r, s: e.s, key: e.reason.key });
const total = (items: Evidence[], field: 'r' | 's', dimension?: string) =>
  items.filter((e) => dimension === undefined || e.dimension === dimension).reduce((sum, e) => sum + e[field], 0);

describe('evidence from promises', () => {
  it('kept on time: +1 effort on integrity; +1.5 result, split half ability, half integrity', () => {
    expect(ev([promise(1, '2025-01-01', { obligation: 'effort', status: 'kept', settledOn: '2025-01-20' })]).map(brief))
      .toEqual([{ date: '2025-01-20', dimension: 'integrity', r: 1, s: 0, key: 'keptEffortPromise' }]);
    expect(ev([promise(1, '2025-01-01', { dueOn: '2025-02-01', status: 'kept', settledOn: '2025-01-20' })]).map(brief)).toEqual([
      { date: '2025-01-20', dimension: 'ability', r: 0.75, s: 0, key: 'keptResultPromise' },
      { date: '2025-01-20', dimension: 'integrity', r: 0.75, s: 0, key: 'keptResultPromise' },
    ]);
  });

  it('broken: -2 result / -1 effort, x1.5 in contract, x asymmetry', () => {
    const broken = (over: Parameters<typeof promise>[2]) => total(ev([promise(1, '2025-01-01', { status: 'broken', settledOn: '2025-01-10', ...over })]), 's');
    expect(broken({ obligation: 'result', inContract: true })).toBeCloseTo(2 * 1.5 * A, 12);
    expect(broken({ obligation: 'result', inContract: false })).toBeCloseTo(2 * A, 12);
    expect(broken({ obligation: 'effort', inContract: true })).toBeCloseTo(1.5 * A, 12);
    expect(broken({ obligation: 'effort', inContract: false })).toBeCloseTo(A, 12);
  });

  it('an open promise phases in as broken: a quarter a week overdue, fully broken after four weeks', () => {
    const p = promise(1, '2025-04-01', { obligation: 'effort', dueOn: '2025-05-01', inContract: true });
    const broken = 1.5 * A;
    const at = (today: string) => ev([p], 'supplier', today);
    expect(at('2025-05-01')).toEqual([]); // due today: not yet overdue
    expect(total(at('2025-05-08'), 's')).toBeCloseTo(broken / 4, 12); // a week overdue
    expect(total(at('2025-05-15'), 's')).toBeCloseTo(broken / 2, 12);
    expect(total(at('2025-05-29'), 's')).toBeCloseTo(broken, 12); // four weeks
    expect(total(at('2025-09-01'), 's')).toBeCloseTo(broken, 12); // and never more
    expect(at('2025-05-08').every((e) => e.reason.key === 'overduePromise' && e.phaseIn)).toBe(true);
    expect(ev([promise(2, '2020-01-01')])).toEqual([]); // no due date: never overdue
  });

  it('kept late: +0.3 and -(0.3 + 0.02 a day late), never worse than broken; the overdue stretch is retracted', () => {
    const late = (days: number, obligation: 'result' | 'effort' = 'effort') => {
      const settledOn = new Date(Date.UTC(2025, 0, 10 + days)).toISOString().slice(0, 10);
      return ev([promise(1, '2025-01-01', { obligation, dueOn: '2025-01-10', status: 'kept_late', settledOn })]);
    };
    const items = late(10);
    const settled = items.filter((e) => e.date === '2025-01-20');
    expect(settled.find((e) => e.reason.key === 'keptLatePromise')).toMatchObject({ r: 0.3, s: (0.3 + 0.02 * 10) * A });
    // What phased in over the nine open overdue days is taken back on the settlement day.
    const phased = items.filter((e) => e.phaseIn);
    expect(phased).toHaveLength(9);
    const retraction = settled.find((e) => e.reason.key === 'overduePromiseSettled')!;
    const decayed = phased.reduce((sum, e) => sum + e.s * Math.pow(2, -(20 - Number(e.date.slice(8))) / D.halfLifeDays), 0);
    expect(retraction.s).toBeCloseTo(-decayed, 12);
    // Sixty days late costs more than one day late, but never more than broken (1 x asymmetry for effort).
    const negative = (days: number) => late(days).find((e) => e.reason.key === 'keptLatePromise')!.s;
    expect(negative(60)).toBeGreaterThan(negative(1));
    expect(negative(60)).toBeCloseTo(1 * A, 12);
    expect(negative(400)).toBeCloseTo(1 * A, 12);
  });

  it('renegotiated or withdrawn: 0 before the due date, -0.5 after', () => {
    for (const status of ['renegotiated', 'withdrawn'] as const) {
      expect(ev([promise(1, '2025-01-01', { obligation: 'effort', dueOn: '2025-02-01', status, settledOn: '2025-02-01' })])).toEqual([]);
      expect(ev([promise(1, '2025-01-01', { obligation: 'effort', status, settledOn: '2025-03-01' })])).toEqual([]);
      const late = ev([promise(1, '2025-01-01', { obligation: 'effort', dueOn: '2025-02-01', status, settledOn: '2025-02-05' })]);
      expect(late.at(-1)!.s).toBeCloseTo(0.5 * A, 12);
      expect(total(late, 'r')).toBe(0);
    }
  });
});

describe('evidence from other entries', () => {
  it('incidents on ability by severity; handled well +0.75, handled badly -0.75 x asymmetry, on the resolution date', () => {
    expect(ev([incident(1, '2025-01-01', { severity: 'critical', resolvedOn: '2025-01-05', handledWell: true })]).map(brief)).toEqual([
      { date: '2025-01-01', dimension: 'ability', r: 0, s: 5 * A, key: 'incident' },
      { date: '2025-01-05', dimension: 'ability', r: 0.75, s: 0, key: 'incidentHandledWell' },
    ]);
    expect(ev([incident(1, '2025-01-01', { severity: 'low', resolvedOn: '2025-01-05', handledWell: false })]).map(brief)).toEqual([
      { date: '2025-01-01', dimension: 'ability', r: 0, s: 0.25 * A, key: 'incident' },
      { date: '2025-01-05', dimension: 'ability', r: 0, s: 0.75 * A, key: 'incidentHandledBadly' },
    ]);
    const sev = (severity: 'low' | 'medium' | 'high') => ev([incident(1, '2025-01-01', { severity })])[0]!.s / A;
    expect([sev('low'), sev('medium'), sev('high')]).toEqual([0.25, 1, 2.5]);
  });

  it('interactions by tone and advice on benevolence; notes carry none', () => {
    const tone = (t: 'positive' | 'neutral' | 'negative') => brief(ev([interaction(1, '2025-01-01', { tone: t })])[0]!);
    expect(tone('positive')).toMatchObject({ dimension: 'benevolence', r: 0.75, s: 0 });
    expect(tone('neutral')).toMatchObject({ dimension: 'benevolence', r: 0.25, s: 0 });
    expect(tone('negative')).toMatchObject({ dimension: 'benevolence', r: 0, s: 0.75 * A });
    expect(ev([advice(1, '2025-01-01')]).map(brief)).toEqual([{ date: '2025-01-01', dimension: 'benevolence', r: 1, s: 0, key: 'advice' }]);
    expect(ev([note(1, '2025-01-01')])).toEqual([]);
  });

  it('a review splits r = score - 1 and s = 5 - score evenly over the scored dimensions, with no asymmetry', () => {
    // Two scored dimensions: each gets half of its own score's weights.
    const items = ev([review(1, '2025-01-01', { scoreAbility: 4, scoreIntegrity: 2 })]);
    expect(items.map((e) => [e.dimension, e.r, e.s])).toEqual([
      ['ability', 1.5, 0.5],
      ['integrity', 0.5, 1.5],
    ]);
    const all5 = ev([review(1, '2025-01-01', { scoreAbility: 5, scoreIntegrity: 5, scoreBenevolence: 5 })]);
    expect(total(all5, 'r')).toBeCloseTo(4, 12);
    expect(all5.every((e) => e.s === 0)).toBe(true);
    // "Fine" (3 out of 5) is balanced: as much good as bad.
    const all3 = ev([review(1, '2025-01-01', { scoreAbility: 3, scoreIntegrity: 3, scoreBenevolence: 3 })]);
    expect(total(all3, 'r')).toBeCloseTo(total(all3, 's'), 12);
  });

  it('keeps our own conduct apart: side = ours and incidents we caused', () => {
    const entries = [
      promise(1, '2025-01-01', { side: 'ours', status: 'broken', settledOn: '2025-01-02' }),
      incident(2, '2025-01-01', { causedBy: 'ours' }),
      incident(3, '2025-01-01', { causedBy: 'third_party' }),
      advice(4, '2025-01-01'),
    ];
    expect(ev(entries).map((e) => e.entryId)).toEqual([3, 4]);
    expect([...new Set(ev(entries, 'ours').map((e) => e.entryId))].sort()).toEqual([1, 2]);
  });

  it('reasons carry a translation key and the entry title', () => {
    const [e] = ev([promise(7, '2025-01-01', { title: 'Deliver patch', status: 'broken', settledOn: '2025-01-02' })]);
    expect(e!.reason).toEqual({ key: 'brokenResultPromise', params: { title: 'Deliver patch', obligation: 'result', inContract: false } });
    expect(e!.entryId).toBe(7);
  });
});
