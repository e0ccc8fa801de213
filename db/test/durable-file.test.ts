// The one durable way to write a file (db/common/durable-file.ts), checked
// through a file system that records every call it is asked to make: the
// order is what makes a power cut harmless (write, file sync, rename, folder
// sync; a new folder synced in its parent). The calls go on to the real file
// system in a temporary folder, so what is left on disk is checked too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureFolder, replaceFile, writeFileDurably, type DurableFs } from '../common/durable-file';
import { thrown } from './helpers';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-durable-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

const errno = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/**
 * The real file system, recording each call as "call name" with paths
 * relative to the test's folder (a temporary file shows as "<temp>"), and
 * failing the calls `fail` names.
 */
function recorder(fail: (call: string) => Error | null = () => null): { fs: DurableFs; calls: string[] } {
  const calls: string[] = [];
  const fdNames = new Map<number, string>();
  const name = (p: string) => {
    const rel = path.relative(root, p) || '.';
    return /\.tmp$|\.partial$/.test(rel) ? rel.replace(/[^/]+$/, '<temp>') : rel;
  };
  const record = (call: string) => {
    calls.push(call);
    const err = fail(call);
    if (err) throw err;
  };
  const recorded: DurableFs = {
    existsSync: (p) => fs.existsSync(p),
    mkdirSync: (p) => {
      record(`mkdir ${name(p)}`);
      fs.mkdirSync(p);
    },
    openSync: (p, flags) => {
      record(`open ${name(p)}`);
      const fd = fs.openSync(p, flags);
      fdNames.set(fd, name(p));
      return fd;
    },
    writeSync: (fd, data, offset, length, position) => {
      record(`write ${fdNames.get(fd)}`);
      return fs.writeSync(fd, data, offset, length, position);
    },
    fsyncSync: (fd) => {
      record(`fsync ${fdNames.get(fd)}`);
      fs.fsyncSync(fd);
    },
    closeSync: (fd) => {
      calls.push(`close ${fdNames.get(fd)}`);
      fs.closeSync(fd);
    },
    renameSync: (from, to) => {
      record(`rename ${name(from)} -> ${name(to)}`);
      fs.renameSync(from, to);
    },
    rmSync: (p, options) => {
      calls.push(`rm ${name(p)}`);
      fs.rmSync(p, options);
    },
  };
  return { fs: recorded, calls };
}

/** Only the calls that decide what survives a cut: writes, syncs, renames, new folders. */
const decisive = (calls: string[]) => calls.filter((c) => /^(mkdir|write|fsync|rename) /.test(c));

describe('writeFileDurably', () => {
  it('writes a temporary file, syncs it, renames it over the file, then syncs the folder', () => {
    const file = path.join(root, 'recent-journals.json');
    fs.writeFileSync(file, 'old');
    const { fs: recorded, calls } = recorder();
    writeFileDurably(file, '{"recent":[]}', { fs: recorded, platform: 'linux' });
    expect(decisive(calls)).toEqual(['write <temp>', 'fsync <temp>', 'rename <temp> -> recent-journals.json', 'fsync .']);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"recent":[]}');
    expect(fs.readdirSync(root)).toEqual(['recent-journals.json']);
  });

  it('makes missing folders and syncs each in its parent before the file is written', () => {
    const file = path.join(root, 'settings', 'Rapport', 'shell-state.json');
    const { fs: recorded, calls } = recorder();
    writeFileDurably(file, '{}', { fs: recorded, platform: 'linux' });
    expect(decisive(calls)).toEqual([
      'mkdir settings', 'mkdir settings/Rapport',
      'fsync .', 'fsync settings',
      'write settings/Rapport/<temp>', 'fsync settings/Rapport/<temp>', 'rename settings/Rapport/<temp> -> settings/Rapport/shell-state.json',
      'fsync settings/Rapport',
    ]);
    expect(fs.readFileSync(file, 'utf8')).toBe('{}');
  });

  it('a failing file sync is a failed write: translated, naming the file; the old file stays and no temporary file is left', () => {
    const file = path.join(root, 'shell-state.json');
    fs.writeFileSync(file, 'old');
    const { fs: recorded, calls } = recorder((call) => (call === 'fsync <temp>' ? errno('EIO') : null));
    const error = thrown(() => writeFileDurably(file, 'new', { fs: recorded, platform: 'linux' }));
    expect(error).toMatchObject({ code: 'conflict', key: 'fileNotWritten', issues: [{ key: 'fileNotWritten', params: { file, reason: 'EIO' } }] });
    // Never retried as if it had worked: no rename after the failed sync.
    expect(calls.filter((c) => c.startsWith('rename') || c.startsWith('fsync'))).toEqual(['fsync <temp>']);
    expect(fs.readFileSync(file, 'utf8')).toBe('old');
    expect(fs.readdirSync(root)).toEqual(['shell-state.json']);
  });

  it('a full disk, a read-only folder or a refused permission each have their own translated error', () => {
    const file = path.join(root, 'recent-journals.json');
    fs.writeFileSync(file, 'old');
    for (const [code, key] of [['ENOSPC', 'fileDiskFull'], ['EROFS', 'fileReadOnly'], ['EACCES', 'fileNoPermission']] as const) {
      const { fs: recorded } = recorder((call) => (call === 'write <temp>' ? errno(code) : null));
      expect(thrown(() => writeFileDurably(file, 'new', { fs: recorded }))).toMatchObject({ key, issues: [{ params: { file } }] });
      expect(fs.readFileSync(file, 'utf8')).toBe('old');
      expect(fs.readdirSync(root)).toEqual(['recent-journals.json']);
    }
  });

  it('a folder that cannot be synced (some network shares) is skipped; a folder sync that fails after the rename is reported', () => {
    const file = path.join(root, 'shell-state.json');
    const refuses = recorder((call) => (call === 'fsync .' ? errno('EINVAL') : null));
    writeFileDurably(file, 'one', { fs: refuses.fs, platform: 'linux' });
    expect(fs.readFileSync(file, 'utf8')).toBe('one');

    const fails = recorder((call) => (call === 'fsync .' ? errno('EIO') : null));
    const error = thrown(() => writeFileDurably(file, 'two', { fs: fails.fs, platform: 'linux' }));
    expect(error).toMatchObject({ key: 'fileNotConfirmed', issues: [{ params: { file, reason: 'EIO' } }] });
  });

  it('on Windows the folder is not opened to be synced (it cannot be); the file is still synced', () => {
    const file = path.join(root, 'new', 'shell-state.json');
    const { fs: recorded, calls } = recorder();
    writeFileDurably(file, '{}', { fs: recorded, platform: 'win32' });
    expect(decisive(calls)).toEqual(['mkdir new', 'write new/<temp>', 'fsync new/<temp>', 'rename new/<temp> -> new/shell-state.json']);
  });
});

describe('replaceFile and ensureFolder', () => {
  it('puts a file written by someone else in place: sync it, rename, sync the folder', () => {
    const temp = path.join(root, '.rapport-backup.sqlite.partial');
    fs.writeFileSync(temp, 'copy');
    const { fs: recorded, calls } = recorder();
    replaceFile(temp, path.join(root, 'rapport-backup.sqlite'), { fs: recorded, platform: 'linux' });
    expect(decisive(calls)).toEqual(['fsync <temp>', 'rename <temp> -> rapport-backup.sqlite', 'fsync .']);
    expect(fs.readdirSync(root)).toEqual(['rapport-backup.sqlite']);
  });

  it('a failing sync leaves the previous file and removes the temporary one', () => {
    const final = path.join(root, 'rapport.sqlite');
    const temp = path.join(root, 'rapport.sqlite.restoring-1.partial');
    fs.writeFileSync(final, 'journal');
    fs.writeFileSync(temp, 'restored');
    const { fs: recorded } = recorder((call) => (call === 'fsync <temp>' ? errno('EIO') : null));
    expect(thrown(() => replaceFile(temp, final, { fs: recorded }))).toMatchObject({ key: 'fileNotWritten', issues: [{ params: { file: final } }] });
    expect(fs.readFileSync(final, 'utf8')).toBe('journal');
    expect(fs.readdirSync(root)).toEqual(['rapport.sqlite']);
  });

  it('a backups folder made for the first backup is synced in its parent, so its backups cannot vanish with it', () => {
    const { fs: recorded, calls } = recorder();
    ensureFolder(path.join(root, 'backups'), { fs: recorded, platform: 'linux' });
    expect(decisive(calls)).toEqual(['mkdir backups', 'fsync .']);
    calls.length = 0;
    ensureFolder(path.join(root, 'backups'), { fs: recorded, platform: 'linux' });
    expect(calls).toEqual([]); // already there: nothing to make or sync
  });
});
