// Mails dropped on the app window (issue 25): on the overview, with real
// drag events carrying the real fixture files. The overlay says what a drop
// will do; the draft comes with the supplier its addresses match (or none,
// to choose); several are reviewed in turn; other files get a message and
// write nothing; the saved entry has the mail attached. In English and in
// Dutch, with axe on the draft, and screenshots of overlay and draft at
// 1024x700 (nl dark, en light).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { JSHandle, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

test.use({ reducedMotion: 'reduce', viewport: { width: 1024, height: 700 } });

const MAIL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'test', 'fixtures', 'mail');

const WORDS = {
  en: {
    overlay: 'Drop e-mails to add them', review: 'Review the e-mail', save: 'Save interaction', supplier: 'Supplier',
    matched: /Found from the e-mail's addresses/, choose: /choose the supplier\./, required: 'Choose the supplier this e-mail belongs to.',
    notMail: /sla\.pdf is no e-mail and was not added/, attachments: 'Attachments', savedTo: /Interaction saved to Noordlicht IT/,
  },
  nl: {
    overlay: 'Sleep e-mails hierheen om ze toe te voegen', review: 'Controleer de e-mail', save: 'Contact opslaan', supplier: 'Leverancier',
    matched: /Gevonden via de adressen in de e-mail/, choose: /kies de leverancier\./, required: 'Kies de leverancier waar deze e-mail bij hoort.',
    notMail: /sla\.pdf is geen e-mail en is niet toegevoegd/, attachments: 'Bijlagen', savedTo: /Contact opgeslagen bij Noordlicht IT/,
  },
} as const;

interface DroppedFile { name: string; type: string; base64: string }
const fixtureFile = (name: string, type = 'message/rfc822'): DroppedFile => ({ name, type, base64: fs.readFileSync(path.join(MAIL_DIR, name)).toString('base64') });

/** A DataTransfer in the page holding these files, as the operating system hands a drag to the window. */
function transfer(page: Page, files: DroppedFile[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
    return dt;
  }, files);
}

/** Drags the files in over `target` (dragenter, dragover): the overlay shows. */
async function dragOver(target: Locator, dataTransfer: JSHandle<DataTransfer>) {
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
}

/**
 * Drops them on `target`, as the window receives a real drop; true when the app
 * took it (cancelled the event): otherwise the browser would open the file in
 * place of the app.
 */
function drop(target: Locator, dataTransfer: JSHandle<DataTransfer>): Promise<boolean> {
  return target.evaluate((el, dataTransfer) => {
    const event = new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer });
    el.dispatchEvent(event);
    return event.defaultPrevented;
  }, dataTransfer);
}

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const [language, theme] of [['en', 'light'], ['nl', 'dark']] as const) {
  const w = WORDS[language];

  test(`${language}: mails dropped on the overview become drafts with the matched supplier to confirm, or one to choose; other files are refused`, async ({ app }) => {
    const { page } = app;
    await app.call('updatePreferences', { language, theme });
    const noordlicht = await app.call('createSupplier', { name: 'Noordlicht IT', contacts: [{ name: 'Eva de Wit', role: '', email: 'eva.dewit@noordlicht.example', phone: '' }] });
    const hosting = await app.call('createSupplier', { name: 'Hosting BV', contacts: [{ name: 'Tom', role: '', email: 'tom@hosting.example', phone: '' }] });
    await page.reload();
    await expect(page.getByRole('link', { name: /Noordlicht IT/ }).first()).toBeVisible();

    // The overview's main pane, not a supplier's page and not a file list.
    const main = page.locator('main#main');
    const files = await transfer(page, [
      fixtureFile('outlook-reply.eml'), fixtureFile('apple-html-only.eml'), { name: 'sla.pdf', type: 'application/pdf', base64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64') },
    ]);
    await dragOver(main, files);
    const overlay = page.getByTestId('window-drop');
    await expect(overlay).toContainText(w.overlay);
    await page.screenshot({ path: test.info().outputPath(`window-drop-overlay-${language}-${theme}.png`) });
    const before = page.url();
    expect(await drop(main, files)).toBe(true);
    await expect(overlay).toHaveCount(0);
    expect(page.url()).toBe(before);
    await expect(page.getByText(w.notMail)).toBeVisible();

    // The first: its addresses match Noordlicht IT's contact, and the manager confirms.
    const dialog = page.getByRole('dialog', { name: w.review });
    await expect(dialog.getByRole('textbox').first()).toHaveValue('RE: Capaciteitsrapport november');
    const supplier = dialog.getByLabel(w.supplier);
    await expect(supplier.locator('option:checked')).toHaveText('Noordlicht IT');
    await expect(dialog.getByText(w.matched)).toBeVisible();
    await expect(dialog.locator('textarea')).toHaveValue(/Eva de Wit <eva\.dewit@noordlicht\.example>/);
    await axeClean(page);
    await page.screenshot({ path: test.info().outputPath(`window-drop-draft-${language}-${theme}.png`) });
    await dialog.getByRole('button', { name: w.save }).click();
    await expect(page.getByText(w.savedTo)).toBeVisible();

    // The second matches no supplier: saving asks for one first, and writes nothing until then.
    await expect(dialog.getByRole('textbox').first()).toHaveValue('Offerte café-onderhoud');
    await expect(dialog.getByText(w.choose)).toBeVisible();
    await dialog.getByRole('button', { name: w.save }).click();
    await expect(dialog.getByText(w.required)).toBeVisible();
    await expect(supplier).toBeFocused();
    expect(await app.call('listEntries', { supplierId: hosting.id })).toHaveLength(0);
    await supplier.selectOption({ label: 'Hosting BV' });
    await dialog.getByRole('button', { name: w.save }).click();
    await expect(dialog).toHaveCount(0);

    const [mail] = await app.call('listEntries', { supplierId: noordlicht.id });
    expect(mail).toMatchObject({ kind: 'interaction', channel: 'email', title: 'RE: Capaciteitsrapport november', date: '2026-12-07' });
    expect((await app.call('listAttachments', { entryId: mail!.id })).map((a) => a.name)).toEqual(['outlook-reply.eml']);
    const [offer] = await app.call('listEntries', { supplierId: hosting.id });
    expect(offer).toMatchObject({ title: 'Offerte café-onderhoud' });
    expect((await app.call('listAttachments', { entryId: offer!.id })).map((a) => a.name)).toEqual(['apple-html-only.eml']);
    // The PDF went nowhere.
    expect(await app.call('listAttachments', { supplierId: noordlicht.id })).toHaveLength(0);

    // On the supplier's page the entry lists the mail.
    await page.evaluate((sid) => {
      location.hash = `#/suppliers/${sid}`;
    }, noordlicht.id);
    await page.getByRole('button', { name: /RE: Capaciteitsrapport november/ }).first().click();
    await expect(page.getByRole('region', { name: w.attachments }).getByText('outlook-reply.eml')).toBeVisible();
  });
}

test('a mail dropped anywhere on a supplier\'s page, the sidebar included, is that supplier\'s without asking', async ({ app }) => {
  const { page } = app;
  const s = await app.call('createSupplier', { name: 'Zonder Contacten', contacts: [] });
  await page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, s.id);
  await expect(page.getByRole('heading', { level: 1, name: 'Zonder Contacten' })).toBeVisible();
  const sidebar = page.getByRole('navigation').first();
  const files = await transfer(page, [fixtureFile('gmail-reply.eml')]);
  await dragOver(sidebar, files);
  await expect(page.getByTestId('window-drop')).toContainText('Each e-mail (.eml, .msg) becomes an interaction of Zonder Contacten.');
  expect(await drop(sidebar, files)).toBe(true);
  const dialog = page.getByRole('dialog', { name: 'Review the e-mail' });
  await expect(dialog.getByRole('textbox').first()).toHaveValue('Re: Migration window');
  await expect(dialog.getByLabel('Supplier')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Save interaction' }).click();
  await expect(dialog).toHaveCount(0);
  expect((await app.call('listEntries', { supplierId: s.id })).map((e) => e.title)).toEqual(['Re: Migration window']);
});
