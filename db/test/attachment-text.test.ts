// What is inside attachments goes into the search (issue 25 item 3, migration
// 014): the text of real PDFs (made by Chromium, one scanned to an image, one
// encrypted by qpdf), mails and plain text is read once per stored content in
// the worker, and search finds the entry by a word in it and names the file.
// Removing the file (trash) takes its words out; restoring brings them back.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../core/search/result';
import { extractText } from '../worker/attachment-text';
import { JournalHost } from '../worker/host';
import { MIGRATIONS } from '../worker/migrations';
import { openDatabase } from '../worker/open';
import { tempFile, value } from './helpers';

const fixture = (...p: string[]) => fs.readFileSync(path.join(__dirname, 'fixtures', ...p));
const SLA = fixture('pdf', 'sla-report.pdf');
const SCANNED = fixture('pdf', 'scanned.pdf');
const ENCRYPTED = fixture('pdf', 'encrypted.pdf');

describe('reading the text of a file', () => {
  it('reads the words of a PDF with text', async () => {
    expect(await extractText('sla.pdf', 'application/pdf', SLA)).toBe('SLA report Q3: availability 97.1%, penalty clause zonnepaneel.');
  });

  it('gives no text, and no error, for a scanned PDF, an encrypted one and a damaged one', async () => {
    expect(await extractText('scan.pdf', 'application/pdf', SCANNED)).toBe('');
    expect(await extractText('secret.pdf', 'application/pdf', ENCRYPTED)).toBe('');
    expect(await extractText('half.pdf', 'application/pdf', SLA.subarray(0, 400))).toBe('');
  });

  it('reads a mail (.eml and Outlook .msg) through the mail reader, and plain text as it is', async () => {
    const eml = await extractText('reply.eml', 'message/rfc822', fixture('mail', 'outlook-reply.eml'));
    expect(eml.length).toBeGreaterThan(20);
    const msg = await extractText('mail.msg', 'application/vnd.ms-outlook', fixture('mail', 'outlook.msg'));
    expect(msg.length).toBeGreaterThan(20);
    expect(await extractText('notes.txt', 'text/plain', Buffer.from('Boete  bij\nuitval'))).toBe('Boete bij uitval');
    expect(await extractText('photo.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBe('');
  });
});

async function hostWithEntry() {
  const host = await JournalHost.open(tempFile(), { shell: 'browser' });
  const s = await value<{ id: number }>(host, 'createSupplier', { name: 'Hosting BV' });
  const e = await value<{ id: number }>(host, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-06-01', title: 'Kwartaaloverleg' });
  return { host, s, e };
}

const find = async (host: JournalHost, query: string) => {
  const result = await value<SearchResult>(host, 'search', { query });
  return result.groups.flatMap((g) => g.hits).map((h) => ({ entryId: h.entryId, file: h.file, snippet: h.snippet?.text ?? null }));
};

describe('search finds an entry by a word in its attachments', () => {
  it('finds it right after the file is added, names the file, and follows the trash both ways', async () => {
    const { host, e } = await hostWithEntry();
    try {
      expect(await find(host, 'zonnepaneel')).toEqual([]);
      const added = await value<{ id: number }>(host, 'addAttachment', {
        target: { entryId: e.id }, name: 'SLA Q3.pdf', type: 'application/pdf', contentBase64: SLA.toString('base64'),
      });
      expect(await find(host, 'zonnepaneel')).toEqual([{ entryId: e.id, file: 'SLA Q3.pdf', snippet: expect.stringContaining('zonnepaneel') }]);
      expect(await find(host, 'availab')).toHaveLength(1);
      // A word the entry itself holds: found as before, no file named.
      expect(await find(host, 'kwartaaloverleg')).toEqual([{ entryId: e.id, file: null, snippet: null }]);

      await value(host, 'removeAttachment', { id: added.id });
      expect(await find(host, 'zonnepaneel')).toEqual([]);
      await value(host, 'restoreFromTrash', { type: 'attachment', id: added.id });
      expect(await find(host, 'zonnepaneel')).toEqual([{ entryId: e.id, file: 'SLA Q3.pdf', snippet: expect.stringContaining('zonnepaneel') }]);

      await value(host, 'removeAttachment', { id: added.id });
      await value(host, 'emptyTrash', {});
      expect(await find(host, 'zonnepaneel')).toEqual([]);
      expect((await value<SearchResult>(host, 'search', { query: 'zonnepaneel' })).total).toBe(0);
    } finally {
      host.close();
    }
  });

  it('reads each content once: the same PDF on two entries is read once and finds both', async () => {
    const { host, s, e } = await hostWithEntry();
    try {
      const other = await value<{ id: number }>(host, 'createEntry', { supplierId: s.id, kind: 'incident', date: '2026-06-02', title: 'Storing' });
      for (const entryId of [e.id, other.id]) {
        await value(host, 'addAttachment', { target: { entryId }, name: `sla-${entryId}.pdf`, type: 'application/pdf', contentBase64: SLA.toString('base64') });
      }
      const hits = await find(host, 'zonnepaneel');
      expect(hits.map((h) => h.file).sort()).toEqual([`sla-${e.id}.pdf`, `sla-${other.id}.pdf`].sort());
    } finally {
      host.close();
    }
  });

  it('attaches a scanned and an encrypted PDF without text and without error', async () => {
    const { host, e } = await hostWithEntry();
    try {
      for (const [name, pdf] of [['scan.pdf', SCANNED], ['secret.pdf', ENCRYPTED]] as const) {
        const result = await host.answer('addAttachment', { target: { entryId: e.id }, name, type: 'application/pdf', contentBase64: pdf.toString('base64') });
        expect(result).toMatchObject({ ok: true, value: { name } });
      }
      expect(await value<unknown[]>(host, 'listAttachments', { entryId: e.id })).toHaveLength(2);
      expect(await find(host, 'zonnepaneel')).toEqual([]);
      expect(await find(host, 'kwartaaloverleg')).toEqual([{ entryId: e.id, file: null, snippet: null }]);
    } finally {
      host.close();
    }
  });
});

describe('a journal from before the attachments were read', () => {
  it('has the text of the files it already holds read after it opens, and finds the entry by it', async () => {
    const file = tempFile();
    const old = await openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version <= 13) });
    old.prepare("INSERT INTO suppliers (id, name, created_at, updated_at) VALUES (1, 'Hosting BV', 'now', 'now')").run();
    old.prepare("INSERT INTO entries (id, supplier_id, kind, date, title, created_at, updated_at) VALUES (7, 1, 'note', '2026-06-01', 'Overleg', 'now', 'now')").run();
    old.prepare("INSERT INTO attachment_blobs (id, sha256, size, content) VALUES (1, ?, ?, ?)").run('a'.repeat(64), SLA.length, SLA);
    old.prepare("INSERT INTO attachments (blob_id, entry_id, name, type, added_at) VALUES (1, 7, 'sla.pdf', 'application/pdf', 'now')").run();
    old.close();
    const host = await JournalHost.open(file, { shell: 'browser' });
    try {
      // Read in the writer's turn once the first screen has had its answers: as a manager would, search again until it is there.
      await expect.poll(() => find(host, 'zonnepaneel'), { timeout: 20_000, interval: 1_500 }).toEqual([{ entryId: 7, file: 'sla.pdf', snippet: expect.stringContaining('zonnepaneel') }]);
    } finally {
      host.close();
    }
  });
});
