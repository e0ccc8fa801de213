// Figures for issue "Trust over time": series for every supplier against a
// plain SQLite scan of the same rows, on a synthetic journal in a real file.
// Printed, never asserted: this machine is shared and noisy, so compare the
// ratios of one run. Run through scripts/bench.mjs (npm run bench).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { entryInput, supplierInput } from '../../core/schemas';
import { generate } from '../../core/synthetic';
import { trustSeries } from '../../core/trust/series';
import type { Entry } from '../../core/types';
import { openJournal, type Journal } from '../../db/worker/journal';
import { computePortfolio, supplierTrust, trustEntries } from '../../db/worker/trust';

function best(runs: number, fn: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

/** Writes a synthetic journal through the journal's own insert path, in one transaction. */
export function fill(journal: Journal, suppliers: number, years: number, perWeek: number, seed: number): { today: string; count: number } {
  const data = generate(suppliers, years, perWeek, suppliers > 1 ? 'mix' : 'steady', seed);
  journal.db.transaction(() => {
    const idMap = new Map<number, number>();
    for (const s of data.suppliers) {
      const created = journal.createSupplier(supplierInput.parse({ ...s, contractValue: null }));
      idMap.set(s.id, created.id);
    }
    for (const e of data.entries) {
      const { id: _id, createdAt: _c, updatedAt: _u, ...input } = e as Entry & Record<string, unknown>;
      journal.insertEntry(entryInput.parse({ ...input, supplierId: idMap.get(e.supplierId) }));
    }
  })();
  return { today: data.end, count: data.entries.length };
}

export async function main(): Promise<{ file: string; today: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-'));
  // The 200-supplier journal serves the later parts of the bench (the dashboard): removed when the bench ends, also on a failure.
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  const runs = 7;

  // ---- 200 suppliers, about 100,000 entries over two years ----
  const file = path.join(dir, 'portfolio.sqlite');
  const journal = await openJournal(file, { shell: 'browser' });
  const t0 = performance.now();
  const { today, count } = fill(journal, 200, 2, 4.8, 42);
  const fillMs = performance.now() - t0;
  const db = journal.db;
  const scanStmt = db.prepare('SELECT * FROM entries WHERE deleted_at IS NULL');
  const scan = best(runs, () => void scanStmt.all());
  const entries = trustEntries(db, null);
  const bySupplier = new Map<number, Entry[]>();
  for (const e of entries) (bySupplier.get(e.supplierId) ?? bySupplier.set(e.supplierId, []).get(e.supplierId)!).push(e);
  const from = entries.reduce((m, e) => (e.date < m ? e.date : m), today);
  const engine = best(runs, () => {
    for (const list of bySupplier.values()) trustSeries(list, { today, from, to: today, stepDays: 1 });
  });
  const load = best(runs, () => void trustEntries(db, null));
  const dashboard = best(runs, () => void computePortfolio(db, today));
  console.log(`\n200 suppliers, ${count.toLocaleString('en')} entries (written in ${(fillMs / 1000).toFixed(1)} s), daily series ${from} .. ${today}`);
  console.log(`  plain SQLite scan of the rows        ${ms(scan)}`);
  console.log(`  every supplier's series (engine)     ${ms(engine)}   ratio to scan ${(engine / scan).toFixed(2)}x   (target: < 3x and < 300 ms)`);
  console.log(`  rows read as entries (scan + map)    ${ms(load)}`);
  console.log(`  getPortfolio end to end, uncached    ${ms(dashboard)}   (read + weekly series, sparklines, figures for all)`);
  // The agenda: what needs attention across all 200 suppliers (issue 14).
  const agendaInput = { today, supplierId: null, includePrivate: true };
  const view = journal.getAgenda(agendaInput);
  const agendaMs = best(runs, () => void journal.getAgenda(agendaInput));
  const calendar = journal.getAgendaCalendar(agendaInput);
  const calendarMs = best(runs, () => void journal.getAgendaCalendar(agendaInput));
  console.log(`  getAgenda end to end                 ${ms(agendaMs)}   (${view.total} items, ${view.count} overdue or this week; target < 50 ms)`);
  console.log(`  getAgendaCalendar (every deadline)   ${ms(calendarMs)}   (${calendar.items.length} events)`);
  journal.close();

  // ---- one supplier with 5,000 entries ----
  const oneFile = path.join(dir, 'one.sqlite');
  const one = await openJournal(oneFile, { shell: 'browser' });
  const big = fill(one, 1, 2, 48, 7);
  const oneScanStmt = one.db.prepare('SELECT * FROM entries WHERE supplier_id = 1 AND deleted_at IS NULL');
  const oneScan = best(runs, () => void oneScanStmt.all());
  const oneEntries = trustEntries(one.db, 1);
  const oneFrom = oneEntries[0]!.date;
  const oneEngine = best(runs, () => void trustSeries(oneEntries, { today: big.today, from: oneFrom, to: big.today, stepDays: 1 }));
  const oneView = best(runs, () => void supplierTrust(one.db, { supplierId: 1, from: null, to: null, includePrivate: true }, big.today));
  console.log(`\n1 supplier, ${big.count.toLocaleString('en')} entries, daily series ${oneFrom} .. ${big.today}`);
  console.log(`  plain SQLite scan of the rows        ${ms(oneScan)}`);
  console.log(`  the supplier's series (engine)       ${ms(oneEngine)}   ratio to scan ${(oneEngine / oneScan).toFixed(2)}x`);
  console.log(`  getSupplierTrust end to end          ${ms(oneView)}   (series, markers, movers, figures, conduct)`);
  one.close();
  return { file, today };
}
