// Importing an export from a file on disk: a journal archive (.zip, written
// by export-archive.ts) or a plain JSON export (the format before it, its
// attachments inline as base64). Nothing is read whole that could be large:
// a file's size is checked before it is read, each attachment's size before
// its bytes, and the contents are read one at a time into ONE transaction
// with the rows. A file that is gone, changes while it is read, or holds a
// content that does not match its SHA-256 refuses the whole import.
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { MAX_ATTACHMENT_BYTES, formatLimit } from '../../core/attachment-limits';
import { JournalError, storageProblem } from '../../core/errors';
import type { JournalExport } from '../../core/export-format';
import type { WritableDB } from './handles';
import { checkContent, storeContent } from './attachments';
import { checkJsonImport, importJson, isJournalEmpty, writeImport, type ImportProgressReport, type ImportSummary, type JsonImportOptions } from './import';
import { ARCHIVE_FILES, ARCHIVE_JSON } from './export-archive';

/** The largest JSON read whole (an old export with its attachments inline, or an archive's journal.json): what a string can hold comfortably. */
export const MAX_IMPORT_JSON_BYTES = 300 * 1024 * 1024;

const problem = (key: string, params: Record<string, string | number> = {}) => new JournalError('validation', key, [{ path: [], key, params }]);
const tooLargeToRead = () => problem('importFileTooLarge', { max: formatLimit(MAX_IMPORT_JSON_BYTES) });
const fileGone = (file: string) => problem('importFileGone', { file: path.basename(file) });
const fileChanged = (file: string) => problem('importFileChanged', { file: path.basename(file) });

const code = (err: unknown) => String((err as { code?: unknown } | null)?.code ?? '');

/** The file's size, or a named error when it is not there (or not a file). */
function sizeOf(file: string): number {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw fileGone(file);
    return stat.size;
  } catch (err) {
    if (err instanceof JournalError) throw err;
    throw code(err) === 'ENOENT' ? fileGone(file) : fileChanged(file);
  }
}

function startsLikeZip(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(4);
    return fs.readSync(fd, head, 0, 4, 0) === 4 && head.readUInt32LE(0) === 0x04034b50;
  } finally {
    fs.closeSync(fd);
  }
}

/** A plain JSON export: refused by its size before it is read; read whole (as before archives). */
function readJsonFile(file: string, size: number): string {
  if (size > MAX_IMPORT_JSON_BYTES) throw tooLargeToRead();
  const bytes = fs.readFileSync(file);
  if (bytes.byteLength !== size) throw fileChanged(file);
  return bytes.toString('utf8');
}

const openZip = (file: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );

/** Every entry of the archive by name (only the central directory is read). */
function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/**
 * One entry's bytes, in `into` when given (one buffer reused for every
 * content: no garbage of 40 MB per file waiting for the collector) or a new
 * buffer of its declared size; yauzl checks that size and the CRC-32
 * against the archive's directory.
 */
function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, into?: Buffer): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      const bytes = into ? into.subarray(0, entry.uncompressedSize) : Buffer.allocUnsafe(entry.uncompressedSize);
      let at = 0;
      stream.on('data', (chunk: Buffer) => {
        if (at + chunk.length > bytes.length) return stream.destroy(new Error('entry larger than declared'));
        chunk.copy(bytes, at);
        at += chunk.length;
      });
      stream.once('error', reject);
      stream.once('end', () => (at === bytes.length ? resolve(bytes) : reject(new Error('entry shorter than declared'))));
    });
  });
}

export interface FileImportWork {
  /** Told after each attachment's content is stored. */
  onProgress?: (progress: ImportProgressReport) => void;
}

/**
 * Imports the export at `file` (a journal archive or a plain JSON export) as
 * importJson does: everything in one transaction, or nothing. `writer` is a
 * second connection for the long write (the journal's own keeps answering
 * reads); null writes on `db` (an in-memory journal).
 */
export async function importExportFile(
  db: WritableDB, writer: WritableDB | null, file: string, options: JsonImportOptions, work: FileImportWork = {},
): Promise<ImportSummary> {
  const size = sizeOf(file);
  if (!startsLikeZip(file)) return importJson(db, readJsonFile(file, size), options);
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(file);
  } catch {
    throw new JournalError('validation', 'notAnExport');
  }
  try {
    const entries = await listEntries(zip).catch(() => Promise.reject(new JournalError('validation', 'notAnExport')));
    const json = entries.get(ARCHIVE_JSON);
    if (!json) throw new JournalError('validation', 'notAnExport');
    if (json.uncompressedSize > MAX_IMPORT_JSON_BYTES) throw tooLargeToRead();
    const data = checkJsonImport((await readEntry(zip, json).catch(() => Promise.reject(fileChanged(file)))).toString('utf8'));
    if (options.mode === 'replace-empty' && !isJournalEmpty(db)) throw new JournalError('conflict', 'importNeedsEmptyJournal');
    const outside = contentsOutside(data, entries);
    return await writeWithContents(writer ?? db, data, options, outside, (entry, into) => readEntry(zip, entry, into).catch((err: unknown) => Promise.reject(code(err) === 'ENOENT' ? fileGone(file) : fileChanged(file))), work);
  } finally {
    zip.close();
  }
}

interface OutsideContent {
  index: number;
  sha256: string;
  size: number;
  entry: yauzl.Entry;
}

/** The contents the archive holds as files, each checked by its declared size before a byte of it is read. */
function contentsOutside(data: JournalExport, entries: Map<string, yauzl.Entry>): OutsideContent[] {
  const outside: OutsideContent[] = [];
  data.attachmentFiles.forEach((f, index) => {
    if (f.contentBase64 !== undefined) return;
    const at = ['attachmentFiles', index, 'sha256'];
    const entry = entries.get(`${ARCHIVE_FILES}${f.sha256}`);
    if (!entry) throw new JournalError('validation', 'missingAttachmentFile', [{ path: at, key: 'missingAttachmentFile', params: {} }]);
    if (entry.uncompressedSize > MAX_ATTACHMENT_BYTES) {
      throw new JournalError('validation', 'attachmentTooLarge', [{ path: at, key: 'attachmentTooLarge', params: { max: formatLimit(MAX_ATTACHMENT_BYTES) } }]);
    }
    if (entry.uncompressedSize !== f.size) throw new JournalError('validation', 'attachmentHashMismatch', [{ path: at, key: 'attachmentHashMismatch', params: {} }]);
    outside.push({ index, sha256: f.sha256, size: f.size, entry });
  });
  return outside;
}

/** The contents stored first, one at a time, then the rows and links (writeImport finds the contents by hash): one transaction. */
async function writeWithContents(
  target: WritableDB, data: JournalExport, options: JsonImportOptions, outside: OutsideContent[],
  read: (entry: yauzl.Entry, into: Buffer) => Promise<Buffer>, work: FileImportWork,
): Promise<ImportSummary> {
  try {
    target.prepare('BEGIN IMMEDIATE').run();
    let done = 0;
    const buffer = Buffer.allocUnsafe(Math.max(0, ...outside.map((c) => c.size)));
    for (const content of outside) {
      const bytes = await read(content.entry, buffer);
      checkContent(bytes, content, content.index);
      storeContent(target, bytes, content.sha256);
      work.onProgress?.({ phase: 'writing', done: ++done, total: outside.length });
    }
    const summary = writeImport(target, data, options);
    target.prepare('COMMIT').run();
    return summary;
  } catch (err) {
    if (target.inTransaction) target.prepare('ROLLBACK').run();
    throw storageProblem(err) ?? err;
  }
}
