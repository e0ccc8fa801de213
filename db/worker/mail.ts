// Reads a mail file (.eml through postal-mime, Outlook .msg through
// @kenjiuno/msgreader) into a draft interaction (core/mail.ts). Nothing is
// written here: the manager reviews the draft, and saving it keeps the file
// as an attachment of the new entry (saveMailEntry, db/worker/journal.ts).
import type { Address } from 'postal-mime';
import { JournalError } from '../../core/errors';
import { foldQuoted, namePerson, type MailDraft, type MailPerson } from '../../core/mail';
import type { Contact } from '../../core/schemas';

/** An OLE compound file (the container of Outlook's .msg) starts with these bytes. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const notAMail = () => new JournalError('validation', 'notAMail', [{ path: ['contentBase64'], key: 'notAMail', params: {} }]);

// The readers are loaded when the first mail comes (file-libraries.ts).
type Readers = typeof import('./file-libraries');

/** HTML as readable text: links kept as text, images and styles left out. */
function htmlToText({ htmlToText: convert }: Readers, html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}

function isoOrNull(value: string | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

interface Parsed {
  subject: string;
  sentAt: string | null;
  from: { name: string; address: string } | null;
  to: { name: string; address: string }[];
  cc: { name: string; address: string }[];
  text: string;
  type: string;
}

function mailboxes(list: Address[] | undefined): { name: string; address: string }[] {
  return (list ?? []).flatMap((a) => ('group' in a && Array.isArray(a.group) ? a.group : [a as { name: string; address?: string }]))
    .map((m) => ({ name: m.name ?? '', address: m.address ?? '' }));
}

async function parseEml(bytes: Buffer, readers: Readers): Promise<Parsed> {
  let email;
  try {
    email = await readers.PostalMime.parse(bytes);
  } catch {
    throw notAMail();
  }
  const has = (key: string) => email.headers.some((h) => h.key === key);
  // Anything parses as MIME: a mail says who sent it or when, and has a subject or a body.
  if (!(has('from') || has('date')) || !(email.subject || email.text || email.html)) throw notAMail();
  const text = email.text?.trim() ? email.text : email.html ? htmlToText(readers, email.html) : '';
  const from = mailboxes(email.from ? [email.from] : [])[0] ?? null;
  return { subject: email.subject ?? '', sentAt: isoOrNull(email.date), from, to: mailboxes(email.to), cc: mailboxes(email.cc), text, type: 'message/rfc822' };
}

function parseMsg(bytes: Buffer, readers: Readers): Parsed {
  let data;
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const reader = new readers.MsgReader(view);
    reader.parserConfig = { includeRawProps: false };
    data = reader.getFileData();
  } catch {
    throw notAMail();
  }
  if (data.error || data.dataType !== 'msg' || !(data.subject || data.body || data.bodyHtml)) throw notAMail();
  const person = (name?: string, address?: string) => ({ name: name ?? '', address: address ?? '' });
  const recipients = (type: 'to' | 'cc') => (data.recipients ?? [])
    .filter((r) => (r.recipType ?? 'to') === type)
    .map((r) => person(r.name, r.smtpAddress ?? r.email));
  const text = data.body?.trim() ? data.body : data.bodyHtml ? htmlToText(readers, data.bodyHtml) : '';
  return {
    subject: data.subject ?? '',
    sentAt: isoOrNull(data.clientSubmitTime ?? data.messageDeliveryTime),
    from: data.senderEmail || data.senderName ? person(data.senderName, data.senderSmtpAddress ?? data.senderEmail) : null,
    to: recipients('to'),
    cc: recipients('cc'),
    text,
    type: 'application/vnd.ms-outlook',
  };
}

/** The draft of one mail file; a file that is no mail is refused (notAMail) and nothing is written. */
export async function readMail(fileName: string, bytes: Buffer, contacts: readonly Contact[]): Promise<MailDraft> {
  if (bytes.byteLength === 0) throw notAMail();
  const isMsg = OLE_MAGIC.every((b, i) => bytes[i] === b);
  const readers = await import('./file-libraries');
  const parsed = isMsg ? parseMsg(bytes, readers) : await parseEml(bytes, readers);
  const { body, quoted } = foldQuoted(parsed.text);
  const named = (p: { name: string; address: string }): MailPerson => namePerson(p, contacts);
  return {
    fileName,
    fileType: parsed.type,
    subject: parsed.subject.trim(),
    sentAt: parsed.sentAt,
    from: parsed.from ? named(parsed.from) : null,
    to: parsed.to.map(named),
    cc: parsed.cc.map(named),
    body,
    quoted,
    supplierId: null,
  };
}
