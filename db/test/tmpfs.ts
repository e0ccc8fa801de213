// A small file system of the test's own, to make a disk full or read-only
// for real: a tmpfs mounted on a temporary folder. Mounting needs root with
// CAP_SYS_ADMIN (Linux); where that is not possible, canMount is false and
// the tests that need it say so on the console and do not run (it.runIf);
// they run in this project's sandbox and in CI containers started with --privileged.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function mountTmpfs(dir: string, size: string): boolean {
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' }).status === 0;
}

export function unmount(dir: string): void {
  spawnSync('umount', [dir], { stdio: 'ignore' });
}

/** Makes a mounted tmpfs read-only (everything on it stays readable). */
export function remountReadOnly(dir: string): boolean {
  return spawnSync('mount', ['-o', 'remount,ro', dir], { stdio: 'ignore' }).status === 0;
}

/** Whether this machine lets the tests mount a small tmpfs (tried once, on a scratch folder). */
export const canMount = (() => {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  const probe = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-mount-probe-'));
  try {
    if (!mountTmpfs(probe, '64k')) return false;
    unmount(probe);
    return true;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
})();

/** Writes filler until the file system refuses (ENOSPC); returns the filler's path (remove it to free the space). */
export function fill(dir: string): string {
  const filler = path.join(dir, 'filler.bin');
  const fd = fs.openSync(filler, 'w');
  try {
    for (const size of [16 * 1024, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOSPC') throw err;
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return filler;
}

/** Runs `test` in a fresh tmpfs of `size`, unmounted and removed afterwards whatever happens. */
export async function withTmpfs(size: string, test: (dir: string) => Promise<void> | void): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-tmpfs-'));
  try {
    if (!mountTmpfs(dir, size)) throw new Error(`could not mount a tmpfs on ${dir}`);
    try {
      await test(dir);
    } finally {
      unmount(dir);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
