// No import circle anywhere (scripts/eslint-cycles.js), proved with probe
// files written into the tree for the test and removed after it: a circle of
// two, of three across folders, and of type-only imports is reported on the
// statement that starts it; the same files without the closing import pass.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: ROOT });
const written: string[] = [];

afterEach(() => {
  for (const file of written.splice(0)) fs.rmSync(path.join(ROOT, file), { force: true });
});

/** Writes a probe file into the tree (removed after the test). */
function put(file: string, code: string): void {
  fs.writeFileSync(path.join(ROOT, file), code);
  written.push(file);
}

async function circles(file: string): Promise<{ line: number; message: string }[]> {
  const [result] = await eslint.lintFiles([path.join(ROOT, file)]);
  return result!.messages.filter((m) => m.ruleId === 'local/no-cycle').map((m) => ({ line: m.line, message: m.message }));
}

describe('the import-circle lint rule', { timeout: 90_000 }, () => {
  it('reports a circle of two files on the import that starts it', async () => {
    put('core/cycle-probe-a.ts', "export const a = 1;\nimport { b } from './cycle-probe-b';\nexport const c = b;\n");
    put('core/cycle-probe-b.ts', "import { a } from './cycle-probe-a';\nexport const b = a + 1;\n");
    expect(await circles('core/cycle-probe-a.ts')).toEqual([{ line: 2, message: 'Import circle: cycle-probe-a.ts -> cycle-probe-b.ts -> cycle-probe-a.ts. Move what both need into a third module.' }]);
    expect(await circles('core/cycle-probe-b.ts')).toHaveLength(1);
  });

  it('reports a circle through three files in two folders, and one of type-only imports', async () => {
    put('db/worker/cycle-probe-a.ts', "export * from '../shell/cycle-probe-b';\n");
    put('db/shell/cycle-probe-b.ts', "export { c } from '../worker/cycle-probe-c.ts';\n");
    put('db/worker/cycle-probe-c.ts', "import type { A } from './cycle-probe-a';\nexport const c = 1;\nexport type C = A;\n");
    expect((await circles('db/worker/cycle-probe-a.ts'))[0]?.message).toBe(
      'Import circle: cycle-probe-a.ts -> ../shell/cycle-probe-b.ts -> cycle-probe-c.ts -> cycle-probe-a.ts. Move what both need into a third module.',
    );
    put('core/cycle-probe-t.ts', "import type { U } from './cycle-probe-u';\nexport type T = U[];\n");
    put('core/cycle-probe-u.ts', "export type U = typeof import('./cycle-probe-t');\n");
    expect(await circles('core/cycle-probe-t.ts')).toHaveLength(1);
  });

  it('lets files that import one way pass', async () => {
    put('core/cycle-probe-a.ts', "import { b } from './cycle-probe-b';\nexport const a = b;\n");
    put('core/cycle-probe-b.ts', "import { z } from 'zod';\nexport const b = z.string();\n");
    expect(await circles('core/cycle-probe-a.ts')).toEqual([]);
    expect(await circles('core/cycle-probe-b.ts')).toEqual([]);
  });
});
