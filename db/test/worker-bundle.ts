// The journal's worker script, bundled the way scripts/build.mjs bundles it,
// for tests that run the shells from their TypeScript sources.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

/** Builds db/journal-worker.ts; returns the bundle's path and a function that removes it. */
export async function bundleJournalWorker(): Promise<{ file: string; remove: () => void }> {
  // Inside node_modules, so the bundle finds better-sqlite3 as the built one does beside dist/.
  const file = path.resolve('node_modules/.cache/rapport-tests', `journal-worker-${process.pid}-${Date.now()}.cjs`);
  await build({
    entryPoints: ['db/journal-worker.ts'], outfile: file, bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', loader: { '.sql': 'text' }, external: ['better-sqlite3'], logLevel: 'warning',
  });
  return { file, remove: () => fs.rmSync(file, { force: true }) };
}
