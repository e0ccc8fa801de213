import { afterEach, describe, expect, it, vi } from 'vitest';
import { entryInput, supplierInput } from '../schemas';
import type { PromiseEntry } from '../types';
import { generate } from './generate';
import { QUIET_FROM_DAY, TURNS_BAD_FROM_DAY, naturalEntriesPerWeek, STEADY } from './profiles';
import { createRng } from './prng';
import { addDays } from '../dates';

afterEach(() => vi.restoreAllMocks());

describe('synthetic journal generator', () => {
  it('is deterministic and never uses Math.random', () => {
    vi.spyOn(Math, 'random').mockImplementation(() => { throw new Error('Math.random used'); });
    const a = generate(3, 1, null, 'mix', 123);
    expect(generate(3, 1, null, 'mix', 123)).toEqual(a);
    expect(generate(3, 1, null, 'mix', 124)).not.toEqual(a);
  });

  it('makes valid suppliers and entries with unique ids', () => {
    const j = generate(4, 2, null, 'mix', 1);
    for (const s of j.suppliers) expect(supplierInput.safeParse(s).success).toBe(true);
    for (const e of j.entries) {
      const parsed = entryInput.safeParse(e);
      if (!parsed.success) throw new Error(`entry ${e.id}: ${JSON.stringify(parsed.error.issues)}`);
      expect(e.date >= j.start && e.date <= j.end).toBe(true);
    }
    expect(new Set(j.entries.map((e) => e.id)).size).toBe(j.entries.length);
    expect(j.end).toBe(addDays(j.start, 729));
    expect(Object.values(j.profileOf)).toEqual(['steady', 'steady', 'turnsBad', 'quiet']);
  });

  it('steady: weekly contact, about two promises a month, nine in ten kept, an incident every two months', () => {
    const j = generate(20, 3, null, 'steady', 5);
    const years = 20 * 3;
    const count = (kind: string) => j.entries.filter((e) => e.kind === kind && e.side === 'supplier').length / years;
    expect(count('interaction')).toBeGreaterThan(47);
    expect(count('interaction')).toBeLessThan(57);
    expect(count('promise')).toBeGreaterThan(21);
    expect(count('promise')).toBeLessThan(27);
    expect(count('incident')).toBeGreaterThan(4.8);
    expect(count('incident')).toBeLessThan(7.2);
    const settled = j.entries.filter((e): e is PromiseEntry => e.kind === 'promise' && e.side === 'supplier' && e.status !== 'open');
    const kept = settled.filter((p) => p.status === 'kept').length / settled.length;
    expect(kept).toBeGreaterThan(0.86);
    expect(kept).toBeLessThan(0.94);
  });

  it('turnsBad: in the second year four in ten promises late or broken, incidents twice as often', () => {
    const j = generate(20, 2, null, 'turnsBad', 5);
    const turn = addDays(j.start, TURNS_BAD_FROM_DAY);
    const promises = (late: boolean) => j.entries.filter((e): e is PromiseEntry =>
      e.kind === 'promise' && e.side === 'supplier' && e.status !== 'open' && (e.date >= turn) === late);
    const badShare = (list: PromiseEntry[]) => list.filter((p) => p.status === 'kept_late' || p.status === 'broken').length / list.length;
    expect(badShare(promises(false))).toBeLessThan(0.12);
    expect(badShare(promises(true))).toBeGreaterThan(0.34);
    expect(badShare(promises(true))).toBeLessThan(0.46);
    const incidents = (second: boolean) => j.entries.filter((e) => e.kind === 'incident' && (e.date >= turn) === second).length;
    expect(incidents(true) / incidents(false)).toBeGreaterThan(1.6);
  });

  it('quiet: nothing after it goes silent', () => {
    const j = generate(5, 3, null, 'quiet', 5);
    const silent = addDays(j.start, QUIET_FROM_DAY);
    expect(j.entries.some((e) => e.date < silent)).toBe(true);
    expect(j.entries.filter((e) => e.date >= silent)).toEqual([]);
  });

  it('scales to the requested entries per week', () => {
    expect(naturalEntriesPerWeek(STEADY)).toBeCloseTo(1.9, 1);
    const j = generate(10, 1, 4, 'steady', 9);
    const perWeek = j.entries.filter((e) => e.kind !== 'review').length / 10 / (365 / 7);
    expect(perWeek).toBeGreaterThan(3.6);
    expect(perWeek).toBeLessThan(4.4);
  });

  it('has a PRNG with sane draws', () => {
    const rng = createRng(42);
    const xs = Array.from({ length: 20_000 }, () => rng.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    const p = Array.from({ length: 20_000 }, () => rng.poisson(0.3));
    expect(p.reduce((s, x) => s + x, 0) / p.length).toBeCloseTo(0.3, 1);
  });
});
