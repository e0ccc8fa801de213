// What the app really asks of the disk during a first start, read from the
// system calls themselves (strace): a power cut can only lose what was not
// yet synced, so the order of mkdir, write, fsync and rename decides what
// survives. Checked here on the real code paths (the journal made at first
// start, the first backup with its new folder, the recent list in a new
// settings folder), not on a model of them:
// - a name appears only by a rename of a file already synced, and the folder
//   holding the new name is synced after it;
// - a folder made is synced in its parent before anything in it is relied on;
// - SQLite never touches the journal's own name before it is whole.
// Needs strace (Linux); where it is missing the test says so and does not run.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const hasStrace = process.platform === 'linux' && spawnSync('strace', ['-V'], { stdio: 'ignore' }).status === 0;
if (!hasStrace) console.warn('[power-cut-order] strace is not installed: the system-call order is not checked here');

interface Call {
  name: string;
  /** The call's arguments as strace prints them, fd paths included (-y). */
  args: string;
}

/** strace -f -y output lines ("PID name(args) = result") as calls that succeeded. */
function parseTrace(text: string): Call[] {
  const calls: Call[] = [];
  for (const line of text.split('\n')) {
    const m = /^\d+\s+(\w+)\((.*)\)\s+=\s+(-?\d+)/.exec(line);
    if (m && Number(m[3]) >= 0) calls.push({ name: m[1]!, args: m[2]! });
  }
  return calls;
}

const isRename = (c: Call) => c.name === 'rename' || c.name.startsWith('renameat');
const isSync = (c: Call) => c.name === 'fsync' || c.name === 'fdatasync';
/** A sync of the file or folder at exactly `p` (strace -y prints it as "fd</path>"). */
const syncOf = (p: string) => (c: Call) => isSync(c) && c.args.endsWith(`<${p}>`);
const renameTo = (p: string) => (c: Call) => isRename(c) && c.args.includes(`"${p}"`) && c.args.indexOf(`"${p}"`) > c.args.indexOf('"');
const mkdirOf = (p: string) => (c: Call) => (c.name === 'mkdir' || c.name === 'mkdirat') && c.args.includes(`"${p}"`);
/** The path renamed from (the first quoted path of a rename). */
const renamedFrom = (c: Call) => /"([^"]+)"/.exec(c.args)![1]!;

describe.runIf(hasStrace)('the order of a first start\'s writes, as the kernel sees it', () => {
  let root: string;
  let calls: Call[];
  const at = (find: (c: Call) => boolean, from = 0) => calls.findIndex((c, i) => i >= from && find(c));
  const lastBefore = (find: (c: Call) => boolean, before: number) => calls.slice(0, before).findLastIndex(find);

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-strace-'));
    // Bundled as the app is, inside node_modules so better-sqlite3 is found.
    const bundle = path.resolve('node_modules/.cache/rapport-tests', `durable-steps-${process.pid}.cjs`);
    try {
      await build({
        entryPoints: ['db/test/fixtures/durable-steps.ts'], outfile: bundle, bundle: true, platform: 'node', format: 'cjs',
        target: 'node20', loader: { '.sql': 'text' }, external: ['better-sqlite3-multiple-ciphers'], logLevel: 'warning',
      });
      const trace = path.join(root, 'trace.txt');
      const run = spawnSync('strace', [
        '-f', '-y', '-qq', '-s', '512', '-o', trace,
        '-e', 'trace=mkdir,mkdirat,rename,renameat,renameat2,fsync,fdatasync,openat,unlink,unlinkat',
        process.execPath, bundle, path.join(root, 'data', 'rapport.sqlite'), path.join(root, 'settings'),
      ], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status, run.stderr).toBe(0);
      calls = parseTrace(fs.readFileSync(trace, 'utf8'));
    } finally {
      fs.rmSync(bundle, { force: true });
    }
  }, 90_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the data folder is made and synced in its parent; the journal takes its name whole, by a rename of a synced file, then its folder is synced', () => {
    const data = path.join(root, 'data');
    const journal = path.join(data, 'rapport.sqlite');
    const made = at(mkdirOf(data));
    expect(made).toBeGreaterThanOrEqual(0);
    const parentSynced = at(syncOf(root), made);
    const named = at(renameTo(journal));
    expect(parentSynced).toBeGreaterThan(made);
    expect(named).toBeGreaterThan(parentSynced);
    const temp = renamedFrom(calls[named]!);
    expect(path.basename(temp)).toMatch(/^\.rapport\.sqlite\.creating-\d+$/);
    expect(lastBefore(syncOf(temp), named)).toBeGreaterThanOrEqual(0);
    expect(at(syncOf(data), named)).toBeGreaterThan(named);
    // Nothing opened, wrote or synced the journal's own name before the rename.
    expect(calls.slice(0, named).filter((c) => c.args.includes(`"${journal}"`) || c.args.includes(`<${journal}>`))).toEqual([]);
  });

  it('the first backup: its folder synced in the data folder before the backup is relied on; the backup a synced file renamed, its folder synced after', () => {
    const backups = path.join(root, 'data', 'backups');
    const made = at(mkdirOf(backups));
    expect(made).toBeGreaterThanOrEqual(0);
    const named = at((c) => isRename(c) && /\/rapport-[^/"]+-manual\.sqlite"/.test(c.args), made);
    expect(named).toBeGreaterThan(made);
    const folderSynced = at(syncOf(path.join(root, 'data')), made);
    expect(folderSynced).toBeGreaterThan(made);
    expect(folderSynced).toBeLessThan(named);
    const temp = renamedFrom(calls[named]!);
    expect(path.basename(temp)).toMatch(/^\.rapport-.+-manual\.sqlite\.partial$/);
    expect(lastBefore(syncOf(temp), named)).toBeGreaterThan(made);
    expect(at(syncOf(backups), named)).toBeGreaterThan(named);
  });

  it('the recent list: a new settings folder synced in its parent, the list written to a synced temporary file, renamed, its folder synced', () => {
    const settings = path.join(root, 'settings');
    const list = path.join(settings, 'recent-journals.json');
    const made = at(mkdirOf(settings));
    const named = at(renameTo(list));
    expect(made).toBeGreaterThanOrEqual(0);
    const folderSynced = at(syncOf(root), made);
    expect(folderSynced).toBeGreaterThan(made);
    expect(folderSynced).toBeLessThan(named);
    expect(lastBefore(syncOf(renamedFrom(calls[named]!)), named)).toBeGreaterThan(made);
    expect(at(syncOf(settings), named)).toBeGreaterThan(named);
  });
});
