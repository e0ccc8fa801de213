/* global document, window, MutationObserver -- the probes run inside the page */
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
import { stopServer } from './bench-import.mjs';

const ENTRIES = 500;
const RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
// BENCH_REPORT_LANG=nl prints the Dutch pack.
const LANG = process.env.BENCH_REPORT_LANG === 'nl' ? 'nl' : 'en';
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
// Stopped (Ctrl+C): the exit above still removes the journals.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1));

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

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const b of builds) {
  const t0 = Date.now();
  b.server = await startServer(b.cli, b.name || 'bench');
  b.supplierId = await writeJournal(b.server);
  console.log(`Journal${b.name ? ` (${b.name})` : ''}: 1 supplier, ${ENTRIES} entries over a year (built in ${Date.now() - t0} ms)`);
  b.page = await browser.newPage();
  await b.page.goto(b.server.url);
  b.times = { tagged: [], plain: [] };
  b.phases = { tagged: [], plain: [] };
}

/** Before the route opens: note in the page when the pack is asked for, shown and ready (the timeline is cleared first). */
function watchPack() {
  performance.clearResourceTimings();
  const marks = { start: performance.now() };
  window.__packMarks = marks;
  const observer = new MutationObserver(() => {
    marks.shown ??= document.querySelector('[data-testid="report-doc"]') ? performance.now() : undefined;
    marks.chart ??= document.querySelector('[data-report-chart] svg.recharts-surface') ? performance.now() : undefined;
    if (document.body.dataset.reportReady === 'true') {
      marks.ready = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
}

/** The phases up to ready, in ms from opening the route: asking, the server's answers, drawing, charts and fonts. */
function packPhases() {
  const m = window.__packMarks;
  // The pack's questions: answered before it showed (not the reads behind it). The start is noted just before the route
  // opens (a listener of the route's own would run after the router has drawn the page).
  const api = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/') && e.startTime >= m.start && e.responseEnd <= m.shown);
  // Opened again within a minute, the pack shows what it read last time and asks again behind it.
  if (api.length === 0) return { ask: 0, data: 0, draw: m.shown - m.start, ready: m.ready - m.shown, questions: 0 };
  const asked = Math.min(...api.map((e) => e.startTime));
  const answered = Math.max(...api.map((e) => e.responseEnd));
  return {
    ask: asked - m.start, // the route opened until the first question left
    data: answered - asked, // the questions out until the last answer in (the server's work, and waits between questions)
    draw: m.shown - answered, // the model built in the page and the pack rendered into the DOM
    ready: m.ready - m.shown, // charts drawn, fonts in, a frame for the layout to settle
    questions: api.length,
  };
}

const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
const ms = (v) => `${v.toFixed(0)} ms`;

// Tagged PDF with an outline is what the Electron shell prints; plain is what a browser's "Save as PDF" makes.
for (const kind of ['tagged', 'plain']) {
  const tagged = kind === 'tagged';
  console.log(tagged ? `Tagged PDF with outline (as Electron prints it; target under ${TARGET_S.tagged} s):` : `Plain PDF (target under ${TARGET_S.plain} s):`);
  for (let run = 0; run < RUNS; run++) {
    // Alternating which build goes first, so neither always runs on the warmer machine.
    const order = run % 2 === 0 ? builds : [...builds].reverse();
    for (const b of order) {
      const { page, server } = b;
      const route = `/report/supplier/${b.supplierId}?from=${day(-365)}&to=${day(0)}&lang=${LANG}&paper=a4&private=0`;
      await page.goto(`${server.origin}/#/`);
      await page.waitForLoadState('networkidle');
      await page.evaluate(watchPack);
      const start = performance.now();
      await page.goto(`${server.origin}/#${route}`);
      await page.waitForFunction(() => document.body.dataset.reportReady === 'true', null, { timeout: 30_000 });
      const ready = performance.now();
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged, outline: tagged });
      const done = performance.now();
      const phases = { ...(await page.evaluate(packPhases)), pdf: done - ready };
      fs.writeFileSync(path.join(dir, `pack${b.name ? `-${b.name.replace(/\W/g, '')}` : ''}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      b.times[kind].push(done - start);
      b.phases[kind].push(phases);
      console.log(
        `  run ${run + 1}${b.name ? ` ${b.name}` : ''}: ready after ${ms(ready - start)}, PDF after ${ms(done - start)} (${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB);` +
        ` ${phases.questions ? `asked ${ms(phases.ask)}, ${phases.questions} answers ${ms(phases.data)}` : 'from the cache'}, drawn ${ms(phases.draw)}, charts and fonts ${ms(phases.ready)}, page.pdf ${ms(phases.pdf)}`,
      );
    }
  }
  for (const b of builds) {
    const p = (key) => ms(median(b.phases[kind].map((x) => x[key])));
    console.log(
      `  one-year review pack, ${ENTRIES} entries${b.name ? ` (${b.name})` : ''}: median ${(median(b.times[kind]) / 1000).toFixed(2)} s (target: under ${TARGET_S[kind]} s);` +
      ` phases' medians: asked ${p('ask')}, answers ${p('data')}, drawn ${p('draw')}, charts and fonts ${p('ready')}, page.pdf ${p('pdf')}`,
    );
  }
  if (against) {
    const ratios = builds[0].times[kind].map((t, i) => t / builds[1].times[kind][i]);
    console.log(`  this build / against: ${(median(builds[0].times[kind]) / median(builds[1].times[kind])).toFixed(2)}x the median; run by run ${ratios.map((r) => r.toFixed(2)).join(', ')}`);
  }
}
// BENCH_REPORT_PDF=/path/pack.pdf keeps the last pack (this build's; with --against, the other's beside it as pack.against.pdf), to look at.
const keep = process.env.BENCH_REPORT_PDF;
if (keep) {
  fs.copyFileSync(path.join(dir, `pack${against ? '-thisbuild' : ''}.pdf`), keep);
  if (against) fs.copyFileSync(path.join(dir, 'pack-against.pdf'), keep.replace(/(\.pdf)?$/, '.against.pdf'));
}
await browser.close();
// The servers stopped and waited for, so nothing they still write lands after the journals' folder is removed (on exit).
await Promise.all(servers.map(stopServer));
process.exit(0);
