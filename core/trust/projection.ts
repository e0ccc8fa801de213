// Where trust is heading (design.md, "Where it is heading"): the engine run
// forward with the same settings, never a separate model. Three scenarios,
// each a journal the manager could write, read by the engine with "today"
// moved to the horizon's end:
// - nothing written: the journal as it is (open promises past due phase in as broken);
// - kept: every open promise still due by the horizon kept on its due date,
//   every open incident (handling not yet judged) resolved well tomorrow;
// - broken: every open promise due by the horizon written broken on the day
//   the engine counts it fully broken (its due date + the phase-in days, or
//   tomorrow when that day has passed), every open incident resolved badly
//   tomorrow. Written earlier, a break would weigh less than the phase-in it
//   replaces once that is complete (later evidence fades less), and "broken"
//   would no longer bracket "nothing written".
// Nothing in a scenario is dated on or before today, so the three lines start
// from today's trust.
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from '../dates';
import type { SupplierFacts } from '../facts';
import type { Entry, IncidentEntry, PromiseEntry } from '../types';
import { compareEvidence, entryEvidence, evidenceFromEntries, sideOf, type Evidence } from './evidence';
import { decay } from './opinion';
import { decayedSums as sumsAt, dimensionIndex, opinionsOf, type DecayedSums } from './series';
import type { TrustSettings } from './settings';

/** The projection reaches at least this far past today. */
export const MIN_HORIZON_DAYS = 90;
/** ... and at most this far (a review or deadline further away is not charted). */
export const MAX_HORIZON_DAYS = 365;

export type ScenarioName = 'nothing' | 'kept' | 'broken';
export const SCENARIOS = ['nothing', 'kept', 'broken'] as const satisfies readonly ScenarioName[];

/** One row per day from today to the horizon, the shape recharts wants: trust and [belief, plausibility] per scenario. */
export interface ProjectionRow {
  date: IsoDate;
  nothing: number;
  nothingBand: [number, number];
  kept: number;
  keptBand: [number, number];
  broken: number;
  brokenBand: [number, number];
}

/** An open item and what it would do to trust at the horizon's end. */
export interface OpenItem {
  entryId: number;
  kind: 'promise' | 'incident';
  title: string;
  /** The promise's due date (null for an incident). */
  dueOn: IsoDate | null;
  /** How it is kept in the reckoning: on its due date, late (tomorrow, it is overdue already), or an incident resolved well tomorrow. */
  action: 'keep' | 'keepLate' | 'resolveWell';
  /** Trust at the horizon's end with this item kept (or resolved well) minus trust if nothing is written. */
  restores: number;
  /** Trust at the horizon's end with it kept minus with it broken (or resolved badly): what breaking it would cost. */
  atStake: number;
  private: boolean;
}

export interface Projection {
  /** Today: the first row, where the three lines start. */
  from: IsoDate;
  /** The horizon: the next review or notice deadline, at least MIN_HORIZON_DAYS away. */
  to: IsoDate;
  /** The next review and notice deadline when they fall in the horizon (marked on the chart). */
  review: IsoDate | null;
  notice: IsoDate | null;
  rows: ProjectionRow[];
  /** Trust at the horizon's end in each scenario. */
  end: Record<ScenarioName, number>;
  /** Open items by what they would restore, most first. */
  restore: OpenItem[];
  /** The item whose break would cost most (null when no open item is at stake). */
  costliest: OpenItem | null;
}

/** The horizon's end: the later of the next review and the notice deadline, at least 90 and at most 365 days on. */
export function horizonOf(facts: Pick<SupplierFacts, 'review' | 'notice'>, today: IsoDate): { to: IsoDate; review: IsoDate | null; notice: IsoDate | null } {
  const min = addDays(today, MIN_HORIZON_DAYS);
  const max = addDays(today, MAX_HORIZON_DAYS);
  const within = (d: IsoDate | undefined): IsoDate | null => (d !== undefined && d > today && d <= max ? d : null);
  const review = within(facts.review?.due);
  const notice = within(facts.notice?.deadline);
  let to = min;
  for (const d of [review, notice]) if (d !== null && d > to) to = d;
  return { to, review, notice };
}

/** Trust at the next review if nothing is written (the portfolio sorts by it); at today + 90 days without a review ahead. */
export function projectedAtReview(
  entries: readonly Entry[], facts: Pick<SupplierFacts, 'review'>, today: IsoDate, settings: TrustSettings, now?: TodayState,
): { on: IsoDate; trust: number } {
  const due = facts.review?.due;
  const on = due !== undefined && due > today && due <= addDays(today, MAX_HORIZON_DAYS) ? due : addDays(today, MIN_HORIZON_DAYS);
  const state = now ?? todayState(entries, today, settings);
  const todayDay = toDayNumber(today);
  const endDay = toDayNumber(on);
  const future = futureEvidence(readersOfToday(entries, todayDay, settings), state.evidence, todayDay, endDay, settings);
  let trust = 0;
  forward(state.sums, future, todayDay, endDay, settings, (_k, t) => { trust = t; });
  return { on, trust };
}

/**
 * Trust today, where every line starts: the supplier's evidence as the engine
 * reads it today (sorted) and its decayed sums on today. The supplier's view
 * and the portfolio row have both already; they pass them in.
 */
export interface TodayState {
  evidence: readonly Evidence[];
  sums: DecayedSums;
}

export function todayState(entries: readonly Entry[], today: IsoDate, st: TrustSettings): TodayState {
  const evidence = evidenceFromEntries(entries, today, st, 'supplier');
  return { evidence, sums: sumsAt(evidence, toDayNumber(today), st) };
}

/**
 * The evidence dated after today, read with "today" moved to endDay, with
 * some entries replaced (a scenario's rewrites). Only promises with a due date
 * read "today" (an open one phases in as broken up to it), so only theirs and
 * the replaced entries' is derived again; the rest is today's. Evidence dated
 * on or before today is the same either way, and no rewrite dates anything on
 * or before today, so all of it is in today's sums already.
 */
function futureEvidence(
  readers: readonly Entry[], evidence: readonly Evidence[], todayDay: number, endDay: number, st: TrustSettings,
  replaced: readonly Entry[] = [],
): Evidence[] {
  const ids = new Set(replaced.map((e) => e.id));
  const again = [...replaced, ...readers.filter((e) => !ids.has(e.id))];
  for (const e of readers) ids.add(e.id);
  const out: Evidence[] = [];
  for (let i = firstAfter(evidence, todayDay); i < evidence.length; i++) {
    const x = evidence[i]!;
    if (x.day <= endDay && !ids.has(x.entryId)) out.push(x);
  }
  const fresh: Evidence[] = [];
  for (const e of again) entryEvidence(e, endDay, st, fresh);
  for (const x of fresh) if (x.day > todayDay && x.day <= endDay) out.push(x);
  return out.sort(compareEvidence);
}

/** The supplier's entries whose evidence reads "today": promises with a due date still phasing in (or yet to). */
function readersOfToday(entries: readonly Entry[], todayDay: number, st: TrustSettings): Entry[] {
  return entries.filter((e) => e.kind === 'promise' && e.dueOn !== null && sideOf(e) === 'supplier'
    && toDayNumber(e.dueOn) + st.promiseOverduePhaseInDays > todayDay);
}

/** The index of the first evidence dated after `day` (evidence is sorted by day). */
function firstAfter(evidence: readonly Evidence[], day: number): number {
  let lo = 0;
  let hi = evidence.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (evidence[mid]!.day <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The engine's daily step (seriesFromEvidence, in the same order of
 * operations, so the numbers agree to the last digit) from today's sums to
 * endDay: each day the sums decay one day, then that day's evidence is added.
 * `visit` gets overall trust, belief and plausibility per day; the sums at
 * endDay are returned.
 */
function forward(
  start: DecayedSums, future: readonly Evidence[], todayDay: number, endDay: number, st: TrustSettings,
  visit: (k: number, trust: number, belief: number, plausibility: number) => void,
): DecayedSums {
  const R: [number, number, number] = [...start.R];
  const S: [number, number, number] = [...start.S];
  const W = st.priorWeight;
  const a = st.baseRate;
  const f = decay(1, st.halfLifeDays);
  let i = 0;
  for (let k = 0, t = todayDay; t <= endDay; k++, t++) {
    if (k > 0) {
      R[0] *= f; R[1] *= f; R[2] *= f;
      S[0] *= f; S[1] *= f; S[2] *= f;
      for (; i < future.length && future[i]!.day <= t; i++) {
        const x = future[i]!;
        const d = dimensionIndex(x.dimension);
        R[d] += x.r;
        S[d] += x.s;
      }
    }
    const Rd = R[0] + R[1] + R[2];
    const Sd = S[0] + S[1] + S[2];
    const r = Rd > 0 ? Rd : 0;
    const s = Sd > 0 ? Sd : 0;
    const total = r + s + W;
    const b = r / total;
    visit(k, b + a * (W / total), b, 1 - s / total);
  }
  return { R, S };
}

const isOpenPromise = (e: Entry, today: IsoDate): e is PromiseEntry =>
  e.kind === 'promise' && e.status === 'open' && e.date <= today && sideOf(e) === 'supplier';
const isOpenIncident = (e: Entry, today: IsoDate): e is IncidentEntry =>
  e.kind === 'incident' && e.resolvedOn === null && e.handledWell === null && e.date <= today && sideOf(e) === 'supplier';

/** The entry as a scenario rewrites it (null: left as it is). */
function rewrite(e: Entry, scenario: 'kept' | 'broken' | 'keptAlone', today: IsoDate, to: IsoDate, st: TrustSettings): Entry | null {
  if (isOpenIncident(e, today)) return { ...e, resolvedOn: addDays(today, 1), handledWell: scenario !== 'broken' };
  if (!isOpenPromise(e, today) || e.dueOn === null || e.dueOn > to) return null;
  const tomorrow = addDays(today, 1);
  if (scenario === 'broken') {
    const counted = addDays(e.dueOn, st.promiseOverduePhaseInDays);
    return { ...e, status: 'broken', settledOn: counted > today ? counted : tomorrow };
  }
  if (e.dueOn >= today) return { ...e, status: 'kept', settledOn: e.dueOn > today ? e.dueOn : tomorrow };
  // Overdue: the kept line leaves it to phase in (it cannot be kept on time any
  // more); alone, as an item to ask for, it is kept late tomorrow.
  return scenario === 'keptAlone' ? { ...e, status: 'kept_late', settledOn: tomorrow } : null;
}

function evidenceOf(entries: readonly Entry[], endDay: number, st: TrustSettings): Evidence[] {
  const out: Evidence[] = [];
  for (const e of entries) entryEvidence(e, endDay, st, out);
  return out;
}

/** Sums with one entry's evidence taken out (sign -1) or put in (+1). */
function shifted(base: DecayedSums, delta: DecayedSums, sign: 1 | -1): DecayedSums {
  return {
    R: [base.R[0] + sign * delta.R[0], base.R[1] + sign * delta.R[1], base.R[2] + sign * delta.R[2]],
    S: [base.S[0] + sign * delta.S[0], base.S[1] + sign * delta.S[1], base.S[2] + sign * delta.S[2]],
  };
}

export interface ProjectionInput {
  /** The supplier's entries (either side: only the supplier's count). */
  entries: readonly Entry[];
  facts: Pick<SupplierFacts, 'review' | 'notice'>;
  today: IsoDate;
  settings: TrustSettings;
  /** Trust today, when the caller has it already (the supplier's view). */
  now?: TodayState;
}

export function projection({ entries, facts, today, settings: st, now }: ProjectionInput): Projection {
  const { to, review, notice } = horizonOf(facts, today);
  const todayDay = toDayNumber(today);
  const endDay = toDayNumber(to);
  const supplierEntries = entries.filter((e) => sideOf(e) === 'supplier');
  const state = now ?? todayState(supplierEntries, today, st);
  // Each line is the engine run forward from today's sums: only what is dated
  // after today differs between the lines (and from today's reading).
  const readers = readersOfToday(supplierEntries, todayDay, st);
  const open = supplierEntries.filter((e) => rewrite(e, 'keptAlone', today, to, st) !== null);
  const futureOf = (scenario: 'kept' | 'broken' | null) =>
    futureEvidence(readers, state.evidence, todayDay, endDay, st, scenario ? open.flatMap((e) => rewrite(e, scenario, today, to, st) ?? []) : []);
  const rows: ProjectionRow[] = [];
  for (let day = todayDay; day <= endDay; day++) {
    rows.push({ date: fromDayNumber(day), nothing: 0, nothingBand: [0, 0], kept: 0, keptBand: [0, 0], broken: 0, brokenBand: [0, 0] });
  }
  const nothingFuture = futureOf(null);
  const nothingAtEnd = forward(state.sums, nothingFuture, todayDay, endDay, st, (k, t, b, p) => { rows[k]!.nothing = t; rows[k]!.nothingBand = [b, p]; });
  forward(state.sums, futureOf('kept'), todayDay, endDay, st, (k, t, b, p) => { rows[k]!.kept = t; rows[k]!.keptBand = [b, p]; });
  forward(state.sums, futureOf('broken'), todayDay, endDay, st, (k, t, b, p) => { rows[k]!.broken = t; rows[k]!.brokenBand = [b, p]; });
  const last = rows[rows.length - 1]!;
  const restore = openItems(open, state.evidence, nothingFuture, nothingAtEnd, today, to, st);
  const costliest = restore.reduce<OpenItem | null>((m, x) => (x.atStake > (m?.atStake ?? 0) ? x : m), null);
  // Listed as restoring only what shows as at least a tenth of a point; an item that
  // would restore nothing may still be the costliest to break (kept for that above).
  const restoring = restore.filter((x) => x.restores >= SHOWN_RESTORE);
  return { from: today, to, review, notice, rows, end: { nothing: last.nothing, kept: last.kept, broken: last.broken }, restore: restoring, costliest };
}

/** Below this (a hundredth of a point) an item neither restores nor costs anything worth naming. */
const NEGLIGIBLE = 1e-4;
/** What rounds to at least 0.1 pt where it is shown: less is not listed as restoring anything. */
const SHOWN_RESTORE = 5e-4;

/**
 * Each open item on its own: trust at the horizon's end with it kept (or
 * resolved well), and with it broken (or resolved badly), against nothing
 * written (its sums at the horizon's end given). The other items stay as they are.
 */
function openItems(
  /** The open items (each one rewrite() keeps on its own). */
  entries: readonly Entry[], past: readonly Evidence[], future: readonly Evidence[], nothing: DecayedSums,
  today: IsoDate, to: IsoDate, st: TrustSettings,
): OpenItem[] {
  const endDay = toDayNumber(to);
  const todayDay = toDayNumber(today);
  const trustOfSums = (s: DecayedSums) => opinionsOf(s, st).overall.trust;
  const T0 = trustOfSums(nothing);
  const open = entries.map((e) => ({ e, kept: rewrite(e, 'keptAlone', today, to, st)! }));
  if (open.length === 0) return [];
  // Each open item's own evidence as "nothing written" reads it at the horizon's end.
  const own = new Map<number, Evidence[]>(open.map(({ e }) => [e.id, []]));
  for (let i = 0, n = firstAfter(past, todayDay); i < n; i++) own.get(past[i]!.entryId)?.push(past[i]!);
  for (const x of future) own.get(x.entryId)?.push(x);
  const items: OpenItem[] = [];
  for (const { e, kept } of open) {
    const broken = rewrite(e, 'broken', today, to, st)!;
    const without = shifted(nothing, sumsAt(own.get(e.id)!, endDay, st), -1);
    const Tk = trustOfSums(shifted(without, sumsAt(evidenceOf([kept], endDay, st), endDay, st), 1));
    const Tb = trustOfSums(shifted(without, sumsAt(evidenceOf([broken], endDay, st), endDay, st), 1));
    const restores = Tk - T0;
    if (restores < NEGLIGIBLE && Tk - Tb < NEGLIGIBLE) continue;
    const isPromise = e.kind === 'promise';
    items.push({
      entryId: e.id, kind: isPromise ? 'promise' : 'incident', title: e.title, dueOn: isPromise ? e.dueOn : null,
      action: !isPromise ? 'resolveWell' : kept.kind === 'promise' && kept.status === 'kept_late' ? 'keepLate' : 'keep',
      restores, atStake: Tk - Tb, private: e.private,
    });
  }
  return items.sort((x, y) => y.restores - x.restores || y.atStake - x.atStake || x.entryId - y.entryId);
}
