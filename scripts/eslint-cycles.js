// `local/no-cycle`: no import circle anywhere in the tree, type-only imports
// included. eslint-plugin-import-x's no-cycle skips `import type` (its
// rules/no-cycle.js), but a circle of types is still two files that cannot
// be understood one without the other, and the house counts it. Every way a
// file can name another counts, as TypeScript's own scanner reads them
// (ts.preProcessFile: import and export ... from, import(), require(),
// `import x = require()`). Proved by scripts/lint-cycles.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

/** The project file a relative specifier names, or null (a package, or nothing there). */
function resolve(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(fromFile), spec.split('?')[0]);
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  // TypeScript's ESM style names the emitted .js of a .ts file.
  if (/\.[cm]?js$/.test(base)) candidates.push(base.replace(/js$/, 'ts'), base.replace(/\.[cm]?js$/, '.tsx'));
  for (const file of candidates) {
    if (!EXTENSIONS.includes(path.extname(file))) continue;
    try {
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not this one
    }
  }
  return null;
}

/** Per file on disk: what it imports, kept while its modification time and size stand. */
const cache = new Map();

function importsOf(file, text) {
  let source = text;
  let stamp = null;
  if (source === undefined) {
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.mtimeMs}:${stat.size}`;
      const hit = cache.get(file);
      if (hit && hit.stamp === stamp) return hit.imports;
      source = fs.readFileSync(file, 'utf8');
    } catch {
      return [];
    }
  }
  const imports = [...new Set(ts.preProcessFile(source, true, true).importedFiles.map((f) => resolve(file, f.fileName)).filter(Boolean))];
  if (stamp !== null) cache.set(file, { stamp, imports });
  return imports;
}

/** A path of imports from `start` back to itself, as files, or null. */
export function circleThrough(start, text) {
  const seen = new Set();
  const walk = (file, trail) => {
    for (const next of file === start ? importsOf(start, text) : importsOf(file)) {
      if (next === start) return [...trail, start];
      if (seen.has(next)) continue;
      seen.add(next);
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(start, [start]);
}

export const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import circle, type-only imports included.' },
    schema: [],
  },
  create(context) {
    return {
      Program(node) {
        const file = path.resolve(context.filename);
        const circle = circleThrough(file, context.sourceCode.text);
        if (!circle) return;
        const root = path.dirname(file);
        const names = circle.map((f, i) => (i === 0 || i === circle.length - 1 ? path.basename(f) : path.relative(root, f)));
        // Reported on the statement that takes the first step, where there is one to point at.
        const first = node.body.find((s) => s.source && typeof s.source.value === 'string' && resolve(file, s.source.value) === circle[1]);
        context.report({ node: first ?? node, message: `Import circle: ${names.join(' -> ')}. Move what both need into a third module.` });
      },
    };
  },
};
