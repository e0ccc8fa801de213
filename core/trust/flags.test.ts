import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../dates';
import { addDays } from '../dates';
import { entryDates, quietOf } from '../facts';
import type { Entry } from '../types';
import { evidenceFromEntries } from './evidence';
import { topMovers } from './explain';
import { advice, incident, interaction, note, promise } from './fixtures';
import { trustFlag } from './flags';
import { trustAt } from './series';
import { DEFAULT_TRUST_SETTINGS as settings } from './settings';

/** The flag as the app reads it: its silence by the one rule (core/facts/quiet.ts). */
const flag = (entries: Entry[], today: IsoDate, reviewIntervalMonths: number | null = 3) => trustFlag({
  entries, evidence: evidenceFromEntries(entries, today, settings), today, settings,
  quiet: quietOf({ status: 'active', reviewIntervalMonths, createdOn: '2020-01-01' }, entryDates(entries, today).lastEntryOn, today),
});

/** A good year: a positive contact and a kept promise every two weeks. */
function goodYear(from: IsoDate, firstId = 1): Entry[] {
  const out: Entry[] = [];
  for (let k = 0; k < 26; k++) {
    const date = addDays(from, 14 * k);
    out.push(interaction(firstId + 2 * k, date, { tone: 'positive' }));
    out.push(promise(firstId + 2 * k + 1, date, { dueOn: addDays(date, 10), status: 'kept', settledOn: addDays(date, 9) }));
  }
  return out;
}

describe('trust flags', () => {
  it('quiet: no entry for longer than the review interval (or 90 days); never "eroding" while it fades', () => {
    const entries = goodYear('2024-01-01');
    expect(flag(entries, '2025-06-01')).toEqual({ kind: 'quiet', lastEntryOn: '2024-12-16', days: 167 });
    expect(flag(entries, '2025-03-10', null)?.kind).not.toBe('quiet'); // 84 days
    expect(flag(entries, '2025-03-20', null)?.kind).toBe('quiet'); // 94 days
    expect(flag(entries, '2025-03-10', 3)?.kind).not.toBe('quiet'); // within the interval
  });

  it('fading alone, with notes still written, is no erosion', () => {
    const entries = [...goodYear('2023-01-01'), ...Array.from({ length: 20 }, (_, k) => note(1000 + k, addDays('2024-01-01', 30 * k)))];
    const today = '2025-06-01';
    const now = trustAt(entries, today, { today }).overall.trust;
    const yearAgo = trustAt(entries, '2024-06-01', { today }).overall.trust;
    expect(yearAgo - now).toBeGreaterThan(0.1); // it did fall more than ten points
    expect(flag(entries, today)).toBeNull();
  });

  it('eroding: ten points below the 12-month high, the entries pulling it down; the reason names the two that pulled most', () => {
    const entries = [
      ...goodYear('2024-01-01'),
      promise(500, '2025-01-05', { inContract: true, dueOn: '2025-01-20', status: 'broken', settledOn: '2025-02-01' }),
      incident(501, '2025-02-10', { severity: 'high', resolvedOn: '2025-02-20', handledWell: false }),
      interaction(502, '2025-02-15', { tone: 'negative' }),
      incident(503, '2025-03-01', { severity: 'low', resolvedOn: '2025-03-02' }),
    ];
    const today = '2025-03-15';
    const f = flag(entries, today);
    expect(f?.kind).toBe('eroding');
    if (f?.kind !== 'eroding') return;
    expect(f.change).toBeLessThanOrEqual(-0.1);
    expect(f.extreme + f.change).toBeCloseTo(trustAt(entries, today, { today }).overall.trust, 12);
    expect(f.since >= '2024-12-01' && f.since < '2025-01-20').toBe(true);
    expect(f.pulls.map((p) => p.entryId)).toEqual([500, 501]);
    // the same numbers as "why it moved" over the same period
    const m = topMovers(entries, f.since, today, { today, settings });
    expect(m.down.slice(0, 2).map((x) => [x.entryId, x.delta])).toEqual(f.pulls.map((p) => [p.entryId, p.delta]));
  });

  it('building up: ten points above the 12-month low, pulled up by the entries', () => {
    const entries = [...goodYear('2025-01-01'), advice(900, '2025-06-01')];
    const f = flag(entries, '2025-07-01');
    expect(f?.kind).toBe('buildingUp');
    if (f?.kind !== 'buildingUp') return;
    expect(f.change).toBeGreaterThanOrEqual(0.1);
    expect(f.since).toBe('2024-12-31'); // the low: the base rate before the first entry (the last day it was there)
    expect(f.pulls).toHaveLength(2);
    expect(f.pulls.every((p) => p.delta > 0)).toBe(true);
  });

  it('an ordinary mishap in a steady relationship raises no flag', () => {
    const entries = [...goodYear('2023-01-01'), ...goodYear('2024-01-01', 100), incident(700, '2024-12-20', { severity: 'medium', resolvedOn: '2024-12-21' }), interaction(701, '2024-12-22', { tone: 'negative' })];
    expect(flag(entries, '2024-12-28')).toBeNull();
  });
});
