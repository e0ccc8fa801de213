// Trust over time in one pass over the sorted evidence (design.md, points 4-5).
// Running decayed sums R and S per dimension are carried from step to step:
// moving from day t1 to t2 multiplies them by 2^(-(t2-t1)/H), then the evidence
// dated in (t1, t2] is added, decayed to t2. Cost: evidence + steps. One
// half-life H for good and bad evidence alike, so with no new evidence trust
// moves monotonically toward the base rate from its own side.
import type { IsoDate } from '../dates';
import { fromDayNumber, toDayNumber } from '../dates';
import type { Entry } from '../types';
import type { ConductSide, Dimension, Evidence } from './evidence';
import { evidenceFromEntries } from './evidence';
import type { Opinion } from './opinion';
import { decay, opinionOf } from './opinion';
import type { TrustSettings } from './settings';
import { DEFAULT_TRUST_SETTINGS } from './settings';

/** Overall pools all evidence; each dimension has its own series. */
export type Scope = 'overall' | Dimension;
export const SCOPES = ['overall', 'ability', 'integrity', 'benevolence'] as const satisfies readonly Scope[];

/** The engine reads one supplier's entries at a time: pass only that supplier's. */
export interface EngineOptions {
  /** The date "now" for the engine: it decides which open promises are overdue. Never read from the clock. */
  today: IsoDate;
  settings?: TrustSettings;
  /** Whose conduct: the supplier's (default) or ours as a client. Never mixed. */
  side?: ConductSide;
}

export interface SeriesOptions extends EngineOptions {
  from: IsoDate;
  to: IsoDate;
  /** Days between points (1 = daily, 7 = weekly, ...). `to` is always the last point. */
  stepDays?: number;
}

/** One value per point date. Plain arrays so a series travels as JSON. */
export interface Band {
  trust: number[];
  belief: number[];
  plausibility: number[];
  uncertainty: number[];
}

export interface TrustSeries {
  dates: IsoDate[];
  overall: Band;
  ability: Band;
  integrity: Band;
  benevolence: Band;
}

const DIM_INDEX: Record<Dimension, 0 | 1 | 2> = { ability: 0, integrity: 1, benevolence: 2 };

/** The supplier's trust series; our-side entries are left out (unless options.side = 'ours'). */
export function trustSeries(entries: readonly Entry[], options: SeriesOptions): TrustSeries {
  return sideSeries(entries, options, options.side ?? 'supplier');
}

/**
 * Our own conduct as a client (our promises, incidents we caused, entries
 * marked side = ours), by the same machinery, kept apart from the supplier's.
 */
export function ourConductSeries(entries: readonly Entry[], options: SeriesOptions): TrustSeries {
  return sideSeries(entries, options, 'ours');
}

function sideSeries(entries: readonly Entry[], options: SeriesOptions, side: ConductSide): TrustSeries {
  const settings = options.settings ?? DEFAULT_TRUST_SETTINGS;
  return seriesFromEvidence(evidenceFromEntries(entries, options.today, settings, side), options);
}

/** The point dates of a range, as day numbers: from, from + step, ..., to. */
export function pointDays(from: IsoDate, to: IsoDate, stepDays = 1): number[] {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  if (last < first) throw new RangeError(`range ends (${to}) before it starts (${from})`);
  const step = Math.max(1, Math.floor(stepDays));
  const days: number[] = [];
  for (let d = first; d < last; d += step) days.push(d);
  days.push(last);
  return days;
}

// Arrays grown by push stay packed doubles (fast to write and read).
const band = (): Band => ({ trust: [], belief: [], plausibility: [], uncertainty: [] });

// The point dates of a range are the same for every supplier charted over it:
// keep the last few so a dashboard of 200 suppliers formats them once.
const datesMemo = new Map<string, readonly IsoDate[]>();

function pointDates(days: readonly number[], step: number): IsoDate[] {
  const key = `${days[0]!}:${days[days.length - 1]!}:${step}`;
  const hit = datesMemo.get(key);
  if (hit) return hit.slice();
  const dates = days.map(fromDayNumber);
  if (datesMemo.size >= 8) datesMemo.delete(datesMemo.keys().next().value!);
  datesMemo.set(key, dates);
  return dates.slice();
}

/** The series from evidence already sorted by day (as evidenceFromEntries returns it). */
export function seriesFromEvidence(evidence: readonly Evidence[], options: SeriesOptions): TrustSeries {
  const st = options.settings ?? DEFAULT_TRUST_SETTINGS;
  const days = pointDays(options.from, options.to, options.stepDays);
  const n = days.length;
  const W = st.priorWeight;
  const a = st.baseRate;
  const h = st.halfLifeDays;
  const out: TrustSeries = {
    dates: pointDates(days, options.stepDays ?? 1),
    overall: band(), ability: band(), integrity: band(), benevolence: band(),
  };
  const bands = [out.ability, out.integrity, out.benevolence, out.overall] as const;
  const R = [0, 0, 0];
  const S = [0, 0, 0];
  let i = 0;
  let prev = Number.NEGATIVE_INFINITY;

  for (let k = 0; k < n; k++) {
    const t = days[k]!;
    if (prev !== Number.NEGATIVE_INFINITY) {
      const f = decay(t - prev, h);
      R[0]! *= f; R[1]! *= f; R[2]! *= f;
      S[0]! *= f; S[1]! *= f; S[2]! *= f;
    }
    // Evidence dated before the range's first day is folded in here too.
    for (; i < evidence.length; i++) {
      const e = evidence[i]!;
      if (e.day > t) break;
      const d = DIM_INDEX[e.dimension];
      const f = t === e.day ? 1 : decay(t - e.day, h);
      R[d]! += e.r * f;
      S[d]! += e.s * f;
    }
    prev = t;
    for (let d = 0; d < 4; d++) {
      const Rd = d === 3 ? R[0]! + R[1]! + R[2]! : R[d]!;
      const Sd = d === 3 ? S[0]! + S[1]! + S[2]! : S[d]!;
      // Tiny negative sums (rounding after a retraction) read as zero.
      const r = Rd > 0 ? Rd : 0;
      const s = Sd > 0 ? Sd : 0;
      const total = r + s + W;
      const b = r / total;
      const u = W / total;
      const bd = bands[d]!;
      bd.trust.push(b + a * u);
      bd.belief.push(b);
      bd.plausibility.push(1 - s / total);
      bd.uncertainty.push(u);
    }
  }
  return out;
}

/** Trust on one date, overall and per dimension. */
export function trustAt(entries: readonly Entry[], date: IsoDate, options: EngineOptions): Record<Scope, Opinion> {
  const st = options.settings ?? DEFAULT_TRUST_SETTINGS;
  const sums = decayedSums(evidenceFromEntries(entries, options.today, st, options.side ?? 'supplier'), toDayNumber(date), st);
  return opinionsOf(sums, st);
}

export interface DecayedSums { R: [number, number, number]; S: [number, number, number] }

/** R and S per dimension at `day`, from evidence dated on or before it. */
export function decayedSums(evidence: readonly Evidence[], day: number, st: TrustSettings): DecayedSums {
  const R: [number, number, number] = [0, 0, 0];
  const S: [number, number, number] = [0, 0, 0];
  for (const e of evidence) {
    if (e.day > day) continue;
    const d = DIM_INDEX[e.dimension];
    const f = decay(day - e.day, st.halfLifeDays);
    R[d] += e.r * f;
    S[d] += e.s * f;
  }
  return { R, S };
}

export function opinionsOf({ R, S }: DecayedSums, st: TrustSettings): Record<Scope, Opinion> {
  const W = st.priorWeight;
  const a = st.baseRate;
  return {
    overall: opinionOf(R[0] + R[1] + R[2], S[0] + S[1] + S[2], W, a),
    ability: opinionOf(R[0], S[0], W, a),
    integrity: opinionOf(R[1], S[1], W, a),
    benevolence: opinionOf(R[2], S[2], W, a),
  };
}

export function dimensionIndex(d: Dimension): 0 | 1 | 2 {
  return DIM_INDEX[d];
}

/** One row per date, the shape recharts wants: { date, trust, belief, plausibility, uncertainty, abilityTrust, ... }. */
export interface ChartRow {
  date: IsoDate;
  trust: number;
  belief: number;
  plausibility: number;
  uncertainty: number;
  abilityTrust: number;
  integrityTrust: number;
  benevolenceTrust: number;
  /** [belief, plausibility] per scope, for a recharts Area band. */
  band: [number, number];
  abilityBand: [number, number];
  integrityBand: [number, number];
  benevolenceBand: [number, number];
}

export function toChartRows(series: TrustSeries): ChartRow[] {
  return series.dates.map((date, k) => ({
    date,
    trust: series.overall.trust[k]!,
    belief: series.overall.belief[k]!,
    plausibility: series.overall.plausibility[k]!,
    uncertainty: series.overall.uncertainty[k]!,
    abilityTrust: series.ability.trust[k]!,
    integrityTrust: series.integrity.trust[k]!,
    benevolenceTrust: series.benevolence.trust[k]!,
    band: [series.overall.belief[k]!, series.overall.plausibility[k]!],
    abilityBand: [series.ability.belief[k]!, series.ability.plausibility[k]!],
    integrityBand: [series.integrity.belief[k]!, series.integrity.plausibility[k]!],
    benevolenceBand: [series.benevolence.belief[k]!, series.benevolence.plausibility[k]!],
  }));
}
