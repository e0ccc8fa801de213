// Figures for issue 25 ("an export of a journal with 1 GB of attachments must
// not need gigabytes of memory"): a journal with 25 distinct files of 40 MB
// (random bytes: they do not compress, as PDFs mostly do not) and a few
// hundred entries, exported as the journal archive and imported into a new
// journal through the browser-mode server, as the app does it: exportArchive
// then the download streamed from /transfer; the upload streamed to /transfer
// then importUpload. Each server (one for the export, a fresh one for the
// import) is its own process: its peak resident memory (VmHWM, all threads)
// is read from /proc. The hashes of every content are compared after the
// round trip. Everything it writes is in one rapport-bench-export-* folder,
// removed at the end, also on failure. Printed, never asserted.
// Run through scripts/bench.mjs (`npm run bench -- --export`; needs `npm run build`).
import Database from 'better-sqlite3-multiple-ciphers';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { insertLink, storeContent } from '../../db/worker/attachments';
import type { InputOf, MethodName, OutputOf } from '../../core/contract';
import { dispatch } from '../../core/dispatch';
import type { ApiResult } from '../../core/errors';
import { openJournal, type Journal } from '../../db/worker/journal';
import { memoryOf, startServer, startupBackupMade } from './start';

const FILES = 25;
const FILE_BYTES = 40 * 1024 * 1024;

/** A call through the gate the shells use (schema first, defaults filled in). */
function ok<M extends MethodName>(journal: Journal, method: M, input: InputOf<M>): OutputOf<M> {
  const result = dispatch(journal, method, input) as ApiResult<OutputOf<M>>;
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The source journal: 5 suppliers, 50 entries each, the files attached to the first 25 entries. */
async function makeJournal(file: string): Promise<void> {
  const journal = await openJournal(file, { shell: 'browser' });
  try {
    const db = journal.db;
    for (let s = 0; s < 5; s++) {
      const supplier = ok(journal, 'createSupplier', { name: `Leverancier ${s + 1}` });
      for (let e = 0; e < 50; e++) ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-06-01', title: `Notitie ${e + 1}` });
    }
    const entryIds = db.prepare('SELECT id FROM entries ORDER BY id LIMIT ?').pluck().all(FILES) as number[];
    const putText = db.prepare('INSERT INTO attachment_text (blob_id, text) VALUES (?, ?)');
    entryIds.forEach((entryId, i) => {
      const content = crypto.randomBytes(FILE_BYTES);
      db.transaction(() => {
        const { blobId } = storeContent(db, content);
        insertLink(db, blobId, { entryId, supplierId: null, name: `bijlage-${i + 1}.bin`, type: 'application/octet-stream', addedAt: new Date().toISOString() });
        putText.run(blobId, '');
      })();
    });
  } finally {
    journal.close();
  }
}

/** Every content's SHA-256, computed again from its bytes (one at a time). */
function contentHashes(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const ids = db.prepare('SELECT id FROM attachment_blobs ORDER BY sha256').pluck().all() as number[];
    const read = db.prepare('SELECT sha256, content FROM attachment_blobs WHERE id = ?');
    return ids.map((id) => {
      const row = read.get(id) as { sha256: string; content: Buffer };
      const actual = crypto.createHash('sha256').update(row.content).digest('hex');
      if (actual !== row.sha256) throw new Error(`content ${id} does not match its stored hash`);
      return actual;
    });
  } finally {
    db.close();
  }
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-export-'));
  const servers: { stop(): Promise<void> }[] = [];
  try {
    const source = path.join(dir, 'source', 'rapport.sqlite');
    fs.mkdirSync(path.dirname(source));
    let t = performance.now();
    await makeJournal(source);
    console.log(`journal with ${FILES} files of ${mb(FILE_BYTES)} (${mb(FILES * FILE_BYTES)} of attachments): made in ${s(performance.now() - t)}, ${mb(fs.statSync(source).size)} on disk`);

    // Export: one server on the source journal.
    const started = performance.now();
    const exporter = await startServer(source);
    servers.push(exporter);
    // The start-up backup (a copy of the whole journal) is made first: its memory is not the export's.
    await startupBackupMade(source, started);
    const atStart = memoryOf(exporter.child.pid!);
    t = performance.now();
    const made = await exporter.call('exportArchive', {});
    if (!made.ok) throw new Error(`exportArchive: ${JSON.stringify(made.error)}`);
    const { download, fileName } = made.value as { download: string; fileName: string };
    const written = performance.now() - t;
    const archive = path.join(dir, fileName);
    const response = await fetch(`${exporter.origin}/transfer/${download}/${fileName}`);
    if (!response.ok || !response.body) throw new Error(`download: ${response.status}`);
    await pipeline(Readable.fromWeb(response.body as never), fs.createWriteStream(archive));
    const exported = performance.now() - t;
    const exportMemory = memoryOf(exporter.child.pid!);
    await exporter.stop();
    console.log(`export: archive written in ${s(written)}, downloaded by ${s(exported)} in all, ${mb(fs.statSync(archive).size)}; server's resident memory when asked ${atStart.rss.toFixed(0)} MB (its start's peak ${atStart.peak.toFixed(0)} MB), after ${exportMemory.rss.toFixed(0)} MB, peak ${exportMemory.peak.toFixed(0)} MB`);

    // Import: a fresh server on a new, empty journal.
    const target = path.join(dir, 'target', 'rapport.sqlite');
    fs.mkdirSync(path.dirname(target));
    const importerStarted = performance.now();
    const importer = await startServer(target);
    servers.push(importer);
    await startupBackupMade(target, importerStarted);
    const importStart = memoryOf(importer.child.pid!);
    t = performance.now();
    const sent = await fetch(`${importer.origin}/transfer`, {
      method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-Rapport-Token': importer.token },
      body: Readable.toWeb(fs.createReadStream(archive)) as never, duplex: 'half',
    } as RequestInit);
    const uploaded = (await sent.json()) as { ok: boolean; value: { upload: string } };
    if (!uploaded.ok) throw new Error(`upload: ${JSON.stringify(uploaded)}`);
    const upload = performance.now() - t;
    const result = await importer.call('importUpload', { upload: uploaded.value.upload, mode: 'replace-empty' });
    if (!result.ok) throw new Error(`importUpload: ${JSON.stringify(result.error)}`);
    const imported = performance.now() - t;
    const importMemory = memoryOf(importer.child.pid!);
    await importer.stop();
    console.log(`import: uploaded in ${s(upload)}, imported by ${s(imported)} in all (${JSON.stringify(result.value)}); server's resident memory when asked ${importStart.rss.toFixed(0)} MB (its start's peak ${importStart.peak.toFixed(0)} MB), after ${importMemory.rss.toFixed(0)} MB, peak ${importMemory.peak.toFixed(0)} MB`);

    const before = contentHashes(source);
    const after = contentHashes(target);
    const same = before.length === after.length && before.every((h, i) => h === after[i]);
    console.log(`round trip: ${after.length} of ${before.length} contents, every SHA-256 identical: ${same ? 'yes' : 'NO'}`);
    if (!same) process.exitCode = 1;
  } finally {
    for (const server of servers) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

