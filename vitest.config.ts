import { defineConfig, type Plugin } from 'vitest/config';

/** Migrations are plain .sql files imported as text (esbuild does the same with its text loader). */
const sqlAsText: Plugin = {
  name: 'sql-as-text',
  transform(code, id) {
    if (id.endsWith('.sql')) return { code: `export default ${JSON.stringify(code)};`, map: null };
    return undefined;
  },
};

export default defineConfig({
  plugins: [sqlAsText],
  test: {
    include: ['core/**/*.test.ts', 'db/**/*.test.ts', 'server/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    pool: 'forks',
    // Every temp folder a test makes through db/test/temp.ts is removed after its file.
    setupFiles: ['db/test/setup.ts'],
  },
});
