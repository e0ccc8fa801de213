// A mail dropped on Rapport becomes an interaction to review (issue 25): what
// the journal reads from it (db/worker/mail.ts parses the file with
// postal-mime or msgreader), and the pure steps after parsing: the quoted
// reply folded away from the new text, and the people named from the
// supplier's contacts.
import { z } from 'zod';
import type { Contact } from './schemas';
import { id } from './schema-parts';
import { MAX_ATTACHMENT_BYTES } from './attachments';

export interface MailPerson {
  name: string;
  address: string;
  /** The supplier's contact with this address, by name; null when none matches. */
  contact: string | null;
}

export interface MailDraft {
  /** The file as it will be kept (its name, and the type it is stored with). */
  fileName: string;
  fileType: string;
  subject: string;
  /** When it was sent (ISO 8601, UTC): the screen shows it in local time. Null when the mail does not say. */
  sentAt: string | null;
  from: MailPerson | null;
  to: MailPerson[];
  cc: MailPerson[];
  /** The new text of the mail, readable (HTML converted). */
  body: string;
  /** The quoted reply below it, folded away ('' when none). */
  quoted: string;
  /**
   * The supplier it belongs to: the one it was dropped on, or (dropped on the
   * window elsewhere) the one whose contacts match its addresses (matchSupplier),
   * for the manager to confirm. Null when none matches.
   */
  supplierId: number | null;
}

export const readMailInput = z
  .object({
    supplierId: id.nullable().default(null),
    name: z.string().trim().min(1).max(255),
    contentBase64: z.string().max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4, { error: 'attachmentTooLarge' }),
  })
  .strict();

/**
 * Where the quoted reply starts: a line of "> ", a reply header ("On … wrote:",
 * "Op … schreef …:", "Am … schrieb …:"), Outlook's "-----Original Message-----"
 * or its header block ("From: …" then "Sent:"/"Date:", also in Dutch).
 */
const REPLY_HEADER = /^(On\b.+\bwrote:|Op\b.+\bschreef\b.*:|Am\b.+\bschrieb\b.*:|Le\b.+\ba écrit ?:)\s*$/i;
const ORIGINAL = /^-{2,}\s*(Original Message|Oorspronkelijk bericht|Origineel bericht|Forwarded message|Doorgestuurd bericht)\s*-{2,}\s*$/i;
const HEADER_FROM = /^\*?(From|Van):\*?\s/i;
const HEADER_NEXT = /^\*?(Sent|Date|Verzonden|Datum|To|Aan):\*?\s/i;

export function foldQuoted(text: string): { body: string; quoted: string } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line, i) => {
    const t = line.trim();
    if (REPLY_HEADER.test(t) || ORIGINAL.test(t)) return true;
    if (HEADER_FROM.test(t) && HEADER_NEXT.test((lines[i + 1] ?? '').trim())) return true;
    // A "On … wrote:" that the mail program wrapped over two lines.
    if (/^On\b/i.test(t) && /\bwrote:\s*$/i.test((lines[i + 1] ?? '').trim())) return true;
    return t.startsWith('>') && lines.slice(i).every((l) => l.trim() === '' || l.trim().startsWith('>'));
  });
  if (start < 0) return { body: tidy(lines.join('\n')), quoted: '' };
  return { body: tidy(lines.slice(0, start).join('\n')), quoted: tidy(lines.slice(start).join('\n')) };
}

/** Trailing spaces off, at most one empty line in a row, none at either end. */
function tidy(text: string): string {
  return text.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** A person of the mail, named from the supplier's contacts when the address matches (case does not matter). */
export function namePerson(person: { name: string; address: string }, contacts: readonly Contact[]): MailPerson {
  const address = person.address.trim().toLowerCase();
  const contact = address ? contacts.find((c) => c.email.trim().toLowerCase() === address) : undefined;
  return { name: contact?.name ?? person.name.trim(), address: person.address.trim(), contact: contact?.name ?? null };
}

/** "Name <address>", or whichever of the two there is. */
export function personLabel(p: MailPerson): string {
  if (p.name && p.address && p.name.toLowerCase() !== p.address.toLowerCase()) return `${p.name} <${p.address}>`;
  return p.name || p.address;
}

/** Everyone on the mail: sender, recipients and copies. */
export const mailPeople = (draft: Pick<MailDraft, 'from' | 'to' | 'cc'>): MailPerson[] => [...(draft.from ? [draft.from] : []), ...draft.to, ...draft.cc];

/** The people named again from another supplier's contacts (the draft was read without any). */
export function nameDraft<D extends Pick<MailDraft, 'from' | 'to' | 'cc'>>(draft: D, contacts: readonly Contact[]): D {
  const named = (p: MailPerson) => namePerson(p, contacts);
  return { ...draft, from: draft.from ? named(draft.from) : null, to: draft.to.map(named), cc: draft.cc.map(named) };
}

/** Public mail services: a shared domain there says nothing about the supplier. */
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.nl', 'live.com', 'live.nl', 'msn.com', 'yahoo.com',
  'icloud.com', 'me.com', 'proton.me', 'protonmail.com', 'gmx.net', 'gmx.de', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'telenet.be', 'skynet.be',
]);

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).trim().toLowerCase();

/**
 * The supplier a mail most likely belongs to: the one with the most contacts
 * whose address is on the mail, else the one whose contacts' domain is (a
 * domain counts only when it belongs to one supplier's contacts and is no
 * public mail service). Null when nothing matches or two suppliers tie: the
 * manager then chooses.
 */
export function matchSupplier(
  people: readonly { address: string }[],
  suppliers: readonly { id: number; contacts: readonly Contact[] }[],
): number | null {
  const addresses = people.map((p) => p.address.trim().toLowerCase()).filter((a) => a.includes('@'));
  const owners = new Map<string, Set<number>>();
  for (const s of suppliers) {
    for (const c of s.contacts) {
      if (!c.email.includes('@')) continue;
      const domain = domainOf(c.email);
      owners.set(domain, (owners.get(domain) ?? new Set()).add(s.id));
    }
  }
  const scored = suppliers.map((s) => {
    const emails = new Set(s.contacts.map((c) => c.email.trim().toLowerCase()).filter(Boolean));
    const exact = addresses.filter((a) => emails.has(a)).length;
    const domain = addresses.filter((a) => {
      const d = domainOf(a);
      return !PUBLIC_MAIL_DOMAINS.has(d) && owners.get(d)?.size === 1 && owners.get(d)!.has(s.id);
    }).length;
    // One matching address outweighs any number of matching domains.
    return { id: s.id, score: exact * 1000 + domain };
  }).filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  if (!scored.length || scored[1]?.score === scored[0]!.score) return null;
  return scored[0]!.id;
}
