// Entries -> evidence items (design.md, "Trust model", points 1-3 and 6).
// Each item is dated on the event it records and carries its undecayed
// weights; decay is applied later, at the date trust is read.
import type { IsoDate } from '../dates';
import { fromDayNumber, toDayNumber } from '../dates';
import { decay } from './opinion';
import type { CausedBy, Entry, PromiseEntry, Severity } from '../types';
import type { TrustSettings } from './settings';

export const DIMENSIONS = ['ability', 'integrity', 'benevolence'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Whose conduct an entry records. The two never mix. */
export type ConductSide = 'supplier' | 'ours';

/** Translation keys for the reasons; the renderer translates them (params: title, and per key below). */
export const REASON_KEYS = [
  'keptResultPromise', // params: title, obligation, inContract
  'keptEffortPromise',
  'keptLatePromise',
  'brokenResultPromise',
  'brokenEffortPromise',
  'overduePromise', // + dueOn: open past its due date, phasing in as broken
  'overduePromiseSettled', // + dueOn: the provisional "broken" ends on settlement
  'renegotiatedPromise', // + late: renegotiated after the due date had passed
  'withdrawnPromise', // + late
  'incident', // params: title, severity
  'incidentHandledWell', // params: title
  'incidentHandledBadly', // params: title
  'interactionPositive', // params: title, channel
  'interactionNeutral',
  'interactionNegative',
  'advice', // params: title
  'review', // params: title, dimension, score
] as const;
export type ReasonKey = (typeof REASON_KEYS)[number];

export interface Reason {
  key: ReasonKey;
  params: Record<string, string | number | boolean>;
}

export interface Evidence {
  /** Day number (days since 1970-01-01) of `date`, for arithmetic. */
  day: number;
  date: IsoDate;
  dimension: Dimension;
  /** Positive weight, undecayed. */
  r: number;
  /**
   * Negative weight, undecayed, asymmetry factor already applied. It is below
   * zero only for the retraction that ends an overdue promise's provisional
   * "broken" evidence when the promise is settled (see promiseEvidence).
   */
  s: number;
  entryId: number;
  reason: Reason;
  /** A day of an overdue promise phasing in (one item per day overdue, until fully broken). */
  phaseIn: boolean;
}

/** Our own conduct: entries written about us, and incidents we caused. */
export function sideOf(entry: Pick<Entry, 'kind' | 'side'> & { causedBy?: CausedBy | null }): ConductSide {
  if (entry.side === 'ours') return 'ours';
  if (entry.kind === 'incident' && entry.causedBy === 'ours') return 'ours';
  return 'supplier';
}

/**
 * All evidence from the entries on one side, sorted by day (ties by entry id,
 * then dimension) so the result does not depend on the order entries arrive.
 * `today` decides which open promises are overdue.
 */
export function evidenceFromEntries(
  entries: readonly Entry[],
  today: IsoDate,
  settings: TrustSettings,
  side: ConductSide = 'supplier',
): Evidence[] {
  const out: Evidence[] = [];
  const todayDay = toDayNumber(today);
  for (const entry of entries) {
    if (sideOf(entry) !== side) continue;
    entryEvidence(entry, todayDay, settings, out);
  }
  out.sort(compareEvidence);
  return out;
}

const DIMENSION_ORDER: Record<Dimension, number> = { ability: 0, integrity: 1, benevolence: 2 };

export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.day - b.day || a.entryId - b.entryId || DIMENSION_ORDER[a.dimension] - DIMENSION_ORDER[b.dimension] || a.s - b.s || a.r - b.r;
}

/** Appends the evidence of one entry (whatever its side) to `out`. */
export function entryEvidence(entry: Entry, todayDay: number, st: TrustSettings, out: Evidence[]): void {
  const push: Push = (date, dimension, r, s, reason, phaseIn, day) => {
    if (r === 0 && s === 0) return;
    out.push({ day: day ?? toDayNumber(date), date, dimension, r, s, entryId: entry.id, reason, phaseIn: phaseIn === true });
  };
  const neg = (w: number) => w * st.asymmetry;
  const title = entry.title;
  const day = toDayNumber(entry.date);

  switch (entry.kind) {
    case 'promise':
      promiseEvidence(entry, todayDay, st, push);
      return;
    case 'incident': {
      const w = severityWeight(entry.severity, st);
      push(entry.date, 'ability', 0, neg(w), { key: 'incident', params: { title, severity: entry.severity } }, false, day);
      // Handling is judged when the incident is over; unresolved but already
      // judged handling counts from the incident's date.
      const judgedOn = entry.resolvedOn ?? entry.date;
      if (entry.handledWell === true) {
        push(judgedOn, 'ability', st.incidentHandledWell, 0, { key: 'incidentHandledWell', params: { title } });
      } else if (entry.handledWell === false) {
        push(judgedOn, 'ability', 0, neg(st.incidentHandledBadly), { key: 'incidentHandledBadly', params: { title } });
      }
      return;
    }
    case 'interaction': {
      const params = { title, channel: entry.channel };
      if (entry.tone === 'positive') push(entry.date, 'benevolence', st.interactionPositive, 0, { key: 'interactionPositive', params }, false, day);
      else if (entry.tone === 'neutral') push(entry.date, 'benevolence', st.interactionNeutral, 0, { key: 'interactionNeutral', params }, false, day);
      else push(entry.date, 'benevolence', 0, neg(st.interactionNegative), { key: 'interactionNegative', params }, false, day);
      return;
    }
    case 'advice':
      push(entry.date, 'benevolence', st.advice, 0, { key: 'advice', params: { title } }, false, day);
      return;
    case 'review': {
      const scored: [Dimension, number][] = [];
      if (entry.scoreAbility != null) scored.push(['ability', entry.scoreAbility]);
      if (entry.scoreIntegrity != null) scored.push(['integrity', entry.scoreIntegrity]);
      if (entry.scoreBenevolence != null) scored.push(['benevolence', entry.scoreBenevolence]);
      // In total r = score - 1 and s = 5 - score, split evenly: each scored
      // dimension gets its own score's share, so a review weighs 4 in all.
      // No asymmetry factor: a score is already the manager's balanced judgment.
      const share = st.reviewFactor / scored.length;
      for (const [dimension, score] of scored) {
        push(entry.date, dimension, (score - 1) * share, (5 - score) * share, { key: 'review', params: { title, dimension, score } }, false, day);
      }
      return;
    }
    case 'note':
      return;
  }
}

function severityWeight(severity: Severity, st: TrustSettings): number {
  switch (severity) {
    case 'low': return st.incidentLow;
    case 'medium': return st.incidentMedium;
    case 'high': return st.incidentHigh;
    case 'critical': return st.incidentCritical;
  }
}

type Push = (date: IsoDate, dimension: Dimension, r: number, s: number, reason: Reason, phaseIn?: boolean, day?: number) => void;

/**
 * Promises. Effort promises are integrity evidence; a result promise's
 * evidence is split between ability and integrity (delivering the result is
 * competence too).
 * - An open promise past its due date phases in as broken: one item a day,
 *   each 1/phaseInDays of the broken weight, so it counts fully broken after
 *   phaseInDays (28: a quarter a week).
 * - Once settled, what had phased in is retracted on the settlement date (an
 *   item with the exact opposite decayed weight, so the running sums cancel)
 *   and the settled evidence takes over.
 * - Kept late is graded by the days late, never worse than broken.
 * - Withdrawn is treated like renegotiated: free before the due date, a small
 *   negative after it (the supplier let the date pass first).
 * - A promise without a due date never becomes overdue.
 */
function promiseEvidence(p: PromiseEntry, todayDay: number, st: TrustSettings, push: Push): void {
  const title = p.title;
  const result = p.obligation === 'result';
  const params = { title, obligation: p.obligation, inContract: p.inContract };
  const abilityShare = result ? st.resultPromiseAbilityShare : 0;
  const split: Push = (date, _dimension, r, s, reason, phaseIn, day) => {
    if (abilityShare > 0) push(date, 'ability', r * abilityShare, s * abilityShare, reason, phaseIn, day);
    if (abilityShare < 1) push(date, 'integrity', r * (1 - abilityShare), s * (1 - abilityShare), reason, phaseIn, day);
  };
  const brokenWeight = (result ? st.promiseBrokenResult : st.promiseBrokenEffort) * (p.inContract ? st.promiseInContractFactor : 1);
  const brokenS = brokenWeight * st.asymmetry;
  const dueDay = p.dueOn === null ? null : toDayNumber(p.dueOn);
  const settled = p.status !== 'open' && p.settledOn !== null;
  const settledDay = settled ? toDayNumber(p.settledOn!) : null;

  // Days overdue while still open: after the due date, before settlement, up to today.
  if (dueDay !== null) {
    const phase = st.promiseOverduePhaseInDays;
    const lastOpenDay = Math.min(dueDay + phase, todayDay, settledDay === null ? todayDay : settledDay - 1);
    if (lastOpenDay > dueDay) {
      const overdueParams = { ...params, dueOn: p.dueOn! };
      const daily = brokenS / phase;
      const reason: Reason = { key: 'overduePromise', params: overdueParams };
      let phasedIn = 0;
      for (let day = dueDay + 1; day <= lastOpenDay; day++) {
        split(fromDayNumber(day), 'integrity', 0, daily, reason, true, day);
        if (settledDay !== null) phasedIn += daily * decay(settledDay - day, st.halfLifeDays);
      }
      if (settledDay !== null) {
        split(p.settledOn!, 'integrity', 0, -phasedIn, { key: 'overduePromiseSettled', params: overdueParams }, false, settledDay);
      }
    }
  }
  if (!settled) return;

  const settledOn = p.settledOn!;
  const daysLate = dueDay !== null && settledDay! > dueDay ? settledDay! - dueDay : 0;
  switch (p.status) {
    case 'kept':
      split(settledOn, 'integrity', result ? st.promiseKeptResult : st.promiseKeptEffort, 0, {
        key: result ? 'keptResultPromise' : 'keptEffortPromise', params,
      }, false, settledDay!);
      return;
    case 'kept_late': {
      const lateWeight = Math.min(st.promiseKeptLateNegative + st.promiseKeptLatePerDay * daysLate, brokenWeight);
      split(settledOn, 'integrity', st.promiseKeptLatePositive, lateWeight * st.asymmetry, { key: 'keptLatePromise', params: { ...params, daysLate } }, false, settledDay!);
      return;
    }
    case 'broken':
      split(settledOn, 'integrity', 0, brokenS, { key: result ? 'brokenResultPromise' : 'brokenEffortPromise', params }, false, settledDay!);
      return;
    case 'renegotiated':
    case 'withdrawn': {
      const late = daysLate > 0;
      const w = late ? st.promiseRenegotiatedLate : st.promiseRenegotiatedEarly;
      const key = p.status === 'renegotiated' ? 'renegotiatedPromise' : 'withdrawnPromise';
      split(settledOn, 'integrity', 0, w * st.asymmetry, { key, params: { ...params, late } }, false, settledDay!);
      return;
    }
  }
}
