import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../types';
import { fromDayNumber, toDayNumber } from '../dates';
import {
  WINDOW_FROM, WINDOW_TO, advice, dateArb, incident, journalArb, negativeEntryArb, positiveEntryArb, promise, review,
} from './fixtures';
import { ourConductSeries, pointDays, SCOPES, toChartRows, trustAt, trustSeries } from './series';
import { DEFAULT_TRUST_SETTINGS, trustSettingsSchema } from './settings';

const TODAY = '2025-01-01';
const at = (entries: Entry[], date: string, today = TODAY) => trustAt(entries, date, { today });

describe('worked examples (computed by hand)', () => {
  // Version 2: one half-life H = 270 days for all evidence, asymmetry A on negative weights but a review's.
  const H = DEFAULT_TRUST_SETTINGS.halfLifeDays;
  const A = DEFAULT_TRUST_SETTINGS.asymmetry;
  const f = (days: number) => Math.pow(2, -days / H);

  it('no evidence: trust is the base rate, all uncertainty', () => {
    expect(at([], '2024-06-01').overall).toEqual({ trust: 0.5, belief: 0, disbelief: 0, plausibility: 1, uncertainty: 1 });
  });

  it('one kept result promise 90 days ago, split over ability and integrity', () => {
    // R = 1.5 * 2^(-90/270) = 1.5 * 0.79370 = 1.19055; S = 0; W = 10
    // T = (1.19055 + 5) / 11.19055 = 0.55319; b = 0.10639, u = 0.89361
    // ability gets half: r = 0.59528, T = 5.59528 / 10.59528 = 0.52809
    const o = at([promise(1, '2024-09-01', { status: 'kept', settledOn: '2024-10-03' })], '2025-01-01');
    expect(o.overall.trust).toBeCloseTo(0.55319, 5);
    expect(o.overall.belief).toBeCloseTo(0.10639, 5);
    expect(o.overall.uncertainty).toBeCloseTo(0.89361, 5);
    expect(o.overall.plausibility).toBe(1);
    expect(o.ability.trust).toBeCloseTo(0.52809, 5);
    expect(o.integrity.trust).toBeCloseTo(0.52809, 5);
  });

  it('one broken contractual result promise 360 days ago', () => {
    // s = 2 * 1.5 (contract) * A, decayed 2^(-360/270); T = 5 / (s + 10), plausibility 1 - s / (s + 10)
    const s = 3 * A * f(360);
    const o = at([promise(1, '2023-12-01', { inContract: true, status: 'broken', settledOn: '2024-01-07' })], '2025-01-01').overall;
    expect(o.trust).toBeCloseTo(5 / (s + 10), 10);
    expect(o.plausibility).toBeCloseTo(1 - s / (s + 10), 10);
    expect(o.belief).toBe(0);
  });

  it('a review with ability 4 and integrity 2, read on its own date: balanced, no asymmetry', () => {
    // two scored dimensions, each gets half: ability r = 3/2, s = 1/2; integrity r = 1/2, s = 3/2.
    // overall R = 2, S = 2: T = 7 / 14 = 0.5; ability T = 6.5 / 12; integrity T = 5.5 / 12
    const o = at([review(1, '2024-05-01', { scoreAbility: 4, scoreIntegrity: 2 })], '2024-05-01');
    expect(o.overall.trust).toBeCloseTo(0.5, 10);
    expect(o.ability.trust).toBeCloseTo(6.5 / 12, 10);
    expect(o.integrity.trust).toBeCloseTo(5.5 / 12, 10);
    expect(o.benevolence.trust).toBe(0.5);
  });

  it('an overdue open promise phases in as broken from its due date', () => {
    // result, not in contract: broken weight 2A, a 28th of it on each of the first 28 days overdue;
    // read 59 days after the due date, each day's part decayed from its own day.
    const p = promise(1, '2024-12-01', { dueOn: '2025-01-01' });
    let S = 0;
    for (let k = 1; k <= 28; k++) S += (2 * A / 28) * f(59 - k);
    expect(at([p], '2024-12-31', '2025-03-01').overall.trust).toBe(0.5);
    expect(at([p], '2025-03-01', '2025-03-01').overall.trust).toBeCloseTo(5 / (S + 10), 10);
    // the same promise, but `today` is before its due date: not overdue
    expect(at([p], '2025-03-01', '2024-12-15').overall.trust).toBe(0.5);
  });

  it('once settled late, the settled evidence takes over from what had phased in', () => {
    // kept late on 2025-02-01, 31 days after the due date, read 28 days later:
    // r = 0.3 f(28), s = (0.3 + 0.02 * 31) A f(28); what had phased in is retracted exactly.
    const p = promise(1, '2024-12-01', { dueOn: '2025-01-01', status: 'kept_late', settledOn: '2025-02-01' });
    const r = 0.3 * f(28);
    const s = 0.92 * A * f(28);
    expect(at([p], '2025-03-01', '2025-03-01').overall.trust).toBeCloseTo((r + 5) / (r + s + 10), 10);
    // two weeks overdue and still open: 14 of 28 parts phased in
    let S = 0;
    for (let k = 1; k <= 14; k++) S += (2 * A / 28) * f(14 - k);
    expect(at([p], '2025-01-15', '2025-03-01').overall.trust).toBeCloseTo(5 / (10 + S), 10);
  });

  it('a high incident handled well', () => {
    // s = 2.5 A on 2024-03-01; r = 0.75 on 2024-03-11 (resolved). Read 2024-03-11.
    const S = 2.5 * A * f(10);
    const o = at([incident(1, '2024-03-01', { severity: 'high', resolvedOn: '2024-03-11', handledWell: true })], '2024-03-11');
    expect(o.overall.trust).toBeCloseTo(5.75 / (10.75 + S), 10);
    expect(o.ability.trust).toBeCloseTo(5.75 / (10.75 + S), 10);
  });
});

describe('the one-pass series', () => {
  it('has a point per step, ending on `to`', () => {
    expect(pointDays('2024-01-01', '2024-01-10', 4).map(fromDayNumber)).toEqual(['2024-01-01', '2024-01-05', '2024-01-09', '2024-01-10']);
    expect(pointDays('2024-01-01', '2024-01-01', 7).map(fromDayNumber)).toEqual(['2024-01-01']);
    expect(() => pointDays('2024-01-02', '2024-01-01')).toThrow(RangeError);
    const s = trustSeries([], { from: '2024-01-01', to: '2024-03-31', stepDays: 30, today: TODAY });
    expect(s.dates).toEqual(['2024-01-01', '2024-01-31', '2024-03-01', '2024-03-31']);
    expect(s.overall.trust).toEqual([0.5, 0.5, 0.5, 0.5]);
  });

  it('equals trust read directly on every point, for any journal, range and step (evidence before the range included)', () => {
    fc.assert(fc.property(journalArb(30), dateArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 45 }), dateArb,
      (entries, from, length, step, today) => {
        const to = fromDayNumber(toDayNumber(from) + length);
        const s = trustSeries(entries, { from, to, stepDays: step, today });
        s.dates.forEach((date, k) => {
          const direct = trustAt(entries, date, { today });
          for (const scope of SCOPES) {
            expect(s[scope].trust[k]).toBeCloseTo(direct[scope].trust, 10);
            expect(s[scope].belief[k]).toBeCloseTo(direct[scope].belief, 10);
            expect(s[scope].plausibility[k]).toBeCloseTo(direct[scope].plausibility, 10);
            expect(s[scope].uncertainty[k]).toBeCloseTo(direct[scope].uncertainty, 10);
          }
        });
      }), { numRuns: 60 });
  });

  it('keeps trust in [0, 1] with belief <= trust <= plausibility, for any settings', () => {
    const settingsArb = fc.record({
      asymmetry: fc.double({ min: 1, max: 5, noNaN: true }),
      priorWeight: fc.double({ min: 0.5, max: 200, noNaN: true }),
      baseRate: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
      halfLifeDays: fc.integer({ min: 7, max: 3650 }),
    }).map((s) => trustSettingsSchema.parse(s));
    fc.assert(fc.property(journalArb(40), settingsArb, fc.integer({ min: 1, max: 30 }), (entries, settings, step) => {
      for (const series of [
        trustSeries(entries, { from: WINDOW_FROM, to: WINDOW_TO, stepDays: step, today: WINDOW_TO, settings }),
        ourConductSeries(entries, { from: WINDOW_FROM, to: WINDOW_TO, stepDays: step, today: WINDOW_TO, settings }),
      ]) {
        for (const scope of SCOPES) {
          const band = series[scope];
          // plain checks in the loop (expect() per point is slow), one assertion per band
          const bad = band.trust.findIndex((t, k) => !(
            t >= 0 && t <= 1 && band.belief[k]! <= t + 1e-12 && t <= band.plausibility[k]! + 1e-12
            && band.uncertainty[k]! > 0 && band.uncertainty[k]! <= 1));
          expect(bad).toBe(-1);
        }
      }
    }), { numRuns: 100 });
  });

  it('adding negative evidence never raises trust, adding positive never lowers it, at any date', () => {
    const check = (extra: fc.Arbitrary<(id: number) => Entry>, sign: 1 | -1) =>
      fc.assert(fc.property(journalArb(30), extra, (entries, make) => {
        const opts = { from: WINDOW_FROM, to: '2025-06-30', stepDays: 3, today: '2025-01-15' };
        const before = trustSeries(entries, opts);
        const after = trustSeries([...entries, make(1000)], opts);
        for (const scope of SCOPES) {
          const worst = Math.min(...after[scope].trust.map((t, k) => sign * (t - before[scope].trust[k]!)));
          expect(worst).toBeGreaterThanOrEqual(-1e-12);
        }
      }), { numRuns: 80 });
    check(negativeEntryArb, -1);
    check(positiveEntryArb, 1);
  });

  it('with no new evidence, trust moves monotonically to the base rate from its own side while uncertainty grows', () => {
    fc.assert(fc.property(journalArb(40), (entries) => {
      // from: after every settlement and resolution the arbitraries can produce
      const s = trustSeries(entries, { from: '2025-06-01', to: '2045-06-01', stepDays: 30, today: WINDOW_TO });
      for (const scope of SCOPES) {
        const { trust, uncertainty, belief, plausibility } = s[scope];
        let ok = true;
        for (let k = 1; k < trust.length; k++) {
          ok &&= uncertainty[k]! >= uncertainty[k - 1]! - 1e-12;
          // the band narrows around the base rate: the gap to a is bounded by 1 - u
          ok &&= Math.abs(trust[k]! - 0.5) <= 1 - uncertainty[k]! + 1e-12;
          // the band from belief to plausibility widens
          ok &&= plausibility[k]! - belief[k]! >= plausibility[k - 1]! - belief[k - 1]! - 1e-12;
          // never further from the base rate than the day before, and never across it
          ok &&= Math.abs(trust[k]! - 0.5) <= Math.abs(trust[k - 1]! - 0.5) + 1e-12;
          ok &&= (trust[k]! - 0.5) * (trust[k - 1]! - 0.5) >= -1e-12;
        }
        expect(ok).toBe(true);
        expect(Math.abs(trust.at(-1)! - 0.5)).toBeLessThan(0.01);
        expect(uncertainty.at(-1)!).toBeGreaterThan(0.98);
      }
    }), { numRuns: 100 });
  });

  it('does not depend on the order the entries are given in', () => {
    fc.assert(fc.property(journalArb(40).chain((e) => fc.tuple(fc.constant(e), fc.shuffledSubarray(e, { minLength: e.length, maxLength: e.length }))),
      ([entries, shuffled]) => {
        const opts = { from: WINDOW_FROM, to: WINDOW_TO, stepDays: 5, today: '2024-08-01' };
        expect(trustSeries(shuffled, opts)).toEqual(trustSeries(entries, opts));
        expect(ourConductSeries(shuffled, opts)).toEqual(ourConductSeries(entries, opts));
      }), { numRuns: 100 });
  });

  it('our conduct is charted apart and never moves the supplier', () => {
    const ours = promise(1, '2024-01-01', { side: 'ours', inContract: true, status: 'broken', settledOn: '2024-02-01' });
    const opts = { from: '2024-01-01', to: '2024-12-31', stepDays: 7, today: TODAY };
    expect(trustSeries([ours, advice(2, '2024-03-01')], opts)).toEqual(trustSeries([advice(2, '2024-03-01')], opts));
    expect(ourConductSeries([ours], opts).integrity.trust.at(-1)!).toBeLessThan(0.5);
    expect(trustSeries([ours], { ...opts, side: 'ours' })).toEqual(ourConductSeries([ours], opts));
    expect(trustAt([ours], '2024-12-31', { today: TODAY, side: 'ours' }).integrity.trust).toBeCloseTo(ourConductSeries([ours], opts).integrity.trust.at(-1)!, 12);
  });

  it('gives recharts rows', () => {
    const s = trustSeries([advice(1, '2024-01-01')], { from: '2024-01-01', to: '2024-01-02', today: TODAY });
    const rows = toChartRows(s);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ date: '2024-01-01', trust: 6 / 11, benevolenceTrust: 6 / 11, abilityTrust: 0.5, band: [1 / 11, 1] });
  });

  it('uses the settings it is given', () => {
    const settings = { ...DEFAULT_TRUST_SETTINGS, baseRate: 0.3 };
    expect(trustSeries([], { from: '2024-01-01', to: '2024-01-01', today: TODAY, settings }).overall.trust).toEqual([0.3]);
  });
});
