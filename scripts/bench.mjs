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
// 4. `npm run bench -- --dashboard` runs parts 1 and 4 (the journal of part 1, then the dashboard);
//    add `--against OTHER/dist --rounds 4` to measure another build beside this one, alternating.
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
  const { spawnServer, stopServer } = await import('./bench-import.mjs');
  const { url, child } = await spawnServer('dist/server/cli.cjs', dataFile);
  return { url, stop: () => stopServer(child) };
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
    const { url: address, stop } = await startServer(path.join(dir, 'rapport.sqlite'));
    try {
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
    } finally {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
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
// `--against DIR`: another build's dist folder, measured in the same run, alternating (scripts/bench/dashboard.mjs).
const againstAt = process.argv.indexOf('--against');
const builds = [{ name: 'this build', dist: 'dist' }];
if (againstAt > 0) builds.push({ name: `against ${process.argv[againstAt + 1]}`, dist: process.argv[againstAt + 1] });
const roundsAt = process.argv.indexOf('--rounds');
const { benchDashboard } = await import('./bench/dashboard.mjs');
await benchDashboard({ browser, file, builds, rounds: roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : builds.length, tempDir: bundles });
if (!onlyDashboard) await benchExampleJournal(browser);
await browser.close();
