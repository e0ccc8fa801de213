// `npm test`: typecheck, lint, unit tests (vitest), build, end-to-end tests
// (Playwright). Every step runs even when an earlier one failed, so one run
// shows everything; the last line sums all suites as `N passed, M failed`.
// An end-to-end test that passed only on CI's retry counts as failed, by name.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { summariseE2e } from './e2e-summary.mjs';

fs.mkdirSync('.reports', { recursive: true });
const tally = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];
const flaky = [];

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

/** A check without test counts of its own counts as one test. */
function check(name, command, args) {
  if (run(name, command, args)) tally.passed += 1;
  else tally.failed += 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

check('typecheck (node side)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']);
check('typecheck (web side)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']);
check('typecheck (e2e specs)', 'npx', ['tsc', '-p', 'tsconfig.e2e.json', '--noEmit']);
check('lint', 'npx', ['eslint', '.']);
check('security gate (Electronegativity, fuses)', 'node', ['scripts/security-gate.mjs']);

// Every test removes what it writes, also when it fails: what rapport-* the
// temp folder holds after the suites that it did not hold before is named.
const tempEntries = () => new Set(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('rapport-')));
const tempBefore = tempEntries();

fs.rmSync('.reports/unit.json', { force: true });
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.reports/unit.json']);
const unit = readJson('.reports/unit.json');
if (unit) {
  tally.passed += unit.numPassedTests;
  tally.failed += unit.numFailedTests;
  tally.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else tally.failed += 1;

const built = run('build', 'node', ['scripts/build.mjs']);
if (built) {
  fs.rmSync('.reports/e2e.json', { force: true });
  run('end-to-end tests', 'npx', ['playwright', 'test', '--reporter=list,json', '--fail-on-flaky-tests'], { PLAYWRIGHT_JSON_OUTPUT_NAME: '.reports/e2e.json' });
  const e2e = readJson('.reports/e2e.json');
  if (e2e) {
    const summary = summariseE2e(e2e);
    tally.passed += summary.passed;
    tally.failed += summary.failed;
    tally.skipped += summary.skipped;
    flaky.push(...summary.flaky);
  } else tally.failed += 1;
} else tally.failed += 1;

const leftBehind = [...tempEntries()].filter((name) => !tempBefore.has(name));
console.log(`\n=== temporary files: ${leftBehind.length ? `${leftBehind.length} left in ${os.tmpdir()} by the tests` : 'none left behind'}`);
if (leftBehind.length) {
  for (const name of leftBehind.slice(0, 20)) console.log(`  ${name}`);
  failedSteps.push('temporary files left behind');
  tally.failed += 1;
} else tally.passed += 1;

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (flaky.length) console.log(`\nFlaky: passed only on a retry, counted as failed:\n${flaky.map((name) => `  ${name}`).join('\n')}`);
const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
console.log(`\n${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exit(failedSteps.length || tally.failed ? 1 : 0);
