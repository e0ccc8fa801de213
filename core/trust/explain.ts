// Why trust is where it is (design.md, point 7). An entry's contribution at a
// date t is T(t) - T(t without that entry). Because T normalises by R + S + W
// the contributions do not add up to T - a; each is computed exactly by
// taking the entry's own decayed r and s out of the totals.
import type { IsoDate } from '../dates';
import { toDayNumber } from '../dates';
import type { Entry, EntryKind } from '../types';
import { againstItsWording, type AgainstItsWording } from './against';
import type { Evidence, Reason } from './evidence';
import { evidenceFromEntries, sideOf } from './evidence';
import { decay, trustOf } from './opinion';
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
    const f = decay(day - e.day, st.halfLifeDays);
    const r = e.r * f;
    const s = e.s * f;
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

export interface Prepared {
  st: TrustSettings;
  /** Sorted by day, as evidenceFromEntries returns it. */
  evidence: readonly Evidence[];
  byId: ReadonlyMap<number, Entry>;
  scope: Scope;
}

function prepare(entries: readonly Entry[], options: ExplainOptions): Prepared {
  const st = options.settings ?? DEFAULT_TRUST_SETTINGS;
  return prepared(entries, evidenceFromEntries(entries, options.today, st, options.side ?? 'supplier'), st, options.scope);
}

/** The explanations' input from evidence already derived from `entries` (a view derives it once for all its parts). */
export function prepared(entries: readonly Entry[], evidence: readonly Evidence[], st: TrustSettings, scope: Scope = 'overall'): Prepared {
  const byId = new Map<number, Entry>();
  for (const e of entries) byId.set(e.id, e);
  return { st, evidence, byId, scope };
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

/** Entries that moved trust by less than this (half a point) are pooled, never listed. */
export const SMALL_MOVE = 0.005;

export interface Mover {
  entryId: number;
  kind: EntryKind | null;
  date: IsoDate | null;
  /** The change in trust this entry made when it was added (see decompose). */
  delta: number;
  reasons: Reason[];
  /** Set when it moved trust against what it says (a poor review lifting a lower trust): why. */
  against?: AgainstItsWording;
}

export interface Movers {
  from: IsoDate;
  to: IsoDate;
  trustFrom: number;
  trustTo: number;
  /** trustTo - trustFrom = fading + the deltas of down, up and others, exactly. */
  change: number;
  /** What the evidence known at `from` lost by fading until `to`: "older entries fading". */
  fading: number;
  /** Most negative delta first; each at least half a point. */
  down: Mover[];
  /** Most positive delta first; each at least half a point. */
  up: Mover[];
  /** Every entry of the period not listed above (small ones, and any beyond the limit), pooled. */
  others: { count: number; delta: number };
}

/**
 * The one decomposition behind "why it moved", the review waterfall and the
 * flags' reasons. Read at `to`: start = T(from); then the fading of all the
 * evidence that existed at `from`; then each entry with evidence dated in
 * (from, to], added in date order, each the change in T when it is added to
 * what came before. The steps telescope: start + fading + deltas = end.
 */
export function decompose(prepared: Prepared, from: IsoDate, to: IsoDate): { start: number; end: number; fading: number; entries: Mover[] } {
  const { st, evidence, byId, scope } = prepared;
  const W = st.priorWeight;
  const a = st.baseRate;
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  if (toDay < fromDay) throw new RangeError(`period ends (${to}) before it starts (${from})`);

  const old = weightsAt(evidence, fromDay, st, scope);
  const start = trustOf(old.R, old.S, W, a);
  const f = decay(toDay - fromDay, st.halfLifeDays);
  let R = old.R * f;
  let S = old.S * f;
  let current = trustOf(R, S, W, a);
  const fading = current - start;

  // Evidence in the period, grouped per entry, in order of its first date there.
  const groups = new Map<number, { day: number; r: number; s: number; reasons: Reason[] }>();
  for (const e of evidence) {
    if (e.day <= fromDay || e.day > toDay || !inScope(e, scope)) continue;
    let g = groups.get(e.entryId);
    if (!g) { g = { day: e.day, r: 0, s: 0, reasons: [] }; groups.set(e.entryId, g); }
    const w = decay(toDay - e.day, st.halfLifeDays);
    g.r += e.r * w;
    g.s += e.s * w;
    addReason(g, e.reason);
  }
  const ordered = [...groups.entries()].sort(([ia, ga], [ib, gb]) => ga.day - gb.day || ia - ib);
  const entries: Mover[] = [];
  for (const [entryId, g] of ordered) {
    R += g.r;
    S += g.s;
    const next = trustOf(R, S, W, a);
    const entry = byId.get(entryId);
    const kind = entry?.kind ?? null;
    const against = againstItsWording(kind, g.r, g.s, next - current, current);
    entries.push({ entryId, kind, date: entry?.date ?? null, delta: next - current, reasons: g.reasons, ...(against ? { against } : {}) });
    current = next;
  }
  return { start, end: current, fading, entries };
}

/**
 * What moved trust over [from, to], by the one decomposition (see decompose):
 * the fading of what was known at `from` is a line of its own, each entry of
 * the period gets the change it made when it was added, and entries under half
 * a point are pooled as "others", so nothing is listed on the wrong side and
 * the lines add up to the change.
 */
export function topMovers(
  entries: readonly Entry[], from: IsoDate, to: IsoDate, options: ExplainOptions & { limit?: number },
): Movers {
  return moversOf(prepare(entries, options), from, to, options.limit);
}

/** topMovers from prepared evidence. */
export function moversOf(p: Prepared, from: IsoDate, to: IsoDate, limit = 5): Movers {
  return moversFrom(decompose(p, from, to), from, to, limit);
}

type Decomposition = ReturnType<typeof decompose>;

/** topMovers from a decomposition already made (a view makes it once for its movers and its drivers). */
export function moversFrom(d: Decomposition, from: IsoDate, to: IsoDate, limit = 5): Movers {
  const byDelta = (x: Mover, y: Mover) => x.delta - y.delta || x.entryId - y.entryId;
  const down = d.entries.filter((m) => m.delta <= -SMALL_MOVE).sort(byDelta).slice(0, limit);
  const up = d.entries.filter((m) => m.delta >= SMALL_MOVE).sort((x, y) => byDelta(y, x)).slice(0, limit);
  const listed = new Set([...down, ...up]);
  const rest = d.entries.filter((m) => !listed.has(m));
  return {
    from, to, trustFrom: d.start, trustTo: d.end, change: d.end - d.start, fading: d.fading, down, up,
    others: { count: rest.length, delta: rest.reduce((sum, m) => sum + m.delta, 0) },
  };
}

/** At most this many drivers are named, as credit reason codes are. */
export const MAX_DRIVERS = 4;

/**
 * The change over a period as reason codes: the (at most four) entries that
 * moved it most either way, "the rest" pooled, and "fading". They add up to
 * the change: the rest is what the change leaves after fading and the drivers.
 */
export interface Drivers {
  from: IsoDate;
  to: IsoDate;
  change: number;
  fading: number;
  /** Largest move (either way) first. */
  top: Mover[];
  rest: { count: number; delta: number };
}

export function driversFrom(d: Decomposition, from: IsoDate, to: IsoDate, max = MAX_DRIVERS): Drivers {
  const top = [...d.entries].filter((m) => m.delta !== 0)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.entryId - y.entryId).slice(0, max);
  const change = d.end - d.start;
  const named = top.reduce((sum, m) => sum + m.delta, 0);
  return { from, to, change, fading: d.fading, top, rest: { count: d.entries.length - top.length, delta: change - d.fading - named } };
}

export type WaterfallBarType = 'fading' | 'entry' | 'othersUp' | 'othersDown' | 'rest';

export interface WaterfallBar {
  type: WaterfallBarType;
  entryId: number | null;
  kind: EntryKind | null;
  date: IsoDate | null;
  delta: number;
  /** How many entries the bar stands for (1 for an entry, 0 for fading; for the rest, how many it pools). */
  count: number;
  reasons: Reason[];
  against?: AgainstItsWording;
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
 * A waterfall from `from` to `to`: the decomposition's fading bar, then one bar
 * per entry of the period in date order. Entries under half a point, and with
 * `maxBars` all but the largest bars, are pooled into one "others up" and one
 * "others down" bar at the end. With `drivers`, the bars are the reason codes
 * instead (driversFrom): fading, the (at most that many) drivers in date order
 * and one bar for the rest, adding up to the change.
 */
export function waterfall(
  entries: readonly Entry[], from: IsoDate, to: IsoDate, options: ExplainOptions & { maxBars?: number; drivers?: number },
): Waterfall {
  const d = decompose(prepare(entries, options), from, to);
  const fading: WaterfallBar = { type: 'fading', entryId: null, kind: null, date: null, delta: d.fading, count: 0, reasons: [] };
  if (options.drivers !== undefined) {
    const r = driversFrom(d, from, to, options.drivers);
    const named = new Set(r.top.map((m) => m.entryId));
    const top = d.entries.filter((m) => named.has(m.entryId)).map((m): WaterfallBar => ({ type: 'entry', ...m, count: 1 }));
    const rest: WaterfallBar[] = r.rest.count === 0 ? [] : [{ type: 'rest', entryId: null, kind: null, date: null, delta: r.rest.delta, count: r.rest.count, reasons: [] }];
    return { from, to, start: d.start, end: d.end, bars: [fading, ...top, ...rest] };
  }
  const entryBars = d.entries.map((m): WaterfallBar => ({ type: 'entry', ...m, count: 1 }));
  return { from, to, start: d.start, end: d.end, bars: [fading, ...poolSmallBars(entryBars, options.maxBars)] };
}

function poolSmallBars(bars: WaterfallBar[], maxBars: number | undefined): WaterfallBar[] {
  const large = bars.filter((b) => Math.abs(b.delta) >= SMALL_MOVE);
  const keep = new Set(maxBars === undefined ? large : [...large].sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta)).slice(0, Math.max(0, maxBars)));
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
  entries: readonly Entry[], reviewId: number, options: ExplainOptions & { maxBars?: number; drivers?: number },
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
