/* global document, window -- the probes run inside the page */
// `node scripts/bench-report.mjs`: how long a one-year review pack takes for a
// supplier with 500 entries, from opening the report route until the PDF is
// written (page.goto → ready signal → page.pdf), and where that time goes.
// Prints figures with the targets of issue 21; asserts nothing.
// Needs `npm run build` first and Chromium (CHROMIUM_PATH or /usr/bin/chromium).
//
// `--against DIR`: also the build in DIR (its dist/, e.g. an older commit's
// `git archive` built there), the two alternating run by run in this one
// process, each on its own server and the same journal: a noisy machine then
// weighs on both alike. Prints both medians and their ratio.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ENTRIES = 500;
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
// Issue 21: the plain pack under 0.5 s, the tagged one with its outline (as Electron prints it) under 0.8 s.
const TARGET_S = { plain: 0.5, tagged: 0.8 };
const args = process.argv.slice(2);
const against = args.includes('--against') ? path.resolve(args[args.indexOf('--against') + 1] ?? '') : null;

const builds = [{ name: against ? 'this build' : '', root: path.resolve('.') }];
if (against) builds.push({ name: 'against', root: against });
for (const b of builds) {
  b.cli = path.join(b.root, 'dist/server/cli.cjs');
  if (!fs.existsSync(b.cli)) {
    console.log(`No ${b.cli}: run \`npm run build\` there first.`);
    process.exit(1);
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-report-'));
const servers = [];
process.on('exit', () => {
  for (const s of servers) s.kill('SIGTERM');
  fs.rmSync(dir, { recursive: true, force: true });
});

async function startServer(cli, name) {
  const server = spawn(process.execPath, [cli, '--data', path.join(dir, `${name}.sqlite`), '--port', '0', '--no-open'], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: '', RAPPORT_SETTINGS_DIR: path.join(dir, `settings-${name}`) },
  });
  servers.push(server);
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
  return { url, origin: new URL(url).origin, token: new URL(url).searchParams.get('token') };
}

async function call({ origin, token }, method, input) {
  const res = await fetch(`${origin}/api/${method}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Rapport-Token': token }, body: JSON.stringify(input),
  });
  const result = await res.json();
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

const iso = (d) => d.toISOString().slice(0, 10);
const day = (offset) => iso(new Date(Date.now() + offset * 86_400_000));

/** A year of a busy relationship: 500 entries of every kind, a few private, some on our side; the same for every build. */
async function writeJournal(server) {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const supplier = await call(server, 'createSupplier', { name: 'Benchmark Services B.V.', category: 'Managed services', reviewIntervalMonths: 3 });
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
    await call(server, 'createEntry', input);
  }
  return supplier.id;
}


const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const b = { cli: builds[0].cli };
const server = await startServer(b.cli, 'x');
const id = await writeJournal(server);
const page = await browser.newPage();
await page.goto(server.url);
const route = `/report/supplier/${id}?from=${day(-365)}&to=${day(0)}&lang=en&paper=a4&private=0`;
const variants = {
  full: () => {},
  nochart: () => document.querySelectorAll('[data-report-chart]').forEach((e) => e.remove()),
  notables: () => document.querySelectorAll('.rp-tables').forEach((e) => e.remove()),
  notitles: () => document.querySelectorAll('.trust-marker title').forEach((e) => e.remove()),
};
const res = {};
for (let r = 0; r < 4; r++) for (const [name, fn] of Object.entries(variants)) for (const tagged of [false, true]) {
  await page.goto(`${server.origin}/#/`); await page.waitForLoadState('networkidle');
  await page.goto(`${server.origin}/#${route}`);
  await page.waitForFunction(() => document.body.dataset.reportReady === 'true');
  await page.evaluate(fn);
  const w = await page.evaluate(() => [document.querySelector('.rp-chart__plot .trust-chart')?.clientWidth, document.querySelectorAll('*').length]);
  const t0 = performance.now();
  await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged, outline: tagged });
  const k = name + (tagged ? '/tagged' : '/plain'); (res[k] ??= []).push(Math.round(performance.now() - t0)); res[k+' w,nodes'] = w;
}
console.log(res);
await browser.close();
