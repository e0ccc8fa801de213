// What the trust methods of the contract hand the screens: series already
// computed by the engine, with the titles the explanations link to.
import type { IsoDate } from './dates';
import type { ChartRow } from './trust/series';
import type { Movers, Waterfall } from './trust/explain';
import type { SupplierFigures } from './trust/figures';
import type { Reason } from './trust/evidence';
import type { Opinion } from './trust/opinion';
import type { EntryKind } from './types';

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
  figures: SupplierFigures;
  conductFigures: SupplierFigures;
  now: Opinion;
  reviews: EntryRef[];
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
  /** Trust today minus trust 90 days ago. */
  change90: number;
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
