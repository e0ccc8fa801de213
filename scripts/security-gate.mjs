#!/usr/bin/env node
// The security gate (issue 5, "Lock it down"): Electronegativity over electron/,
// judged against the table "Electronegativity findings we accept" in
// docs/security.md, plus the packaging facts from electron-builder.yml.
//
//   node scripts/security-gate.mjs             scan, judge, check packaging
//   node scripts/security-gate.mjs --csv FILE  judge an existing Electronegativity CSV (no scan)
//
// Electronegativity always exits 0, so the gate reads its CSV. Every HIGH or
// MEDIUM finding (or one of a severity it does not know) fails the gate unless
// docs/security.md accepts its check ID for its file, with a reason. LOW and
// INFORMATIONAL findings are listed, never fail. An accepted row that matches
// no finding is reported as stale (it does not fail: delete it).
//
// The scan runs Electronegativity's own bin with Node (the same thing
// `npx @doyensec/electronegativity` runs, minus npx's fallback of downloading
// an unpinned copy): the devDependency, or ELECTRONEGATIVITY_BIN (a path to its
// dist/index.js or its package folder) when it is not installed. It is told the
// installed Electron version (-e): on its own it cannot find it in electron/ and
// assumes 0.1.0, which brings back checks for defaults long gone (remote module).
//
// Exit codes: 0 pass; 1 an unjustified finding or a packaging check failed;
// 2 the gate could not run (Electronegativity or js-yaml missing, no CSV).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = 'electron';
const DOC = 'docs/security.md';
const BUILDER = 'electron-builder.yml';
const ACCEPT_HEADING = /^(#+)\s+Electronegativity findings we accept\b/i;
const NOT_GATED = new Set(['LOW', 'INFORMATIONAL']);
const PACKAGE = '@doyensec/electronegativity';
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

function stop(message) {
  console.error(`security gate: cannot run: ${message}`);
  process.exit(2);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// ---------- Electronegativity ----------

function electronegativityBin() {
  const override = process.env.ELECTRONEGATIVITY_BIN?.trim();
  const fromPackageDir = (dir) => {
    const pkg = readJson(path.join(dir, 'package.json'));
    const bin = typeof pkg?.bin === 'string' ? pkg.bin : pkg?.bin?.electronegativity;
    return bin ? path.join(dir, bin) : null;
  };
  if (override) {
    const bin = fs.existsSync(override) && fs.statSync(override).isDirectory() ? fromPackageDir(override) : override;
    if (!bin || !fs.existsSync(bin)) stop(`ELECTRONEGATIVITY_BIN=${override} is not Electronegativity's bin or package folder.`);
    return bin;
  }
  let dir;
  try {
    dir = path.dirname(requireFromRoot.resolve(`${PACKAGE}/package.json`));
  } catch {
    stop(`${PACKAGE} is not installed: add it as a devDependency (npm install -D ${PACKAGE}@1.10.3).`);
  }
  const bin = fromPackageDir(dir);
  if (!bin || !fs.existsSync(bin)) stop(`${PACKAGE} in ${dir} has no bin.`);
  return bin;
}

/** The Electron version to tell Electronegativity: the installed one, else package.json's range. */
function electronVersion() {
  const installed = readJson(path.join(ROOT, 'node_modules', 'electron', 'package.json'))?.version;
  if (installed) return installed;
  const range = readJson(path.join(ROOT, 'package.json'))?.devDependencies?.electron;
  return /\d+\.\d+\.\d+/.exec(range ?? '')?.[0] ?? null;
}

function scan() {
  const bin = electronegativityBin();
  const version = electronVersion();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-security-gate-'));
  const csv = path.join(tmp, 'en.csv');
  try {
    const args = [bin, '-i', path.join(ROOT, INPUT), '-r', '-v', 'false', '-o', csv];
    if (version) args.push('-e', version);
    else console.warn('security gate: Electron version unknown; Electronegativity will assume 0.1.0');
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000, maxBuffer: 16 * 1024 * 1024 });
    if (run.status !== 0 || !fs.existsSync(csv)) {
      console.error(`${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`);
      stop(`Electronegativity did not write ${csv} (exit ${run.status}).`);
    }
    return fs.readFileSync(csv, 'utf8');
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** RFC 4180: quoted fields with "" for a quote, newlines inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/**
 * Electronegativity's CSV: `issue, severity, confidence, filename, location,
 * sample, description, url`. It writes the header and the rows with two
 * unsynchronised writes, so the header is looked for on any line, and a row
 * that is not 8 well-formed fields makes the CSV unusable rather than ignored.
 */
export function findingsFromCsv(text) {
  const findings = [];
  const problems = [];
  let header = false;
  for (const cells of parseCsv(text)) {
    if (cells[0]?.trim() === 'issue') {
      header = true;
      continue;
    }
    const [id, severity, confidence, file, location, sample] = cells.map((c) => c.trim());
    if (cells.length !== 8 || !/^[A-Z0-9_]+$/.test(id) || !severity) {
      problems.push(`malformed row: ${cells.join(',').slice(0, 120)}`);
      continue;
    }
    const label = file === 'N/A' ? 'N/A' : path.posix.join(INPUT, file.replaceAll('\\', '/'));
    findings.push({ id, severity: severity.toUpperCase(), confidence, file: label, location, sample });
  }
  if (!header) problems.push('no header line (not an Electronegativity CSV?)');
  return { findings, problems };
}

// ---------- docs/security.md ----------

const stripTicks = (s) => s.trim().replace(/^`+|`+$/g, '').trim();
const normalizeFile = (s) => stripTicks(s).replaceAll('\\', '/').replace(/^\.\//, '');

/** The rows of the table under "Electronegativity findings we accept": { id, file, why }. */
export function acceptedFromDoc(markdown) {
  const accepted = [];
  const problems = [];
  let level = 0;
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#+)\s/.exec(line);
    if (heading) {
      const start = ACCEPT_HEADING.exec(line);
      if (start) level = start[1].length;
      else if (level && heading[1].length <= level) level = 0;
      continue;
    }
    if (!level || !line.trim().startsWith('|')) continue;
    const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
    if (cells.every((c) => /^:?-{3,}:?$/.test(c))) continue; // separator
    if (/^check_?id$/i.test(stripTicks(cells[0] ?? ''))) continue; // header
    const [id = '', file = '', ...rest] = cells;
    const row = { id: stripTicks(id), file: normalizeFile(file), why: rest.join('|').trim() };
    if (!/^[A-Z0-9_]+$/.test(row.id) || !row.file || row.why.length < 20) {
      problems.push(`table row without check ID, file or a reason (20+ characters): ${line.trim()}`);
      continue;
    }
    accepted.push(row);
  }
  if (!accepted.length && !problems.length) problems.push(`no table under "Electronegativity findings we accept" in ${DOC}`);
  return { accepted, problems };
}

// ---------- packaging ----------

/** [description, ok] for electron-builder.yml (parsed) and package.json. */
export function packagingChecks(config, pkg) {
  const fuses = config?.electronFuses ?? {};
  const unpack = [config?.asarUnpack ?? []].flat().map(String);
  const files = [config?.files ?? []].flat().map((f) => (typeof f === 'string' ? f : ''));
  const dist = String(pkg?.scripts?.dist ?? '');
  return [
    ['fuse runAsNode is off', fuses.runAsNode === false],
    ['fuse enableNodeOptionsEnvironmentVariable is off', fuses.enableNodeOptionsEnvironmentVariable === false],
    ['fuse enableNodeCliInspectArguments is off', fuses.enableNodeCliInspectArguments === false],
    ['fuse enableEmbeddedAsarIntegrityValidation is on', fuses.enableEmbeddedAsarIntegrityValidation === true],
    ['fuse onlyLoadAppFromAsar is on', fuses.onlyLoadAppFromAsar === true],
    ['fuse grantFileProtocolExtraPrivileges is off', fuses.grantFileProtocolExtraPrivileges === false],
    ['fuse enableCookieEncryption is on', fuses.enableCookieEncryption === true],
    ['asar is on', config?.asar === true || (typeof config?.asar === 'object' && config.asar !== null)],
    ['npmRebuild is false', config?.npmRebuild === false],
    ['nodeGypRebuild is not on', config?.nodeGypRebuild !== true],
    ['asarUnpack has node_modules/better-sqlite3', unpack.some((p) => /^node_modules\/better-sqlite3(\/\*\*(\/\*)?)?$/.test(p))],
    ['asarUnpack has native/electron (the Electron-ABI binding)', unpack.some((p) => /^native\/electron(\/\*\*(\/\*)?|\/better_sqlite3\.node)?$/.test(p))],
    ['files ship native/electron/better_sqlite3.node', files.some((f) => /^native\/electron(\/\*\*|\/better_sqlite3\.node)$/.test(f))],
    [
      'package.json "dist" builds better-sqlite3 for Electron (scripts/build-electron-native.mjs) before electron-builder',
      /build-electron-native\.mjs[\s\S]*electron-builder/.test(dist),
    ],
  ];
}

function loadBuilderConfig() {
  let yaml;
  try {
    yaml = requireFromRoot('js-yaml');
  } catch {
    stop('js-yaml not found in node_modules (electron-builder brings it): run npm install.');
  }
  try {
    return yaml.load(fs.readFileSync(path.join(ROOT, BUILDER), 'utf8'));
  } catch (err) {
    stop(`cannot read ${BUILDER}: ${err instanceof Error ? err.message : err}`);
  }
}

// ---------- the gate ----------

function main() {
  const args = process.argv.slice(2);
  const csvArg = args.indexOf('--csv');
  const csvText = csvArg >= 0 ? fs.readFileSync(path.resolve(args[csvArg + 1] ?? ''), 'utf8') : scan();

  let { findings, problems } = findingsFromCsv(csvText);
  if (problems.length) stop(`Electronegativity's CSV is unusable:\n  ${problems.join('\n  ')}`);

  const docPath = path.join(ROOT, DOC);
  if (!fs.existsSync(docPath)) stop(`${DOC} is missing`);
  const doc = acceptedFromDoc(fs.readFileSync(docPath, 'utf8'));
  problems = doc.problems;

  const isAccepted = (f) => doc.accepted.some((a) => a.id === f.id && a.file === f.file);
  let accepted = 0;
  let failing = 0;
  console.log(`Electronegativity findings in ${INPUT}/ (accepted in ${DOC}):`);
  for (const f of findings) {
    let status;
    if (isAccepted(f)) {
      status = 'accepted';
      accepted++;
    } else if (NOT_GATED.has(f.severity)) status = 'not gated';
    else {
      status = 'FAILS';
      failing++;
    }
    const where = f.file === 'N/A' ? 'N/A (global)' : `${f.file}:${f.location}`;
    console.log(`  ${status.padEnd(9)} ${f.severity.padEnd(13)} ${f.id.padEnd(28)} ${where}`);
  }
  if (!findings.length) console.log('  (none)');
  for (const a of doc.accepted) {
    if (!findings.some((f) => f.id === a.id && f.file === a.file)) console.log(`  stale     ${a.id} ${a.file}: accepted in ${DOC} but not found (remove the row)`);
  }
  for (const p of problems) console.log(`  FAILS     ${DOC}: ${p}`);

  const pkg = readJson(path.join(ROOT, 'package.json'));
  const checks = packagingChecks(loadBuilderConfig(), pkg);
  console.log(`Packaging (${BUILDER}, package.json):`);
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok   ' : 'FAILS'} ${what}`);
  const packagingFailing = checks.filter(([, ok]) => !ok).length;

  console.log(
    `security gate: ${findings.length} findings, ${accepted} accepted, ${failing + problems.length} failing; ` +
      `packaging: ${checks.length} checks, ${packagingFailing} failing`,
  );
  process.exit(failing || problems.length || packagingFailing ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
