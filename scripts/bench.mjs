/* global document -- the dashboard probe runs inside the page */
// `npm run bench`: prints speed figures (never asserts them).
//   1. every supplier's trust series vs a plain SQLite scan (200 suppliers, ~100,000 entries)
//   2. one supplier with 5,000 entries
//   3. a 20,000-row CSV import through the server, and how long reads wait meanwhile;
//      how long reads wait while the 200-supplier portfolio is computed (scripts/bench-import.mjs)
//   4. the dashboard in Chromium: from opening it until its charts are drawn
//   5. full-text search over 100,000 entries (scripts/bench/search.ts)
//   6. the CPU time of writing a 20,000-row CSV import in-process (scripts/bench/import-cpu.ts)
//   7. "Load the example journal" in Chromium: from the click until the overview shows its suppliers
//   8. the app's start on 100,000 entries: server start to the overview's data, memory (scripts/bench/start.ts)
//   9. the locked journal beside the plain one: portfolio, supplier view, search p95 (scripts/bench/locked.ts)
//  10. what the projection adds to one supplier's view and to the portfolio (scripts/bench/projection.ts)
//  11. 200 attachments of 5 MB: search p95 with their text indexed, listing entries (scripts/bench/attachments.ts)
//  12. 1 GB of attachments (25 files of 40 MB) exported and imported as the journal archive: time, peak memory (scripts/bench/export.ts)
// Needs `npm run build` first (for the dashboard) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';

const bundles = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-benchjs-'));
process.on('exit', () => fs.rmSync(bundles, { recursive: true, force: true }));
// The bundles live in a temp folder: resolve the journal's driver (better-sqlite3-multiple-ciphers) from this checkout.
process.env.NODE_PATH = path.resolve('node_modules');
createRequire(import.meta.url)('module').Module._initPaths();
async function load(entry) {
  const out = path.join(bundles, `${path.basename(entry, '.ts')}.cjs`);
  await build({
    entryPoints: [entry], outfile: out, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', loader: { '.sql': 'text' }, external: ['better-sqlite3-multiple-ciphers'], logLevel: 'warning',
  });
  return createRequire(import.meta.url)(out);
}
// 5. search (issue 15): `npm run bench -- --search` runs only this part.
const searchBench = await load('scripts/bench/search.ts');
// 6. `npm run bench -- --import-cpu` runs only this part.
const importCpuBench = await load('scripts/bench/import-cpu.ts');
if (process.argv.includes('--import-cpu')) {
  await importCpuBench.main();
  process.exit(0);
}
if (process.argv.includes('--search')) {
  await searchBench.main();
  process.exit(0);
}
// 11. `npm run bench -- --attachments` runs only this part.
const attachmentsBench = await load('scripts/bench/attachments.ts');
if (process.argv.includes('--attachments')) {
  await attachmentsBench.main();
  process.exit(0);
}
// 12. `npm run bench -- --export` runs only this part (needs `npm run build`).
const exportBench = await load('scripts/bench/export.ts');
if (process.argv.includes('--export')) {
  await exportBench.main();
  process.exit(0);
}
// 10. `npm run bench -- --projection` runs only this part.
const projectionBench = await load('scripts/bench/projection.ts');
if (process.argv.includes('--projection')) {
  await projectionBench.main();
  process.exit(0);
}
// 9. `npm run bench -- --locked` runs only this part.
const lockedBench = await load('scripts/bench/locked.ts');
if (process.argv.includes('--locked')) {
  await lockedBench.main();
  process.exit(0);
}
// 8. `npm run bench -- --start` runs only this part (needs `npm run build`).
const startBench = await load('scripts/bench/start.ts');
if (process.argv.includes('--start')) {
  await startBench.main();
  process.exit(0);
}
// 7. `npm run bench -- --example` runs only this part (needs `npm run build`).
if (process.argv.includes('--example')) {
  const browser = await launchBrowser();
  await benchExampleJournal(browser);
  await browser.close();
  process.exit(0);
}
const { main } = await load('scripts/bench/engine-vs-scan.ts');
const { file } = await main();
// 4. `npm run bench -- --dashboard` runs parts 1 and 4 (the journal of part 1, then the dashboard).
const onlyDashboard = process.argv.includes('--dashboard');
if (!onlyDashboard) {
  await searchBench.main();
  await importCpuBench.main();
  await lockedBench.main();
  await projectionBench.main();
  await attachmentsBench.main();
}
if (process.argv.includes('--no-browser')) process.exit(0);

if (!fs.existsSync('dist/server/cli.cjs')) {
  console.log('\nImport and dashboard: skipped: run `npm run build` first.');
  process.exit(0);
}
if (!onlyDashboard) await exportBench.main();
/** The browser-mode server of this build on `dataFile`. */
async function startServer(dataFile) {
  const { spawnServer } = await import('./bench-import.mjs');
  const { url, child } = await spawnServer('dist/server/cli.cjs', dataFile);
  return { url, server: child };
}

function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// 7. The example journal, each run in a new empty journal: from the click on
// "Load the example journal" until the overview lists its four suppliers.
async function benchExampleJournal(browser, runs = 5) {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-example-'));
    const { url: address, server: child } = await startServer(path.join(dir, 'rapport.sqlite'));
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(address);
    const load = page.getByRole('button', { name: 'Load the example journal' });
    await load.waitFor({ timeout: 60_000 });
    const t0 = Date.now();
    await load.click();
    await page.getByRole('table', { name: 'All suppliers' }).getByRole('row').nth(4).waitFor({ timeout: 60_000 });
    times.push(Date.now() - t0);
    await context.close();
    child.kill('SIGTERM');
  }
  times.sort((a, b) => a - b);
  console.log(`\n"Load the example journal" until the overview lists its suppliers (${runs} runs): median ${times[Math.floor(runs / 2)]} ms, best ${times[0]} ms, worst ${times[runs - 1]} ms  (target < 1000 ms)`);
}

if (!onlyDashboard) {
  const { benchImport, benchReadsDuringPortfolio } = await import('./bench-import.mjs');
  await benchImport();
  await benchReadsDuringPortfolio({ file });
}

console.log('\nDashboard in Chromium (200 suppliers):');
const browser = await launchBrowser();
// The first open is timed from starting the server (the app's start: it opens
// the journal and computes the portfolio while the page loads); later opens
// from navigating to the page, with the portfolio kept (nothing changed).
const started = Date.now();
const { url, server } = await startServer(file);
const stopServer = () => server.kill('SIGTERM');
process.on('exit', stopServer);
const times = [];
const phases = [];
let rowsDrawn = 0;
for (let run = 0; run < 6; run++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const t0 = run === 0 ? started : Date.now();
  await page.goto(url);
  // Drawn: the table's rows (those in view: a long table is virtualised) each
  // with its sparkline, and the comparison chart with its lines.
  rowsDrawn = await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid="dashboard-row"]')];
    const lines = document.querySelectorAll('[data-testid="comparison"] [data-testid="comparison-line"]').length;
    return rows.length > 0 && rows.every((r) => r.querySelector('.sparkline polyline')) && lines > 0 && rows.length;
  }, undefined, { timeout: 60_000, polling: 16 }).then((h) => h.jsonValue());
  times.push(Date.now() - t0);
  // Where an open's time goes, from the page's own clock (ms since navigation):
  // the bundle read and run, the overview's questions asked and answered, drawn.
  if (run > 0) {
    phases.push(await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'));
      return {
        scripts: nav.domContentLoadedEventEnd,
        asked: Math.min(...api.map((r) => r.startTime)),
        answered: Math.max(...api.map((r) => r.responseEnd)),
        drawn: performance.now(),
      };
    }));
  }
  await context.close();
}
const again = times.slice(1).sort((a, b) => a - b);
console.log(`  first open, from starting the app     ${times[0]} ms  (target < 1000 ms)`);
console.log(`  opening again (5 runs)                median ${again[2]} ms, best ${again[0]} ms, worst ${again[4]} ms  (target < 400 ms)`);
console.log(`  rows drawn at first (of 200)          ${rowsDrawn}`);
const medianOf = (key) => Math.round(phases.map((p) => p[key]).sort((a, b) => a - b)[Math.floor(phases.length / 2)]);
console.log(`  opening again, where the time goes    bundle read and run ${medianOf('scripts')} ms, first question ${medianOf('asked')} ms, last answer ${medianOf('answered')} ms, drawn ${medianOf('drawn')} ms (medians, from navigation)`);
// The server's resident memory (its threads: the shell, the writer, the reader), Linux only.
if (fs.existsSync(`/proc/${server.pid}/status`)) {
  const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
  const mb = (field) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
  console.log(`  the server's resident memory          ${mb('VmRSS')} MB now, ${mb('VmHWM')} MB at its peak  (target < 200 MB)`);
  // An idle reader rests after a minute (db/shell/workers.ts): what a journal left open uses.
  await new Promise((resolve) => setTimeout(resolve, 62_000));
  const quiet = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8');
  console.log(`  ... after a quiet minute               ${Math.round(Number(/VmRSS:\s+(\d+)/.exec(quiet)?.[1] ?? 0) / 1024)} MB (the reader rests)  (target < 200 MB)`);
}
server.kill('SIGTERM');
if (!onlyDashboard) await benchExampleJournal(browser);
await browser.close();
