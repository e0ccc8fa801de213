#!/usr/bin/env node
// The security gate (issue 5, "Lock it down"): Electronegativity over electron/,
// judged against the table "Electronegativity findings we accept" in
// docs/security.md, plus the packaging facts from electron-builder.yml.
//
//   node scripts/security-gate.mjs             scan, judge, check packaging
//
// Electronegativity always passes on its own, so the gate judges its
// findings. Every HIGH or MEDIUM finding (or one of a severity it does not
// know) fails the gate unless docs/security.md accepts its check ID for its
// file, with a reason. LOW and INFORMATIONAL findings are listed, never fail.
// An accepted row that matches no finding is reported as stale (it does not
// fail: delete it).
//
// The scan calls the installed devDependency's API in this process (no npx,
// which could download an unpinned copy), or the package in
// ELECTRONEGATIVITY_DIR when it is not installed. It is told the installed
// Electron version: on its own it cannot find it in electron/ and assumes
// 0.1.0, which brings back checks for defaults long gone (remote module).
//
// Exit codes: 0 pass; 1 an unjustified finding or a packaging check failed;
// 2 the gate could not run (Electronegativity or js-yaml missing, a file it
// could not check).
import fs from 'node:fs';
import { createRequire } from 'node:module';
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

/**
 * Electronegativity's programmatic API (its package's main, dist/runner.js):
 * the findings come back as objects. Not its CLI's CSV: the CLI writes the
 * header and the rows with two fs.writeFile calls it does not wait for, so
 * the header can land on top of the first row (the flake "malformed row: ted
 * in the target application,…") or truncate the rows away (no findings at
 * all, a silent pass).
 */
function electronegativityRunner() {
  const override = process.env.ELECTRONEGATIVITY_DIR?.trim();
  try {
    const run = override ? createRequire(path.join(path.resolve(override), 'package.json'))('./') : requireFromRoot(PACKAGE);
    const fn = run?.default ?? run;
    if (typeof fn !== 'function') throw new Error('its main exports no function');
    return fn;
  } catch (err) {
    if (override) stop(`ELECTRONEGATIVITY_DIR=${override} is not Electronegativity's package folder (${err instanceof Error ? err.message : err}).`);
    stop(`${PACKAGE} is not installed: add it as a devDependency (npm install -D ${PACKAGE}@1.10.3).`);
  }
}

/** The Electron version to tell Electronegativity: the installed one, else package.json's range. */
function electronVersion() {
  const installed = readJson(path.join(ROOT, 'node_modules', 'electron', 'package.json'))?.version;
  if (installed) return installed;
  const range = readJson(path.join(ROOT, 'package.json'))?.devDependencies?.electron;
  return /\d+\.\d+\.\d+/.exec(range ?? '')?.[0] ?? null;
}

/** Electronegativity over electron/: { issues, errors } as its API returns them. */
async function scan() {
  const run = electronegativityRunner();
  const version = electronVersion();
  if (!version) console.warn('security gate: Electron version unknown; Electronegativity will assume 0.1.0');
  try {
    return await run({ input: path.join(ROOT, INPUT), isRelative: true, electronVersionOverride: version ?? undefined });
  } catch (err) {
    stop(`Electronegativity failed: ${err instanceof Error ? err.stack : err}`);
  }
}

/**
 * Electronegativity's result as findings { id, severity, confidence, file,
 * location, sample }, file from the repository root (or N/A for a global
 * check). A file it could not parse was not checked: that is a problem, and
 * so is an issue without a check ID or severity.
 */
export function findingsFrom(result) {
  const findings = [];
  const problems = [];
  for (const e of result?.errors ?? []) if (!e.tolerable) problems.push(`could not check ${path.relative(ROOT, e.file)}: ${e.message}`);
  if (!Array.isArray(result?.issues)) problems.push('no list of issues (not Electronegativity 1.10?)');
  for (const issue of result?.issues ?? []) {
    const id = String(issue?.id ?? '');
    const severity = String(issue?.severity?.name ?? '').toUpperCase();
    if (!/^[A-Z0-9_]+$/.test(id) || !severity) {
      problems.push(`an issue without a check ID or severity: ${JSON.stringify(issue).slice(0, 120)}`);
      continue;
    }
    const file = String(issue.file ?? 'N/A');
    const label = file === 'N/A' ? 'N/A' : path.posix.join(INPUT, file.replaceAll('\\', '/'));
    const location = `${issue.location?.line ?? 0}:${issue.location?.column ?? 0}`;
    findings.push({ id, severity, confidence: String(issue.confidence?.name ?? ''), file: label, location, sample: issue.sample ?? '' });
  }
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
    ['asarUnpack has node_modules/better-sqlite3-multiple-ciphers', unpack.some((p) => /^node_modules\/better-sqlite3-multiple-ciphers(\/\*\*(\/\*)?)?$/.test(p))],
    ['asarUnpack has native/electron (the Electron-ABI binding)', unpack.some((p) => /^native\/electron(\/\*\*(\/\*)?|\/better_sqlite3\.node)?$/.test(p))],
    ['files ship native/electron/better_sqlite3.node', files.some((f) => /^native\/electron(\/\*\*|\/better_sqlite3\.node)$/.test(f))],
    [
      'package.json "dist" builds better-sqlite3-multiple-ciphers for Electron (scripts/build-electron-native.mjs) before electron-builder',
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

async function main() {
  let { findings, problems } = findingsFrom(await scan());
  if (problems.length) stop(`Electronegativity's result is unusable:\n  ${problems.join('\n  ')}`);

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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
