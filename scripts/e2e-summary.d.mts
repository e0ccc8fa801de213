// Types of scripts/e2e-summary.mjs, for its test.
export interface E2eSummary {
  passed: number;
  failed: number;
  skipped: number;
  /** Tests that passed only on a retry, by name (file › describe › title [project]). */
  flaky: string[];
  failedNames: string[];
}
export function summariseE2e(report: unknown): E2eSummary;
