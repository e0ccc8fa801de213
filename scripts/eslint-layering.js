// The house's layering (design.md, "Architecture") as one ESLint rule,
// `local/layering`: renderer -> core; shells (electron, server) -> db -> core;
// inside db/, the thread boundary: db/worker/ never imports db/shell/ (nor its
// door, db/index.ts), db/common/ imports neither side, db/protocol.ts only core.
// No arrow runs back up, the shells never import each other or the renderer,
// the shells enter db/ only by its front door (db/index.ts; their tests may
// also use db/test/ helpers), and core imports no UI or Node library. Every way a file can name another
// counts: import and export ... from (types too), import(), require(),
// `import x = require()` and `import('…')` types. A path the rule cannot read
// (a computed import() or require()) is reported too: it could name anything.
// Proved by scripts/lint-layering.test.ts.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Folders every layer may read (data, not code): assets/, and the translation
 * catalogue, whose JSON the renderer shows and the shells take their own words
 * from (menus, dialogs, notifications, the command line: core/catalogue.ts).
 */
const SHARED = [
  { folder: 'assets', files: /./ },
  { folder: 'renderer/i18n/locales', files: /\.json$/ },
];
const isShared = (target) => SHARED.some(({ folder, files }) => target.join('/').startsWith(`${folder}/`) && files.test(target.at(-1)));

const NODE = (name) => name.startsWith('node:') || builtinModules.includes(name);
const UI = ['react', 'react-*', '@radix-ui/*', '@tanstack/*', '@hookform/*', 'recharts', 'lucide-react', 'sonner', 'clsx'];

/**
 * Per layer: the layers it may import, and the packages it may not (`deny`)
 * or the only ones it may (`only`). Test code (*.test.*, test/ folders,
 * fixtures) may also use `testPackages`. `doors`: layers it may import only
 * through their index (the folder itself), and in test code their test/ folder.
 */
export const LAYERS = {
  core: { may: ['core'], only: ['zod', 'date-fns', 'i18next'], testPackages: ['vitest', 'fast-check'] },
  db: { may: ['core', 'db'], deny: [...UI, 'electron'] },
  server: { may: ['core', 'db', 'server'], doors: ['db'], deny: [...UI, 'electron'] },
  electron: { may: ['core', 'db', 'electron'], doors: ['db'], deny: UI },
  renderer: { may: ['core', 'renderer'], deny: [NODE, 'better-sqlite3-multiple-ciphers', 'electron'], testPackages: [NODE] },
};

/**
 * Inside db/, per part: the parts of db/ it may import besides its own (core/
 * and assets/ as for all of db/). The shell side (db/shell/, db/index.ts) may
 * use every part; db/test/ too.
 */
export const DB_PARTS = {
  worker: ['common', 'protocol'],
  common: [],
  protocol: [],
};

/** The part of db/ a path inside it names: its first folder, or a file's name without its extension. */
const dbPart = (inside) => (inside[0] ?? '').replace(/\.[cm]?[jt]sx?$/, '');

const isTestFile = (rel) => /\.test\.[cm]?[jt]sx?$/.test(rel) || /(^|\/)(test|fixtures)(\/|\.[cm]?[jt]sx?$)/.test(rel);

/** 'react-dom/client' -> 'react-dom'; '@radix-ui/react-tabs/x' -> '@radix-ui/react-tabs'. */
/** A path inside a folder (its segments after the folder) that names its index: '', 'index', 'index.ts', … */
const isIndex = (inside) => inside.length === 0 || (inside.length === 1 && /^index(\.[cm]?[jt]sx?)?$/.test(inside[0]));

const packageOf = (spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

function matches(pattern, spec) {
  if (typeof pattern === 'function') return pattern(spec);
  const name = packageOf(spec);
  return pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

/** Why `spec` may not be imported from the file at `rel` (a path from the root), or null when it may. */
export function layeringProblem(rel, spec) {
  const layer = rel.split('/')[0];
  const rules = LAYERS[layer];
  if (!rules) return null;
  const bare = spec.split('?')[0];
  if (bare.startsWith('.') || path.isAbsolute(bare)) {
    const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(rel), bare)).split(path.sep);
    const to = target[0];
    if (to === '..' || !to) return `${layer}/ imports ${spec}, outside the project`;
    if (to === 'db' && layer === 'db') {
      const from = dbPart(rel.split('/').slice(1));
      const part = dbPart(target.slice(1));
      const may = DB_PARTS[from];
      if (!may || part === from || may.includes(part)) return null;
      const name = `db/${from}${from === 'protocol' ? '.ts' : '/'}`;
      if (!may.length) return `${name} may import no other part of db/, not ${spec}`;
      return `${name} may import ${may.map((p) => `db/${p}`).join(', ')} of db/ only, not ${spec}: the worker side never imports the shell side`;
    }
    if (to === layer || isShared(target)) return null;
    if (rules.doors?.includes(to)) {
      const inside = target.slice(1);
      if (isIndex(inside) || (isTestFile(rel) && inside[0] === 'test')) return null;
      return `${layer}/ may import ${to}/ only through its index (${to}/index.ts), not ${spec}`;
    }
    if (rules.may.includes(to)) return null;
    return LAYERS[to] ? `${layer}/ may import ${rules.may.join(', ')} only, not ${to}/` : `${layer}/ may not import ${to}`;
  }
  const test = isTestFile(rel);
  const allowedInTests = test && (rules.testPackages ?? []).some((p) => matches(p, bare));
  if (allowedInTests) return null;
  if (rules.only && !rules.only.some((p) => matches(p, bare))) {
    return `${layer}/ is pure: of packages it may import ${rules.only.join(', ')} only${test ? ` (tests also ${rules.testPackages.join(', ')})` : ''}, not ${spec}`;
  }
  if (rules.deny?.some((p) => matches(p, bare))) return `${layer}/ may not import ${spec}`;
  return null;
}

/** The string a source node names, or undefined when it is computed. */
function staticString(node) {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  if (node.type === 'TSLiteralType') return staticString(node.literal);
  return undefined;
}

export const layering = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the layers apart: renderer -> core; electron, server -> db -> core.' },
    schema: [],
  },
  create(context) {
    const rel = path.relative(ROOT, context.filename).split(path.sep).join('/');
    if (!LAYERS[rel.split('/')[0]]) return {};
    const check = (node, source) => {
      const spec = staticString(source);
      if (spec === undefined) {
        context.report({ node, message: 'An import whose path is computed cannot be checked against the layering: name the module.' });
        return;
      }
      const problem = layeringProblem(rel, spec);
      if (problem) context.report({ node, message: `${problem} (layering: renderer -> core; electron, server -> db -> core).` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportEqualsDeclaration: (node) => node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression),
      TSImportType: (node) => check(node, node.source ?? node.argument),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export default { rules: { layering } };
