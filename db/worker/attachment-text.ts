// The text inside attachments, read once per stored content (migration 014,
// attachment_text) so that search finds an entry by a word in its files: PDF
// text through pdfjs-dist, mail bodies through the mail reader, plain text as
// it is. A file without text (a scanned or encrypted PDF, an image, a file
// that cannot be read) gets '' and stays attached: no error, nothing to redo.
import { readMail } from './mail';
import type { WritableDB } from './handles';

/** The most text kept per file: a 5 MB report's words, without letting one file fill the index. */
export const MAX_TEXT_CHARS = 1_000_000;

const PDF_MAGIC = '%PDF-';
const TEXT_NAME = /\.(txt|csv|md|log|json|xml|html?)$/i;
const MAIL_NAME = /\.(eml|msg)$/i;
const MAIL_TYPES = new Set(['message/rfc822', 'application/vnd.ms-outlook']);

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | null = null;
// The legacy build runs on Node without a DOM; an ES module, loaded when the first PDF comes.
const loadPdfJs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

async function pdfText(content: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes the buffer over: it gets a copy. No fonts or scripts: only the text is wanted.
  const task = getDocument({ data: new Uint8Array(content), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= doc.numPages && length < MAX_TEXT_CHARS; n++) {
      const page = await doc.getPage(n);
      const text = await page.getTextContent();
      const line = text.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(line);
      length += line.length;
      page.cleanup();
    }
    return pages.join('\n');
  } finally {
    await task.destroy();
  }
}

async function mailText(name: string, content: Buffer): Promise<string> {
  const mail = await readMail(name, content, []);
  const people = [mail.from, ...mail.to, ...mail.cc].filter((p) => p !== null).map((p) => `${p.name} ${p.address}`);
  return [mail.subject, people.join(' '), mail.body, mail.quoted].filter(Boolean).join('\n');
}

type Reader = 'pdf' | 'mail' | 'text' | null;

/** Which reader a file's text needs, from its name, type and first bytes; null: it has no text to read (an image, an archive, random bytes). */
function readerFor(name: string, type: string, head: Uint8Array): Reader {
  if (Buffer.from(head.subarray(0, PDF_MAGIC.length)).toString('latin1') === PDF_MAGIC) return 'pdf';
  if (MAIL_TYPES.has(type) || MAIL_NAME.test(name)) return 'mail';
  if (type.startsWith('text/') || TEXT_NAME.test(name)) return 'text';
  return null;
}

/** The text of one file, '' when it has none that can be read. */
export async function extractText(name: string, type: string, content: Buffer): Promise<string> {
  try {
    let text = '';
    const reader = readerFor(name, type, content);
    if (reader === 'pdf') text = await pdfText(content);
    else if (reader === 'mail') text = await mailText(name, content);
    else if (reader === 'text') text = content.toString('utf8');
    return text.replace(/\s+/g, ' ').trim().slice(0, MAX_TEXT_CHARS);
  } catch {
    // Encrypted, damaged or not what its name says: attached all the same, without text.
    return '';
  }
}

/**
 * Reads the text of every stored content that has none yet (a file just
 * added, imported, or in a journal from before migration 014), one at a time,
 * each written in its own short transaction (its trigger indexes the entries
 * that hold it). Returns how many were read.
 */
export async function readPendingTexts(db: WritableDB): Promise<number> {
  // The first bytes first: a content with no text to read (an image, an archive) is never read whole.
  const next = db.prepare<[], { id: number; name: string; type: string; head: Buffer }>(
    `SELECT b.id, a.name, a.type, substr(b.content, 1, ${PDF_MAGIC.length}) AS head FROM attachment_blobs b JOIN attachments a ON a.blob_id = b.id
     WHERE NOT EXISTS (SELECT 1 FROM attachment_text t WHERE t.blob_id = b.id) ORDER BY b.id, a.id LIMIT 1`,
  );
  const whole = db.prepare<[number], { content: Buffer }>('SELECT content FROM attachment_blobs WHERE id = ?');
  const put = db.prepare('INSERT OR IGNORE INTO attachment_text (blob_id, text) VALUES (?, ?)');
  let read = 0;
  for (let row = next.get(); row; row = next.get()) {
    const text = readerFor(row.name, row.type, row.head) === null ? '' : await extractText(row.name, row.type, whole.get(row.id)!.content);
    put.run(row.id, text);
    read++;
  }
  return read;
}
