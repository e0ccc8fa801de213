// What the trust methods of the contract hand the screens: series already
// computed by the engine, with the titles the explanations link to.
import type { IsoDate } from './dates';
import type { ChartRow } from './trust/series';
import type { Drivers, Movers, Waterfall } from './trust/explain';
import type { Projection } from './trust/projection';
import type { SupplierFigures } from './trust/figures';
import type { Reason } from './trust/evidence';
import type { Opinion } from './trust/opinion';
import type { EntryKind, Supplier } from './types';
import type { SupplierFacts } from './facts/supplier';

export interface EntryRef {
  id: number;
  kind: EntryKind;
  date: IsoDate;
  title: string;
  private: boolean;
}

export interface TrustMarker extends EntryRef {
  /** The day the entry's evidence landed (may be later than its date, e.g. a settlement). */
  effectOn: IsoDate;
  effect: number;
  reasons: Reason[];
}

/** A flag a manager can act on (core/trust/flags.ts), with the entries its reason names. */
export type FlagView =
  | {
    kind: 'eroding' | 'buildingUp';
    /** Trust today minus the 12-month high (eroding) or low (building up). */
    change: number;
    extreme: number;
    /** The last day of that high (or low). */
    since: IsoDate;
    /** The (at most two) entries that pulled most that way since then. */
    pulls: (EntryRef & { delta: number })[];
  }
  | { kind: 'quiet'; lastEntryOn: IsoDate | null; days: number };

export interface SupplierTrustView {
  supplierId: number;
  today: IsoDate;
  from: IsoDate;
  to: IsoDate;
  /** Daily (or coarser for very long ranges) rows for the chart. */
  rows: ChartRow[];
  /** Our own conduct as a client, kept apart from the supplier's trust. */
  conduct: ChartRow[];
  markers: TrustMarker[];
  movers: Movers;
  /** The change over the range as at most four drivers, the rest and fading, adding up to it. */
  drivers: Drivers;
  figures: SupplierFigures;
  conductFigures: SupplierFigures;
  now: Opinion;
  /** Null for an ended relationship, or when nothing calls for a flag. */
  flag: FlagView | null;
  /** False when private entries were left out of everything above (a pack that leaves them out). */
  includesPrivate: boolean;
  reviews: EntryRef[];
  /** Where trust is heading from today (null when the manager switched it off). */
  projection: Projection | null;
  /** Entries the explanations point at. */
  entries: Record<number, EntryRef>;
}

export interface ReviewWaterfallView extends Waterfall {
  review: EntryRef;
  nextReview: EntryRef | null;
  entries: Record<number, EntryRef>;
}

export interface PortfolioRow {
  id: number;
  name: string;
  category: string;
  status: 'active' | 'ended';
  entryCount: number;
  now: Opinion;
  /** Trust today minus trust 90 days ago, both read on their exact day. */
  change90: number;
  flag: FlagView | null;
  /** Trust at the next review (or in 90 days) if nothing is written. */
  projected: { on: IsoDate; trust: number };
  /** Weekly trust over the last year, oldest first. */
  spark: number[];
  figures: SupplierFigures;
}

export interface PortfolioView {
  today: IsoDate;
  suppliers: PortfolioRow[];
  /** Weekly trust of every supplier over the comparison range. */
  comparison: { dates: IsoDate[]; series: Record<number, number[]> };
}

/** A supplier with the counts the lists and the dashboard show at a glance. */
export interface SupplierSummary extends Supplier {
  entryCount: number;
  /** The supplier's open promises (the load it carries): facts.promises.open. */
  openPromises: number;
  /** Open promises we made to the supplier: listed beside theirs, never in their load. */
  ourOpenPromises: number;
  overduePromises: number;
  openIncidents: number;
  /** The last entry on or before today: facts.lastEntryOn. */
  lastEntryOn: IsoDate | null;
  lastReviewOn: IsoDate | null;
  /** Its facts today (core/facts), as every other place shows them. */
  facts: SupplierFacts;
}
