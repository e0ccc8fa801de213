// Mail files into draft interactions (issue 25), read from small real files
// in db/test/fixtures/mail: Outlook (quoted-printable, its reply header block),
// Gmail (base64, "On … wrote:" with > quotes), Apple Mail (HTML only, ISO-8859-1),
// an Outlook .msg (made by fixtures/mail/make-msg.mjs) and a file that is no mail.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldQuoted, matchSupplier, namePerson } from '../../core/mail';
import type { Contact } from '../../core/schemas';
import crypto from 'node:crypto';
import type { MailDraft } from '../../core/mail';
import { JournalHost } from '../worker/host';
import { readMail } from '../worker/mail';
import { tempFile, value } from './helpers';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, 'fixtures', 'mail', name));
const contact = (name: string, email: string): Contact => ({ name, role: '', email, phone: '' });
const CONTACTS = [contact('Eva de Wit', 'Eva.deWit@noordlicht.example'), contact('Tom Jansen (hosting)', 'tom@hosting.example')];

async function refused(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return (err as { key: string }).key;
  }
  return 'accepted';
}

describe('reading mail files', () => {
  it('Outlook: quoted-printable UTF-8, the reply block folded, people named from the contacts', async () => {
    const draft = await readMail('reply.eml', fixture('outlook-reply.eml'), CONTACTS);
    expect(draft.subject).toBe('RE: Capaciteitsrapport november');
    expect(draft.sentAt).toBe('2026-12-07T14:32:10.000Z');
    expect(draft.fileType).toBe('message/rfc822');
    expect(draft.body).toBe('Hoi,\n\nHet capaciteitsrapport komt vóór vrijdag; de beschikbaarheid was 97,1%.\n\nMet vriendelijke groet,\nEva de Wit');
    expect(draft.quoted).toMatch(/^From: Manager <manager@client.example>\nSent: Friday/);
    expect(draft.quoted).toContain('Waar blijft het rapport?');
    expect(draft.from).toEqual({ name: 'Eva de Wit', address: 'eva.dewit@noordlicht.example', contact: 'Eva de Wit' });
    expect(draft.to).toEqual([{ name: 'Manager', address: 'manager@client.example', contact: null }]);
    expect(draft.cc.map((p) => p.address)).toEqual(['servicedesk@noordlicht.example']);
  });

  it('Gmail: base64 text, "On … wrote:" and the > quotes folded, an address matched whatever its case', async () => {
    const draft = await readMail('re.eml', fixture('gmail-reply.eml'), CONTACTS);
    expect(draft.subject).toBe('Re: Migration window');
    expect(draft.sentAt).toBe('2026-12-04T09:05:00.000Z');
    expect(draft.body).toBe('Hi,\n\nThe migration window is confirmed for Saturday 02:00.\n\nBest,\nTom');
    expect(draft.quoted).toMatch(/^On Thu, Dec 3, 2026 at 4:10 PM Manager <manager@client.example> wrote:\n> Can you confirm/);
    expect(draft.from).toMatchObject({ name: 'Tom Jansen (hosting)', contact: 'Tom Jansen (hosting)' });
  });

  it('Apple Mail: HTML only in ISO-8859-1, converted to readable text without markup or images', async () => {
    const draft = await readMail('offerte.eml', fixture('apple-html-only.eml'), []);
    expect(draft.subject).toBe('Offerte café-onderhoud');
    expect(draft.sentAt).toBe('2026-12-01T22:45:00.000Z');
    expect(draft.body).toContain('Beste manager,');
    expect(draft.body).toContain('Hierbij de offerte voor het café-onderhoud: € 1.200 per jaar.');
    expect(draft.body).toMatch(/\* Twee bezoeken\n \* Reservedelen inbegrepen/);
    expect(draft.body).not.toMatch(/<|cid:|&euro;/);
    expect(draft.quoted).toBe('> Oude tekst');
    expect(draft.from).toEqual({ name: 'Sanne Bakker', address: 'sanne@apple-supplier.example', contact: null });
    expect(draft.to).toEqual([{ name: '', address: 'manager@client.example', contact: null }]);
  });

  it('Outlook .msg: subject, sender, to and cc, the time sent, the original message folded', async () => {
    const draft = await readMail('storing.msg', fixture('outlook.msg'), [contact('Pieter Smit', 'pieter.smit@noordlicht.example')]);
    expect(draft.fileType).toBe('application/vnd.ms-outlook');
    expect(draft.subject).toBe('Incident 4711: storing e-mailserver opgelost');
    expect(draft.sentAt).toBe('2026-12-07T10:15:00.000Z');
    expect(draft.body).toBe('Beste manager,\n\nDe storing van vanochtend is opgelost; oorzaak was een volle schijf.\n\nGroet,\nPieter');
    expect(draft.quoted).toMatch(/^-----Original Message-----\nFrom: Manager/);
    expect(draft.from).toEqual({ name: 'Pieter Smit', address: 'pieter.smit@noordlicht.example', contact: 'Pieter Smit' });
    expect(draft.to.map((p) => p.address)).toEqual(['manager@client.example']);
    expect(draft.cc.map((p) => p.address)).toEqual(['servicedesk@noordlicht.example']);
  });

  it('refuses a file that is no mail: plain text, an empty file, a PDF, a broken .msg', async () => {
    expect(await refused(readMail('x.eml', fixture('not-a-mail.eml'), []))).toBe('notAMail');
    expect(await refused(readMail('x.eml', Buffer.alloc(0), []))).toBe('notAMail');
    expect(await refused(readMail('x.eml', Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n'), []))).toBe('notAMail');
    const msg = fixture('outlook.msg');
    expect(await refused(readMail('x.msg', msg.subarray(0, 700), []))).toBe('notAMail');
  });
});

describe('folding and naming', () => {
  it('a mail without a quote keeps all its text; a Dutch reply header folds', () => {
    expect(foldQuoted('Hallo\r\n\r\n\r\n\r\nTot morgen  \r\n')).toEqual({ body: 'Hallo\n\nTot morgen', quoted: '' });
    expect(foldQuoted('Prima.\n\nOp 3 dec. 2026 om 10:00 schreef Eva <eva@x.example>:\n> Kan het?')).toEqual({
      body: 'Prima.', quoted: 'Op 3 dec. 2026 om 10:00 schreef Eva <eva@x.example>:\n> Kan het?',
    });
    // A quote in the middle, answered below it (inline reply), is the mail's own text.
    expect(foldQuoted('> Kan het?\nJa.').quoted).toBe('');
  });

  it('names a person from the contact with the same address, and keeps the mail\'s name otherwise', () => {
    expect(namePerson({ name: 'E. de Wit', address: ' EVA.DEWIT@noordlicht.example ' }, CONTACTS)).toEqual({ name: 'Eva de Wit', address: 'EVA.DEWIT@noordlicht.example', contact: 'Eva de Wit' });
    expect(namePerson({ name: 'Someone', address: 'other@x.example' }, CONTACTS).contact).toBeNull();
    expect(namePerson({ name: 'No address', address: '' }, [contact('Blank', '')]).contact).toBeNull();
  });
});

describe('the supplier of a mail dropped on the window', () => {
  const at = (...addresses: string[]) => addresses.map((address) => ({ address }));
  const noordlicht = { id: 1, contacts: [contact('Eva de Wit', 'eva.dewit@noordlicht.example')] };
  const hosting = { id: 2, contacts: [contact('Tom', 'tom@hosting.example'), contact('Ann', 'ann@gmail.com')] };
  const other = { id: 3, contacts: [contact('Bob', 'bob@gmail.com')] };

  it('an address of a contact wins, whatever its case; else the one supplier whose contacts share the domain', () => {
    expect(matchSupplier(at('manager@client.example', 'EVA.DEWIT@noordlicht.example'), [noordlicht, hosting])).toBe(1);
    expect(matchSupplier(at('servicedesk@noordlicht.example', 'manager@client.example'), [noordlicht, hosting])).toBe(1);
    // One address outweighs two domains of another supplier.
    expect(matchSupplier(at('tom@hosting.example', 'x@noordlicht.example', 'y@noordlicht.example'), [noordlicht, hosting])).toBe(2);
  });

  it('no match, a public mail service\'s domain, or a tie: null, and the manager chooses', () => {
    expect(matchSupplier(at('someone@elsewhere.example'), [noordlicht, hosting])).toBeNull();
    expect(matchSupplier(at('carl@gmail.com'), [hosting, other])).toBeNull();
    expect(matchSupplier(at('eva.dewit@noordlicht.example', 'tom@hosting.example'), [noordlicht, hosting])).toBeNull();
    expect(matchSupplier(at(''), [{ id: 4, contacts: [contact('Blank', '')] }])).toBeNull();
    expect(matchSupplier([], [noordlicht])).toBeNull();
  });
});

describe('a mail through the journal', () => {
  it('readMail without a supplier matches one from the contacts and names people from it; without a match it names none', async () => {
    const host = await JournalHost.open(tempFile(), { shell: 'browser' });
    try {
      await value(host, 'createSupplier', { name: 'Hosting BV', contacts: [contact('Tom', 'tom@hosting.example')] });
      const s = await value<{ id: number }>(host, 'createSupplier', { name: 'Noordlicht IT', contacts: [contact('Eva de Wit', 'eva.dewit@noordlicht.example')] });
      const contentBase64 = fixture('outlook-reply.eml').toString('base64');
      const draft = await value<MailDraft>(host, 'readMail', { name: 'reply.eml', contentBase64 });
      expect(draft.supplierId).toBe(s.id);
      expect(draft.from?.contact).toBe('Eva de Wit');
      const apple = await value<MailDraft>(host, 'readMail', { supplierId: null, name: 'offerte.eml', contentBase64: fixture('apple-html-only.eml').toString('base64') });
      expect(apple.supplierId).toBeNull();
      expect(apple.from?.contact).toBeNull();
      // Dropped on a supplier, it is that supplier's, matched or not.
      expect(await value<MailDraft>(host, 'readMail', { supplierId: s.id, name: 'offerte.eml', contentBase64: fixture('apple-html-only.eml').toString('base64') }))
        .toMatchObject({ supplierId: s.id });
    } finally {
      await host.close();
    }
  });


  it('readMail names people from the supplier\'s contacts; saveMailEntry writes the entry and keeps the mail on it, or neither', async () => {
    const host = await JournalHost.open(tempFile(), { shell: 'browser' });
    try {
      const s = await value<{ id: number }>(host, 'createSupplier', { name: 'Noordlicht IT', contacts: [contact('Eva de Wit', 'eva.dewit@noordlicht.example')] });
      const bytes = fixture('outlook-reply.eml');
      const draft = await value<MailDraft>(host, 'readMail', { supplierId: s.id, name: 'reply.eml', contentBase64: bytes.toString('base64') });
      expect(draft.from?.contact).toBe('Eva de Wit');
      expect(await host.answer('readMail', { supplierId: s.id, name: 'x.eml', contentBase64: fixture('not-a-mail.eml').toString('base64') }))
        .toMatchObject({ ok: false, error: { key: 'notAMail' } });

      const entry = { supplierId: s.id, kind: 'interaction', channel: 'email', date: '2026-12-07', title: draft.subject, body: draft.body };
      const mail = { name: 'reply.eml', type: draft.fileType, contentBase64: bytes.toString('base64') };
      const saved = await value<{ id: number }>(host, 'saveMailEntry', { entry, mail });
      const [kept] = await value<{ id: number; name: string; sha256: string }[]>(host, 'listAttachments', { entryId: saved.id });
      expect(kept).toMatchObject({ name: 'reply.eml', sha256: crypto.createHash('sha256').update(bytes).digest('hex') });

      // A bad file name: the entry is not written either.
      const before = (await value<unknown[]>(host, 'listEntries', { supplierId: s.id })).length;
      expect(await host.answer('saveMailEntry', { entry, mail: { ...mail, name: 'a/b.eml' } })).toMatchObject({ ok: false });
      expect(await host.answer('saveMailEntry', { entry: { ...entry, supplierId: 999 }, mail })).toMatchObject({ ok: false, error: { key: 'supplierNotFound' } });
      expect(await value<unknown[]>(host, 'listEntries', { supplierId: s.id })).toHaveLength(before);
    } finally {
      await host.close();
    }
  });
});
