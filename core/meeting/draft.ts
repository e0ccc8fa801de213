// The draft agenda of a review meeting, drawn from what the journal knows
// (design.md, "The review meeting"): the flag and its reason, overdue and
// soon-due promises of both sides (ours labelled), open incidents, a notice
// deadline or contract end within the horizon, advice to acknowledge, our own
// conduct, and the points the last meeting deferred. Pure: the journal
// (db/worker/meetings.ts) reads the facts, each computed by its one function
// in core/facts; nothing here computes a fact again.
import { addDays, type IsoDate } from '../dates';
import { openOn, overdueOn, type NoticeDeadline, type CurrentTerm } from '../facts';
import type { PromiseFacts } from '../facts';
import type { FlagView } from '../views';
import type { EntryKind, Side } from '../types';
import type { DraftPoint, PointSource } from './types';

/** An entry as the draft reads it. */
export interface DraftEntry extends Omit<PromiseFacts, 'status'> {
  id: number;
  /** Promises: their status (null for other kinds). */
  status: PromiseFacts['status'] | null;
  kind: EntryKind;
  title: string;
  side: Side;
  /** Incidents: the day resolved (null: open). */
  resolvedOn: IsoDate | null;
}

/** A point an earlier meeting deferred. */
export interface DeferredPoint {
  id: number;
  source: PointSource;
  entryId: number | null;
  title: string;
  detail: string;
}

export interface DraftFacts {
  today: IsoDate;
  /** The supplier's flag today (core/trust/flags.ts), null when none. */
  flag: FlagView | null;
  /** core/facts noticeDeadline and currentTerm of the supplier, as of today. */
  notice: NoticeDeadline | null;
  term: CurrentTerm | null;
  autoRenews: boolean;
  /** The supplier's promises, incidents, advice and our own entries. */
  entries: readonly DraftEntry[];
  /** Advice and our own conduct since this day are raised (the last meeting's day, or the last review's). */
  since: IsoDate | null;
  /** The last finished meeting's deferred points. */
  deferred: readonly DeferredPoint[];
  /** The day of the last contract decision taken at a meeting (null: none): a deadline it fell before the warning of is settled by it. */
  decidedOn: IsoDate | null;
}

export interface DraftOptions {
  /** Promises due within this many days are on it (the agenda's upcomingDays). */
  upcomingDays: number;
  /** A notice deadline or a contract end within this many days is on it (the agenda's first warning). */
  noticeDays: number;
}

/** Points about the supplier as a whole: one deferred is the same point when the journal raises it again. */
const SUPPLIER_POINTS: ReadonlySet<PointSource> = new Set(['flag', 'notice', 'contractEnd']);

const point = (source: PointSource, title: string, detailKey: string, detailParams: DraftPoint['detailParams'] = {}, entryId: number | null = null): DraftPoint => ({
  source, entryId, title, detailKey, detailParams, purpose: 'raise', carriedFrom: null,
});

function flagPoint(flag: FlagView): DraftPoint {
  if (flag.kind === 'quiet') return point('flag', '', 'meeting.detail.flagQuiet', { days: flag.days });
  const pulls = flag.pulls.map((p) => p.title).join('; ');
  return point('flag', '', flag.kind === 'eroding' ? 'meeting.detail.flagEroding' : 'meeting.detail.flagBuildingUp', {
    change: Math.round(Math.abs(flag.change) * 100), since: flag.since, pulls,
  }, flag.pulls[0]?.id ?? null);
}

function promisePoints(entries: readonly DraftEntry[], today: IsoDate, upcomingDays: number): DraftPoint[] {
  const horizon = addDays(today, upcomingDays);
  const isPromise = (e: DraftEntry): e is DraftEntry & PromiseFacts => e.kind === 'promise' && e.status !== null;
  const promises = entries.filter(isPromise).filter((e) => openOn(e, today) && e.dueOn !== null && e.dueOn <= horizon);
  // Overdue first (oldest due first), then those coming due; theirs before ours.
  const order = (e: DraftEntry & PromiseFacts) => [overdueOn(e, today) ? 0 : 1, e.side === 'ours' ? 1 : 0, e.dueOn!, e.id] as const;
  promises.sort((a, b) => {
    const x = order(a);
    const y = order(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
  return promises.map((e) => {
    const late = overdueOn(e, today);
    const p = point(e.side === 'ours' ? 'ourPromise' : 'promise', e.title, late ? 'meeting.detail.promiseOverdue' : 'meeting.detail.promiseDue', { dueOn: e.dueOn! }, e.id);
    return late ? p : { ...p, purpose: 'info' as const };
  });
}

/** The draft agenda, in the order it is discussed. */
export function draftAgenda(facts: DraftFacts, options: DraftOptions): DraftPoint[] {
  const { today } = facts;
  const out: DraftPoint[] = [];
  if (facts.flag) out.push(flagPoint(facts.flag));
  out.push(...promisePoints(facts.entries, today, options.upcomingDays));
  for (const e of facts.entries) {
    if (e.kind === 'incident' && e.date <= today && (e.resolvedOn === null || e.resolvedOn > today)) {
      out.push(point('incident', e.title, 'meeting.detail.incidentOpen', { since: e.date }, e.id));
    }
  }
  const horizon = addDays(today, options.noticeDays);
  // A decision taken within the warning before this deadline has dealt with it (the agenda's notice item is settled the same way).
  const decided = (deadline: IsoDate) => facts.decidedOn !== null && facts.decidedOn >= addDays(deadline, -options.noticeDays) && facts.decidedOn <= deadline;
  if (facts.notice && facts.notice.deadline >= today && facts.notice.deadline <= horizon) {
    if (!decided(facts.notice.deadline)) out.push(point('notice', '', 'meeting.detail.notice', { deadline: facts.notice.deadline, termEnd: facts.notice.termEnd }));
  } else if (facts.term && !facts.autoRenews && facts.term.end <= horizon) {
    out.push(point('contractEnd', '', 'meeting.detail.contractEnd', { end: facts.term.end }));
  }
  const recent = (e: DraftEntry) => e.date <= today && (facts.since === null || e.date > facts.since);
  for (const e of facts.entries) {
    if (e.kind === 'advice' && e.side === 'supplier' && recent(e)) out.push(point('advice', e.title, 'meeting.detail.advice', { on: e.date }, e.id));
  }
  for (const e of facts.entries) {
    // Our promises are on it above; the rest of our own conduct is for information.
    if (e.side === 'ours' && e.kind !== 'promise' && recent(e)) out.push({ ...point('conduct', e.title, 'meeting.detail.conduct', { on: e.date }, e.id), purpose: 'info' });
  }
  // The last meeting's deferred points come first after the flag; one about an entry drawn again is that point, carried.
  const carried: DraftPoint[] = [];
  for (const d of facts.deferred) {
    const same = out.findIndex((p) => (SUPPLIER_POINTS.has(d.source) ? p.source === d.source : d.entryId !== null && p.entryId === d.entryId && p.source !== 'flag'));
    if (same >= 0) {
      out[same] = { ...out[same]!, carriedFrom: d.id };
      continue;
    }
    carried.push({ ...point('deferred', d.title, 'meeting.detail.deferred', { detail: d.detail }, d.entryId), carriedFrom: d.id });
  }
  const flagCount = facts.flag ? 1 : 0;
  return [...out.slice(0, flagCount), ...carried, ...out.slice(flagCount)];
}
