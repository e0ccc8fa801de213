// The journal's worker script, bundled the way scripts/build.mjs bundles it,
// for tests that run the shells from their TypeScript sources.
import { build } from 'esbuild';
import { afterAll, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';

/** Builds db/worker/entry.ts; returns the bundle's path and a function that removes it. */
async function bundleJournalWorker(): Promise<{ file: string; remove: () => void }> {
  // Inside node_modules, so the bundle finds better-sqlite3 as the built one does beside dist/.
  const file = path.resolve('node_modules/.cache/rapport-tests', `journal-worker-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: ['db/worker/entry.ts'], outfile: file, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', loader: { '.sql': 'text' }, external: ['better-sqlite3-multiple-ciphers'], logLevel: 'warning',
  });
  return { file, remove: () => fs.rmSync(file, { force: true }) };
}

/**
 * Bundles the worker before the tests of this file (or describe block) and
 * removes the bundle after them. `file` is its path once built; with `env`,
 * RAPPORT_JOURNAL_WORKER names it too (the shells' own startup finds it
 * there). Call it before the file's own hooks: vitest runs after-hooks in
 * reverse order, so whatever those close (workers, a quit) still has its
 * bundle.
 */
export function useJournalWorkerBundle(options: { env?: boolean } = {}): { readonly file: string } {
  const bundle = { file: '' };
  let remove = () => {};
  const before = process.env.RAPPORT_JOURNAL_WORKER;
  beforeAll(async () => {
    ({ file: bundle.file, remove } = await bundleJournalWorker());
    if (options.env) process.env.RAPPORT_JOURNAL_WORKER = bundle.file;
  }, 60_000);
  afterAll(() => {
    remove();
    if (!options.env) return;
    if (before === undefined) delete process.env.RAPPORT_JOURNAL_WORKER;
    else process.env.RAPPORT_JOURNAL_WORKER = before;
  });
  return bundle;
}
