// Guards design.md's calibration claims (version 2) with the default weights,
// on synthetic three-year journals (core/synthetic), one supplier per seed,
// seeds 1..30. If a claim stops holding, the defaults (or the claim) need a
// decision, not a quiet retune. Figures measured when this was written are
// noted beside each guard; README.md in this folder has the trade-offs.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDayNumber, toDayNumber } from '../dates';
import { factsFromEntries } from '../facts';
import { generate, QUIET_FROM_DAY, TURNS_BAD_FROM_DAY } from '../synthetic';
import type { SupplierProfile } from '../synthetic';
import type { Entry } from '../types';
import { evidenceFromEntries } from './evidence';
import { contributionsAt } from './explain';
import { trustFlag } from './flags';
import { promise, review } from './fixtures';
import { seriesFromEvidence, trustSeries } from './series';
import { DEFAULT_TRUST_SETTINGS as settings } from './settings';

const SEEDS = Array.from({ length: 30 }, (_, k) => k + 1);

function run(profile: SupplierProfile, seed: number) {
  const j = generate(1, 3, null, profile, seed);
  const evidence = evidenceFromEntries(j.entries, j.end, settings);
  const series = seriesFromEvidence(evidence, { from: j.start, to: j.end, today: j.end, settings });
  return { j, evidence, series };
}

/** The flag on day `k` of the journal (k >= 365), read as the app reads it. */
function flagOn(r: ReturnType<typeof run>, k: number) {
  return trustFlag({
    entries: r.j.entries, evidence: r.evidence, today: addDays(r.j.start, k), settings,
    quiet: factsFromEntries(r.j.suppliers[0]!, r.j.entries, addDays(r.j.start, k)).quiet, lastYear: r.series.overall.trust.slice(k - 365, k + 1),
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('calibration with the default weights (30 seeds, three years)', () => {
  it('a steady supplier reads 0.60 to 0.75, with a band at most 0.25 wide', () => {
    const medians: number[] = [];
    for (const seed of SEEDS) {
      const { series } = run('steady', seed);
      // after the first year (the prior dominates while evidence builds up)
      medians.push(median(series.overall.trust.slice(365)));
      const widest = Math.max(...series.overall.plausibility.slice(365).map((p, k) => p - series.overall.belief[365 + k]!));
      expect(widest).toBeLessThanOrEqual(0.25); // measured: at most 0.185
    }
    // measured: the typical supplier 0.675; 25 of 30 within 0.60 .. 0.75, the spread 0.563 .. 0.746
    expect(median(medians)).toBeGreaterThanOrEqual(0.6);
    expect(median(medians)).toBeLessThanOrEqual(0.75);
  });

  it('a supplier whose second year turns bad falls below 0.40 within that year in at least 28 of 30 seeds', () => {
    let fell = 0;
    for (const seed of SEEDS) {
      const { series } = run('turnsBad', seed);
      if (series.overall.trust.slice(TURNS_BAD_FROM_DAY, TURNS_BAD_FROM_DAY + 365).some((t) => t < 0.4)) fell++;
    }
    expect(fell).toBeGreaterThanOrEqual(28); // measured: 28 (29 with asymmetry 3, 22 with 2.5)
  });

  it('a quiet supplier never crosses the base rate: it moves toward it from its own side while its band widens', () => {
    for (const seed of SEEDS) {
      const { series, evidence, j } = run('quiet', seed);
      const { trust, belief, plausibility } = series.overall;
      const side = Math.sign(trust[QUIET_FROM_DAY]! - settings.baseRate);
      // never across the base rate from the day the silence starts
      expect(trust.slice(QUIET_FROM_DAY).every((t) => Math.sign(t - settings.baseRate) !== -side)).toBe(true);
      // from its last evidence (promises made before the silence settle in its first weeks) nothing but fading
      const last = evidence.at(-1)!.day - toDayNumber(j.start);
      for (let k = last + 1; k < trust.length; k++) {
        expect(Math.abs(trust[k]! - settings.baseRate)).toBeLessThanOrEqual(Math.abs(trust[k - 1]! - settings.baseRate) + 1e-12);
        expect(plausibility[k]! - belief[k]!).toBeGreaterThanOrEqual(plausibility[k - 1]! - belief[k - 1]! - 1e-12);
      }
    }
  });

  it('recurring reviews alone: 4/5 reads at least 0.60, 3/5 reads 0.50 +- 0.03', () => {
    const reviewed = (score: number, months: number) => {
      const entries: Entry[] = [];
      for (let date = '2023-01-01', id = 1; date <= '2025-12-31'; date = addMonths(date, months), id++) {
        entries.push(review(id, date, { scoreAbility: score, scoreIntegrity: score, scoreBenevolence: score }));
      }
      // the third year's reading, a whole number of review cycles
      return mean(trustSeries(entries, { from: '2025-01-01', to: '2025-12-31', today: '2025-12-31' }).overall.trust);
    };
    for (const months of [3, 6]) {
      expect(reviewed(4, months)).toBeGreaterThanOrEqual(0.6); // measured: 0.652 quarterly, 0.610 twice a year (0.594 on the eve of a review)
      expect(Math.abs(reviewed(3, months) - 0.5)).toBeLessThanOrEqual(0.03); // measured: 0.500
    }
  });

  it('a supplier that keeps its result promises reads ability at least 0.60, with a band well inside 0..1', () => {
    const entries: Entry[] = [];
    for (let d = toDayNumber('2024-01-01'), id = 1; d < toDayNumber('2025-12-31'); d += 15, id++) {
      entries.push(promise(id, fromDayNumber(d), { dueOn: fromDayNumber(d + 14), status: 'kept', settledOn: fromDayNumber(d + 12) }));
    }
    const s = trustSeries(entries, { from: '2025-01-01', to: '2025-12-31', today: '2025-12-31' }).ability;
    expect(Math.min(...s.trust)).toBeGreaterThanOrEqual(0.6); // measured: 0.768 .. 0.813, band 0.38 wide
    expect(s.plausibility.at(-1)! - s.belief.at(-1)!).toBeLessThan(0.5);
  });

  it('"Eroding" fires within 60 days of a bad year for the typical supplier, and rarely in steady years', () => {
    const firstFlag: number[] = [];
    for (const seed of SEEDS) {
      const r = run('turnsBad', seed);
      let day = Infinity;
      for (let k = TURNS_BAD_FROM_DAY; k < TURNS_BAD_FROM_DAY + 365 && day === Infinity; k++) if (flagOn(r, k)?.kind === 'eroding') day = k - TURNS_BAD_FROM_DAY;
      firstFlag.push(day);
    }
    // measured: median day 34 of the bad year; 21 of 30 within 60 days, all 30 within 140 (the slowest started the year from a dip)
    expect(median(firstFlag)).toBeLessThanOrEqual(60);
    expect(Math.max(...firstFlag)).toBeLessThan(365);

    // Design target: on no day of two steady years. Not met on this generator (README.md):
    // measured 793 of 21,900 seed-days (3.6%), in 10 of 30 seeds, each a stretch where bad news
    // outweighed good after a lucky high (a broken contractual result promise, a high incident,
    // a run of negative contacts), which no rule can tell from the first weeks of a bad year.
    let flagged = 0;
    let days = 0;
    for (const seed of SEEDS) {
      const r = run('steady', seed);
      for (let k = 365; k < r.series.dates.length; k++, days++) {
        const flag = flagOn(r, k);
        if (flag?.kind !== 'eroding') continue;
        flagged++;
        // never fading alone: the reason names an entry that pulled it down
        expect(flag.pulls.length).toBeGreaterThan(0);
      }
    }
    expect(flagged / days).toBeLessThan(0.04);
  });

  it('a single broken contractual result promise moves trust down more than any single kept promise moves it up', () => {
    const effect = (entries: Entry[], date: string, extra: Entry) =>
      contributionsAt([...entries, extra], date, { today: date }).find((c) => c.entryId === extra.id)!.contribution;
    let worst = Infinity;
    for (const seed of SEEDS.slice(0, 10)) {
      const { j } = run('steady', seed);
      for (let d = toDayNumber(j.start); d <= toDayNumber(j.end); d += 30) {
        const date = fromDayNumber(d);
        // the largest kept promise is a kept result promise (+1.5)
        const up = effect(j.entries, date, promise(1e9, date, { status: 'kept', settledOn: date }));
        const down = effect(j.entries, date, promise(1e9, date, { inContract: true, status: 'broken', settledOn: date }));
        worst = Math.min(worst, -down / up);
      }
    }
    expect(worst).toBeGreaterThan(1.5); // measured: 2.49
  });
});
