/* global document -- the ready probe runs inside the page */
// `node scripts/bench-report.mjs`: how long a one-year review pack takes for a
// supplier with 500 entries, from opening the report route until the PDF is
// written (page.goto → ready signal → page.pdf). Prints figures; asserts nothing.
// Needs `npm run build` first and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ENTRIES = 500;
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const CLI = path.resolve('dist/server/cli.cjs');
if (!fs.existsSync(CLI)) {
  console.log('Run `npm run build` first.');
  process.exit(1);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-report-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const server = spawn(process.execPath, [CLI, '--data', path.join(dir, 'bench.sqlite'), '--port', '0', '--no-open'], {
  stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: '', RAPPORT_SETTINGS_DIR: path.join(dir, 'settings') },
});
const url = await new Promise((resolve, reject) => {
  let log = '';
  const timer = setTimeout(() => reject(new Error(`server did not start:\n${log}`)), 15_000);
  const onData = (chunk) => {
    log += chunk;
    const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(log);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  };
  server.stdout.on('data', onData);
  server.stderr.on('data', onData);
});
const origin = new URL(url).origin;
const token = new URL(url).searchParams.get('token');

async function call(method, input) {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Rapport-Token': token }, body: JSON.stringify(input),
  });
  const result = await res.json();
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const iso = (d) => d.toISOString().slice(0, 10);
const day = (offset) => iso(new Date(Date.now() + offset * 86_400_000));

// A year of a busy relationship: 500 entries of every kind, a few private, some on our side.
let seed = 42;
const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = (list) => list[Math.floor(rnd() * list.length)];
const supplier = await call('createSupplier', { name: 'Benchmark Services B.V.', category: 'Managed services', reviewIntervalMonths: 3 });
const t0 = Date.now();
for (let k = 0; k < ENTRIES; k++) {
  const offset = -365 + Math.floor((k / ENTRIES) * 364);
  const base = { supplierId: supplier.id, date: day(offset), title: `Entry ${k + 1}: ${pick(['service desk', 'backup', 'network', 'licences', 'migration'])} ${pick(['follow-up', 'check', 'issue', 'plan'])}`, private: rnd() < 0.05, side: rnd() < 0.1 ? 'ours' : 'supplier' };
  const kind = pick(['interaction', 'interaction', 'promise', 'promise', 'incident', 'advice', 'note', 'review']);
  let input;
  if (kind === 'interaction') input = { ...base, kind, channel: pick(['meeting', 'call', 'email', 'visit']), tone: pick(['positive', 'neutral', 'negative']) };
  else if (kind === 'promise') {
    const status = pick(['open', 'kept', 'kept', 'kept_late', 'broken']);
    input = { ...base, kind, dueOn: day(Math.min(0, offset + 14)), obligation: pick(['result', 'effort']), inContract: rnd() < 0.5, status, settledOn: status === 'open' ? null : day(Math.min(0, offset + 10)) };
  } else if (kind === 'incident') input = { ...base, kind, severity: pick(['low', 'low', 'medium', 'high', 'critical']), resolvedOn: rnd() < 0.9 ? day(Math.min(0, offset + 3)) : null, rootCause: 'Configuration change without a test' };
  else if (kind === 'review') input = { ...base, kind, side: 'supplier', scoreAbility: 3, scoreIntegrity: pick([2, 3, 4]), scoreBenevolence: 4 };
  else input = { ...base, kind, body: 'Some words about what happened, as a manager would write them down after a call.' };
  await call('createEntry', input);
}
console.log(`Journal: 1 supplier, ${ENTRIES} entries over a year (built in ${Date.now() - t0} ms)`);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(url);
const route = `/report/supplier/${supplier.id}?from=${day(-365)}&to=${day(0)}&lang=en&paper=a4&private=0`;
// Tagged PDF with an outline is what the Electron shell prints; plain is what a browser's "Save as PDF" makes.
for (const tagged of [true, false]) {
  const times = [];
  console.log(tagged ? 'Tagged PDF with outline (as Electron prints it):' : 'Plain PDF:');
  for (let run = 0; run < RUNS; run++) {
    await page.goto(`${origin}/#/`);
    await page.waitForLoadState('networkidle');
    const start = performance.now();
    await page.goto(`${origin}/#${route}`);
    await page.waitForFunction(() => document.body.dataset.reportReady === 'true', null, { timeout: 30_000 });
    const ready = performance.now();
    const pdf = await page.pdf({
      format: 'A4', printBackground: true, preferCSSPageSize: true, tagged, outline: tagged,
    });
    const done = performance.now();
    fs.writeFileSync(path.join(dir, 'pack.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    times.push(done - start);
    console.log(`  run ${run + 1}: ready after ${(ready - start).toFixed(0)} ms, PDF after ${(done - start).toFixed(0)} ms (${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB)`);
  }
  times.sort((x, y) => x - y);
  console.log(`  one-year review pack, ${ENTRIES} entries: median ${(times[Math.floor(times.length / 2)] / 1000).toFixed(2)} s (target: under 3 s)`);
}
// BENCH_REPORT_PDF=/path/pack.pdf keeps the last pack, to look at.
if (process.env.BENCH_REPORT_PDF) fs.copyFileSync(path.join(dir, 'pack.pdf'), process.env.BENCH_REPORT_PDF);
await browser.close();
server.kill('SIGTERM');
