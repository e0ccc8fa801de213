// The layering as the linter keeps it (eslint.config.js, scripts/eslint-layering.js):
// small probe files placed in each layer, linted through ESLint's own Node API
// with the project's config. Each forbidden import must be reported in every
// form a file can import (static, type-only, re-export, import(), require(),
// import-equals, import() types); each allowed one must pass.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: ROOT });

/** Every form a file can import `s` in; `n` keeps the names apart when they share a probe. */
const FORMS = [
  (s: string, n: number) => `import x${n} from '${s}'; export default x${n};`,
  (s: string, n: number) => `import type { T${n} } from '${s}'; export type U${n} = T${n};`,
  (s: string) => `export * from '${s}';`,
  (s: string, n: number) => `export { y as y${n} } from '${s}';`,
  (s: string, n: number) => `export const m${n} = await import('${s}');`,
  (s: string, n: number) => `export const m${n} = await import(\`${s}\`);`,
  (s: string, n: number) => `export const r${n} = require('${s}');`,
  (s: string, n: number) => `import e${n} = require('${s}'); export { e${n} };`,
  (s: string, n: number) => `export type Z${n} = typeof import('${s}');`,
];

/** A module of the project (a path from the root) as a probe at `from` would name it. */
function local(from: string, target: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), target);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

interface Reported {
  line: number;
  message: string;
}

async function layeringMessages(file: string, code: string): Promise<Reported[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  const fatal = result!.messages.filter((m) => m.fatal);
  if (fatal.length) throw new Error(`probe ${file} does not parse: ${fatal[0]!.message}\n${code}`);
  return result!.messages.filter((m) => m.ruleId === 'local/layering').map((m) => ({ line: m.line, message: m.message }));
}

/** Lints one probe holding `spec` in every form (one a line); the lines reported, each with what it says. */
async function probeAll(file: string, spec: string): Promise<{ lines: string[]; reported: Reported[] }> {
  const lines = FORMS.map((form, n) => form(spec, n));
  return { lines, reported: await layeringMessages(file, lines.join('\n')) };
}

interface Probe {
  file: string;
  /** Project modules (paths from the root) and packages this file may not import. */
  forbidden: { modules?: string[]; packages?: string[] };
  allowed: { modules?: string[]; packages?: string[] };
}

const UI = ['react', 'react-dom', 'react-dom/client', 'recharts', '@radix-ui/react-dialog', 'lucide-react'];
const NODE = ['node:fs', 'fs', 'node:path', 'path/posix', 'node:child_process', 'better-sqlite3-multiple-ciphers'];
const SHELLS = ['server/app', 'server/cli', 'electron/main', 'electron/preload'];
/** db/ behind its front door (db/index.ts): the shells may not reach in. */
const DB_INSIDE = ['db/worker/host', 'db/shell/session', 'db/shell/journal-files', 'db/worker/open', 'db/worker/backups', 'db/worker/backups/make', 'db/protocol', 'db/test/worker-bundle'];
const DB_DOOR = ['db', 'db/index', 'db/index.ts'];

/** The translation catalogue is data every layer may read; code beside it is not. */
const CATALOGUE = ['renderer/i18n/locales/en/shell.json', 'renderer/i18n/locales/nl/errors.json'];
const NOT_CATALOGUE = ['renderer/i18n/index', 'renderer/i18n/locales/en/words.ts', 'renderer/i18n/locales.json'];

const CORE_FORBIDDEN = {
  modules: ['db/worker/journal', 'db', 'db/index', ...SHELLS, 'renderer/App', 'renderer/api/client', 'scripts/build.mjs', ...NOT_CATALOGUE],
  packages: [...UI, ...NODE, 'electron'],
};
const CORE_ALLOWED = { modules: ['core/dates', 'core/trust/series', 'core/report', 'assets/example-journal.en.json', ...CATALOGUE], packages: ['zod', 'date-fns', 'i18next'] };

const PROBES: Probe[] = [
  { file: 'core/probe.ts', forbidden: { ...CORE_FORBIDDEN, packages: [...CORE_FORBIDDEN.packages, 'vitest', 'fast-check'] }, allowed: CORE_ALLOWED },
  { file: 'core/probe.tsx', forbidden: CORE_FORBIDDEN, allowed: CORE_ALLOWED },
  { file: 'core/trust/deep/probe.ts', forbidden: CORE_FORBIDDEN, allowed: CORE_ALLOWED },
  { file: 'core/trust/probe.test.ts', forbidden: CORE_FORBIDDEN, allowed: { ...CORE_ALLOWED, packages: ['zod', 'vitest', 'fast-check'] } },
  {
    file: 'db/shell/probe.ts',
    forbidden: { modules: [...SHELLS, 'renderer/App', 'renderer/data/csv'], packages: [...UI, 'electron'] },
    allowed: {
      modules: ['core/dates', 'core/errors', 'db/shell/workers', 'db/worker/inspect-file', 'db/protocol', 'db/common/durable-file', 'assets/example-journal.nl.json'],
      packages: ['better-sqlite3-multiple-ciphers', 'node:fs', 'fs', 'zod'],
    },
  },
  {
    // The thread boundary: the worker side never imports the shell side, nor its door.
    file: 'db/worker/probe.ts',
    forbidden: { modules: ['db/shell/session', 'db/shell/workers', 'db/shell', 'db/index', 'db', ...SHELLS, 'renderer/App'], packages: [...UI, 'electron'] },
    allowed: {
      modules: ['core/dates', 'core/errors', 'db/worker/open', 'db/worker/migrations/001_initial.sql', 'db/protocol', 'db/common/durable-file', 'assets/example-journal.nl.json'],
      packages: ['better-sqlite3-multiple-ciphers', 'node:fs', 'fs', 'zod'],
    },
  },
  {
    file: 'db/worker/backups/probe.ts',
    forbidden: { modules: ['db/shell/journal-files', 'db/shell/shell-state', 'db/index'] },
    allowed: { modules: ['db/worker/backups/names', 'db/worker/handles', 'db/common/durable-file', 'core/errors'] },
  },
  {
    // Shared by both sides: neither side's code.
    file: 'db/common/probe.ts',
    forbidden: { modules: ['db/shell/session', 'db/worker/open', 'db/index', 'db/protocol'] },
    allowed: { modules: ['db/common/other', 'core/errors'], packages: ['node:fs'] },
  },
  {
    file: 'db/protocol.ts',
    forbidden: { modules: ['db/shell/workers', 'db/worker/entry', 'db/common/durable-file'] },
    allowed: { modules: ['core/contract', 'core/errors'] },
  },
  {
    file: 'db/test/probe.test.ts',
    forbidden: { modules: ['server/app', 'electron/main', 'renderer/App'], packages: ['electron', 'react'] },
    allowed: { modules: ['db/worker/host', 'db/shell/session', 'db/test/helpers', 'core/types'], packages: ['vitest', 'node:os', 'better-sqlite3-multiple-ciphers'] },
  },
  {
    file: 'server/probe.ts',
    forbidden: { modules: ['electron/main', 'electron/sender', 'electron', 'renderer/App', 'renderer/api/client', ...NOT_CATALOGUE, ...DB_INSIDE], packages: [...UI, 'electron'] },
    allowed: { modules: ['core/errors', ...DB_DOOR, 'server/paths', ...CATALOGUE], packages: ['node:http', 'better-sqlite3-multiple-ciphers'] },
  },
  {
    file: 'electron/probe.ts',
    forbidden: { modules: ['server/app', 'server/paths', 'server', 'renderer/App', 'renderer/api/client', 'renderer/main.tsx', ...NOT_CATALOGUE, ...DB_INSIDE], packages: UI },
    allowed: { modules: ['core/contract', ...DB_DOOR, 'electron/sender', ...CATALOGUE], packages: ['electron', 'node:path'] },
  },
  {
    // Tests of the shells may also use db/'s test helpers (e.g. the bundled journal worker), and nothing else inside db/.
    file: 'electron/probe.test.ts',
    forbidden: { modules: ['server/app', 'renderer/App', 'db/worker/host', 'db/shell/session', 'db/worker/backups', 'db/testing'], packages: UI },
    allowed: { modules: [...DB_DOOR, 'db/test/worker-bundle', 'db/test/helpers', 'electron/main'], packages: ['vitest', 'electron'] },
  },
  {
    file: 'server/probe.test.ts',
    forbidden: { modules: ['electron/main', 'db/worker/open', 'db/shell/workers'], packages: UI },
    allowed: { modules: [...DB_DOOR, 'db/test/helpers', 'server/app'], packages: ['vitest', 'node:http'] },
  },
  {
    file: 'renderer/data/probe.tsx',
    forbidden: { modules: ['db/worker/journal', 'db', ...SHELLS, 'scripts/test.mjs'], packages: [...NODE, 'electron'] },
    allowed: { modules: ['core/types', 'core/csv', 'renderer/api/client', 'renderer/styles/app.css'], packages: UI },
  },
  {
    file: 'renderer/data/probe.test.ts',
    forbidden: { modules: ['db/worker/import', 'db', 'server/app', 'electron/main'], packages: ['better-sqlite3-multiple-ciphers', 'electron'] },
    allowed: { modules: ['core/csv', 'renderer/data/csv'], packages: ['vitest', 'node:fs', 'node:path'] },
  },
];

const specifiers = (probe: Probe, which: Probe['allowed']) => [
  ...(which.modules ?? []).map((m) => local(probe.file, m)),
  ...(which.packages ?? []),
];

// Linting takes a moment per probe file on a busy machine: generous time.
describe('the layering lint rule', { timeout: 90_000 }, () => {
  for (const probe of PROBES) {
    it(`reports every forbidden import in ${probe.file}, in every form`, async () => {
      const missed: string[] = [];
      for (const spec of specifiers(probe, probe.forbidden)) {
        const { lines, reported } = await probeAll(probe.file, spec);
        lines.forEach((line, i) => {
          if (reported.filter((r) => r.line === i + 1).length !== 1) missed.push(line);
        });
      }
      expect(missed).toEqual([]);
    });

    it(`lets the allowed imports of ${probe.file} pass`, async () => {
      const reported: string[] = [];
      for (const spec of specifiers(probe, probe.allowed)) {
        const probed = await probeAll(probe.file, spec);
        for (const r of probed.reported) reported.push(`${probed.lines[r.line - 1]}: ${r.message}`);
      }
      expect(reported).toEqual([]);
    });
  }

  it('reports an import() or require() whose path is computed', async () => {
    for (const file of ['core/probe.ts', 'renderer/probe.tsx', 'electron/probe.ts']) {
      const computed = 'const name = "x";\nexport const m = await import(name);\nexport const r = require(`../${name}`);';
      expect((await layeringMessages(file, computed)).map((r) => r.line)).toEqual([2, 3]);
    }
  });

  it('says which arrow is wrong', async () => {
    expect((await layeringMessages('electron/probe.ts', "import '../renderer/App';")).map((r) => r.message)).toEqual([
      'electron/ may import core, db, electron only, not renderer/ (layering: renderer -> core; electron, server -> db -> core).',
    ]);
    expect((await layeringMessages('server/probe.ts', "import '../db/shell/session';")).map((r) => r.message)).toEqual([
      'server/ may import db/ only through its index (db/index.ts), not ../db/shell/session (layering: renderer -> core; electron, server -> db -> core).',
    ]);
    expect((await layeringMessages('db/worker/probe.ts', "import '../shell/session';")).map((r) => r.message)).toEqual([
      'db/worker/ may import db/common, db/protocol of db/ only, not ../shell/session: the worker side never imports the shell side (layering: renderer -> core; electron, server -> db -> core).',
    ]);
    expect((await layeringMessages('core/probe.tsx', "import 'recharts';"))[0]?.message).toMatch(/^core\/ is pure: of packages it may import zod, date-fns, i18next only, not recharts/);
  });

  it('leaves the tools (scripts/, e2e/) alone', async () => {
    expect(await layeringMessages('scripts/probe.mjs', "import '../db/index.ts';\nimport 'node:fs';")).toEqual([]);
    expect(await layeringMessages('e2e/probe.ts', "import '../core/types';\nimport 'better-sqlite3-multiple-ciphers';")).toEqual([]);
  });
});
