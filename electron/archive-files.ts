// The journal archive between the transfers folder (db/common/transfers.ts)
// and a file the manager chose in the desktop app's dialogs: streamed both
// ways, never read whole (an archive holds every attachment). Plain Node, so
// the tests run it on real files; electron/journal-archive.ts shows the dialogs.
import fs from 'node:fs';
import { writeProblem, writeStreamDurably } from '../db/common/durable-file';
import { MAX_UPLOAD_BYTES, receiveUpload, removeTransfer, transferFile, UploadTooLarge } from '../db/common/transfers';
import { formatLimit } from '../core/attachment-limits';
import { JournalError } from '../core/errors';

/**
 * Saves transfer `id` as `target` durably (a temporary name beside it,
 * fsync, rename, folder fsync: writeStreamDurably) and removes the transfer,
 * saved or not; `target` null (the save dialog cancelled) only removes it.
 * Throws a translated error naming `target`; it is then as it was.
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
 * Copies a file the manager chose into a new transfer, for importUpload, and
 * answers its id. Nothing is left on failure; the error is translated (not
 * there, unreadable, larger than an upload may be).
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
