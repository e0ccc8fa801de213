// A real Playwright run with a retry, read the way `npm test` reads it: a tiny
// spec whose first test fails on its first attempt and passes on the retry.
// Playwright calls that "flaky" and exits 0 without --fail-on-flaky-tests;
// npm test must name it and count it as failed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { summariseE2e } from './e2e-summary.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inside the project (in the git-ignored .reports/) so the spec finds @playwright/test.
fs.mkdirSync(path.join(ROOT, '.reports'), { recursive: true });
const dir = fs.mkdtempSync(path.join(ROOT, '.reports', 'e2e-summary-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const SPEC = `
import { expect, test } from '@playwright/test';
test.describe('probe', () => {
  test('passes only on the retry', async ({}, testInfo) => { expect(testInfo.retry).toBe(1); });
  test('passes', async () => { expect(1).toBe(1); });
  test('always fails', async () => { expect(1).toBe(2); });
  test.skip('is skipped', async () => {});
});
`;
const CONFIG = `export default { testDir: '.', retries: 1, workers: 1, reporter: [['json', { outputFile: 'report.json' }]] };\n`;

function playwright(extra: string[]): { status: number | null; report: unknown } {
  fs.rmSync(path.join(dir, 'report.json'), { force: true });
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@playwright/test/cli.js'), 'test', '--config', path.join(dir, 'playwright.config.mjs'), ...extra], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '' },
  });
  const file = path.join(dir, 'report.json');
  if (!fs.existsSync(file)) throw new Error(`Playwright wrote no report (exit ${run.status}):\n${run.stdout}${run.stderr}`);
  return { status: run.status, report: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

// Each run starts Playwright (seconds, more on a busy machine): generous time.
const SLOW = 180_000;

describe('summariseE2e on a real Playwright report', () => {
  it('names a test that passed only on a retry and counts it as failed', () => {
    fs.writeFileSync(path.join(dir, 'probe.spec.ts'), SPEC);
    fs.writeFileSync(path.join(dir, 'playwright.config.mjs'), CONFIG);
    const { status, report } = playwright(['--grep-invert', 'always fails']);
    // What Playwright itself says: a pass, with one flaky test and nothing unexpected.
    expect(status).toBe(0);
    expect((report as { stats: Record<string, number> }).stats).toMatchObject({ expected: 1, flaky: 1, unexpected: 0, skipped: 1 });
    expect(summariseE2e(report)).toEqual({
      passed: 1, failed: 1, skipped: 1, flaky: ['probe.spec.ts › probe › passes only on the retry'], failedNames: [],
    });
  }, SLOW);

  it('counts a test that failed on every attempt as failed, by name, not as flaky', () => {
    const { status, report } = playwright(['--grep', 'always fails']);
    expect(status).toBe(1);
    expect(summariseE2e(report)).toEqual({ passed: 0, failed: 1, skipped: 0, flaky: [], failedNames: ['probe.spec.ts › probe › always fails'] });
  }, SLOW);

  it('counts a spec that does not load as a failure (Playwright runs nothing, its stats say 0 unexpected)', () => {
    fs.writeFileSync(path.join(dir, 'broken.spec.ts'), "import { test } from '@playwright/test';\nthrow new Error('broken spec');\ntest('x', () => {});\n");
    const { status, report } = playwright([]);
    expect(status).toBe(1);
    expect((report as { stats: Record<string, number> }).stats).toMatchObject({ unexpected: 0 });
    expect(summariseE2e(report)).toMatchObject({ failed: 1, failedNames: ['(outside any test) Error: broken spec'] });
  }, SLOW);
});
