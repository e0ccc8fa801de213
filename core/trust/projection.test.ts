// The projection is the engine run forward: "nothing written" is the engine
// with today moved on, digit for digit; kept and broken bracket it; the open
// items are ranked by hand-worked amounts; the drivers add up to the change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import type { Entry, Supplier } from '../types';
import { supplierDefaults } from '../supplier-fields';
import { decompose, driversFrom, prepared } from './explain';
import { evidenceFromEntries } from './evidence';
import { dateArb, incident, journalArb, promise, WINDOW_FROM } from './fixtures';
import { horizonOf, projectedAtReview, projection } from './projection';
import { trustAt, trustSeries } from './series';
import { DEFAULT_TRUST_SETTINGS as settings } from './settings';
import { supplierTrustView } from './supplier-view';

const noDates = { review: null, notice: null };
const sorted = (entries: Entry[]) => [...entries].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
const A = settings.asymmetry;
const H = settings.halfLifeDays;
const W = settings.priorWeight;
const f = (days: number) => Math.pow(2, -days / H);
const TODAY = '2025-01-01';

describe('the projection is the engine run forward', () => {
  it('"nothing written" for 90 days equals, digit for digit, the engine with today moved 90 days on', () => {
    fc.assert(fc.property(journalArb(30), dateArb, (raw, today) => {
      const entries = sorted(raw);
      const p = projection({ entries, facts: noDates, today, settings });
      const later = addDays(today, 90);
      expect(p.to).toBe(later);
      const engine = trustSeries(entries, { today: later, settings, from: today, to: later });
      expect(p.rows.map((r) => r.date)).toEqual(engine.dates);
      expect(p.rows.map((r) => r.nothing)).toEqual(engine.overall.trust);
      expect(p.rows.map((r) => r.nothingBand)).toEqual(engine.dates.map((_, k) => [engine.overall.belief[k], engine.overall.plausibility[k]]));
    }), { numRuns: 80 });
  });

  it('kept and broken bracket "nothing written", and all three start from trust today', () => {
    fc.assert(fc.property(journalArb(30), dateArb, (raw, today) => {
      const entries = sorted(raw);
      const p = projection({ entries, facts: noDates, today, settings });
      const now = trustAt(entries, today, { today, settings }).overall.trust;
      expect(p.rows[0]!.nothing).toBeCloseTo(now, 12);
      expect(p.rows[0]!.kept).toBeCloseTo(now, 12);
      expect(p.rows[0]!.broken).toBeCloseTo(now, 12);
      for (const r of p.rows) {
        expect(r.kept).toBeGreaterThanOrEqual(r.nothing - 1e-12);
        expect(r.broken).toBeLessThanOrEqual(r.nothing + 1e-12);
      }
    }), { numRuns: 80 });
  });

  it('kept and broken are the engine, with today moved on, reading the journal as each would be written', () => {
    fc.assert(fc.property(journalArb(30), dateArb, (raw, today) => {
      const entries = sorted(raw);
      const p = projection({ entries, facts: noDates, today, settings });
      const later = p.to;
      const tomorrow = addDays(today, 1);
      const open = (e: Entry) => e.date <= today && e.side === 'supplier';
      const written = (scenario: 'kept' | 'broken'): Entry[] => entries.map((e) => {
        if (e.kind === 'incident' && open(e) && e.causedBy !== 'ours' && e.resolvedOn === null && e.handledWell === null) {
          return { ...e, resolvedOn: tomorrow, handledWell: scenario === 'kept' };
        }
        if (e.kind !== 'promise' || !open(e) || e.status !== 'open' || e.dueOn === null || e.dueOn > later) return e;
        if (scenario === 'broken') {
          const counted = addDays(e.dueOn, settings.promiseOverduePhaseInDays);
          return { ...e, status: 'broken', settledOn: counted > today ? counted : tomorrow };
        }
        return e.dueOn >= today ? { ...e, status: 'kept', settledOn: e.dueOn > today ? e.dueOn : tomorrow } : e;
      });
      for (const scenario of ['kept', 'broken'] as const) {
        const engine = trustSeries(written(scenario), { today: later, settings, from: today, to: later });
        expect(p.rows.map((r) => r[scenario])).toEqual(engine.overall.trust);
      }
    }), { numRuns: 80 });
  });

  it('reaches the next review or notice deadline, at least 90 and at most 365 days on', () => {
    expect(horizonOf({ review: null, notice: null }, TODAY).to).toBe('2025-04-01');
    expect(horizonOf({ review: { due: '2025-02-01', from: 'lastReview', lastReviewOn: null }, notice: null }, TODAY).to).toBe('2025-04-01');
    const h = horizonOf({
      review: { due: '2025-06-01', from: 'lastReview', lastReviewOn: null },
      notice: { deadline: '2025-05-01', termEnd: '2025-08-01', renewals: 0, currentSince: null },
    }, TODAY);
    expect(h).toEqual({ to: '2025-06-01', review: '2025-06-01', notice: '2025-05-01' });
    expect(horizonOf({ review: { due: '2027-01-01', from: 'lastReview', lastReviewOn: null }, notice: null }, TODAY).review).toBeNull();
  });

  it('the portfolio\'s projected trust at the next review is the "nothing written" line on that day', () => {
    fc.assert(fc.property(journalArb(30), dateArb, fc.integer({ min: 1, max: 300 }), (raw, today, days) => {
      const entries = sorted(raw);
      const due = addDays(today, days);
      const review = { due, from: 'lastReview' as const, lastReviewOn: null };
      const at = projectedAtReview(entries, { review }, today, settings);
      const p = projection({ entries, facts: { review, notice: null }, today, settings });
      expect(at.on).toBe(due);
      expect(at.trust).toBeCloseTo(p.rows.find((r) => r.date === due)!.nothing, 12);
    }), { numRuns: 40 });
  });
});

describe('what would restore most (worked by hand)', () => {
  // One open result promise (not in the contract), due in 31 days; the horizon ends 90 days on (2025-04-01).
  const due = '2025-02-01';
  const kept = 1.5 * f(59); // kept on its due date, read 59 days later
  const brokenS = 2 * A; // broken result promise
  // Nothing written: it phases in as broken over the 28 days after its due date (2025-02-02 .. 2025-03-01).
  let phased = 0;
  for (let j = 1; j <= 28; j++) phased += (brokenS / 28) * f(59 - j);
  const T0 = (0.5 * W) / (phased + W);
  const Tk = (kept + 0.5 * W) / (kept + W);
  // Broken: written on the day the engine counts it fully broken (2025-03-01), read 31 days later.
  const Tb = (0.5 * W) / (brokenS * f(31) + W);

  it('one promise: kept restores T(kept) - T(nothing), and breaking it costs T(kept) - T(broken)', () => {
    const p = projection({ entries: [promise(1, '2024-12-01', { dueOn: due })], facts: noDates, today: TODAY, settings });
    expect(p.end.nothing).toBeCloseTo(T0, 12);
    expect(p.end.kept).toBeCloseTo(Tk, 12);
    expect(p.end.broken).toBeCloseTo(Tb, 12);
    expect(p.restore).toHaveLength(1);
    expect(p.restore[0]).toMatchObject({ entryId: 1, kind: 'promise', action: 'keep', dueOn: due });
    expect(p.restore[0]!.restores).toBeCloseTo(Tk - T0, 12);
    expect(p.restore[0]!.atStake).toBeCloseTo(Tk - Tb, 12);
    expect(p.costliest?.entryId).toBe(1);
  });

  it('ranks by what each restores: an open high incident resolved well, an overdue promise kept late, a small effort promise', () => {
    const entries = [
      incident(1, '2024-12-10', { severity: 'high' }),
      promise(2, '2024-11-01', { dueOn: '2024-12-25', obligation: 'effort' }), // overdue 7 days
      promise(3, '2024-12-01', { dueOn: '2025-03-01', obligation: 'effort' }),
      promise(4, '2024-12-01', { dueOn: '2025-09-01' }), // due after the horizon: nothing to restore by then
    ];
    const p = projection({ entries, facts: noDates, today: TODAY, settings });
    // Hand-worked at 2025-04-01 (day 90), the others left as they are.
    const inc = 2.5 * A * f(112); // the incident, dated 2024-12-10
    const overdue = (n: number) => { let s = 0; for (let j = 1; j <= 28; j++) s += (A / 28) * f(n - j); return s; };
    const p2 = overdue(97); // promise 2 phases in fully from 2024-12-26
    const p3 = overdue(31); // promise 3 phases in from 2025-03-02 .. 2025-03-29 (read on day 31 after its due date)
    const S = inc + p2 + p3;
    const T = (R: number, s: number) => (R + 0.5 * W) / (R + s + W);
    const T0 = T(0, S);
    const restoresIncident = T(0.75 * f(89), S) - T0; // resolved well tomorrow
    const late = 0.3 + 0.02 * 8; // kept late tomorrow, 8 days late
    const restoresLate = T(0.3 * f(89), S - p2 + late * A * f(89)) - T0;
    const restoresKept = T(1 * f(31), S - p3) - T0; // effort promise kept on its due date
    const expected: [number, number][] = [[1, restoresIncident], [2, restoresLate], [3, restoresKept]];
    expect(p.restore.map((x) => x.entryId)).toEqual(expected.sort((x, y) => y[1] - x[1]).map(([id]) => id));
    const by = new Map(p.restore.map((x) => [x.entryId, x]));
    expect(by.get(1)!.restores).toBeCloseTo(restoresIncident, 12);
    expect(by.get(1)!.action).toBe('resolveWell');
    expect(by.get(2)!.restores).toBeCloseTo(restoresLate, 12);
    expect(by.get(2)!.action).toBe('keepLate');
    expect(by.get(3)!.restores).toBeCloseTo(restoresKept, 12);
    expect(by.has(4)).toBe(false);
    // The incident resolved badly instead of well: 0.75 A against +0.75.
    expect(by.get(1)!.atStake).toBeCloseTo(T(0.75 * f(89), S) - T(0, S + 0.75 * A * f(89)), 12);
  });

  it('leaves out our own promises and settled items', () => {
    const entries = [
      promise(1, '2024-12-01', { dueOn: due, side: 'ours' }),
      promise(2, '2024-12-01', { dueOn: due, status: 'kept', settledOn: '2024-12-20' }),
      incident(3, '2024-12-01', { resolvedOn: '2024-12-05' }),
    ];
    expect(projection({ entries, facts: noDates, today: TODAY, settings }).restore).toEqual([]);
  });
});

describe('reasons that add up', () => {
  const supplier: Supplier = {
    id: 1, ...supplierDefaults(), name: 'Noordlicht', category: 'IT', status: 'active', endedOn: null,
    createdAt: `${WINDOW_FROM}T09:00:00.000Z`, updatedAt: `${WINDOW_FROM}T09:00:00.000Z`,
  };

  it('at most four drivers, the rest and fading sum to the change shown, over generated journals', () => {
    fc.assert(fc.property(journalArb(40), dateArb, dateArb, (raw, a, b) => {
      const entries = sorted(raw);
      const [from, to] = a <= b ? [a, b] : [b, a];
      const view = supplierTrustView({ supplier, entries, settings, today: to, from, to, includePrivate: true });
      const d = view.drivers;
      expect(d.top.length).toBeLessThanOrEqual(4);
      expect(d.fading + d.top.reduce((s, m) => s + m.delta, 0) + d.rest.delta).toBeCloseTo(d.change, 12);
      // the change is the one the chart shows
      expect(d.change).toBeCloseTo(view.rows.at(-1)!.trust - view.rows[0]!.trust, 12);
      // the rest is the entries not named, and the named ones move most
      const all = decompose(prepared(entries, evidenceFromEntries(entries, to, settings), settings), from, to).entries;
      const named = new Set(d.top.map((m) => m.entryId));
      const rest = all.filter((m) => !named.has(m.entryId));
      expect(d.rest.count).toBe(rest.length);
      expect(d.rest.delta).toBeCloseTo(rest.reduce((s, m) => s + m.delta, 0), 9);
      const smallest = Math.min(...d.top.map((m) => Math.abs(m.delta)));
      for (const m of rest) expect(Math.abs(m.delta)).toBeLessThanOrEqual(smallest + 1e-15);
      for (const m of d.top) expect(view.entries[m.entryId]).toBeDefined();
    }), { numRuns: 80 });
  });

  it('names four at most, largest either way first', () => {
    const d = driversFrom({ start: 0.5, end: 0.4, fading: -0.01, entries: [0.01, -0.05, 0.02, -0.03, 0.04, -0.001].map((delta, k) => ({ entryId: k + 1, kind: null, date: null, delta, reasons: [] })) }, TODAY, TODAY);
    expect(d.top.map((m) => m.entryId)).toEqual([2, 5, 4, 3]);
    expect(d.rest).toEqual({ count: 2, delta: expect.closeTo(-0.1 + 0.01 - (-0.05 + 0.04 - 0.03 + 0.02), 15) });
  });
});
