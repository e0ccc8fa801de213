// The journal archive (docs/export-format.md, "Journal archive"): one .zip
// holding journal.json (the JSON export without the attachments' bytes) and
// each attachment's content once as files/<sha256>. Written as a stream:
// journal.json piece by piece (one row at a time, never the whole journal in
// one string), each content read from SQLite when the zip reaches it, so an
// export of a gigabyte of attachments holds one attachment at a time.
import { Readable } from 'node:stream';
import yazl from 'yazl';
import { writeStreamDurably } from '../common/durable-file';
import type { ReadableDB } from './handles';
import { exportOf, readSnapshot } from './export';
import { readContent } from './attachments';

/** The archive's names: the export itself and the folder of contents. */
export const ARCHIVE_JSON = 'journal.json';
export const ARCHIVE_FILES = 'files/';

/**
 * The pieces of JSON.stringify(value, null, 2) + '\n', written so that no
 * piece is larger than one element of a top-level array: a journal's text is
 * never built in one string.
 */
export function* prettyJsonPieces(value: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined);
  yield '{\n';
  for (const [i, key] of keys.entries()) {
    const v = value[key];
    if (Array.isArray(v) && v.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of v.entries()) yield `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}${j < v.length - 1 ? ',' : ''}\n`;
      yield '  ]';
    } else {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(v, null, 2).replace(/\n/g, '\n  ')}`;
    }
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

/** Strings joined into buffers of about 64 KB, for the zip's stream. */
function* inBuffers(pieces: Iterable<string>): Generator<Buffer> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    batch.push(piece);
    length += piece.length;
    if (length >= 65_536) {
      yield Buffer.from(batch.join(''), 'utf8');
      batch = [];
      length = 0;
    }
  }
  if (batch.length) yield Buffer.from(batch.join(''), 'utf8');
}

/**
 * A content as a stream of 1 MB slices, each given only when the zip asks
 * for more: the zip moves to the next content (and reads it from SQLite)
 * only once this one has gone on towards the disk, so one content is held
 * at a time, not one per entry the file is still catching up on.
 */
function inSlices(content: Buffer): Readable {
  const SLICE = 1024 * 1024;
  let at = 0;
  return new Readable({
    read() {
      if (at >= content.length) return void this.push(null);
      const end = Math.min(at + SLICE, content.length);
      this.push(content.subarray(at, end));
      at = end;
    },
  });
}

export interface ArchiveSummary {
  attachments: number;
  files: number;
}

/**
 * Writes the journal archive to `file` durably (temporary name, fsync,
 * rename, folder fsync). The rows are read in one read transaction; the
 * contents afterwards, each checked against its hash as it is read (the
 * writing worker answers one call at a time, so nothing can change them
 * meanwhile; should one be gone, the export fails and `file` stays as it was).
 */
export async function writeJournalArchive(db: ReadableDB, file: string, options: { now?: Date } = {}): Promise<ArchiveSummary> {
  const now = options.now ?? new Date();
  const snap = readSnapshot(db);
  const zip = new yazl.ZipFile();
  const mtime = now;
  zip.addReadStreamLazy(ARCHIVE_JSON, { mtime }, (cb) => cb(null, Readable.from(inBuffers(prettyJsonPieces({ ...exportOf(snap, now, null) })), { objectMode: false })));
  for (const ref of snap.contents) {
    // Stored, not deflated: attachments are mostly compressed already (PDF, images, Office files).
    zip.addReadStreamLazy(`${ARCHIVE_FILES}${ref.sha256}`, { mtime, compress: false, size: ref.size }, (cb) => {
      try {
        cb(null, inSlices(readContent(db, ref)));
      } catch (err) {
        cb(err as Error, null as unknown as Readable);
      }
    });
  }
  // yazl reports a failed entry on the ZipFile: end the output with it, so the write stops and cleans up.
  zip.on('error', (err: Error) => (zip.outputStream as Readable).destroy(err));
  zip.end();
  await writeStreamDurably(file, zip.outputStream);
  return { attachments: snap.attachments.length, files: snap.contents.length };
}
