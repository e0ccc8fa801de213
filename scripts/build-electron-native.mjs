#!/usr/bin/env node
// Builds the journal's driver, better-sqlite3-multiple-ciphers (better-sqlite3
// with SQLCipher compiled in), for Electron's ABI into
// native/electron/better_sqlite3.node, apart from the Node build in
// node_modules/better-sqlite3-multiple-ciphers/build (which `npm test` uses and
// which this script never touches). Electron's main process loads the result
// through the driver's `nativeBinding` option (electron/main.ts).
//
//   node scripts/build-electron-native.mjs           build if missing or stale
//   node scripts/build-electron-native.mjs --force   build even if up to date
//   node scripts/build-electron-native.mjs --arch=arm64
//
// How: copy the package (without its build folder) to a temp dir and run
// node-gyp there against Electron's headers (--target=<electron version>
// --dist-url=https://electronjs.org/headers). The npm_config_* variables npm
// puts in the environment are dropped for node-gyp: they override its command
// line, and a `nodedir` setting would silently compile against Node's headers.
//
// Exit codes: 0 built or up to date; 1 build failed; 2 Electron's headers could
// not be downloaded (offline); 3 nothing to build from (electron or the
// driver not installed, no node-gyp).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'native', 'electron');
const OUT_FILE = path.join(OUT_DIR, 'better_sqlite3.node');
const STAMP_FILE = path.join(OUT_DIR, 'build-stamp.json');
const HEADERS_URL = 'https://electronjs.org/headers';
// Electron's headers are kept apart from Node's (the convention of Electron's
// "native modules" guide), so neither toolchain picks up the other's.
const DEV_DIR = path.join(os.homedir(), '.electron-gyp');

const args = process.argv.slice(2);
const force = args.includes('--force');
const arch = args.find((a) => a.startsWith('--arch='))?.slice('--arch='.length) || process.arch;
const quiet = args.includes('--quiet');

const rel = (p) => path.relative(ROOT, p) || '.';
const say = (line) => console.log(`[build-electron-native] ${line}`);
function fail(code, line) {
  console.error(`[build-electron-native] ${line}`);
  process.exit(code);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const electronPkg = readJson(path.join(ROOT, 'node_modules', 'electron', 'package.json'));
if (!electronPkg?.version) fail(3, 'electron is not installed (node_modules/electron/package.json missing): run npm install first.');
const DRIVER = 'better-sqlite3-multiple-ciphers';
const sqliteDir = path.join(ROOT, 'node_modules', DRIVER);
const sqlitePkg = readJson(path.join(sqliteDir, 'package.json'));
if (!sqlitePkg?.version) fail(3, `${DRIVER} is not installed: run npm install first.`);

const wanted = {
  electron: electronPkg.version,
  driver: `${DRIVER}@${sqlitePkg.version}`,
  platform: process.platform,
  arch,
};
const label = `${wanted.driver} for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})`;

const stamp = readJson(STAMP_FILE);
const upToDate =
  fs.existsSync(OUT_FILE) && stamp && Object.entries(wanted).every(([key, value]) => stamp[key] === value);
if (upToDate && !force) {
  if (!quiet) say(`${label} is up to date: ${rel(OUT_FILE)}`);
  process.exit(0);
}

function findNodeGyp() {
  const candidates = [];
  try {
    candidates.push(createRequire(path.join(ROOT, 'package.json')).resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // not a (transitive) dependency here
  }
  if (process.env.npm_config_node_gyp) candidates.push(process.env.npm_config_node_gyp);
  // The copy bundled with npm, next to this Node.
  const prefix = path.dirname(path.dirname(process.execPath));
  candidates.push(path.join(prefix, 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  candidates.push(path.join(prefix, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'));
  return candidates.find((c) => fs.existsSync(c)) ?? null;
}

const nodeGyp = findNodeGyp();
if (!nodeGyp) fail(3, 'node-gyp not found (neither in node_modules nor bundled with npm).');

/** The environment for node-gyp: npm's config variables out, except network and toolchain ones. */
function gypEnv() {
  const keep = new Set(['proxy', 'https_proxy', 'http_proxy', 'noproxy', 'no_proxy', 'cafile', 'strict_ssl', 'python', 'msvs_version', 'make']);
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    const npmKey = /^npm_config_(.*)$/i.exec(key)?.[1]?.toLowerCase().replaceAll('-', '_');
    if (npmKey !== undefined && !keep.has(npmKey)) continue;
    if (/^npm_package_config_node_gyp_/i.test(key)) continue;
    env[key] = value;
  }
  return env;
}

const gypArgs = [`--target=${wanted.electron}`, `--arch=${arch}`, `--dist-url=${HEADERS_URL}`, `--devdir=${DEV_DIR}`];

function runGyp(command, cwd, extra = []) {
  const result = spawnSync(process.execPath, [nodeGyp, command, ...gypArgs, ...extra], {
    cwd,
    env: gypEnv(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

const started = Date.now();
say(`building ${label} …`);

// 1. Electron's headers (a no-op when they are cached in ~/.electron-gyp).
const headers = runGyp('install', ROOT, ['--ensure']);
if (!headers.ok) {
  if (process.env.RAPPORT_NATIVE_VERBOSE) console.error(headers.output);
  fail(
    2,
    `cannot download Electron ${wanted.electron}'s headers from ${HEADERS_URL} (offline or blocked?): ` +
      `${label} was not built. Set RAPPORT_NATIVE_VERBOSE=1 for node-gyp's log.`,
  );
}

// 2. Compile in a throw-away copy of the package.
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-sqlite-electron-'));
let failure = null;
try {
  const pkgCopy = path.join(work, DRIVER);
  // The real directory, dereferenced: a symlinked package (npm link, pnpm) must
  // be copied, never built in place.
  const source = fs.realpathSync(sqliteDir);
  const skip = new Set(['build', 'node_modules']);
  fs.cpSync(source, pkgCopy, {
    recursive: true,
    dereference: true,
    filter: (src) => !skip.has(path.relative(source, src).split(path.sep)[0]),
  });
  if (fs.lstatSync(pkgCopy).isSymbolicLink() || fs.existsSync(path.join(pkgCopy, 'build'))) {
    throw new Error(`refusing to build: ${pkgCopy} is not a clean copy`);
  }
  const build = runGyp('rebuild', pkgCopy, ['--release', '--jobs=max']);
  const built = path.join(pkgCopy, 'build', 'Release', 'better_sqlite3.node');
  if (!build.ok || !fs.existsSync(built)) {
    console.error(build.output.split('\n').slice(-40).join('\n'));
    failure = `node-gyp could not build ${label} (log above).`;
  } else {
    // 3. Install atomically, then stamp.
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const partial = `${OUT_FILE}.partial`;
    fs.copyFileSync(built, partial);
    fs.renameSync(partial, OUT_FILE);
    fs.writeFileSync(STAMP_FILE, `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`);
    say(`built ${label} in ${Math.round((Date.now() - started) / 1000)} s: ${rel(OUT_FILE)}`);
  }
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
if (failure) fail(1, failure);
