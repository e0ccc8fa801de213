// The effect of each entry on the day its evidence lands, for the chart's
// markers and tooltip: T(day) - T(day without that entry's evidence of that
// day), everything else on the day included. One pass over sorted evidence.
// An overdue promise phases in a little each day: those days make one marker,
// on its first overdue day, with the effect of them all.
import type { IsoDate } from '../dates';
import type { Entry } from '../types';
import { evidenceFromEntries, type Evidence, type Reason } from './evidence';
import { decay, trustOf } from './opinion';
import { DEFAULT_TRUST_SETTINGS, type TrustSettings } from './settings';

export interface EntryEffect {
  entryId: number;
  /** The day the evidence landed (a promise's settlement, an incident's resolution, ...). */
  date: IsoDate;
  /** Change in overall trust caused on that day. */
  effect: number;
  reasons: Reason[];
}

export function entryEffects(entries: readonly Entry[], options: { today: IsoDate; settings?: TrustSettings }): EntryEffect[] {
  const st = options.settings ?? DEFAULT_TRUST_SETTINGS;
  return effectsFromEvidence(evidenceFromEntries(entries, options.today, st, 'supplier'), st);
}

/** The same from the supplier's evidence already derived (sorted, as evidenceFromEntries returns it). */
export function effectsFromEvidence(evidence: readonly Evidence[], st: TrustSettings): EntryEffect[] {
  const out: EntryEffect[] = [];
  const phasingIn = new Map<number, EntryEffect>();
  let R = 0;
  let S = 0;
  let prevDay: number | null = null;
  for (let i = 0; i < evidence.length; ) {
    const day = evidence[i]!.day;
    if (prevDay !== null) {
      const f = decay(day - prevDay, st.halfLifeDays);
      R *= f;
      S *= f;
    }
    prevDay = day;
    // All of this day's evidence, grouped by entry.
    const today = new Map<number, { r: number; s: number; date: IsoDate; reasons: Reason[]; phaseIn: boolean }>();
    for (; i < evidence.length && evidence[i]!.day === day; i++) {
      const e = evidence[i]!;
      R += e.r;
      S += e.s;
      const own = today.get(e.entryId) ?? { r: 0, s: 0, date: e.date, reasons: [], phaseIn: true };
      own.r += e.r;
      own.s += e.s;
      own.phaseIn &&= e.phaseIn;
      if (!own.reasons.some((x) => x.key === e.reason.key && x.params.dimension === e.reason.params.dimension)) own.reasons.push(e.reason);
      today.set(e.entryId, own);
    }
    const with_ = trustOf(Math.max(R, 0), Math.max(S, 0), st.priorWeight, st.baseRate);
    for (const [entryId, own] of today) {
      const without = trustOf(Math.max(R - own.r, 0), Math.max(S - own.s, 0), st.priorWeight, st.baseRate);
      const running = own.phaseIn ? phasingIn.get(entryId) : undefined;
      if (running) {
        running.effect += with_ - without;
        continue;
      }
      const effect: EntryEffect = { entryId, date: own.date, effect: with_ - without, reasons: own.reasons };
      if (own.phaseIn) phasingIn.set(entryId, effect);
      out.push(effect);
    }
  }
  return out;
}
