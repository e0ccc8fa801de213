// The locked journal against the plain one (issue 24), side by side in one
// run: the same journal (200 suppliers, about 100,000 entries) plain and
// locked with SQLCipher (db/worker/lock/convert.ts made the locked copy),
// the two measured in turn so both meet the same load: the portfolio
// uncached, the biggest supplier's view, and the p95 of the search bench's
// typical queries. Printed, never asserted. `npm run bench -- --locked`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../core/dispatch';
import { newKey } from '../../db/common/lock/key-crypto';
import { planConversion } from '../../db/shell/lock/plans';
import { openJournal, type Journal } from '../../db/worker/journal';
import { convertJournal, type ConvertPlan } from '../../db/worker/lock/convert';
import { computePortfolio, supplierTrust } from '../../db/worker/trust';
import { fill } from './engine-vs-scan';
import { QUERIES } from './search';

const pct = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const ms = (x: number) => `${x.toFixed(1).padStart(7)} ms`;

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** `runs` rounds, plain and locked in turn (the order swapped each round). */
function inTurn(journals: [Journal, Journal], runs: number, fn: (j: Journal) => void): [number[], number[]] {
  const out: [number[], number[]] = [[], []];
  for (let r = 0; r < runs; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) out[i]!.push(timed(() => fn(journals[i]!)));
  }
  return out;
}

export async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-locked-'));
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const plainFile = path.join(dir, 'plain.sqlite');
  const lockedFile = path.join(dir, 'locked.sqlite');
  const made = await openJournal(plainFile, { shell: 'browser' });
  const { today, count } = fill(made, 200, 2, 4.8, 42);
  made.close();
  fs.copyFileSync(plainFile, lockedFile);
  const key = newKey();
  const t0 = performance.now();
  await convertJournal({ ...planConversion(null, null, { key, wrapped: { keychain: 'YmVuY2g=' } }, null), dataFile: lockedFile } as ConvertPlan);
  const convertMs = performance.now() - t0;
  const plain = await openJournal(plainFile, { shell: 'browser', today: () => today });
  const locked = await openJournal(lockedFile, { shell: 'browser', today: () => today, key: key.toString('hex') });
  const journals: [Journal, Journal] = [plain, locked];
  const biggest = plain.db.prepare('SELECT supplier_id FROM entries GROUP BY supplier_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;

  const portfolio = inTurn(journals, 7, (j) => void computePortfolio(j.db, today));
  const view = inTurn(journals, 15, (j) => void supplierTrust(j.db, { supplierId: biggest, from: null, to: null, includePrivate: true }, today));
  const search = inTurn(journals, 3, (j) => {
    for (const query of QUERIES) {
      const r = dispatch(j, 'search', { query, limit: 50 });
      if (!r.ok) throw new Error(`search ${query}: ${r.error.key}`);
    }
  });
  // Per query, not per round: p95 over every query of every round.
  const perQuery: [number[], number[]] = [[], []];
  for (let r = 0; r < 3; r++) {
    for (const query of QUERIES) {
      for (const i of r % 2 ? [1, 0] : [0, 1]) perQuery[i]!.push(timed(() => void dispatch(journals[i]!, 'search', { query, limit: 50 })));
    }
  }
  void search;
  plain.close();
  locked.close();

  const row = (label: string, [p, l]: [number[], number[]], stat: (v: number[]) => number, what: string) => {
    const a = stat(p);
    const b = stat(l);
    console.log(`  ${label.padEnd(30)} ${ms(a)}  ${ms(b)}   ${(b / a).toFixed(2)}x   (${what})`);
  };
  console.log(`\nLocked (SQLCipher 4) against plain, the same journal: 200 suppliers, ${count.toLocaleString('en')} entries; locked in ${(convertMs / 1000).toFixed(1)} s`);
  console.log(`  ${''.padEnd(30)} ${'plain'.padStart(10)}  ${'locked'.padStart(10)}   ratio   (target: each within 1.3x)`);
  row('portfolio, uncached', portfolio, (v) => pct(v, 0.5), 'median of 7');
  row(`supplier view (${biggest})`, view, (v) => pct(v, 0.5), 'median of 15');
  row('search, 20 typical queries', perQuery, (v) => pct(v, 0.95), 'p95 of 60');
  row('search', perQuery, (v) => pct(v, 0.5), 'p50 of 60');
}
