// Figures for issue "Where it is heading": what the projection adds to one
// supplier's trust view (target < 20%) and to the portfolio (target < 30%),
// on the synthetic journals of part 1 in real files. Printed, never asserted:
// this machine is shared and noisy, so compare the ratios of one run.
// Run through scripts/bench.mjs (npm run bench, or npm run bench -- --projection).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { toDayNumber } from '../../core/dates';
import { factsFromEntries } from '../../core/facts';
import { evidenceFromEntries } from '../../core/trust/evidence';
import { entriesBySupplier, portfolioLine } from '../../core/trust/portfolio';
import { projectedAtReview } from '../../core/trust/projection';
import { decayedSums } from '../../core/trust/series';
import { supplierTrustView } from '../../core/trust/supplier-view';
import { openJournal } from '../../db/worker/journal';
import { supplierFromRow, type SupplierRow } from '../../db/worker/rows';
import { readTrustSettings, trustEntries } from '../../db/worker/trust';
import { fill } from './engine-vs-scan';

/** Medians of `runs` timings of each, taken in turn after a warm-up (so both meet the same machine and the same JIT). */
function medians(runs: number, ...fns: (() => void)[]): number[] {
  for (let i = 0; i < 3; i++) for (const fn of fns) fn();
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const t0 = performance.now();
      fn();
      times[k]!.push(performance.now() - t0);
    });
  }
  return times.map((t) => t.sort((x, y) => x - y)[Math.floor(runs / 2)]!);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const pct = (added: number, base: number) => `${((added / base) * 100).toFixed(0)}%`;

export async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-projection-'));
  try {
    const runs = 15;
    // ---- one supplier's view: 5,000 entries over two years ----
    const one = await openJournal(path.join(dir, 'one.sqlite'), { shell: 'browser' });
    const big = fill(one, 1, 2, 48, 7);
    const settings = readTrustSettings(one.db);
    const supplier = supplierFromRow(one.db.prepare('SELECT * FROM suppliers WHERE id = 1').get() as SupplierRow);
    const entries = trustEntries(one.db, 1);
    const view = (projection: boolean) => () =>
      void supplierTrustView({ supplier, entries, settings, today: big.today, from: null, to: null, includePrivate: true, projection });
    const [without, withIt] = medians(runs, view(false), view(true)) as [number, number];
    console.log(`\nWhere it is heading (projection), 1 supplier, ${big.count.toLocaleString('en')} entries, median of ${runs}:`);
    console.log(`  the supplier's trust view without    ${ms(without)}`);
    console.log(`  ... with the projection               ${ms(withIt)}   adds ${pct(withIt - without, without)}   (target < 20%)`);
    one.close();

    // ---- the portfolio: 200 suppliers, about 100,000 entries ----
    const many = await openJournal(path.join(dir, 'portfolio.sqlite'), { shell: 'browser' });
    const { today } = fill(many, 200, 2, 4.8, 42);
    const manySettings = readTrustSettings(many.db);
    const suppliers = (many.db.prepare('SELECT * FROM suppliers').all() as SupplierRow[]).map(supplierFromRow);
    const bySupplier = entriesBySupplier(trustEntries(many.db, null));
    const lists = suppliers.map((s) => ({ s, list: bySupplier.get(s.id) ?? [] }));
    const portfolio = () => { for (const { s, list } of lists) portfolioLine(s, list, manySettings, today); };
    // The row's projected figure on its own, from what the line has already (its evidence), as portfolioLine computes it.
    const prepared = lists.map(({ s, list }) => ({ list, facts: factsFromEntries(s, list, today), evidence: evidenceFromEntries(list, today, manySettings, 'supplier') }));
    const projectedOnly = () => {
      for (const { list, facts, evidence } of prepared) {
        projectedAtReview(list, facts, today, manySettings, { evidence, sums: decayedSums(evidence, toDayNumber(today), manySettings) });
      }
    };
    const [lines, projected] = medians(7, portfolio, projectedOnly) as [number, number];
    const base = lines - projected;
    console.log(`  the portfolio's 200 lines, with it   ${ms(lines)}   (${bySupplier.size} suppliers, ${[...bySupplier.values()].reduce((n, l) => n + l.length, 0).toLocaleString('en')} entries)`);
    console.log(`  ... of which projected trust          ${ms(projected)}   so without ${ms(base)}: adds ${pct(projected, base)}   (target < 30%)`);
    many.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
