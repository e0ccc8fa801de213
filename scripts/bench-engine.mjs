// Times the trust engine on a synthetic journal: 200 suppliers, about 100,000 (4.5 a week each)
// entries over 2.5 years, daily steps. Usage: node scripts/bench-engine.mjs
// Bundles a tiny TypeScript entry with esbuild (no tsx needed) and runs it.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));
const outfile = join(dir, 'bench.mjs');
const entry = `
import { generate } from './core/synthetic';
import { runEngineBench } from './core/trust/bench';
const t0 = performance.now();
const journal = generate(200, 2.5, 4.5, 'mix', 42);
const genMs = performance.now() - t0;
const result = runEngineBench({ ...journal, from: journal.start, to: journal.end }, () => performance.now(), { runs: 7 });
console.log(JSON.stringify({ generateMs: Math.round(genMs), ...result, runsMs: result.runsMs.map(Math.round) }, null, 2));
`;
try {
  await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'warning' });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
