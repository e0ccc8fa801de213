// Builds what the shells run: the renderer (vite) and the Node-side bundles
// (esbuild): the browser-mode server, Electron's main process and preload,
// and the journal's worker thread for each of the two shells.
import { build as esbuild } from 'esbuild';
import path from 'node:path';
import { build as viteBuild } from 'vite';

// zod's messages in its forty-odd languages (its `locales`, about 350 kB of each
// bundle): the journal words its errors itself (core/errors.ts) and zod's
// English default is imported apart, so the rest is left out.
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, ({ importer }) =>
      importer.split(path.sep).includes('zod') ? { path: 'zod-locales', namespace: 'left-out' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// The worker loads the libraries that read files (db/worker/file-libraries.ts)
// from their own bundle beside it, when the first file comes.
const fileLibrariesApart = {
  name: 'file-libraries-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/file-libraries$/ }, () => ({ path: './file-libraries.cjs', external: true }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  loader: { '.sql': 'text' },
  external: ['better-sqlite3-multiple-ciphers', 'electron', 'pdfjs-dist'],
  logLevel: 'warning',
  plugins: [withoutZodLocales],
};

/** The journal's worker into `dir` (journal-worker.cjs), with its file readers beside it (file-libraries.cjs). */
const buildJournalWorker = (dir) => Promise.all([
  esbuild({ ...common, plugins: [withoutZodLocales, fileLibrariesApart], entryPoints: ['db/worker/entry.ts'], outfile: path.join(dir, 'journal-worker.cjs') }),
  esbuild({ ...common, entryPoints: ['db/worker/file-libraries.ts'], outfile: path.join(dir, 'file-libraries.cjs') }),
]);

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
  buildJournalWorker('dist/server'),
  buildJournalWorker('dist/electron'),
  // The sandboxed preload may require only 'electron': everything else is bundled in.
  esbuild({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' }),
]);
