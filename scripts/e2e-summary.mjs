// What `npm test` (scripts/test.mjs) counts of an end-to-end run, read from
// Playwright's JSON report, test by test. A test that passed only on a retry
// (status "flaky") counts as failed and is named: CI's retries must not hide
// a flake. An error outside any test (a spec that does not load) counts as a
// failure too.

/** { passed, failed, skipped, flaky: names, failedNames: names } of a Playwright JSON report. */
export function summariseE2e(report) {
  const summary = { passed: 0, failed: 0, skipped: 0, flaky: [], failedNames: [] };
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const name = [...titles, spec.title].filter(Boolean).join(' › ') + (test.projectName ? ` [${test.projectName}]` : '');
        if (test.status === 'expected') summary.passed += 1;
        else if (test.status === 'skipped') summary.skipped += 1;
        else {
          summary.failed += 1;
          (test.status === 'flaky' ? summary.flaky : summary.failedNames).push(name);
        }
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  for (const suite of report?.suites ?? []) visit(suite, [suite.title]);
  for (const error of report?.errors ?? []) {
    summary.failed += 1;
    summary.failedNames.push(`(outside any test) ${String(error?.message ?? error).split('\n')[0]}`);
  }
  return summary;
}
