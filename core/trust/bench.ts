// A speed probe for the series engine, called by scripts/bench-engine.mjs (and
// later by the project's bench script). It takes the journal and a clock from
// the caller, so the engine itself never reads the time.
import type { Entry, Supplier } from '../types';
import type { IsoDate } from '../dates';
import { trustSeries } from './series';

export interface EngineBenchInput {
  suppliers: readonly Supplier[];
  entries: readonly Entry[];
  from: IsoDate;
  to: IsoDate;
}

export interface EngineBenchResult {
  suppliers: number;
  entries: number;
  points: number;
  /** Milliseconds for every supplier's series (best of `runs`). */
  bestMs: number;
  runsMs: number[];
}

export function runEngineBench(
  journal: EngineBenchInput, now: () => number, options: { stepDays?: number; runs?: number } = {},
): EngineBenchResult {
  const bySupplier = new Map<number, Entry[]>();
  for (const s of journal.suppliers) bySupplier.set(s.id, []);
  for (const e of journal.entries) bySupplier.get(e.supplierId)?.push(e);
  const runsMs: number[] = [];
  let points = 0;
  for (let run = 0; run < (options.runs ?? 5); run++) {
    points = 0;
    const t0 = now();
    for (const list of bySupplier.values()) {
      const series = trustSeries(list, { from: journal.from, to: journal.to, today: journal.to, stepDays: options.stepDays ?? 1 });
      points += series.dates.length;
    }
    runsMs.push(now() - t0);
  }
  return { suppliers: bySupplier.size, entries: journal.entries.length, points, bestMs: Math.min(...runsMs), runsMs };
}
