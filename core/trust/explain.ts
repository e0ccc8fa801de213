// Why trust is where it is (design.md, point 7). An entry's contribution at a
// date t is T(t) - T(t without that entry). Because T normalises by R + S + W
// the contributions do not add up to T - a; each is computed exactly by
// taking the entry's own decayed r and s out of the totals.
import type { IsoDate } from '../dates';
import { isoToDay as toDayNumber } from './days';
import type { Entry, EntryKind } from '../types';
import type { Evidence, Reason } from './evidence';
import { evidenceFromEntries, sideOf } from './evidence';
import { trustOf } from './opinion';
import type { EngineOptions, Scope } from './series';
import type { TrustSettings } from './settings';
import { DEFAULT_TRUST_SETTINGS } from './settings';

export interface ExplainOptions extends EngineOptions {
  /** Which trust to explain; default 'overall'. */
  scope?: Scope;
}

export interface Contribution {
  entryId: number;
  kind: EntryKind | null;
  /** The entry's own date (evidence may be dated later, e.g. on settlement). */
  date: IsoDate | null;
  /** T(t) - T(t without this entry). */
  contribution: number;
  /** The entry's decayed weights at t. */
  r: number;
  s: number;
  reasons: Reason[];
}

interface EntryWeights { r: number; s: number; reasons: Reason[] }

interface Totals { R: number; S: number; byEntry: Map<number, EntryWeights> }

function inScope(e: Evidence, scope: Scope): boolean {
  return scope === 'overall' || e.dimension === scope;
}

function addReason(w: EntryWeights, reason: Reason): void {
  if (!w.reasons.some((x) => x.key === reason.key && x.params.dimension === reason.params.dimension)) w.reasons.push(reason);
}

/** Decayed r, s at `day` per entry, and their totals. */
function weightsAt(evidence: readonly Evidence[], day: number, st: TrustSettings, scope: Scope): Totals {
  const byEntry = new Map<number, EntryWeights>();
  let R = 0;
  let S = 0;
  for (const e of evidence) {
    if (e.day > day || !inScope(e, scope)) continue;
    const r = e.r * Math.pow(2, -(day - e.day) / st.halfLifePositiveDays);
    const s = e.s * Math.pow(2, -(day - e.day) / st.halfLifeNegativeDays);
    R += r;
    S += s;
    let w = byEntry.get(e.entryId);
    if (!w) { w = { r: 0, s: 0, reasons: [] }; byEntry.set(e.entryId, w); }
    w.r += r;
    w.s += s;
    addReason(w, e.reason);
  }
  return { R, S, byEntry };
}

function contributionOf(t: Totals, w: EntryWeights, st: TrustSettings): number {
  const W = st.priorWeight;
  const a = st.baseRate;
  return trustOf(t.R, t.S, W, a) - trustOf(t.R - w.r, t.S - w.s, W, a);
}

function prepare(entries: readonly Entry[], options: ExplainOptions) {
  const st = options.settings ?? DEFAULT_TRUST_SETTINGS;
  const evidence = evidenceFromEntries(entries, options.today, st, options.side ?? 'supplier');
  const byId = new Map<number, Entry>();
  for (const e of entries) byId.set(e.id, e);
  return { st, evidence, byId, scope: options.scope ?? 'overall' };
}

/** Every entry's contribution to trust at `at`, largest effect first. */
export function contributionsAt(entries: readonly Entry[], at: IsoDate, options: ExplainOptions): Contribution[] {
  const { st, evidence, byId, scope } = prepare(entries, options);
  const totals = weightsAt(evidence, toDayNumber(at), st, scope);
  const out: Contribution[] = [];
  for (const [entryId, w] of totals.byEntry) {
    const entry = byId.get(entryId);
    out.push({
      entryId, kind: entry?.kind ?? null, date: entry?.date ?? null,
      contribution: contributionOf(totals, w, st), r: w.r, s: w.s, reasons: w.reasons,
    });
  }
  return out.sort((x, y) => Math.abs(y.contribution) - Math.abs(x.contribution) || x.entryId - y.entryId);
}

export interface Mover {
  entryId: number;
  kind: EntryKind | null;
  date: IsoDate | null;
  /** Contribution at `to` minus contribution at `from`. */
  delta: number;
  contributionFrom: number;
  contributionTo: number;
  reasons: Reason[];
}

export interface Movers {
  from: IsoDate;
  to: IsoDate;
  trustFrom: number;
  trustTo: number;
  /** trustTo - trustFrom. The deltas do not sum to it exactly (normalisation). */
  change: number;
  /** Most negative delta first. */
  down: Mover[];
  /** Most positive delta first. */
  up: Mover[];
}

/**
 * The entries that moved trust most over [from, to]: each entry's share of the
 * change is its contribution at `to` minus its contribution at `from`. So an
 * entry from before the period that is merely fading shows up too (a fading
 * good entry as a small mover down, a fading bad one as a small mover up):
 * fading is a real cause of change, and hiding it would make the list lie.
 */
export function topMovers(
  entries: readonly Entry[], from: IsoDate, to: IsoDate, options: ExplainOptions & { limit?: number },
): Movers {
  const { st, evidence, byId, scope } = prepare(entries, options);
  const limit = options.limit ?? 5;
  const atFrom = weightsAt(evidence, toDayNumber(from), st, scope);
  const atTo = weightsAt(evidence, toDayNumber(to), st, scope);
  const ids = new Set<number>([...atFrom.byEntry.keys(), ...atTo.byEntry.keys()]);
  const movers: Mover[] = [];
  for (const entryId of ids) {
    const wf = atFrom.byEntry.get(entryId);
    const wt = atTo.byEntry.get(entryId);
    const cf = wf ? contributionOf(atFrom, wf, st) : 0;
    const ct = wt ? contributionOf(atTo, wt, st) : 0;
    const delta = ct - cf;
    if (Math.abs(delta) < 1e-12) continue;
    const entry = byId.get(entryId);
    movers.push({
      entryId, kind: entry?.kind ?? null, date: entry?.date ?? null,
      delta, contributionFrom: cf, contributionTo: ct, reasons: (wt ?? wf)!.reasons,
    });
  }
  const trustFrom = trustOf(atFrom.R, atFrom.S, st.priorWeight, st.baseRate);
  const trustTo = trustOf(atTo.R, atTo.S, st.priorWeight, st.baseRate);
  const byDelta = (x: Mover, y: Mover) => x.delta - y.delta || x.entryId - y.entryId;
  return {
    from, to, trustFrom, trustTo, change: trustTo - trustFrom,
    down: movers.filter((m) => m.delta < 0).sort(byDelta).slice(0, limit),
    up: movers.filter((m) => m.delta > 0).sort((x, y) => byDelta(y, x)).slice(0, limit),
  };
}

export type WaterfallBarType = 'fading' | 'entry' | 'othersUp' | 'othersDown';

export interface WaterfallBar {
  type: WaterfallBarType;
  entryId: number | null;
  kind: EntryKind | null;
  date: IsoDate | null;
  delta: number;
  /** How many entries the bar stands for (1 for an entry, 0 for fading). */
  count: number;
  reasons: Reason[];
}

export interface Waterfall {
  from: IsoDate;
  to: IsoDate;
  /** T(from): all evidence up to and including `from`. */
  start: number;
  /** T(to). start + sum of bars = end (up to rounding). */
  end: number;
  bars: WaterfallBar[];
}

/**
 * A waterfall from `from` to `to`, read at `to`: first the fading of all
 * evidence that existed at `from`, then each entry with evidence dated in
 * (from, to], added in date order. Each bar is the change in T when it is
 * added to what came before, so the bars add up to end - start exactly (they
 * telescope). With `maxBars`, the largest bars stay and the rest are pooled
 * into one "others up" and one "others down" bar at the end.
 */
export function waterfall(
  entries: readonly Entry[], from: IsoDate, to: IsoDate, options: ExplainOptions & { maxBars?: number },
): Waterfall {
  const { st, evidence, byId, scope } = prepare(entries, options);
  const W = st.priorWeight;
  const a = st.baseRate;
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  if (toDay < fromDay) throw new RangeError(`waterfall ends (${to}) before it starts (${from})`);

  const old = weightsAt(evidence, fromDay, st, scope);
  const start = trustOf(old.R, old.S, W, a);
  let R = old.R * Math.pow(2, -(toDay - fromDay) / st.halfLifePositiveDays);
  let S = old.S * Math.pow(2, -(toDay - fromDay) / st.halfLifeNegativeDays);
  let current = trustOf(R, S, W, a);
  const bars: WaterfallBar[] = [{ type: 'fading', entryId: null, kind: null, date: null, delta: current - start, count: 0, reasons: [] }];

  // Evidence in the window, grouped per entry, in order of its first date there.
  const groups = new Map<number, { day: number; r: number; s: number; reasons: Reason[] }>();
  for (const e of evidence) {
    if (e.day <= fromDay || e.day > toDay || !inScope(e, scope)) continue;
    let g = groups.get(e.entryId);
    if (!g) { g = { day: e.day, r: 0, s: 0, reasons: [] }; groups.set(e.entryId, g); }
    g.r += e.r * Math.pow(2, -(toDay - e.day) / st.halfLifePositiveDays);
    g.s += e.s * Math.pow(2, -(toDay - e.day) / st.halfLifeNegativeDays);
    addReason(g, e.reason);
  }
  const ordered = [...groups.entries()].sort(([ia, ga], [ib, gb]) => ga.day - gb.day || ia - ib);
  const entryBars: WaterfallBar[] = [];
  for (const [entryId, g] of ordered) {
    R += g.r;
    S += g.s;
    const next = trustOf(R, S, W, a);
    const entry = byId.get(entryId);
    entryBars.push({ type: 'entry', entryId, kind: entry?.kind ?? null, date: entry?.date ?? null, delta: next - current, count: 1, reasons: g.reasons });
    current = next;
  }
  bars.push(...poolSmallBars(entryBars, options.maxBars));
  return { from, to, start, end: current, bars };
}

function poolSmallBars(bars: WaterfallBar[], maxBars: number | undefined): WaterfallBar[] {
  if (maxBars === undefined || bars.length <= maxBars) return bars;
  const keep = new Set([...bars].sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta)).slice(0, Math.max(0, maxBars)));
  const kept = bars.filter((b) => keep.has(b));
  const rest = bars.filter((b) => !keep.has(b));
  const pool = (type: 'othersUp' | 'othersDown', list: WaterfallBar[]): WaterfallBar[] =>
    list.length === 0 ? [] : [{
      type, entryId: null, kind: null, date: null, count: list.length, reasons: [],
      delta: list.reduce((sum, b) => sum + b.delta, 0),
    }];
  return [...kept, ...pool('othersUp', rest.filter((b) => b.delta >= 0)), ...pool('othersDown', rest.filter((b) => b.delta < 0))];
}

/**
 * The waterfall from one review entry to the next supplier review (or to
 * `today` when it is the latest). Throws when `reviewId` is not a review.
 */
export function reviewWaterfall(
  entries: readonly Entry[], reviewId: number, options: ExplainOptions & { maxBars?: number },
): Waterfall {
  const side = options.side ?? 'supplier';
  const reviews = entries
    .filter((e) => e.kind === 'review' && sideOf(e) === side)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id - y.id));
  const k = reviews.findIndex((e) => e.id === reviewId);
  if (k < 0) throw new RangeError(`entry ${reviewId} is not a supplier review`);
  const from = reviews[k]!.date;
  const nextReview = reviews.slice(k + 1).find((e) => e.date > from);
  const to = nextReview?.date ?? (options.today > from ? options.today : from);
  return waterfall(entries, from, to, options);
}
