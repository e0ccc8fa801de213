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
import { decayedSums as sumsAt, opinionsOf, seriesFromEvidence, type Band, type DecayedSums } from './series';
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
  entries: readonly Entry[], facts: Pick<SupplierFacts, 'review'>, today: IsoDate, settings: TrustSettings,
): { on: IsoDate; trust: number } {
  const due = facts.review?.due;
  const on = due !== undefined && due > today && due <= addDays(today, MAX_HORIZON_DAYS) ? due : addDays(today, MIN_HORIZON_DAYS);
  const evidence = evidenceFromEntries(entries, on, settings, 'supplier');
  return { on, trust: opinionsOf(sumsAt(evidence, toDayNumber(on), settings), settings).overall.trust };
}

const isOpenPromise = (e: Entry, today: IsoDate): e is PromiseEntry =>
  e.kind === 'promise' && e.status === 'open' && e.date <= today && sideOf(e) === 'supplier';
const isOpenIncident = (e: Entry, today: IsoDate): e is IncidentEntry =>
  e.kind === 'incident' && e.resolvedOn === null && e.handledWell === null && e.date <= today && sideOf(e) === 'supplier';

/** The entry as a scenario rewrites it (null: left as it is). */
function rewrite(e: Entry, scenario: 'kept' | 'broken' | 'keptAlone', today: IsoDate, to: IsoDate, st: TrustSettings): Entry | null {
  const tomorrow = addDays(today, 1);
  if (isOpenIncident(e, today)) return { ...e, resolvedOn: tomorrow, handledWell: scenario !== 'broken' };
  if (!isOpenPromise(e, today) || e.dueOn === null || e.dueOn > to) return null;
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

/** The scenario's evidence: the journal's, with the rewritten entries' evidence replaced. */
function scenarioEvidence(base: readonly Evidence[], rewritten: readonly Entry[], endDay: number, st: TrustSettings): Evidence[] {
  if (rewritten.length === 0) return base.slice();
  const ids = new Set(rewritten.map((e) => e.id));
  const out = base.filter((x) => !ids.has(x.entryId));
  out.push(...evidenceOf(rewritten, endDay, st));
  return out.sort(compareEvidence);
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
}

export function projection({ entries, facts, today, settings: st }: ProjectionInput): Projection {
  const { to, review, notice } = horizonOf(facts, today);
  const endDay = toDayNumber(to);
  const supplierEntries = entries.filter((e) => sideOf(e) === 'supplier');
  // "Nothing written" is exactly the engine with today moved to the horizon.
  const base = evidenceFromEntries(supplierEntries, to, st, 'supplier');
  const rewrittenFor = (scenario: 'kept' | 'broken') =>
    supplierEntries.flatMap((e) => { const r = rewrite(e, scenario, today, to, st); return r ? [r] : []; });
  const options = { today: to, settings: st, from: today, to };
  const series: Record<ScenarioName, Band> = {
    nothing: seriesFromEvidence(base, options).overall,
    kept: seriesFromEvidence(scenarioEvidence(base, rewrittenFor('kept'), endDay, st), options).overall,
    broken: seriesFromEvidence(scenarioEvidence(base, rewrittenFor('broken'), endDay, st), options).overall,
  };
  const rows: ProjectionRow[] = [];
  for (let k = 0, day = toDayNumber(today); day <= endDay; k++, day++) {
    rows.push({
      date: fromDayNumber(day),
      nothing: series.nothing.trust[k]!, nothingBand: [series.nothing.belief[k]!, series.nothing.plausibility[k]!],
      kept: series.kept.trust[k]!, keptBand: [series.kept.belief[k]!, series.kept.plausibility[k]!],
      broken: series.broken.trust[k]!, brokenBand: [series.broken.belief[k]!, series.broken.plausibility[k]!],
    });
  }
  const last = rows[rows.length - 1]!;
  const restore = openItems(supplierEntries, base, today, to, st);
  const costliest = restore.reduce<OpenItem | null>((m, x) => (x.atStake > (m?.atStake ?? 0) ? x : m), null);
  return { from: today, to, review, notice, rows, end: { nothing: last.nothing, kept: last.kept, broken: last.broken }, restore, costliest };
}

/** Below this (a hundredth of a point) an item neither restores nor costs anything worth naming. */
const NEGLIGIBLE = 1e-4;

/**
 * Each open item on its own: trust at the horizon's end with it kept (or
 * resolved well), and with it broken (or resolved badly), against nothing
 * written. The other items stay as they are.
 */
function openItems(entries: readonly Entry[], base: readonly Evidence[], today: IsoDate, to: IsoDate, st: TrustSettings): OpenItem[] {
  const endDay = toDayNumber(to);
  const nothing = sumsAt(base, endDay, st);
  const trustOfSums = (s: DecayedSums) => opinionsOf(s, st).overall.trust;
  const T0 = trustOfSums(nothing);
  const own = new Map<number, Evidence[]>();
  for (const x of base) {
    let list = own.get(x.entryId);
    if (!list) own.set(x.entryId, (list = []));
    list.push(x);
  }
  const items: OpenItem[] = [];
  for (const e of entries) {
    const kept = rewrite(e, 'keptAlone', today, to, st);
    if (kept === null) continue;
    const broken = rewrite(e, 'broken', today, to, st)!;
    const without = shifted(nothing, sumsAt(own.get(e.id) ?? [], endDay, st), -1);
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
