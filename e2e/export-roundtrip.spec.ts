// A CSV export for a spreadsheet speaks the journal's language (titles, kinds,
// statuses, yes/no, dates), and Rapport imports its own export again without
// a mapping step: every column recognised, the dates' order guessed, the
// supplier taken from its column. In Dutch and in English.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const WORDS = {
  nl: { data: 'Back-ups en gegevens', export: 'Notities exporteren (CSV)', link: 'Notities uit een spreadsheet importeren…', preview: 'Voorbeeld', sep: ';', header: /^Nummer;Leveranciernummer;Leverancier;Soort;Datum;Titel;/, kind: 'Toezegging', status: 'Nagekomen', date: '05-03-2026', yes: 'ja', dateLabel: 'Hoe datums zijn geschreven' },
  en: { data: 'Backups & data', export: 'Export entries (CSV)', link: 'Import entries from a spreadsheet…', preview: 'Preview', sep: ',', header: /^Number,Supplier number,Supplier,Kind,Date,Title,/, kind: 'Promise', status: 'Kept', date: '2026-03-05', yes: 'yes', dateLabel: 'How dates are written' },
} as const;

for (const language of ['nl', 'en'] as const) {
  const w = WORDS[language];
  test(`${language}: the entries export speaks the language and imports again without a mapping step`, async ({ app }) => {
    await app.call('updatePreferences', { language });
    const supplier = await app.call('createSupplier', { name: 'Noordlicht IT' });
    await app.call('createEntry', {
      supplierId: supplier.id, kind: 'promise', date: '2026-03-05', title: 'Patch the firewall', inContract: true, dueOn: '2026-03-31', status: 'kept', settledOn: '2026-03-20', tags: ['security'],
    });
    await app.page.reload();
    const page = app.page;
    await page.getByRole('link', { name: w.data }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: w.export }).click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const [header, row] = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(w.header);
    const cells = row!.split(w.sep);
    expect(cells).toContain(w.kind);
    expect(cells).toContain(w.status);
    expect(cells).toContain(w.date);
    expect(cells).toContain(w.yes);
    const saved = path.join(path.dirname(app.dataFile), `export-${language}.csv`);
    fs.writeFileSync(saved, text);

    // Import it again, touching nothing but Preview and Import.
    await page.getByRole('link', { name: w.link }).click();
    await page.getByTestId('csv-file-input').setInputFiles(saved);
    await expect(page.getByLabel(w.dateLabel)).toHaveValue(language === 'nl' ? 'dmy' : 'iso');
    await page.getByRole('button', { name: w.preview }).click();
    await expect(page.locator('tr[data-row="2"]')).toContainText(language === 'nl' ? 'In orde' : 'Ready');
    await page.screenshot({ path: test.info().outputPath(`export-reimport-${language}.png`) });
    await page.getByRole('button', { name: language === 'nl' ? '1 notitie importeren' : 'Import 1 entry' }).click();
    await expect(page.getByText(language === 'nl' ? '1 notitie geïmporteerd.' : 'Imported 1 entry.')).toBeVisible();
    const entries = await app.call('listEntries', { supplierId: supplier.id });
    expect(entries).toHaveLength(2);
    for (const e of entries) {
      expect(e).toMatchObject({ kind: 'promise', date: '2026-03-05', title: 'Patch the firewall', inContract: true, dueOn: '2026-03-31', status: 'kept', settledOn: '2026-03-20', tags: ['security'] });
    }
  });
}
