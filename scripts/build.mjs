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
  external: ['better-sqlite3-multiple-ciphers', 'electron', 'pdfjs-dist'],
  logLevel: 'warning',
};

await Promise.all([
  // The renderer, then beside it the small script index.html runs first (vite empties its folder).
  viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' }).then(() =>
    esbuild({
      entryPoints: ['renderer/early-reads.ts'], outfile: 'dist/renderer/early-reads.js',
      bundle: true, format: 'iife', platform: 'browser', target: 'chrome120', minify: true, logLevel: 'warning',
    })),
  esbuild({ ...common, entryPoints: ['server/cli.ts'], outfile: 'dist/server/cli.cjs' }),
  esbuild({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // The journal runs in worker threads beside each shell (db/shell/workers.ts).
  esbuild({ ...common, entryPoints: ['db/worker/entry.ts'], outfile: 'dist/server/journal-worker.cjs' }),
  esbuild({ ...common, entryPoints: ['db/worker/entry.ts'], outfile: 'dist/electron/journal-worker.cjs' }),
  // The sandboxed preload may require only 'electron': everything else is bundled in.
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
