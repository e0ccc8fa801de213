// The renderer: built to dist/renderer, served by the browser shell and by
// Electron's app:// protocol alike (hence relative asset paths).
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

// The small script built beside the app (scripts/build.mjs, renderer/early-reads.ts)
// runs first: it asks the first screen's questions while the app's bundle loads.
const earlyReads: Plugin = {
  name: 'rapport-early-reads',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'script', attrs: { src: './early-reads.js' }, injectTo: 'head-prepend' }],
};

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), earlyReads],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    sourcemap: true,
  },
});
