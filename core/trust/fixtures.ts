// Entry builders and fast-check arbitraries for the engine's tests. Kept out
// of *.test.ts so several test files can share them; nothing else imports it.
import fc from 'fast-check';
import type { IsoDate } from '../dates';
import { fromDayNumber, toDayNumber } from '../dates';
import { kindDefaults } from '../entry-fields';
import type {
  AdviceEntry, Entry, IncidentEntry, InteractionEntry, NoteEntry, PromiseEntry, ReviewEntry,
} from '../types';

const STAMP = '2024-01-01T00:00:00.000Z';

function common(id: number, date: IsoDate, over: Partial<Entry> = {}) {
  return {
    id, supplierId: 1, date, title: `entry ${id}`, body: '', tags: [], private: false, side: 'supplier' as const, followUpOn: null,
    createdAt: STAMP, updatedAt: STAMP, ...over,
  };
}

export const promise = (id: number, date: IsoDate, over: Partial<PromiseEntry> = {}): PromiseEntry => ({
  ...common(id, date), kind: 'promise', dueOn: null, obligation: 'result', inContract: false, status: 'open', settledOn: null, ...over,
});
export const incident = (id: number, date: IsoDate, over: Partial<IncidentEntry> = {}): IncidentEntry => ({
  ...common(id, date), kind: 'incident', ...kindDefaults('incident'), severity: 'medium', resolvedOn: null, causedBy: 'supplier', handledWell: null, ...over,
});
export const interaction = (id: number, date: IsoDate, over: Partial<InteractionEntry> = {}): InteractionEntry => ({
  ...common(id, date), kind: 'interaction', channel: 'call', tone: 'neutral', ...over,
});
export const advice = (id: number, date: IsoDate, over: Partial<AdviceEntry> = {}): AdviceEntry => ({ ...common(id, date), kind: 'advice', ...over });
export const note = (id: number, date: IsoDate): NoteEntry => ({ ...common(id, date), kind: 'note' });
export const review = (id: number, date: IsoDate, over: Partial<ReviewEntry> = {}): ReviewEntry => ({
  ...common(id, date), kind: 'review', scoreAbility: null, scoreIntegrity: null, scoreBenevolence: null, ...over,
});

/** The window the arbitraries draw dates from: 2023-01-01 .. 2024-12-31. */
export const WINDOW_FROM = '2023-01-01';
export const WINDOW_TO = '2024-12-31';
const FIRST = toDayNumber(WINDOW_FROM);
const SPAN = toDayNumber(WINDOW_TO) - FIRST;

const dayArb = fc.integer({ min: 0, max: SPAN });
const side = fc.constantFrom<'supplier' | 'ours'>('supplier', 'supplier', 'supplier', 'ours');
const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });

/** Any valid entry (cross-field rules of schemas.ts respected), id assigned later. */
export const entryArb: fc.Arbitrary<(id: number) => Entry> = fc.oneof(
  fc.record({
    d: dayArb, side, dueIn: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), settleIn: fc.integer({ min: 0, max: 90 }),
    obligation: fc.constantFrom('result', 'effort' as const), inContract: fc.boolean(),
    status: fc.constantFrom('open', 'kept', 'kept_late', 'broken', 'renegotiated', 'withdrawn' as const),
  }).map((p) => (id: number) => promise(id, fromDayNumber(FIRST + p.d), {
    side: p.side, dueOn: p.dueIn === null ? null : fromDayNumber(FIRST + p.d + p.dueIn), obligation: p.obligation,
    inContract: p.inContract, status: p.status, settledOn: p.status === 'open' ? null : fromDayNumber(FIRST + p.d + p.settleIn),
  })),
  fc.record({
    d: dayArb, side, severity: fc.constantFrom('low', 'medium', 'high', 'critical' as const),
    resolveIn: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), handledWell: fc.constantFrom(true, false, null),
    causedBy: fc.constantFrom('supplier', 'supplier', 'ours', 'third_party' as const),
  }).map((p) => (id: number) => incident(id, fromDayNumber(FIRST + p.d), {
    side: p.side, severity: p.severity, resolvedOn: p.resolveIn === null ? null : fromDayNumber(FIRST + p.d + p.resolveIn),
    handledWell: p.handledWell, causedBy: p.causedBy,
  })),
  fc.record({ d: dayArb, side, tone: fc.constantFrom('positive', 'neutral', 'negative' as const) })
    .map((p) => (id: number) => interaction(id, fromDayNumber(FIRST + p.d), { side: p.side, tone: p.tone })),
  fc.record({ d: dayArb, side }).map((p) => (id: number) => advice(id, fromDayNumber(FIRST + p.d), { side: p.side })),
  fc.record({ d: dayArb }).map((p) => (id: number) => note(id, fromDayNumber(FIRST + p.d))),
  fc.record({ d: dayArb, side, a: score, i: score, b: fc.integer({ min: 1, max: 5 }) })
    .map((p) => (id: number) => review(id, fromDayNumber(FIRST + p.d), { side: p.side, scoreAbility: p.a, scoreIntegrity: p.i, scoreBenevolence: p.b })),
);

/** A journal of distinct ids 1..n. */
export const journalArb = (maxLength = 40): fc.Arbitrary<Entry[]> =>
  fc.array(entryArb, { maxLength }).map((makers) => makers.map((make, k) => make(k + 1)));

/** A date in or somewhat after the window. */
export const dateArb: fc.Arbitrary<IsoDate> = fc.integer({ min: 0, max: SPAN + 400 }).map((d) => fromDayNumber(FIRST + d));

/** Entries whose evidence for the supplier is negative only. */
export const negativeEntryArb: fc.Arbitrary<(id: number) => Entry> = fc.oneof(
  fc.record({ d: dayArb, severity: fc.constantFrom('low', 'medium', 'high', 'critical' as const), handled: fc.constantFrom(false, null) })
    .map((p) => (id: number) => incident(id, fromDayNumber(FIRST + p.d), { severity: p.severity, handledWell: p.handled })),
  dayArb.map((d) => (id: number) => interaction(id, fromDayNumber(FIRST + d), { tone: 'negative' })),
  fc.record({ d: dayArb, due: fc.integer({ min: 0, max: 60 }), settle: fc.integer({ min: 0, max: 90 }), obligation: fc.constantFrom('result', 'effort' as const), inContract: fc.boolean(), status: fc.constantFrom('open', 'broken', 'renegotiated', 'withdrawn' as const) })
    .map((p) => (id: number) => promise(id, fromDayNumber(FIRST + p.d), {
      dueOn: fromDayNumber(FIRST + p.d + p.due), obligation: p.obligation, inContract: p.inContract, status: p.status,
      settledOn: p.status === 'open' ? null : fromDayNumber(FIRST + p.d + p.settle),
    })),
  fc.record({ d: dayArb, s: fc.integer({ min: 1, max: 1 }) }).map((p) => (id: number) => review(id, fromDayNumber(FIRST + p.d), { scoreIntegrity: p.s })),
);

/** Entries whose evidence for the supplier is positive only. */
export const positiveEntryArb: fc.Arbitrary<(id: number) => Entry> = fc.oneof(
  dayArb.map((d) => (id: number) => advice(id, fromDayNumber(FIRST + d))),
  fc.record({ d: dayArb, tone: fc.constantFrom('positive', 'neutral' as const) }).map((p) => (id: number) => interaction(id, fromDayNumber(FIRST + p.d), { tone: p.tone })),
  fc.record({ d: dayArb, due: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }), early: fc.integer({ min: 0, max: 60 }), obligation: fc.constantFrom('result', 'effort' as const) })
    .map((p) => (id: number) => {
      // Kept on or before the due date: never overdue, so no provisional negative.
      const settle = p.due === null ? p.early : Math.min(p.due, p.early);
      return promise(id, fromDayNumber(FIRST + p.d), {
        dueOn: p.due === null ? null : fromDayNumber(FIRST + p.d + p.due), obligation: p.obligation, status: 'kept', settledOn: fromDayNumber(FIRST + p.d + settle),
      });
    }),
  dayArb.map((d) => (id: number) => review(id, fromDayNumber(FIRST + d), { scoreAbility: 5, scoreBenevolence: 5 })),
);
