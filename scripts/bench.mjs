/* global document -- the dashboard probe runs inside the page */
// `npm run bench`: prints speed figures (never asserts them).
//   1. every supplier's trust series vs a plain SQLite scan (200 suppliers, ~100,000 entries)
//   2. one supplier with 5,000 entries
//   3. the dashboard in Chromium: from opening it until its charts are drawn
// Needs `npm run build` first (for the dashboard) and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-benchjs-')), 'bench.cjs');
await build({
  entryPoints: ['scripts/bench/engine-vs-scan.ts'], outfile: out, bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', loader: { '.sql': 'text' }, external: ['better-sqlite3'], logLevel: 'warning',
});
// The bundle lives in a temp folder: resolve better-sqlite3 from this checkout.
process.env.NODE_PATH = path.resolve('node_modules');
createRequire(import.meta.url)('module').Module._initPaths();
const { main } = createRequire(import.meta.url)(out);
const { file } = await main();
if (process.argv.includes('--no-browser')) process.exit(0);

console.log('\nDashboard in Chromium (200 suppliers):');
if (!fs.existsSync('dist/server/cli.cjs')) {
  console.log('  skipped: run `npm run build` first.');
  process.exit(0);
}
const server = spawn(process.execPath, ['dist/server/cli.cjs', '--data', file, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve, reject) => {
  let log = '';
  server.stdout.on('data', (c) => {
    log += c;
    const m = /Open: (\S+)/.exec(log);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
});
const stopServer = () => server.kill('SIGTERM');
process.on('exit', stopServer);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  // Drawn: every supplier row has its sparkline and the comparison chart its lines.
  await page.waitForFunction(() => {
    const sparks = document.querySelectorAll('.sparkline polyline').length;
    const lines = document.querySelectorAll('[data-testid="comparison"] .recharts-line-curve').length;
    return sparks >= 200 && lines > 0;
  }, undefined, { timeout: 60_000 });
  times.push(Date.now() - t0);
  await context.close();
}
// The first run computes the portfolio; later ones get it from the journal's cache (nothing changed in between).
console.log(`  from opening until charts are drawn  first ${times[0]} ms, again ${Math.min(...times.slice(1))} ms  (target < 1500 ms)`);
await browser.close();
server.kill('SIGTERM');
