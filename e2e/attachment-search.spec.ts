// Issue 25 item 3, in the app, nl and en: a PDF attached to an entry is read
// (a real PDF made by Chromium, db/test/fixtures/pdf), the palette and the
// search screen find the entry by a word from it and name the file; removing
// the file takes the word out of the results.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const PDF = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'test', 'fixtures', 'pdf', 'sla-report.pdf');

const WORDS = {
  en: { attachments: 'Attachments', palette: 'Find anything', inFile: 'Found in the attachment SLA Q3.pdf', remove: 'Remove SLA Q3.pdf', nothing: 'Nothing found for “zonnepaneel”.' },
  nl: { attachments: 'Bijlagen', palette: 'Alles vinden', inFile: 'Gevonden in de bijlage SLA Q3.pdf', remove: 'SLA Q3.pdf verwijderen', nothing: 'Niets gevonden voor „zonnepaneel”.' },
} as const;

for (const language of ['en', 'nl'] as const) {
  const w = WORDS[language];
  test(`${language}: a word inside an attached PDF finds its entry, in the palette and the search screen, naming the file`, async ({ app }) => {
    const { page } = app;
    await app.call('updatePreferences', { language });
    const s = await app.call('createSupplier', { name: 'Noordlicht IT' });
    const e = await app.call('createEntry', { supplierId: s.id, kind: 'interaction', date: '2026-06-01', title: 'Kwartaaloverleg Q3' });
    await page.reload();
    await page.evaluate(([sid, eid]) => (location.hash = `#/suppliers/${sid}?entry=${eid}`), [s.id, e.id]);
    const files = page.getByRole('region', { name: w.attachments });
    await files.getByTestId('attachment-input').setInputFiles({ name: 'SLA Q3.pdf', mimeType: 'application/pdf', buffer: fs.readFileSync(PDF) });
    await expect(files.getByText('SLA Q3.pdf')).toBeVisible();

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: w.palette });
    await expect(palette).toBeVisible();
    await page.keyboard.type('zonnepaneel');
    const option = palette.getByRole('option', { name: /Kwartaaloverleg Q3/ });
    await expect(option).toContainText(w.inFile);
    await expect(option.locator('mark')).toHaveText(['zonnepaneel']);
    await palette.screenshot({ path: test.info().outputPath(`palette-file-${language}.png`) });
    await page.keyboard.press('Escape');

    await page.evaluate(() => (location.hash = '#/search?q=zonnepaneel'));
    const hit = page.getByRole('link', { name: /Kwartaaloverleg Q3/ });
    await expect(hit).toContainText(w.inFile);
    await page.screenshot({ path: test.info().outputPath(`search-file-${language}.png`) });

    // Removed (to the trash): the word no longer finds the entry.
    await page.evaluate(([sid, eid]) => (location.hash = `#/suppliers/${sid}?entry=${eid}`), [s.id, e.id]);
    await files.getByRole('button', { name: w.remove }).click();
    await expect(files.getByText('SLA Q3.pdf')).toHaveCount(0);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('zonnepaneel');
    await expect(palette.getByText(w.nothing)).toBeVisible();
  });
}
