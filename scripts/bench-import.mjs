// The import figures of `npm run bench` (also runnable alone:
// `node scripts/bench-import.mjs [--cli dist/server/cli.cjs] [--runs 3]`):
// a 20,000-row CSV imported through the browser-mode server while another
// client reads (getSupplier, one at a time, 50 ms apart): how long the import takes, and how
// long each read waited while it ran (p50, p99, worst; target p99 < 200 ms).
// With --portfolio <journal file>: how long reads wait while the overview's
// portfolio of that journal is computed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROWS = 20_000;
// Between one answer and the next read: about what a screen does while it polls progress and redraws.
const GAP_MS = 50;

function csv(rows) {
  const lines = ['Datum;Soort;Onderwerp;Omschrijving;Labels'];
  for (let i = 0; i < rows; i++) {
    lines.push(`2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')};notitie;Overleg ${i};Besproken: planning, capaciteit en de openstaande punten van week ${i % 52};overleg, planning`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Starts the browser-mode server on `file`; resolves to its address (with the token) and the process. */
export async function spawnServer(cli, file) {
  const env = { ...process.env, RAPPORT_SETTINGS_DIR: path.join(path.dirname(file), 'settings') };
  const child = spawn(process.execPath, [cli, '--data', file, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'], env });
  const url = await new Promise((resolve, reject) => {
    let log = '';
    child.stdout.on('data', (c) => {
      log += c;
      // The address, in whichever language the server speaks.
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(log);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
  return { url, child };
}

/** Stops a server: resolves once it has exited, so nothing it still writes (the start-up backup's folder) lands after its folder is removed. */
export function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function startServer(cli, file) {
  const { url, child } = await spawnServer(cli, file);
  const u = new URL(url);
  const token = u.searchParams.get('token');
  const call = async (method, input) => {
    const r = await fetch(`${u.origin}/api/${method}`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Rapport-Token': token }, body: JSON.stringify(input),
    });
    return r.json();
  };
  return { call, stop: () => stopServer(child) };
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

export async function benchImport({ cli = 'dist/server/cli.cjs', runs = 3, reads = true } = {}) {
  const text = csv(ROWS);
  const mapping = { date: 'Datum', kind: 'Soort', title: 'Onderwerp', body: 'Omschrijving', tags: 'Labels' };
  const times = [];
  const waits = [];
  for (let run = 0; run < runs; run++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-import-'));
    const server = await startServer(cli, path.join(dir, 'rapport.sqlite'));
    try {
      const supplier = (await server.call('createSupplier', { name: 'Noordlicht IT' })).value;
      await server.call('getSupplier', { id: supplier.id });
      let done = false;
      const t0 = performance.now();
      const importing = server.call('importCsv', { text, mapping, supplierId: supplier.id }).then((r) => {
        times.push(performance.now() - t0);
        done = true;
        if (!r.ok) throw new Error(JSON.stringify(r.error));
      });
      // One reader, as a screen reads: a call, its answer, 50 ms, the next call; each timed from sending to answer.
      while (!done && reads) {
        const r0 = performance.now();
        await server.call('getSupplier', { id: supplier.id });
        waits.push(performance.now() - r0); // sent while the import ran
        await new Promise((resolve) => setTimeout(resolve, GAP_MS));
      }
      await importing;
    } finally {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  times.sort((a, b) => a - b);
  waits.sort((a, b) => a - b);
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(`\nA ${ROWS.toLocaleString('en')}-row CSV import through the server, with reads meanwhile (${runs} runs):`);
  console.log(`  import time                           median ${ms(pct(times, 0.5))}, best ${ms(times[0])}, worst ${ms(times.at(-1))}`);
  if (waits.length) console.log(`  a read during the import (${waits.length} reads)  p50 ${ms(pct(waits, 0.5))}, p99 ${ms(pct(waits, 0.99))}, worst ${ms(waits.at(-1) ?? 0)}  (target p99 < 200 ms)`);
}

/**
 * Reads while the portfolio is computed: on a large journal (`file`), new
 * trust settings make every line of the overview's portfolio stale, then getPortfolio is asked and,
 * while it runs, getSupplier is read one call at a time (as the sidebar and a
 * supplier page would). Prints how long the portfolio took and how long each
 * read waited meanwhile.
 */
export async function benchReadsDuringPortfolio({ cli = 'dist/server/cli.cjs', file, runs = 3 } = {}) {
  const server = await startServer(cli, file);
  const portfolio = [];
  const waits = [];
  let suppliers = [];
  try {
    suppliers = (await server.call('listSuppliers', {})).value;
    await server.call('getPortfolio', {});
    for (let run = 0; run < runs; run++) {
      // New trust settings: every supplier's line is computed again (the same work as a new day's first open).
      await server.call('updateTrustSettings', { halfLifeDays: 271 + run });
      let done = false;
      const t0 = performance.now();
      const computing = server.call('getPortfolio', {}).then(() => {
        portfolio.push(performance.now() - t0);
        done = true;
      });
      for (let i = 0; !done; i++) {
        const r0 = performance.now();
        await server.call('getSupplier', { id: suppliers[i % suppliers.length].id });
        waits.push(performance.now() - r0); // sent while the portfolio was being computed
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await computing;
    }
    await server.call('resetTrustSettings', {});
  } finally {
    await server.stop();
  }
  portfolio.sort((a, b) => a - b);
  waits.sort((a, b) => a - b);
  const ms = (v) => `${Math.round(v)} ms`;
  console.log(`\nReads while the overview's portfolio is computed (${suppliers.length} suppliers, ${runs} runs):`);
  console.log(`  the portfolio                         median ${ms(pct(portfolio, 0.5))}, best ${ms(portfolio[0])}, worst ${ms(portfolio.at(-1))}`);
  if (waits.length) console.log(`  a read meanwhile (${waits.length} reads)            p50 ${ms(pct(waits, 0.5))}, p99 ${ms(pct(waits, 0.99))}, worst ${ms(waits.at(-1) ?? 0)}  (target p99 < 200 ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { cli: { type: 'string' }, runs: { type: 'string' }, 'no-reads': { type: 'boolean' }, portfolio: { type: 'string' } } });
  const runs = values.runs ? Number(values.runs) : 3;
  if (values.portfolio) await benchReadsDuringPortfolio({ cli: values.cli, file: values.portfolio, runs });
  else await benchImport({ cli: values.cli, runs, reads: !values['no-reads'] });
}
