// The start of the app on a large journal, measured from outside as a user
// meets it (issue 21): the browser-mode server is started on a journal of
// 200 suppliers and about 100,000 entries with its search index, and timed
// until the overview's data (listSuppliers, getPortfolio and getAgenda, asked
// together as the overview asks them) has come back; then three searches.
// The server's resident memory (all its threads) is read from /proc after the
// overview, after the searches, and at its peak (VmHWM). Also: one edited
// entry until the overview's portfolio is back. Printed, never asserted.
// Run through scripts/bench.mjs (`npm run bench -- --start`; needs `npm run build`).
import Database from 'better-sqlite3-multiple-ciphers';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { todayIso } from '../../core/dates';
import { checkExport, EXPORT_FORMAT, EXPORT_VERSION } from '../../core/export-format';
import { generate, mulberry32 } from '../../core/synthetic';
import { openJournal } from '../../db/worker/journal';
import { writeImport } from '../../db/worker/import';

const WORDS = ['backup', 'back-up', 'restore', 'SLA', 'servicedesk', 'reactietijd', 'certificaat', 'webshop', 'e-mail', 'migratie', 'datacenter', 'factuur',
  'licenties', 'roadmap', 'patch', 'storing', 'firewall', 'accountmanager', 'capaciteit', 'monitoring', 'escalatie', 'planning', 'audit', 'phishing'];
const FRAMES = ['Overleg gehad over de {a} en de {b}.', 'They promised to fix the {a} before the {b} review.', 'De {a} is weer mislukt; {b} heeft er last van.',
  'Good talk about {a}; follow-up on {b} next week.'];
const SEARCHES = ['backup restore', 'certificaat', 'kind:incident storing'];

/** A journal of 200 suppliers and about 100,000 entries with texts, written as an import (search index filled once). */
export async function makeStartJournal(dir: string): Promise<{ file: string; entries: number }> {
  const file = path.join(dir, 'start.sqlite');
  const data = generate(200, 2.3, 4.8, 'mix', 21, { start: '2024-09-01' });
  const rng = mulberry32(21);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const entries = data.entries.map((e) => ({ ...e, body: Array.from({ length: 1 + Math.floor(rng() * 3) }, () => pick(FRAMES).replace('{a}', pick(WORDS)).replace('{b}', pick(WORDS))).join(' ') }));
  const checked = checkExport({
    format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString(), app: { schemaVersion: 0 }, settings: {},
    suppliers: data.suppliers, entries, agendaMarks: [],
  });
  if (!checked.ok) throw new Error(`the bench journal does not pass the import's check: ${JSON.stringify(checked.issues.slice(0, 3))}`);
  const journal = await openJournal(file, { shell: 'browser' });
  writeImport(journal.db, checked.value, { mode: 'replace-empty' });
  journal.close();
  return { file, entries: entries.length };
}

interface Server {
  child: ChildProcess;
  /** The address and token it printed (for routes beside the API: /transfer). */
  origin: string;
  token: string;
  call(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
  stop(): Promise<void>;
}

/** Starts dist/server/cli.cjs on `file` and resolves once it prints its address. */
export function startServer(file: string, cli = 'dist/server/cli.cjs'): Promise<Server> {
  const env = { ...process.env, RAPPORT_SETTINGS_DIR: path.join(path.dirname(file), 'settings') };
  const child = spawn(process.execPath, [cli, '--data', file, '--port', '0', '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'], env });
  return new Promise((resolve, reject) => {
    let log = '';
    child.stdout!.on('data', (chunk) => {
      log += chunk;
      const m = /Open: (\S+)/.exec(log);
      if (!m) return;
      const url = new URL(m[1]!);
      const token = url.searchParams.get('token')!;
      resolve({
        child,
        origin: url.origin,
        token,
        call: async (method, input) => {
          const r = await fetch(`${url.origin}/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Rapport-Token': token }, body: JSON.stringify(input) });
          return (await r.json()) as { ok: boolean };
        },
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
      });
    });
    child.once('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

/** The process's resident memory now and at its peak, in MB (Linux: /proc). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[], unit: string, digits = 0) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${median(s).toFixed(digits)} ${unit} (${s[0]!.toFixed(digits)}–${s.at(-1)!.toFixed(digits)})`;
};

async function ok(server: Server, method: string, input: unknown): Promise<unknown> {
  const r = await server.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** CPU time the process has used, all its threads (Linux: /proc), in ms. */
export function cpuOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
}

interface StartFigures {
  start: number[];
  cpu: number[];
  afterOverview: number[];
  afterSearch: number[];
  peak: number[];
  edit: number[];
  /** Of which the edit itself (updateEntry answered). */
  write: number[];
}

/** Resolves once an automatic backup newer than `since` (performance.now()) lies beside `file`. */
export async function startupBackupMade(file: string, since: number): Promise<void> {
  const dir = path.join(path.dirname(file), 'backups');
  const after = Date.now() - (performance.now() - since);
  for (;;) {
    const made = fs.existsSync(dir) && fs.readdirSync(dir).some((name) => name.endsWith('-auto.sqlite') && fs.statSync(path.join(dir, name)).mtimeMs >= after);
    if (made) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One start of the server on `file`, timed until the overview's data; then three searches and an edit. */
async function startOnce(file: string, run: number, into: StartFigures): Promise<void> {
  const today = todayIso();
  const t0 = performance.now();
  const server = await startServer(file);
  try {
    await Promise.all([ok(server, 'listSuppliers', { includeEnded: true }), ok(server, 'getPortfolio', {}), ok(server, 'getAgenda', { today })]);
    into.start.push(performance.now() - t0);
    into.cpu.push(cpuOf(server.child.pid!));
    into.afterOverview.push(memoryOf(server.child.pid!).rss);
    for (const query of SEARCHES) await ok(server, 'search', { query });
    into.afterSearch.push(memoryOf(server.child.pid!).rss);
    // The start's own work after the first screen (the whole-file read, then the start-up backup) is done
    // before the edit, as it is by the time a manager has typed one: the first write waits for that read.
    await startupBackupMade(file, t0);
    // One entry edited, then the overview asked again: only that supplier changed.
    const supplier = ((await ok(server, 'listSuppliers', { includeEnded: true })) as { id: number }[])[run]!;
    const entry = ((await ok(server, 'listEntries', { supplierId: supplier.id })) as Record<string, unknown>[])[0]!;
    const { createdAt: _c, updatedAt: _u, ...input } = entry;
    const e0 = performance.now();
    await ok(server, 'updateEntry', { ...input, title: `${String(entry.title)} (edited)` });
    into.write.push(performance.now() - e0);
    await ok(server, 'getPortfolio', {});
    into.edit.push(performance.now() - e0);
    into.peak.push(memoryOf(server.child.pid!).peak);
  } finally {
    await server.stop();
  }
}

function report(label: string, f: StartFigures): void {
  console.log(`  ${label}:`);
  console.log(`    server start to the overview's data   ${range(f.start, 'ms')}  (target < 1000 ms)`);
  console.log(`    ... the server's CPU time until then   ${range(f.cpu, 'ms')}  (all threads; steadier than the clock on a busy machine)`);
  console.log(`    resident memory after the overview    ${range(f.afterOverview, 'MB')}`);
  console.log(`    ... after three searches              ${range(f.afterSearch, 'MB')}`);
  console.log(`    ... at its peak (backup included)     ${range(f.peak, 'MB')}  (target < 250 MB)`);
  console.log(`    one entry edited until the overview   ${range(f.edit, 'ms')}  (target < 100 ms)`);
  console.log(`    ... of which the edit itself          ${range(f.write, 'ms')}`);
}

const empty = (): StartFigures => ({ start: [], cpu: [], afterOverview: [], afterSearch: [], peak: [], edit: [], write: [] });

export async function main(runs = 3): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-start-'));
  try {
    const made = performance.now();
    const { file, entries } = await makeStartJournal(dir);
    const size = fs.statSync(file).size / 1024 / 1024;
    console.log(`\nStarting the app on 200 suppliers, ${entries.toLocaleString('en')} entries with the search index (${size.toFixed(0)} MB; written in ${((performance.now() - made) / 1000).toFixed(1)} s), ${runs} runs each:`);
    // A new day (or a journal no app has shown an overview of): every supplier's line computed; then the same day again: the lines kept.
    const newDay = empty();
    const sameDay = empty();
    for (let run = 0; run < runs; run++) {
      const db = new Database(file);
      db.exec('DELETE FROM overview_lines');
      db.close();
      await startOnce(file, run, newDay);
      await startOnce(file, run, sameDay);
    }
    report('the first start of a day (every overview line computed)', newDay);
    report('started again the same day (the lines kept)', sameDay);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
