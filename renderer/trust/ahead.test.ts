import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import type { Projection } from '../../core/trust/projection';
import { aheadOf, windowParts } from './ahead';
import { isoToMs } from './text';

const TODAY = '2026-06-30';

/** A projection of `days` days past today (its numbers do not matter here, only its days). */
function projectionOf(days: number): Projection {
  const rows = Array.from({ length: days + 1 }, (_, k) => ({
    date: addDays(TODAY, k), nothing: 0.5, nothingBand: [0.4, 0.6] as [number, number],
    kept: 0.6, keptBand: [0.5, 0.7] as [number, number], broken: 0.4, brokenBand: [0.3, 0.5] as [number, number],
  }));
  return { from: TODAY, to: addDays(TODAY, days), review: null, notice: null, rows, end: { nothing: 0.5, kept: 0.6, broken: 0.4 }, restore: [], costliest: null };
}

/** History points from `from` to `to`, every `step` days, `to` last (as the engine charts a range). */
function history(from: string, to: string, step: number) {
  const out: { date: string; t: number }[] = [];
  for (let d = from; d < to; d = addDays(d, step)) out.push({ date: d, t: isoToMs(d) });
  out.push({ date: to, t: isoToMs(to) });
  return out;
}

describe('the projected days the chart and its zoom strip go on with', () => {
  it('a daily history ending today goes on with every projected day after today', () => {
    const rows = aheadOf(history(addDays(TODAY, -90), TODAY, 1), projectionOf(120));
    expect(rows).toHaveLength(120);
    expect(rows[0]!.date).toBe(addDays(TODAY, 1));
    expect(rows.at(-1)!.date).toBe(addDays(TODAY, 120));
    expect(rows.every((r, k) => r.t === isoToMs(addDays(TODAY, k + 1)) && r.projected)).toBe(true);
  });

  it('a history charted every 3 days goes on every 3 days, the projection\'s last day kept', () => {
    const rows = aheadOf(history('2018-01-01', TODAY, 3), projectionOf(100));
    expect(rows.map((r) => r.date)).toEqual([
      ...Array.from({ length: 33 }, (_, k) => addDays(TODAY, 3 * (k + 1))),
      addDays(TODAY, 100),
    ]);
  });

  it('none when the history ends before today, or there is no projection', () => {
    expect(aheadOf(history('2026-01-01', '2026-05-31', 1), projectionOf(90))).toEqual([]);
    expect(aheadOf(history('2026-01-01', TODAY, 1), null)).toEqual([]);
    expect(aheadOf([], projectionOf(90))).toEqual([]);
  });
});

describe('a window over history and projection', () => {
  // History indices 0..10 (10 is today), projected rows 11.. (ahead index 0..).
  it('splits into its history part and its projected part', () => {
    expect(windowParts([0, 10], 10)).toEqual({ history: [0, 10], ahead: null });
    expect(windowParts([3, 8], 10)).toEqual({ history: [3, 8], ahead: null });
    expect(windowParts([4, 15], 10)).toEqual({ history: [4, 10], ahead: [0, 4] });
    expect(windowParts([10, 11], 10)).toEqual({ history: [10, 10], ahead: [0, 0] });
    // Wholly past today: no history.
    expect(windowParts([12, 30], 10)).toEqual({ history: null, ahead: [1, 19] });
  });
});
