import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../types';
import { contributionsAt, decompose, driversFrom, prepared, reviewWaterfall, SMALL_MOVE, topMovers, waterfall } from './explain';
import { advice, dateArb, incident, interaction, journalArb, promise, review } from './fixtures';
import { evidenceFromEntries } from './evidence';
import { SCOPES, trustAt } from './series';
import { DEFAULT_TRUST_SETTINGS } from './settings';

const A = DEFAULT_TRUST_SETTINGS.asymmetry;
const H = DEFAULT_TRUST_SETTINGS.halfLifeDays;

const TODAY = '2025-01-01';

describe('contributions', () => {
  it('worked example: two entries, contributions are not additive', () => {
    // kept result promise on the day read: r = 1.5; critical incident the same day: s = 5A
    // T = 6.5 / (11.5 + 5A); without the promise: 5 / (10 + 5A); without the incident: 6.5 / 11.5.
    // The two contributions do not add up to T - 0.5.
    const entries = [promise(1, '2024-01-01', { status: 'kept', settledOn: '2024-06-01' }), incident(2, '2024-06-01', { severity: 'critical' })];
    const c = contributionsAt(entries, '2024-06-01', { today: TODAY });
    const T = 6.5 / (11.5 + 5 * A);
    expect(c.map((x) => x.entryId)).toEqual([2, 1]); // largest effect first
    expect(c[0]!.contribution).toBeCloseTo(T - 6.5 / 11.5, 10);
    expect(c[1]!.contribution).toBeCloseTo(T - 5 / (10 + 5 * A), 10);
    expect(c[0]!.contribution + c[1]!.contribution).not.toBeCloseTo(T - 0.5, 3);
    expect(c[1]!.reasons[0]!.key).toBe('keptResultPromise');
  });

  it('are exactly T(t) - T(t without the entry), for every entry, scope and date', () => {
    fc.assert(fc.property(journalArb(25), dateArb, fc.constantFrom(...SCOPES), (entries, at, scope) => {
      const full = trustAt(entries, at, { today: TODAY })[scope].trust;
      const contributions = contributionsAt(entries, at, { today: TODAY, scope });
      for (const c of contributions) {
        const without = trustAt(entries.filter((e) => e.id !== c.entryId), at, { today: TODAY })[scope].trust;
        expect(c.contribution).toBeCloseTo(full - without, 10);
      }
      // and they name the entries that really move the value: every entry left out has no effect
      const named = new Set(contributions.map((c) => c.entryId));
      for (const e of entries.filter((x) => !named.has(x.id))) {
        expect(trustAt(entries.filter((x) => x.id !== e.id), at, { today: TODAY })[scope].trust).toBeCloseTo(full, 12);
      }
      // the first one named moves it most
      if (contributions.length > 0) {
        const biggest = Math.max(...entries.map((e) => Math.abs(full - trustAt(entries.filter((x) => x.id !== e.id), at, { today: TODAY })[scope].trust)));
        expect(Math.abs(contributions[0]!.contribution)).toBeCloseTo(biggest, 10);
      }
    }), { numRuns: 60 });
  });
});

describe('top movers: the decomposition the waterfall uses', () => {
  it('fading of older entries is a line of its own; the entries of the period are listed on their side', () => {
    const entries: Entry[] = [
      review(1, '2023-01-10', { scoreAbility: 4, scoreIntegrity: 4, scoreBenevolence: 4 }), // before the period: only fades
      promise(2, '2024-02-01', { inContract: true, status: 'broken', settledOn: '2024-03-01' }),
      advice(3, '2024-04-01'),
    ];
    const m = topMovers(entries, '2024-01-01', '2024-06-01', { today: TODAY });
    // The old 4/4/4 review is not listed as pulling trust down: its fading is the fading line.
    expect(m.down.map((x) => x.entryId)).toEqual([2]);
    expect(m.up.map((x) => x.entryId)).toEqual([3]);
    expect(m.fading).toBeLessThan(0);
    expect(m.fading + m.down[0]!.delta + m.up[0]!.delta + m.others.delta).toBeCloseTo(m.change, 12);
    expect(m.trustTo).toBeCloseTo(trustAt(entries, '2024-06-01', { today: TODAY }).overall.trust, 12);
  });

  it('pools entries under half a point as "others", never on the wrong side', () => {
    const entries: Entry[] = [
      ...Array.from({ length: 30 }, (_, k) => interaction(k + 1, '2023-06-01', { tone: 'positive' })),
      interaction(100, '2024-03-01', { tone: 'neutral' }), // a tiny push up, under half a point
      incident(101, '2024-04-01', { severity: 'high' }),
    ];
    const m = topMovers(entries, '2024-01-01', '2024-06-01', { today: TODAY });
    expect(m.up).toEqual([]);
    expect(m.down.map((x) => x.entryId)).toEqual([101]);
    expect(m.others).toMatchObject({ count: 1 });
    expect(m.others.delta).toBeGreaterThan(0);
    expect(m.others.delta).toBeLessThan(SMALL_MOVE);
  });

  it('lines add up to the change and agree with the waterfall over the same period, for any journal', () => {
    fc.assert(fc.property(journalArb(25), dateArb, dateArb, fc.integer({ min: 0, max: 6 }), (entries, d1, d2, limit) => {
      const [from, to] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const m = topMovers(entries, from, to, { today: TODAY, limit });
      const w = waterfall(entries, from, to, { today: TODAY });
      const sum = m.fading + [...m.down, ...m.up].reduce((s, x) => s + x.delta, 0) + m.others.delta;
      expect(sum).toBeCloseTo(m.change, 12);
      expect(m.fading).toBeCloseTo(w.bars[0]!.delta, 12);
      const bars = new Map(w.bars.filter((b) => b.entryId !== null).map((b) => [b.entryId, b.delta]));
      for (const x of [...m.down, ...m.up]) expect(x.delta).toBeCloseTo(bars.get(x.entryId)!, 12);
      expect(m.down.every((x) => x.delta <= -SMALL_MOVE) && m.up.every((x) => x.delta >= SMALL_MOVE)).toBe(true);
      expect(m.down.length <= limit && m.up.length <= limit).toBe(true);
    }), { numRuns: 80 });
  });
});

describe('waterfall', () => {
  it('worked example: fading, then each entry in date order', () => {
    // start: one positive interaction on 2024-01-01, read there: R = 0.75, T = 5.75 / 10.75 = 0.53488
    // at 2024-07-01 (182 days later) it has faded to 0.75 * 2^(-182/H)
    const entries = [interaction(1, '2024-01-01', { tone: 'positive' }), incident(2, '2024-03-01', { severity: 'high' }), advice(3, '2024-05-01')];
    const w = waterfall(entries, '2024-01-01', '2024-07-01', { today: TODAY });
    expect(w.start).toBeCloseTo(0.53488, 5);
    expect(w.bars.map((b) => [b.type, b.entryId])).toEqual([['fading', null], ['entry', 2], ['entry', 3]]);
    const faded = 0.75 * Math.pow(2, -182 / H);
    expect(w.start + w.bars[0]!.delta).toBeCloseTo((faded + 5) / (faded + 10), 10);
    expect(w.bars[1]!.delta).toBeLessThan(0);
    expect(w.bars[2]!.delta).toBeGreaterThan(0);
  });

  it('bars add up to end - start, and start and end are trust on those dates', () => {
    fc.assert(fc.property(journalArb(30), dateArb, dateArb, fc.constantFrom(...SCOPES), fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      (entries, d1, d2, scope, maxBars) => {
        const [from, to] = d1 <= d2 ? [d1, d2] : [d2, d1];
        const w = waterfall(entries, from, to, { today: TODAY, scope, maxBars });
        expect(w.start).toBeCloseTo(trustAt(entries, from, { today: TODAY })[scope].trust, 12);
        expect(w.end).toBeCloseTo(trustAt(entries, to, { today: TODAY })[scope].trust, 12);
        expect(w.start + w.bars.reduce((s, b) => s + b.delta, 0)).toBeCloseTo(w.end, 12);
        if (maxBars !== undefined) expect(w.bars.filter((b) => b.type === 'entry').length).toBeLessThanOrEqual(maxBars);
        // entries under half a point are pooled by their sign
        expect(w.bars.every((b) => b.type !== 'entry' || Math.abs(b.delta) >= SMALL_MOVE)).toBe(true);
        expect(w.bars.every((b) => b.type !== 'othersUp' || b.delta >= 0)).toBe(true);
        expect(w.bars.every((b) => b.type !== 'othersDown' || b.delta < 0)).toBe(true);
      }), { numRuns: 100 });
  });

  it('as reason codes: fading, at most four drivers (in the order they moved trust) and the rest add up to the change, over generated journals', () => {
    fc.assert(fc.property(journalArb(40), dateArb, dateArb, (entries, d1, d2) => {
      const [from, to] = d1 <= d2 ? [d1, d2] : [d2, d1];
      const w = waterfall(entries, from, to, { today: TODAY, drivers: 4 });
      const named = w.bars.filter((b) => b.type === 'entry');
      expect(named.length).toBeLessThanOrEqual(4);
      expect(w.bars[0]!.type).toBe('fading');
      expect(w.bars.filter((b) => b.type === 'rest').length).toBeLessThanOrEqual(1);
      expect(w.start + w.bars.reduce((s, b) => s + b.delta, 0)).toBeCloseTo(w.end, 12);
      const st = DEFAULT_TRUST_SETTINGS;
      const dec = decompose(prepared(entries, evidenceFromEntries(entries, TODAY, st), st), from, to);
      const d = driversFrom(dec, from, to);
      // the drivers, in the order they moved trust (as the other bars)
      const top = new Set(d.top.map((m) => m.entryId));
      expect(named.map((b) => b.entryId)).toEqual(dec.entries.filter((m) => top.has(m.entryId)).map((m) => m.entryId));
    }), { numRuns: 60 });
  });

  it('runs from one review to the next, or to today after the last', () => {
    const entries = [review(1, '2024-01-15', { scoreIntegrity: 4 }), incident(2, '2024-02-01'), review(3, '2024-04-15', { scoreIntegrity: 2 }), advice(4, '2024-05-01')];
    const first = reviewWaterfall(entries, 1, { today: '2024-06-01' });
    expect([first.from, first.to]).toEqual(['2024-01-15', '2024-04-15']);
    expect(first.bars.map((b) => b.entryId)).toEqual([null, 2, 3]);
    const last = reviewWaterfall(entries, 3, { today: '2024-06-01' });
    expect([last.from, last.to]).toEqual(['2024-04-15', '2024-06-01']);
    expect(() => reviewWaterfall(entries, 2, { today: TODAY })).toThrow(RangeError);
  });
});
