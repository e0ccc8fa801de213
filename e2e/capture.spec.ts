// Capture (issue 25): mails dropped or chosen on a supplier become drafts,
// reviewed one after another and saved with the mail kept as an attachment
// that opens again; files attached twice are stored once. In English and in
// Dutch, with axe on the screens involved.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, type AppHandle } from './fixtures';

test.use({ reducedMotion: 'reduce' });

const MAIL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'test', 'fixtures', 'mail');
const mailFile = (name: string) => path.join(MAIL_DIR, name);

const WORDS = {
  en: { review: 'Review the e-mail', save: 'Save interaction', attach: 'Attach files…', files: 'Files', attachments: 'Attachments', open: 'Open', known: 'already held it' },
  nl: { review: 'Controleer de e-mail', save: 'Contact opslaan', attach: 'Bestanden bijvoegen…', files: 'Bestanden', attachments: 'Bijlagen', open: 'openen', known: 'had het al' },
} as const;

async function supplierPage(app: AppHandle, language: 'en' | 'nl') {
  await app.call('updatePreferences', { language });
  const s = await app.call('createSupplier', { name: 'Noordlicht IT', contacts: [{ name: 'Eva de Wit', role: '', email: 'eva.dewit@noordlicht.example', phone: '' }] });
  await app.page.reload();
  await app.page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, s.id);
  await expect(app.page.getByRole('heading', { level: 1, name: 'Noordlicht IT' })).toBeVisible();
  return s.id;
}

async function axeClean(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const language of ['en', 'nl'] as const) {
  const w = WORDS[language];

  test(`${language}: two mails chosen become two drafts, reviewed in turn, saved with the mail that opens again`, async ({ app }) => {
    const supplierId = await supplierPage(app, language);
    const { page } = app;
    await page.getByTestId('mail-input').setInputFiles([mailFile('outlook-reply.eml'), mailFile('gmail-reply.eml')]);

    const dialog = page.getByRole('dialog', { name: w.review });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox').first()).toHaveValue('RE: Capaciteitsrapport november');
    // Named from the supplier's contacts, the quoted reply folded away.
    await expect(dialog.locator('textarea')).toHaveValue(/Eva de Wit <eva\.dewit@noordlicht\.example>/);
    await expect(dialog.locator('textarea')).not.toHaveValue(/Waar blijft het rapport/);
    await axeClean(page);
    await page.screenshot({ path: test.info().outputPath(`mail-review-${language}.png`) });
    await dialog.getByRole('button', { name: w.save }).click();

    await expect(dialog.getByRole('textbox').first()).toHaveValue('Re: Migration window');
    await dialog.getByRole('button', { name: w.save }).click();
    await expect(dialog).toHaveCount(0);

    const entries = await app.call('listEntries', { supplierId });
    expect(entries.map((e) => e.title).sort()).toEqual(['RE: Capaciteitsrapport november', 'Re: Migration window']);
    const saved = entries.find((e) => e.title.startsWith('RE:'))!;
    expect(saved).toMatchObject({ kind: 'interaction', channel: 'email', date: '2026-12-07' });

    // The entry's details list the mail; opening it shows the mail's text.
    await page.getByRole('link', { name: /RE: Capaciteitsrapport november/ }).or(page.getByRole('button', { name: /RE: Capaciteitsrapport november/ })).first().click();
    const list = page.getByRole('region', { name: w.attachments });
    await expect(list.getByText('outlook-reply.eml')).toBeVisible();
    await axeClean(page);
    const opened = page.context().waitForEvent('page');
    await list.getByRole('button', { name: new RegExp(`${w.open}`) }).first().click();
    const tab = await opened;
    await expect(tab.locator('body')).toContainText('Subject: RE: Capaciteitsrapport november');
    await tab.close();
  });

  test(`${language}: the same file attached twice is stored once; a file that is no mail writes nothing`, async ({ app }) => {
    const supplierId = await supplierPage(app, language);
    const { page } = app;
    const pdf = { name: 'sla-rapport.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% SLA 97,1%\n%%EOF\n') };
    const files = page.getByRole('region', { name: w.files });
    await files.getByTestId('attachment-input').setInputFiles(pdf);
    await expect(files.getByText('sla-rapport.pdf')).toBeVisible();
    await files.getByTestId('attachment-input').setInputFiles({ ...pdf, name: 'copy.pdf' });
    await expect(page.getByText(new RegExp(w.known))).toBeVisible();
    await expect(files.getByText('copy.pdf')).toBeVisible();
    const listed = await app.call('listAttachments', { supplierId });
    expect(listed).toHaveLength(2);
    expect(listed[0]!.sha256).toBe(listed[1]!.sha256);
    await files.screenshot({ path: test.info().outputPath(`files-${language}-light.png`) });
    await app.call('updatePreferences', { theme: 'dark' });
    await page.reload();
    await expect(files.getByText('copy.pdf')).toBeVisible();
    await axeClean(page);
    await files.screenshot({ path: test.info().outputPath(`files-${language}-dark.png`) });

    await page.getByTestId('mail-input').setInputFiles({ name: 'note.eml', mimeType: 'message/rfc822', buffer: fs.readFileSync(mailFile('not-a-mail.eml')) });
    await expect(page.getByText(/note\.eml: /)).toBeVisible();
    expect(await app.call('listEntries', { supplierId })).toHaveLength(0);
  });
}
