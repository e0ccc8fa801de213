// The portfolio (the overview's dashboard): one row per supplier, each
// computed on its own from that supplier's entries, and the comparison of
// their lines. A row depends on nothing but its own supplier, so it can be
// kept and recomputed one supplier at a time.
import { fromDayNumber, toDayNumber, type IsoDate } from '../dates';
import { factsFromEntries } from '../facts';
import type { Entry, Supplier } from '../types';
import type { PortfolioRow, PortfolioView } from '../views';
import { evidenceFromEntries } from './evidence';
import { supplierFigures } from './figures';
import { projectedAtReview } from './projection';
import { decayedSums, seriesFromEvidence } from './series';
import type { TrustSettings } from './settings';
import { flagView } from './supplier-view';

/**
 * How lines are computed: lines kept in a journal (db/worker/overview.ts) are
 * used only when computed the same way. Raise it with any change to what a
 * line holds or how it is computed (the engine, the flags, the figures).
 */
export const LINE_VERSION = 2;

const SPARK_WEEKS = 52;
const COMPARISON_WEEKS = 104;

// The lines of the overview need no more than a hundredth of a point; the
// payload for 200 suppliers is then half the size.
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** One supplier's row and its line in the comparison chart (weekly trust over two years, ending today). */
export interface PortfolioLine {
  row: PortfolioRow;
  comparison: number[];
}

/** The comparison chart's dates: weekly, ending today. */
export function comparisonDates(today: IsoDate): IsoDate[] {
  const start = toDayNumber(today) - COMPARISON_WEEKS * 7;
  return Array.from({ length: COMPARISON_WEEKS + 1 }, (_, k) => fromDayNumber(start + k * 7));
}

/**
 * One supplier's row. One daily pass over two years serves it all: the
 * comparison line and the sparkline (weekly points ending today), the exact
 * 90-day change and the flag. The evidence is derived once.
 */
export function portfolioLine(supplier: Supplier, entries: readonly Entry[], settings: TrustSettings, today: IsoDate): PortfolioLine {
  const from = fromDayNumber(toDayNumber(today) - COMPARISON_WEEKS * 7);
  const evidence = evidenceFromEntries(entries, today, settings, 'supplier');
  const series = seriesFromEvidence(evidence, { today, settings, from, to: today });
  const facts = factsFromEntries(supplier, entries, today);
  const trust = series.overall.trust;
  const last = trust.length - 1;
  const weekly = Array.from({ length: COMPARISON_WEEKS + 1 }, (_, k) => trust[k * 7]!);
  return {
    row: {
      id: supplier.id,
      name: supplier.name,
      category: supplier.category,
      status: supplier.status,
      entryCount: entries.length,
      now: {
        trust: trust[last]!,
        belief: series.overall.belief[last]!,
        plausibility: series.overall.plausibility[last]!,
        disbelief: 1 - series.overall.plausibility[last]!,
        uncertainty: series.overall.uncertainty[last]!,
      },
      change90: trust[last]! - trust[last - 90]!,
      projected: projectedAtReview(entries, facts, today, settings, { evidence, sums: decayedSums(evidence, toDayNumber(today), settings) }),
      flag: flagView(supplier, entries, evidence, facts, today, settings, trust.slice(last - 365)),
      spark: weekly.slice(-(SPARK_WEEKS + 1)).map(round4),
      figures: supplierFigures(supplier, entries, today, 'supplier', facts),
    },
    comparison: weekly.map(round4),
  };
}

/** The portfolio from its suppliers' lines, in the order given. */
export function portfolioView(lines: readonly PortfolioLine[], today: IsoDate): PortfolioView {
  const series: PortfolioView['comparison']['series'] = {};
  for (const l of lines) series[l.row.id] = l.comparison;
  return { today, suppliers: lines.map((l) => l.row), comparison: { dates: comparisonDates(today), series } };
}

/** Every supplier's entries, by supplier (entries in the order given). */
export function entriesBySupplier(entries: readonly Entry[]): Map<number, Entry[]> {
  const out = new Map<number, Entry[]>();
  for (const e of entries) {
    let list = out.get(e.supplierId);
    if (!list) out.set(e.supplierId, (list = []));
    list.push(e);
  }
  return out;
}
