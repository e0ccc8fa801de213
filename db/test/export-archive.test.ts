// The journal archive (issue 25: "an export of a journal with 1 GB of
// attachments must not need gigabytes of memory") on real files: a .zip that
// an independent reader (Info-ZIP's unzip) opens, holding journal.json and
// each content once; a round trip gives identical SHA-256 hashes; the plain
// JSON export still imports; and every fault while reading a file refuses the
// whole import with its translated message, writing nothing.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { MAX_ATTACHMENT_BYTES } from '../../core/attachments';
import { catalogueI18n } from '../../core/catalogue';
import { JournalError } from '../../core/errors';
import { sameJournalContent } from '../../core/export-format';
import { exportJson } from '../worker/export';
import { writeJournalArchive } from '../worker/export-archive';
import { importExportFile, MAX_IMPORT_JSON_BYTES } from '../worker/import-archive';
import type { Journal } from '../worker/journal';
import { openWriter } from '../worker/open';
import { freshJournal, ok } from './helpers';
import { tempDir } from './temp';

const sha = (content: Buffer) => crypto.createHash('sha256').update(content).digest('hex');
const b64 = (content: Buffer) => content.toString('base64');
const hashes = (j: Journal) => j.db.prepare('SELECT sha256 FROM attachment_blobs ORDER BY sha256').pluck().all() as string[];
const counts = (j: Journal) =>
  j.db.prepare('SELECT (SELECT count(*) FROM suppliers), (SELECT count(*) FROM entries), (SELECT count(*) FROM attachments), (SELECT count(*) FROM attachment_blobs)').raw().get();
const errorText = (language: 'en' | 'nl', key: string, params: Record<string, unknown>) => catalogueI18n(language, 'errors').t(key, { ns: 'errors', ...params });

const PDF = Buffer.from('%PDF-1.4\n% a small contract\n%%EOF\n');
const RANDOM = crypto.randomBytes(3 * 1024 * 1024 + 17);
/** The random file's place among the contents (sorted by hash). */
const RANDOM_AT = [sha(PDF), sha(RANDOM)].sort().indexOf(sha(RANDOM));

/** A journal with a supplier, an entry, the same PDF on both, and a larger file of random bytes. */
async function journalWithFiles(): Promise<Journal> {
  const j = await freshJournal();
  const s = ok(j, 'createSupplier', { name: 'Hosting BV' });
  const e = ok(j, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-06-01', title: 'SLA report' });
  ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'contract.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
  ok(j, 'addAttachment', { target: { supplierId: s.id }, name: 'contract (copy).pdf', type: 'application/pdf', contentBase64: b64(PDF) });
  ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'capture.bin', type: '', contentBase64: b64(RANDOM) });
  return j;
}

/** Imports `file` into `j` the way the app does: a second connection writes, one transaction. */
async function importFile(j: Journal, file: string, work: Parameters<typeof importExportFile>[4] = {}) {
  const writer = openWriter((j.db as unknown as { name: string }).name);
  try {
    return await importExportFile(j.db, writer, file, { mode: 'replace-empty' }, work);
  } finally {
    writer.close();
  }
}

async function refusal(promise: Promise<unknown>): Promise<JournalError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof JournalError) return err;
    throw err;
  }
  throw new Error('expected the import to be refused');
}

/** A zip written by yazl from the entries given (a hand-made or damaged archive). */
async function zipOf(file: string, entries: [string, Buffer][]): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  await new Promise<void>((resolve, reject) => zip.outputStream.pipe(fs.createWriteStream(file)).on('close', resolve).on('error', reject));
}

const readZipEntry = (file: string, name: string) => execFileSync('unzip', ['-p', file, name], { maxBuffer: 64 * 1024 * 1024 });

describe('the journal archive', () => {
  it('is a zip any tool opens: journal.json and each content once as files/<sha256>, byte for byte', async () => {
    const j = await journalWithFiles();
    const file = path.join(tempDir(), 'rapport-2026-06-15.zip');
    expect(await writeJournalArchive(j.db, file)).toEqual({ attachments: 3, files: 2 });
    const names = execFileSync('zipinfo', ['-1', file]).toString().trim().split('\n').sort();
    expect(names).toEqual(['files/' + sha(PDF), 'files/' + sha(RANDOM), 'journal.json'].sort());
    expect(readZipEntry(file, `files/${sha(RANDOM)}`).equals(RANDOM)).toBe(true);
    // journal.json is the JSON export without the bytes: the same object, each attachmentFile's content left out.
    const inArchive = JSON.parse(readZipEntry(file, 'journal.json').toString('utf8')) as Record<string, unknown>;
    const plain = JSON.parse(exportJson(j.db)) as { attachmentFiles: { contentBase64?: string }[] };
    for (const f of plain.attachmentFiles) delete f.contentBase64;
    expect(sameJournalContent(JSON.stringify(inArchive), JSON.stringify(plain))).toBe(true);
    // No temporary file is left beside it.
    expect(fs.readdirSync(path.dirname(file))).toEqual(['rapport-2026-06-15.zip']);
  });

  it('writes journal.json piece by piece exactly as the JSON export writes it', async () => {
    const j = await freshJournal();
    const s = ok(j, 'createSupplier', { name: 'Noordlicht IT', contacts: [{ name: 'Marieke', role: 'SDM', email: '', phone: '' }] });
    ok(j, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-06-01', title: 'Restore test', tags: ['backup', 'dr'], dueOn: '2026-07-01', obligation: 'result', inContract: true, status: 'open' });
    const now = new Date('2026-06-15T10:00:00.000Z');
    const file = path.join(tempDir(), 'a.zip');
    await writeJournalArchive(j.db, file, { now });
    expect(readZipEntry(file, 'journal.json').toString('utf8')).toBe(exportJson(j.db, { now }));
  });

  it('imports into an empty journal with identical hashes, names and links', async () => {
    const source = await journalWithFiles();
    const file = path.join(tempDir(), 'export.zip');
    await writeJournalArchive(source.db, file);
    const target = await freshJournal();
    const summary = await importFile(target, file);
    expect(summary).toMatchObject({ suppliers: 1, entries: 1 });
    expect(hashes(target)).toEqual(hashes(source));
    expect(sameJournalContent(exportJson(target.db), exportJson(source.db))).toBe(true);
    const [entry] = ok(target, 'listEntries', { supplierId: 1 });
    const files = ok(target, 'listAttachments', { entryId: entry!.id });
    const capture = files.find((f) => f.name === 'capture.bin')!;
    expect(Buffer.from(ok(target, 'getAttachmentContent', { id: capture.id }).contentBase64, 'base64').equals(RANDOM)).toBe(true);
  });

  it('still imports a plain JSON export (attachments inline as base64) read from a file', async () => {
    const source = await journalWithFiles();
    const file = path.join(tempDir(), 'export.json');
    fs.writeFileSync(file, exportJson(source.db));
    const target = await freshJournal();
    await importFile(target, file);
    expect(hashes(target)).toEqual(hashes(source));
    expect(counts(target)).toEqual(counts(source));
  });
});

describe('faults while reading an export, each refusing the whole import', () => {
  const EMPTY = [0, 0, 0, 0];

  it('a 2 GB JSON file is refused by its size before it is read (a sparse file: no 2 GB on the disk)', async () => {
    const file = path.join(tempDir(), 'huge.json');
    execFileSync('truncate', ['-s', '2G', file]);
    const target = await freshJournal();
    const before = process.memoryUsage().rss;
    const err = await refusal(importFile(target, file));
    expect(err.key).toBe('importFileTooLarge');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(errorText('en', err.key, err.issues[0]!.params)).toBe(
      `This JSON file is too large to read (at most ${Math.round(MAX_IMPORT_JSON_BYTES / 1024 ** 2)} MB). Export the journal again as a .zip: its attachments are then files of their own. Nothing was imported.`,
    );
    expect(errorText('nl', err.key, err.issues[0]!.params)).toContain('Dit JSON-bestand is te groot om te lezen (hoogstens 300 MB).');
    expect(counts(target)).toEqual(EMPTY);
  });

  it('an attachment in the archive over the per-file limit is refused by its size in the zip, before its bytes are read', async () => {
    const source = await journalWithFiles();
    const good = path.join(tempDir(), 'good.zip');
    await writeJournalArchive(source.db, good);
    const json = readZipEntry(good, 'journal.json');
    // The same names, the random file's place taken by one a byte over the limit (zeros: the zip stays small).
    const file = path.join(tempDir(), 'over.zip');
    await zipOf(file, [['journal.json', json], [`files/${sha(PDF)}`, PDF], [`files/${sha(RANDOM)}`, Buffer.alloc(MAX_ATTACHMENT_BYTES + 1)]]);
    const target = await freshJournal();
    const err = await refusal(importFile(target, file));
    expect(err.key).toBe('attachmentTooLarge');
    expect(err.issues[0]).toMatchObject({ path: ['attachmentFiles', RANDOM_AT, 'sha256'], params: { max: '50 MB' } });
    expect(errorText('nl', err.key, err.issues[0]!.params)).toContain('hoogstens 50 MB');
    expect(counts(target)).toEqual(EMPTY);
  });

  it('a content that does not match its SHA-256 (a damaged or altered export) is refused, naming it', async () => {
    const source = await journalWithFiles();
    const good = path.join(tempDir(), 'good.zip');
    await writeJournalArchive(source.db, good);
    const altered = Buffer.from(RANDOM);
    altered[1000] = altered[1000]! ^ 0xff;
    const file = path.join(tempDir(), 'altered.zip');
    await zipOf(file, [['journal.json', readZipEntry(good, 'journal.json')], [`files/${sha(PDF)}`, PDF], [`files/${sha(RANDOM)}`, altered]]);
    const target = await freshJournal();
    const err = await refusal(importFile(target, file));
    expect(err.key).toBe('attachmentHashMismatch');
    expect(err.issues[0]!.path).toEqual(['attachmentFiles', RANDOM_AT, 'sha256']);
    expect(errorText('en', err.key, {})).toContain('does not match its SHA-256');
    expect(counts(target)).toEqual(EMPTY);
  });

  it('an archive cut short while it is read: nothing of what was read before is kept', async () => {
    const source = await journalWithFiles();
    const file = path.join(tempDir(), 'export.zip');
    await writeJournalArchive(source.db, file);
    const target = await freshJournal();
    // After the first content is stored, the file shrinks to a third (a copy still being written, a stick pulled out).
    const err = await refusal(importFile(target, file, { onProgress: () => fs.truncateSync(file, Math.floor(fs.statSync(file).size / 3)) }));
    expect(err.key).toBe('importFileChanged');
    expect(errorText('en', err.key, err.issues[0]!.params)).toBe('“export.zip” changed or was cut short while it was being read. Nothing was imported; pick the file again once it is whole.');
    expect(errorText('nl', err.key, err.issues[0]!.params)).toContain('‘export.zip’ is veranderd of afgebroken');
    expect(counts(target)).toEqual(EMPTY);
  });

  it('a file that is gone when it is read is named', async () => {
    const file = path.join(tempDir(), 'moved.zip');
    const target = await freshJournal();
    const err = await refusal(importFile(target, file));
    expect(err.key).toBe('importFileGone');
    expect(errorText('en', err.key, err.issues[0]!.params)).toBe('“moved.zip” is no longer there: it was moved or removed while it was being read. Nothing was imported.');
    expect(counts(target)).toEqual(EMPTY);
  });

  it('a zip that is not a Rapport archive is not an export', async () => {
    const file = path.join(tempDir(), 'photos.zip');
    await zipOf(file, [['holiday.jpg', Buffer.from('not really')]]);
    const target = await freshJournal();
    expect((await refusal(importFile(target, file))).key).toBe('notAnExport');
    expect(counts(target)).toEqual(EMPTY);
  });
});
