// Attachments inside the journal file (issue 25, migration 012) on real
// SQLite files: content stored once per SHA-256, every bad input refused with
// its translated key and nothing written, removal through the trash, the
// content freed when the trash is emptied and no link uses it, and backups
// and JSON export/import that carry the files with identical hashes.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_ATTACHMENT_BYTES } from '../../core/attachments';
import { catalogueI18n } from '../../core/catalogue';
import { sameJournalContent } from '../../core/export-format';
import { backupNow } from '../worker/backups';
import { exportJson } from '../worker/export';
import { importJson } from '../worker/import';
import { openJournal, type Journal } from '../worker/journal';
import { call, freshJournal, ok, tempFile, thrown } from './helpers';

const b64 = (text: string | Buffer) => Buffer.from(text).toString('base64');
const sha = (content: Buffer) => crypto.createHash('sha256').update(content).digest('hex');
const blobCount = (j: Journal) => j.db.prepare('SELECT count(*) FROM attachment_blobs').pluck().get() as number;
const linkCount = (j: Journal) => j.db.prepare('SELECT count(*) FROM attachments').pluck().get() as number;

/** The message a manager reads for an error key. */
const errorText = (language: 'en' | 'nl', key: string, params: Record<string, string | number>) =>
  catalogueI18n(language, 'errors').t(key, { ns: 'errors', ...params });

const PDF = Buffer.from('%PDF-1.4\n% a small contract\n%%EOF\n');

async function withEntry(journal?: Journal) {
  const j = journal ?? (await freshJournal());
  const s = ok(j, 'createSupplier', { name: 'Hosting BV' });
  const e = ok(j, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-06-01', title: 'SLA report' });
  return { j, s, e };
}

describe('adding attachments', () => {
  it('lists a file on its entry with name, type, size and date, and gives its content back byte for byte', async () => {
    const { j, e } = await withEntry();
    const added = ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'contract.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    expect(added).toMatchObject({ entryId: e.id, supplierId: null, name: 'contract.pdf', type: 'application/pdf', size: PDF.length, sha256: sha(PDF), storedNew: true });
    expect(added.addedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(ok(j, 'listAttachments', { entryId: e.id })).toEqual([{ ...added, storedNew: undefined }].map(({ storedNew: _s, ...a }) => a));
    const content = ok(j, 'getAttachmentContent', { id: added.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(PDF)).toBe(true);
    expect(content).toMatchObject({ name: 'contract.pdf', type: 'application/pdf' });
  });

  it('stores the same content once, however often and wherever it is attached', async () => {
    const { j, s, e } = await withEntry();
    const first = ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'a.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    const again = ok(j, 'addAttachment', { target: { supplierId: s.id }, name: 'same, other name.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    expect(again.storedNew).toBe(false);
    expect(again.sha256).toBe(first.sha256);
    expect(blobCount(j)).toBe(1);
    expect(linkCount(j)).toBe(2);
    expect(ok(j, 'listAttachments', { supplierId: s.id }).map((a) => a.name)).toEqual(['same, other name.pdf']);
  });

  it('refuses a file over the limit with the limit named, in both languages, and writes nothing', async () => {
    const { j, e } = await withEntry();
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1, 7);
    const r = call(j, 'addAttachment', { target: { entryId: e.id }, name: 'huge.iso', type: '', contentBase64: big.toString('base64') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.error.issues.find((i) => i.key === 'attachmentTooLarge')!;
    expect(issue.params).toEqual({ max: '50 MB' });
    expect(errorText('en', 'attachmentTooLarge', issue.params)).toContain('at most 50 MB');
    expect(errorText('nl', 'attachmentTooLarge', issue.params)).toContain('hoogstens 50 MB');
    expect(blobCount(j) + linkCount(j)).toBe(0);
  });

  it('refuses a bad name, a bad target, content that is not base64, and an entry in the trash: nothing written', async () => {
    const { j, s, e } = await withEntry();
    const base = { target: { entryId: e.id }, name: 'x.txt', type: 'text/plain', contentBase64: b64('x') };
    const keys = (input: unknown) => {
      const r = call(j, 'addAttachment', input as never);
      return r.ok ? 'accepted' : [r.error.key, ...r.error.issues.map((i) => i.key)];
    };
    expect(keys({ ...base, name: '../etc/passwd' })).toContain('invalidFileName');
    expect(keys({ ...base, name: '   ' })).toContain('required');
    expect(keys({ ...base, target: { entryId: e.id, supplierId: s.id } })).not.toBe('accepted');
    expect(keys({ ...base, target: {} })).not.toBe('accepted');
    expect(keys({ ...base, contentBase64: 'not base64!' })).toContain('invalidContent');
    expect(keys({ ...base, target: { entryId: 9999 } })).toEqual(['entryNotFound']);
    ok(j, 'deleteEntry', { id: e.id });
    expect(keys(base)).toEqual(['entryNotFound']);
    expect(blobCount(j) + linkCount(j)).toBe(0);
    for (const key of ['invalidFileName', 'invalidContent', 'attachmentNotFound', 'attachmentsFull', 'requestTooLarge', 'attachmentHashMismatch']) {
      for (const language of ['en', 'nl'] as const) expect(errorText(language, key, { max: '1 GB' }), key).not.toBe(key);
    }
  });
});

describe('renaming, removing and the trash', () => {
  it('renames, removes to the trash, restores, and frees the content only when no link uses it', async () => {
    const { j, s, e } = await withEntry();
    const a = ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'a.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    const b = ok(j, 'addAttachment', { target: { supplierId: s.id }, name: 'b.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    expect(ok(j, 'renameAttachment', { id: a.id, name: 'Contract 2026.pdf' }).name).toBe('Contract 2026.pdf');

    ok(j, 'removeAttachment', { id: a.id });
    expect(ok(j, 'listAttachments', { entryId: e.id })).toEqual([]);
    expect(ok(j, 'listTrash', {})).toEqual([expect.objectContaining({ type: 'attachment', id: a.id, title: 'Contract 2026.pdf', supplierName: 'Hosting BV' })]);
    expect(call(j, 'getAttachmentContent', { id: a.id })).toMatchObject({ ok: false, error: { key: 'attachmentNotFound' } });
    ok(j, 'restoreFromTrash', { type: 'attachment', id: a.id });
    expect(ok(j, 'listAttachments', { entryId: e.id }).map((x) => x.name)).toEqual(['Contract 2026.pdf']);

    // Removed and emptied: b still uses the content, so it stays.
    ok(j, 'removeAttachment', { id: a.id });
    expect(ok(j, 'emptyTrash', {}).purged).toBe(1);
    expect(blobCount(j)).toBe(1);
    // The last link goes: the content is freed.
    ok(j, 'removeAttachment', { id: b.id });
    ok(j, 'emptyTrash', {});
    expect(blobCount(j) + linkCount(j)).toBe(0);
    expect(call(j, 'renameAttachment', { id: b.id, name: 'x' })).toMatchObject({ ok: false, error: { key: 'attachmentNotFound' } });
  });

  it('an entry emptied from the trash takes its attachments and their content with it', async () => {
    const { j, e } = await withEntry();
    ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'a.pdf', type: '', contentBase64: b64(PDF) });
    ok(j, 'deleteEntry', { id: e.id });
    expect(blobCount(j)).toBe(1);
    ok(j, 'restoreFromTrash', { type: 'entry', id: e.id });
    expect(ok(j, 'listAttachments', { entryId: e.id })).toHaveLength(1);
    ok(j, 'deleteEntry', { id: e.id });
    ok(j, 'emptyTrash', {});
    expect(blobCount(j) + linkCount(j)).toBe(0);
  });
});

describe('backups and export carry attachments', () => {
  it('a backup holds the files', async () => {
    const file = tempFile();
    const journal = await openJournal(file, { shell: 'browser', today: () => '2026-06-15' });
    const { j, e } = await withEntry(journal);
    ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'a.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    const backup = await backupNow(j.db, file, 'manual');
    const copy = await openJournal(backup.file, { shell: 'browser', today: () => '2026-06-15' });
    const [listed] = ok(copy, 'listAttachments', { entryId: e.id });
    expect(listed!.sha256).toBe(sha(PDF));
    expect(Buffer.from(ok(copy, 'getAttachmentContent', { id: listed!.id }).contentBase64, 'base64').equals(PDF)).toBe(true);
    copy.db.close();
  });

  it('a JSON export and import give identical hashes, each content once, in both import modes', async () => {
    const { j, s, e } = await withEntry();
    const png = crypto.randomBytes(20_000);
    ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'contract.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    ok(j, 'addAttachment', { target: { supplierId: s.id }, name: 'screen.png', type: 'image/png', contentBase64: b64(png) });
    ok(j, 'addAttachment', { target: { supplierId: s.id }, name: 'contract again.pdf', type: 'application/pdf', contentBase64: b64(PDF) });
    const removed = ok(j, 'addAttachment', { target: { supplierId: s.id }, name: 'old.txt', type: 'text/plain', contentBase64: b64('old') });
    ok(j, 'removeAttachment', { id: removed.id });
    const text = exportJson(j.db);
    const parsed = JSON.parse(text) as { attachments: unknown[]; attachmentFiles: { sha256: string }[] };
    expect(parsed.attachments).toHaveLength(3);
    expect(parsed.attachmentFiles.map((f) => f.sha256).sort()).toEqual([sha(PDF), sha(png)].sort());

    const fresh = await freshJournal();
    importJson(fresh.db, text, { mode: 'replace-empty' });
    expect(sameJournalContent(exportJson(fresh.db), text)).toBe(true);
    const hashes = (x: Journal) => (x.db.prepare('SELECT sha256 FROM attachment_blobs ORDER BY sha256').pluck().all() as string[]);
    expect(hashes(fresh)).toEqual([sha(PDF), sha(png)].sort());

    // Added as new beside what is there: linked to the new ids, still each content once.
    importJson(fresh.db, text, { mode: 'add-as-new' });
    expect(hashes(fresh)).toEqual([sha(PDF), sha(png)].sort());
    expect(linkCount(fresh)).toBe(6);
  });

  it('refuses a file whose content does not match its hash, or that links to what it does not hold: nothing imported', async () => {
    const { j, e } = await withEntry();
    ok(j, 'addAttachment', { target: { entryId: e.id }, name: 'a.pdf', type: '', contentBase64: b64(PDF) });
    const data = JSON.parse(exportJson(j.db));
    const fresh = await freshJournal();
    const tampered = structuredClone(data);
    tampered.attachmentFiles[0].contentBase64 = b64('%PDF-1.4 changed');
    tampered.attachmentFiles[0].size = Buffer.from('%PDF-1.4 changed').length;
    expect(thrown(() => importJson(fresh.db, JSON.stringify(tampered), { mode: 'replace-empty' })).key).toBe('attachmentHashMismatch');
    const dangling = structuredClone(data);
    dangling.attachments[0].entryId = 777;
    const err = thrown(() => importJson(fresh.db, JSON.stringify(dangling), { mode: 'replace-empty' }));
    expect(err.issues.map((i) => i.key)).toContain('unknownEntry');
    expect(ok(fresh, 'getJournalInfo', {}).suppliers).toBe(0);
    expect(blobCount(fresh) + linkCount(fresh)).toBe(0);
  });
});
