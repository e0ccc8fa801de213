/* global document -- the dashboard probe runs inside the page */
// The dashboard of `npm run bench` (part 4): from starting the app until the
// overview's charts are drawn, then opened again, and where the time goes in
// Chromium. With `--against DIR` (another build's dist folder, e.g. the version
// before a change) both builds are measured in the same run, alternating, each
// on its own copy of the journal: on a shared machine only that comparison holds.
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { spawnServer, stopServer } from '../bench-import.mjs';

const AGAIN = 5;

/** Until the overview is drawn: its rows in view each with a sparkline, and the comparison chart's lines. */
function drawn(page) {
  return page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid="dashboard-row"]')];
    const lines = document.querySelectorAll('[data-testid="comparison"] [data-testid="comparison-line"]').length;
    return rows.length > 0 && rows.every((r) => r.querySelector('.sparkline polyline')) && lines > 0 && rows.length;
  }, undefined, { timeout: 60_000, polling: 16 }).then((h) => h.jsonValue());
}

/** The page's own clock (ms since navigation): first byte, bundle read and run, questions asked and answered, drawn. */
function pageClock(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/'));
    return {
      firstByte: nav.responseStart,
      scripts: nav.domContentLoadedEventEnd,
      asked: Math.min(...api.map((r) => r.startTime)),
      answered: Math.max(...api.map((r) => r.responseEnd)),
      drawn: performance.now(),
    };
  });
}

// Where one open's time goes on the page's main thread, from a CPU profile
// (Chromium's sampling profiler): waiting (idle: for the answers, the
// network), Chromium's own work (parse, compile, style, layout, paint:
// "(program)"), garbage collection, and JavaScript by where its source lies
// (read back through the bundle's source maps): React, the virtual lists
// (their measuring forces the page's layout), the app's own code, the rest.
function sourceOf(source) {
  if (!source) return 'other script';
  if (/node_modules\/react-dom\//.test(source)) return 'React';
  if (/node_modules\/@tanstack\/(react-)?virtual/.test(source)) return 'virtual lists, measuring (layout included)';
  if (/node_modules\//.test(source)) return 'other libraries';
  return 'the app\'s code';
}

function profileTime(profile, dist) {
  const maps = new Map();
  const mapOf = (url) => {
    const file = path.join(dist, 'renderer', 'assets', url.split('/').pop() ?? '');
    if (!maps.has(file)) maps.set(file, fs.existsSync(`${file}.map`) ? new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, 'utf8'))) : null);
    return maps.get(file);
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = {};
  profile.samples.forEach((id, i) => {
    const { callFrame: f } = nodes.get(id);
    const special = { '(idle)': 'idle (waiting)', '(program)': 'Chromium (parse, style, layout, paint)', '(garbage collector)': 'garbage collection' }[f.functionName];
    const kind = special ?? (f.url.includes('/assets/') ? sourceOf(mapOf(f.url)?.findEntry(f.lineNumber, f.columnNumber).originalSource) : 'other script');
    totals[kind] = (totals[kind] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return totals;
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;

/** One build: server started, first open, then opened again `AGAIN` times, one of them profiled. */
async function oneRound(browser, dist, file) {
  const cli = path.join(dist, 'server', 'cli.cjs');
  const t0 = Date.now();
  const { url, child } = await spawnServer(cli, file);
  const serverUp = Date.now() - t0;
  const result = { serverUp, again: [], clocks: [], profile: null, rowsDrawn: 0, memory: null };
  try {
    for (let run = 0; run <= AGAIN; run++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      const page = await context.newPage();
      const profiled = run === 2;
      const cdp = profiled ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        await cdp.send('Profiler.start');
      }
      const start = run === 0 ? t0 : Date.now();
      await page.goto(url);
      result.rowsDrawn = await drawn(page);
      const took = Date.now() - start;
      const clock = await pageClock(page);
      if (cdp) result.profile = profileTime((await cdp.send('Profiler.stop')).profile, dist);
      if (run === 0) Object.assign(result, { first: took, firstClock: clock, pageAsked: took - clock.drawn });
      else { result.again.push(took); result.clocks.push(clock); }
      await context.close();
    }
    if (fs.existsSync(`/proc/${child.pid}/status`)) {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const mb = (field) => Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024);
      result.memory = { now: mb('VmRSS'), peak: mb('VmHWM'), pid: child.pid };
    }
    return { ...result, child };
  } catch (error) {
    await stopServer(child);
    throw error;
  }
}

function report(name, rounds) {
  const again = rounds.flatMap((r) => r.again);
  const clocks = rounds.flatMap((r) => r.clocks);
  const firsts = rounds.map((r) => r.first);
  const clock = (key) => ms(median(clocks.map((c) => c[key])));
  console.log(`  ${name}`);
  console.log(`    first open, from starting the app     ${firsts.map(ms).join(' / ')}  (target < 1000 ms)`);
  const f = rounds[0];
  console.log(`      of the first: server up ${ms(f.serverUp)}, page asked ${ms(f.pageAsked)}, then (ms from navigation) first byte ${ms(f.firstClock.firstByte)}, bundle read and run ${ms(f.firstClock.scripts)}, questions answered ${ms(f.firstClock.answered)}, drawn ${ms(f.firstClock.drawn)}`);
  console.log(`    opening again (${again.length} runs)              median ${ms(median(again))}, best ${ms(Math.min(...again))}, worst ${ms(Math.max(...again))}  (target < 400 ms)`);
  console.log(`      where the time goes (medians, from navigation): first byte ${clock('firstByte')}, bundle read and run ${clock('scripts')}, first question ${clock('asked')}, last answer ${clock('answered')}, drawn ${clock('drawn')}`);
  const profiles = rounds.map((r) => r.profile).filter(Boolean);
  if (profiles.length) {
    const kinds = [...new Set(profiles.flatMap((t) => Object.keys(t)))];
    const parts = kinds.map((k) => [k, median(profiles.map((t) => t[k] ?? 0))]).sort((a, b) => b[1] - a[1]);
    console.log(`      the page's main thread in one profiled open (median of ${profiles.length}): ${parts.map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
  }
  console.log(`    rows drawn at first (of 200)          ${rounds[0].rowsDrawn}`);
  return { again: median(again), first: median(firsts) };
}

/**
 * `builds`: { name, dist } each; the journal `file` is copied once per build
 * so each starts as it would on this journal. `rounds` per build, alternating
 * which goes first.
 */
export async function benchDashboard({ browser, file, builds, rounds = 1, tempDir }) {
  const files = builds.map((b, i) => {
    if (builds.length === 1) return file;
    const copy = path.join(tempDir, `journal-${i}.sqlite`);
    fs.copyFileSync(file, copy);
    return copy;
  });
  const results = builds.map(() => []);
  let last = null;
  for (let round = 0; round < rounds; round++) {
    const order = builds.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      if (last) await stopServer(last.child);
      last = await oneRound(browser, builds[i].dist, files[i]);
      results[i].push(last);
    }
  }
  const medians = builds.map((b, i) => report(b.name, results[i]));
  if (builds.length === 2) {
    const [a, b] = medians;
    console.log(`  ${builds[0].name} / ${builds[1].name}: first open ${(a.first / b.first).toFixed(2)}x, opening again ${(a.again / b.again).toFixed(2)}x (medians)`);
  }
  // The server's resident memory (its threads: the shell, the writer, the reader), Linux only: the last build measured.
  if (last?.memory) {
    const { pid, now, peak } = last.memory;
    console.log(`  the server's resident memory (${builds[results.findIndex((r) => r.includes(last))].name})  ${now} MB now, ${peak} MB at its peak  (target < 200 MB)`);
    if (builds.length > 1) return stopServer(last.child);
    // An idle reader rests after a minute (db/shell/workers.ts): what a journal left open uses.
    await new Promise((resolve) => setTimeout(resolve, 62_000));
    const quiet = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    console.log(`  ... after a quiet minute               ${Math.round(Number(/VmRSS:\s+(\d+)/.exec(quiet)?.[1] ?? 0) / 1024)} MB (the reader rests)  (target < 200 MB)`);
  }
  if (last) await stopServer(last.child);
}
