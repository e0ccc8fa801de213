// Builds what the shells run: the renderer (vite) and the Node-side bundles
// (esbuild): the browser-mode server, Electron's main process and preload,
// and the journal's worker thread for each of the two shells.
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  loader: { '.sql': 'text' },
  external: ['better-sqlite3-multiple-ciphers', 'electron'],
  logLevel: 'warning',
};

await Promise.all([
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }),
  esbuild({ ...common, entryPoints: ['server/cli.ts'], outfile: 'dist/server/cli.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // The journal runs in worker threads beside each shell (db/shell/workers.ts).
  esbuild({ ...common, entryPoints: ['db/worker/entry.ts'], outfile: 'dist/server/journal-worker.cjs' }),
  esbuild({ ...common, entryPoints: ['db/worker/entry.ts'], outfile: 'dist/electron/journal-worker.cjs' }),
  // The sandboxed preload may require only 'electron': everything else is bundled in.
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
