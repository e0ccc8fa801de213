// Large files between a shell and the journal's worker without passing their
// bytes through a call: an export the worker writes for the shell to send as
// a download, an upload the shell receives for the worker to import. Each
// lives in the settings folder's `transfers` under a random one-time id (128
// bits: the id is the only thing that names it), is streamed in and out, and
// is removed once used; what a crash leaves is removed at the next start.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { formatLimit } from '../../core/attachment-limits';
import { JournalError } from '../../core/errors';
import { pipeIntoFile, writeProblem, writeStreamDurably } from './durable-file';

export const TRANSFERS_FOLDER = 'transfers';

/** An export taken in to import: a journal's attachments may reach 2 GB together (core/attachment-limits.ts), with its rows beside them. */
export const MAX_UPLOAD_BYTES = 3 * 1024 * 1024 * 1024;

/** The transfers folder of a settings folder. */
export const transferDirIn = (settingsDir: string): string => path.join(settingsDir, TRANSFERS_FOLDER);

const ID = /^[A-Za-z0-9_-]{22}$/;

export function newTransferId(): string {
  return crypto.randomBytes(16).toString('base64url');
}

/** The file of a transfer id; null for anything that is not one (no path can be named through it). */
export function transferFile(dir: string, id: string): string | null {
  return ID.test(id) ? path.join(dir, id) : null;
}

export function removeTransfer(dir: string, id: string): void {
  const file = transferFile(dir, id);
  if (file) fs.rmSync(file, { force: true });
}

/** Removes every transfer a previous run left (a download never fetched, an upload never imported). */
export function clearTransfers(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Thrown by receiveUpload when the body is larger than allowed. */
export class UploadTooLarge extends Error {
  constructor() {
    super('tooLarge');
  }
}

/** Streams `body` into a new transfer (at most `maxBytes`) and returns its id; on failure nothing is left. */
export async function receiveUpload(dir: string, body: NodeJS.ReadableStream, maxBytes: number): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const id = newTransferId();
  const file = path.join(dir, id);
  let size = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      done(size > maxBytes ? new UploadTooLarge() : null, chunk);
    },
  });
  await pipeIntoFile(file, 'wx', body, limit);
  return id;
}

/**
 * Saves transfer `id` as `target` durably (a temporary name beside it,
 * fsync, rename, folder fsync: writeStreamDurably), streamed, and removes
 * the transfer, saved or not; `target` null (a save dialog cancelled) only
 * removes it. Throws a translated error naming `target`; it is then as it was.
 * The desktop app's export (electron/journal-archive.ts).
 */
export async function saveTransferAs(dir: string, id: string, target: string | null): Promise<void> {
  const file = transferFile(dir, id);
  if (target === null) return removeTransfer(dir, id);
  try {
    if (!file) throw new JournalError('bad_request', 'badRequest');
    await writeStreamDurably(target, fs.createReadStream(file));
  } catch (err) {
    throw writeProblem(err, target);
  } finally {
    removeTransfer(dir, id);
  }
}

/**
 * Copies a file chosen on this computer into a new transfer, streamed, for
 * importUpload, and answers its id (the desktop app's import). Nothing is
 * left on failure; the error is translated: not there, unreadable, or larger
 * than an upload may be.
 */
export async function receiveFile(dir: string, source: string, maxBytes = MAX_UPLOAD_BYTES): Promise<string> {
  try {
    return await receiveUpload(dir, fs.createReadStream(source), maxBytes);
  } catch (err) {
    if (err instanceof UploadTooLarge) {
      throw new JournalError('bad_request', 'requestTooLarge', [{ path: [], key: 'requestTooLarge', params: { max: formatLimit(maxBytes) } }]);
    }
    const key = (err as { code?: unknown }).code === 'ENOENT' ? 'missing' : 'unreadable';
    throw new JournalError('bad_request', key, [{ path: [], key, params: { file: source } }]);
  }
}
