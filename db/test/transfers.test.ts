// The desktop app's journal archive moves (electron/journal-archive.ts), on
// real files: saved from the transfers folder where the save dialog said
// (streamed, durably, the transfer removed either way) and an export the
// open dialog chose copied in.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalError } from '../../core/errors';
import { newTransferId, receiveFile, saveTransferAs } from '../common/transfers';

let root: string;
let transfers: string;
let chosen: string;

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-archive-'));
  transfers = path.join(root, 'transfers');
  chosen = path.join(root, 'Documents');
  fs.mkdirSync(transfers);
  fs.mkdirSync(chosen);
});

afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(root, { recursive: true, force: true });
});

/** A transfer as the journal's exportArchive leaves it: larger than one stream chunk (64 KiB), random bytes. */
function transfer(bytes = crypto.randomBytes(5 * 1024 * 1024 + 3)): { id: string; bytes: Buffer } {
  const id = newTransferId();
  fs.writeFileSync(path.join(transfers, id), bytes);
  return { id, bytes };
}

const keyOf = (err: unknown) => (err instanceof JournalError ? err.key : String(err));

describe('saveTransferAs: the archive where the save dialog said', () => {
  it('copies the bytes streamed, never read whole, and removes the transfer', async () => {
    const { id, bytes } = transfer();
    const readWhole = vi.spyOn(fs, 'readFileSync');
    const target = path.join(chosen, 'rapport-2026-12-07.zip');
    await saveTransferAs(transfers, id, target);
    expect(readWhole).not.toHaveBeenCalled();
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
    expect(fs.readdirSync(transfers)).toEqual([]);
    expect(fs.readdirSync(chosen)).toEqual(['rapport-2026-12-07.zip']);
  });

  it('writes a temporary name beside the target, flushes it, renames it, then flushes the folder', async () => {
    const { id } = transfer();
    const target = path.join(chosen, 'rapport.zip');
    const steps: string[] = [];
    const fds = new Map<number, string>();
    const open = fs.openSync.bind(fs);
    vi.spyOn(fs, 'openSync').mockImplementation(((file: fs.PathLike, flags: fs.OpenMode) => {
      const fd = open(file, flags);
      fds.set(fd, String(file));
      return fd;
    }) as typeof fs.openSync);
    const fsync = fs.fsyncSync.bind(fs);
    vi.spyOn(fs, 'fsyncSync').mockImplementation((fd: number) => {
      steps.push(`fsync ${path.basename(fds.get(fd) ?? '?')}`);
      fsync(fd);
    });
    const rename = fs.renameSync.bind(fs);
    vi.spyOn(fs, 'renameSync').mockImplementation((from: fs.PathLike, to: fs.PathLike) => {
      steps.push(`rename ${path.basename(String(from))} -> ${path.basename(String(to))}`);
      rename(from, to);
    });
    await saveTransferAs(transfers, id, target);
    const temp = `.rapport.zip.${process.pid}.tmp`;
    const expected = [`fsync ${temp}`, `rename ${temp} -> rapport.zip`];
    if (process.platform !== 'win32') expected.push('fsync Documents');
    expect(steps).toEqual(expected);
  });

  it('replaces a file already there (the dialog asked first)', async () => {
    const target = path.join(chosen, 'rapport.zip');
    fs.writeFileSync(target, 'an older export');
    const { id, bytes } = transfer(Buffer.from('PK a new archive'));
    await saveTransferAs(transfers, id, target);
    expect(fs.readFileSync(target).equals(bytes)).toBe(true);
  });

  it('cancelled (no target): the transfer is removed and nothing is written', async () => {
    const { id } = transfer();
    await saveTransferAs(transfers, id, null);
    expect(fs.readdirSync(transfers)).toEqual([]);
    expect(fs.readdirSync(chosen)).toEqual([]);
  });

  it('a target that cannot be written: a translated error naming it, nothing left, the transfer removed', async () => {
    const { id } = transfer();
    const blocker = path.join(chosen, 'not-a-folder');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const target = path.join(blocker, 'rapport.zip');
    const err = await saveTransferAs(transfers, id, target).catch((e: unknown) => e);
    expect(keyOf(err)).toBe('fileNotWritten');
    expect((err as JournalError).issues[0]?.params.file).toBe(target);
    expect(fs.readdirSync(chosen)).toEqual(['not-a-folder']);
    expect(fs.readdirSync(transfers)).toEqual([]);
  });

  it('a transfer that is gone: an error, and no file where the dialog said', async () => {
    const target = path.join(chosen, 'rapport.zip');
    const err = await saveTransferAs(transfers, newTransferId(), target).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(JournalError);
    expect(fs.readdirSync(chosen)).toEqual([]);
  });
});

describe('receiveFile: the export the open dialog chose, copied in for importUpload', () => {
  it('copies the file streamed under a new transfer id and leaves the original', async () => {
    const source = path.join(chosen, 'rapport-2026-12-01.zip');
    const bytes = crypto.randomBytes(2 * 1024 * 1024 + 5);
    fs.writeFileSync(source, bytes);
    const readWhole = vi.spyOn(fs, 'readFileSync');
    const id = await receiveFile(transfers, source);
    expect(readWhole).not.toHaveBeenCalled();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(fs.readdirSync(transfers)).toEqual([id]);
    expect(fs.readFileSync(path.join(transfers, id)).equals(bytes)).toBe(true);
    expect(fs.readFileSync(source).equals(bytes)).toBe(true);
  });

  it('a file that is gone: "missing", nothing left in the transfers folder', async () => {
    const err = await receiveFile(transfers, path.join(chosen, 'gone.zip')).catch((e: unknown) => e);
    expect(keyOf(err)).toBe('missing');
    expect(fs.readdirSync(transfers)).toEqual([]);
  });

  it('a file larger than an upload may be: "requestTooLarge" with the limit, nothing left', async () => {
    const source = path.join(chosen, 'big.zip');
    fs.writeFileSync(source, crypto.randomBytes(200_000));
    const err = await receiveFile(transfers, source, 100_000).catch((e: unknown) => e);
    expect(keyOf(err)).toBe('requestTooLarge');
    expect((err as JournalError).issues[0]?.params.max).toBeTruthy();
    expect(fs.readdirSync(transfers)).toEqual([]);
  });

  it('a folder chosen instead of a file: "unreadable", nothing left', async () => {
    const err = await receiveFile(transfers, chosen).catch((e: unknown) => e);
    expect(keyOf(err)).toBe('unreadable');
    expect(fs.readdirSync(transfers)).toEqual([]);
  });
});
