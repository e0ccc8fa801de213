// Temporary folders for the unit tests: each is removed after its test file,
// also when a test fails (db/test/setup.ts runs removeTempDirs last). A test
// that makes a folder of its own in the temp folder leaves it behind; the
// check after the suites (scripts/test.mjs) names any rapport-* it finds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A new folder in the system's temp folder, removed after this test file. */
export function tempDir(prefix = 'rapport-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
