// The supplier's trust view and its review waterfall: pure functions of the
// supplier, its entries and the settings (the journal only loads those rows,
// db/worker/trust.ts). The supplier's evidence is derived once per view and
// every part (chart, markers, movers, trust now, flag) reads it.
import { addDays, toDayNumber, type IsoDate } from '../dates';
import { JournalError } from '../errors';
import { factsFromEntries, type SupplierFacts } from '../facts';
import type { Entry, Supplier } from '../types';
import type { EntryRef, FlagView, ReviewWaterfallView, SupplierTrustView, TrustMarker } from '../views';
import { effectsFromEvidence } from './effects';
import { evidenceFromEntries, type Evidence } from './evidence';
import { decompose, driversFrom, MAX_DRIVERS, moversFrom, prepared, reviewWaterfall, type Movers } from './explain';
import { supplierFigures } from './figures';
import { trustFlag } from './flags';
import { projection } from './projection';
import { decayedSums, opinionsOf, seriesFromEvidence, toChartRows } from './series';
import type { TrustSettings } from './settings';

export const entryRef = (e: Entry): EntryRef => ({ id: e.id, kind: e.kind, date: e.date, title: e.title, private: e.private });

/** The refs of the entries an explanation names, by id. */
export function refsFor(entries: readonly Entry[], ids: Iterable<number>): Record<number, EntryRef> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const out: Record<number, EntryRef> = {};
  for (const id of ids) {
    const e = byId.get(id);
    if (e) out[id] = entryRef(e);
  }
  return out;
}

const moverIds = (m: Movers): number[] => [...m.down, ...m.up].map((x) => x.entryId);

/** Daily points, coarser only for ranges so long that daily would be thousands of points. */
function stepFor(from: IsoDate, to: IsoDate): number {
  const days = toDayNumber(to) - toDayNumber(from);
  return Math.max(1, Math.ceil(days / 2000));
}

/** The supplier's flag with the entries its reason names (null for an ended relationship). */
export function flagView(
  supplier: Supplier, entries: readonly Entry[], evidence: readonly Evidence[], facts: SupplierFacts, today: IsoDate, settings: TrustSettings,
  lastYear?: readonly number[],
): FlagView | null {
  if (supplier.status !== 'active') return null;
  const flag = trustFlag({ entries, evidence, today, settings, quiet: facts.quiet, lastYear });
  if (flag === null || flag.kind === 'quiet') return flag;
  const byId = new Map(entries.map((e) => [e.id, e]));
  return { ...flag, pulls: flag.pulls.flatMap((m) => { const e = byId.get(m.entryId); return e ? [{ ...entryRef(e), delta: m.delta }] : []; }) };
}

export interface SupplierTrustInput {
  supplier: Supplier;
  /** The supplier's entries, sorted by date (as the journal reads them); private ones already left out when not included. */
  entries: readonly Entry[];
  settings: TrustSettings;
  today: IsoDate;
  /** The charted range (null: from the first entry, to today). */
  from: IsoDate | null;
  to: IsoDate | null;
  includePrivate: boolean;
  /** False: leave the projection out (the manager switched it off). */
  projection?: boolean;
}

export function supplierTrustView(input: SupplierTrustInput): SupplierTrustView {
  const { supplier, entries, settings, today } = input;
  const first = entries[0]?.date ?? addDays(today, -365);
  const to = input.to ?? today;
  const from = input.from ?? (first < to ? first : addDays(to, -90));
  if (from > to) throw new JournalError('validation', 'validation', [{ path: ['to'], key: 'endBeforeStart', params: {} }]);
  const options = { today, settings, from, to, stepDays: stepFor(from, to) };

  // Derived once: every part below reads these.
  const evidence = evidenceFromEntries(entries, today, settings, 'supplier');
  const ours = evidenceFromEntries(entries, today, settings, 'ours');
  const facts = factsFromEntries(supplier, entries, today);

  const byId = new Map(entries.map((e) => [e.id, e]));
  // One marker per entry effect in the range (thousands on a long journal: built as plain literals, in one pass).
  const markers: TrustMarker[] = [];
  for (const m of effectsFromEvidence(evidence, settings)) {
    const e = m.date >= from && m.date <= to ? byId.get(m.entryId) : undefined;
    if (e) markers.push({ id: e.id, kind: e.kind, date: e.date, title: e.title, private: e.private, effectOn: m.date, effect: m.effect, reasons: m.reasons });
  }
  const sums = decayedSums(evidence, toDayNumber(today), settings);
  const period = decompose(prepared(entries, evidence, settings), from, to);
  const movers = moversFrom(period, from, to, 5);
  const drivers = driversFrom(period, from, to);
  return {
    supplierId: supplier.id,
    today,
    from,
    to,
    rows: toChartRows(seriesFromEvidence(evidence, options)),
    conduct: toChartRows(seriesFromEvidence(ours, options)),
    markers,
    movers,
    drivers,
    figures: supplierFigures(supplier, entries, today, 'supplier', facts),
    conductFigures: supplierFigures(supplier, entries, today, 'ours', facts),
    now: opinionsOf(sums, settings).overall,
    flag: flagView(supplier, entries, evidence, facts, today, settings),
    includesPrivate: input.includePrivate,
    reviews: entries.filter((e) => e.kind === 'review' && e.side === 'supplier').map(entryRef),
    projection: input.projection === false ? null : projection({ entries, facts, today, settings, now: { evidence, sums } }),
    entries: refsFor(entries, [...moverIds(movers), ...drivers.top.map((m) => m.entryId)]),
  };
}

/** The waterfall from one of the supplier's reviews to the next (or to today). */
export function reviewWaterfallView(entries: readonly Entry[], reviewId: number, settings: TrustSettings, today: IsoDate): ReviewWaterfallView {
  const review = entries.find((e) => e.id === reviewId && e.kind === 'review' && e.side === 'supplier');
  if (!review) throw new JournalError('not_found', 'entryNotFound');
  const w = reviewWaterfall(entries, review.id, { today, settings, drivers: MAX_DRIVERS });
  const next = entries.find((e) => e.kind === 'review' && e.side === 'supplier' && e.date === w.to && e.id !== review.id) ?? null;
  const ids = w.bars.flatMap((b) => (b.entryId === null ? [] : [b.entryId]));
  return { ...w, review: entryRef(review), nextReview: next ? entryRef(next) : null, entries: refsFor(entries, ids) };
}
