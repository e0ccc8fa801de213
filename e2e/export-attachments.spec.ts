// The journal archive carries attachments (issue 25): a journal with a file
// on an entry and one on the supplier, exported with the button (a .zip
// streamed to the browser's downloads), imported on the Welcome screen of a
// new journal (the file uploaded as it is): each file opens again with the
// same bytes and the same SHA-256. In Dutch and in English.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const WORDS = {
  nl: { data: 'Back-ups en gegevens', export: 'Alles exporteren (.zip)', welcome: 'Welkom bij Rapport', done: '1 leverancier en 1 notitie geïmporteerd.', overview: 'Overzicht', files: 'Bestanden', open: 'openen' },
  en: { data: 'Backups & data', export: 'Export everything (.zip)', welcome: 'Welcome to Rapport', done: 'Imported 1 supplier and 1 entry.', overview: 'Overview', files: 'Files', open: 'Open' },
} as const;

const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');

for (const language of ['nl', 'en'] as const) {
  const w = WORDS[language];
  test(`${language}: an export with attachments imports into a new journal, and each file opens with the same bytes`, async ({ app }) => {
    await app.call('updatePreferences', { language });
    const supplier = await app.call('createSupplier', { name: 'Noordlicht IT' });
    const entry = await app.call('createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-06-01', title: 'Kwartaaloverleg' });
    const minutes = Buffer.from(`Notulen kwartaaloverleg: beschikbaarheid 97,1% geëvalueerd (${language})\nActie: Eva stuurt het SLA-rapport.\n`, 'utf8');
    const photo = crypto.randomBytes(200_000);
    await app.call('addAttachment', { target: { supplierId: supplier.id }, name: 'notulen.txt', type: 'text/plain', contentBase64: minutes.toString('base64') });
    await app.call('addAttachment', { target: { entryId: entry.id }, name: 'whiteboard.bin', type: 'application/octet-stream', contentBase64: photo.toString('base64') });
    const hashesBefore = (await app.call('listAttachments', { supplierId: supplier.id })).map((a) => a.sha256);

    await app.page.reload();
    await app.page.getByRole('link', { name: w.data }).click();
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: w.export }).click()]);
    expect(download.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.zip$/);
    const saved = path.join(path.dirname(app.dataFile), `export-${language}.zip`);
    await download.saveAs(saved);

    // A new journal on the same path: the old file and its backups are gone.
    await app.restart(() => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(app.dataFile + suffix, { force: true });
      fs.rmSync(path.join(path.dirname(app.dataFile), 'backups'), { recursive: true, force: true });
    });
    await app.call('updatePreferences', { language });
    await app.page.reload();
    const page = app.page;
    await expect(page.getByRole('heading', { name: w.welcome })).toBeVisible();
    await page.getByTestId('import-json-input').setInputFiles(saved);
    await expect(page.getByText(w.done)).toBeVisible();
    await expect(page.getByRole('heading', { name: w.overview, level: 1 })).toBeVisible();

    const [imported] = await app.call('listSuppliers', { includeEnded: true });
    const onSupplier = await app.call('listAttachments', { supplierId: imported!.id });
    const [importedEntry] = await app.call('listEntries', { supplierId: imported!.id });
    const onEntry = await app.call('listAttachments', { entryId: importedEntry!.id });
    expect([...onSupplier, ...onEntry].map((a) => a.sha256).sort()).toEqual([sha(minutes), sha(photo)].sort());
    expect(onSupplier.map((a) => a.sha256)).toEqual(hashesBefore);
    const photoBack = await app.call('getAttachmentContent', { id: onEntry[0]!.id });
    expect(Buffer.from(photoBack.contentBase64, 'base64').equals(photo)).toBe(true);

    // The minutes open from the supplier's page with the same text.
    await page.evaluate((sid) => {
      location.hash = `#/suppliers/${sid}`;
    }, imported!.id);
    const files = page.getByRole('region', { name: w.files });
    await expect(files.getByText('notulen.txt')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`imported-files-${language}.png`) });
    const opened = page.context().waitForEvent('page');
    await files.getByRole('button', { name: new RegExp(w.open) }).first().click();
    const tab = await opened;
    await expect(tab.locator('body')).toContainText('beschikbaarheid 97,1% ge');
    // Chromium shows a text file in a <pre>; given as text/plain without a charset, it reads the bytes one by one (ë as Ã«): the same bytes, read so.
    expect(await tab.locator('pre').textContent()).toBe(minutes.toString('latin1'));
    await tab.close();
  });
}
