// An Excel workbook through the spreadsheet import, in Dutch and in English:
// the checked-in workbook with Dutch headers (serial dates, a supplier's name
// merged down its rows, a formula), read into the same mapping, preview and
// all-or-nothing import as a CSV file; another sheet by choice; a broken
// file refused with its reason and nothing written.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const WORKBOOK = path.join(import.meta.dirname, '..', 'db', 'test', 'fixtures', 'leveranciers-nl.xlsx');

const WORDS = {
  nl: {
    data: 'Back-ups en gegevens', link: 'Notities uit een spreadsheet importeren…', sheet: 'Werkblad', supplierColumn: 'Kolom met de leverancier',
    date: 'Datum', title: 'Titel', preview: 'Voorbeeld', valid: '4 rijen kunnen worden geïmporteerd', importAll: '4 notities importeren', imported: '4 notities geïmporteerd.',
    broken: 'Dit is geen Excel-werkmap (.xlsx)', columns: '7 kolommen',
  },
  en: {
    data: 'Backups & data', link: 'Import entries from a spreadsheet…', sheet: 'Sheet', supplierColumn: 'Supplier column',
    date: 'Date', title: 'Title', preview: 'Preview', valid: '4 rows can be imported', importAll: 'Import 4 entries', imported: 'Imported 4 entries.',
    broken: 'This is not an Excel workbook (.xlsx)', columns: '7 columns',
  },
} as const;

async function openImport(page: Page, w: (typeof WORDS)[keyof typeof WORDS]) {
  await page.getByRole('link', { name: w.data }).click();
  await expect(page.getByRole('heading', { name: w.data, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: w.link }).click();
}

for (const language of ['nl', 'en'] as const) {
  const w = WORDS[language];
  test(`${language}: an .xlsx with Dutch headers is read, mapped, previewed and imported`, async ({ app }) => {
    await app.call('updatePreferences', { language, theme: language === 'nl' ? 'dark' : 'light' });
    const hosting = await app.call('createSupplier', { name: 'Hosting BV' });
    const cleaning = await app.call('createSupplier', { name: 'Schoonmaak & Co' });
    await app.page.reload();
    const page = app.page;
    await openImport(page, w);

    // A file that is not a workbook: its reason, nothing chosen, nothing written.
    const broken = path.join(path.dirname(app.dataFile), 'kapot.xlsx');
    fs.writeFileSync(broken, fs.readFileSync(WORKBOOK).subarray(0, 3000));
    await page.getByTestId('csv-file-input').setInputFiles(broken);
    await expect(page.getByRole('alert')).toContainText(w.broken);
    await page.screenshot({ path: test.info().outputPath(`xlsx-broken-${language}.png`) });
    await expect(page.getByRole('button', { name: w.preview })).toHaveCount(0);

    await page.getByTestId('csv-file-input').setInputFiles(WORKBOOK);
    await expect(page.getByText(`leveranciers-nl.xlsx · ${w.columns}`)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByLabel(w.sheet, { exact: true })).toHaveValue('Logboek');
    // The mapping is guessed from the Dutch header, the supplier from its column.
    await expect(page.getByLabel(w.date, { exact: true })).toHaveValue('Datum');
    await expect(page.getByLabel(w.title, { exact: true })).toHaveValue('Titel');
    await expect(page.getByLabel(w.supplierColumn)).toHaveValue('Leverancier');
    await page.screenshot({ path: test.info().outputPath(`xlsx-file-${language}.png`) });

    await page.getByRole('button', { name: w.preview }).click();
    await expect(page.getByText(w.valid)).toBeVisible();
    // Row 3's supplier cell is merged with row 2's; the serial dates read as days.
    await expect(page.locator('tr[data-row="3"]')).toContainText('Nieuwe firewall vóór maart');
    await expect(page.locator('tr[data-row="6"]')).toContainText('Factuur klopt niet');
    await page.screenshot({ path: test.info().outputPath(`xlsx-preview-${language}.png`), fullPage: true });
    expect(await app.call('listEntries', { supplierId: hosting.id })).toEqual([]);

    await page.getByRole('button', { name: w.importAll }).click();
    await expect(page.getByText(w.imported)).toBeVisible();
    const entries = await app.call('listEntries', { supplierId: hosting.id });
    expect(entries.map((e) => [e.date, e.kind, e.title])).toEqual([
      ['2026-01-23', 'note', 'Factuur klopt niet'],
      ['2026-01-12', 'promise', 'Nieuwe firewall vóór maart'],
      ['2026-01-05', 'interaction', 'Maandelijks servicegesprek'],
    ]);
    expect(await app.call('listEntries', { supplierId: cleaning.id })).toMatchObject([{ kind: 'review', date: '2026-01-19', scoreAbility: 4 }]);
  });
}

test('another sheet of the workbook is read by choice', async ({ app }) => {
  await app.call('createSupplier', { name: 'Hosting BV' });
  await app.page.reload();
  const page = app.page;
  await openImport(page, WORDS.en);
  await page.getByTestId('csv-file-input').setInputFiles(WORKBOOK);
  await expect(page.getByLabel('Sheet', { exact: true })).toHaveValue('Logboek');
  await page.getByLabel('Sheet', { exact: true }).selectOption('Leveranciers');
  await expect(page.getByText('leveranciers-nl.xlsx · 2 columns')).toBeVisible();
  await expect(page.getByLabel('Sheet', { exact: true })).toHaveValue('Leveranciers');
  await expect(page.getByLabel('Supplier column')).toHaveCount(0);
});

test('nl: a supplier list from Excel is matched by name, filled in and added, nothing duplicated', async ({ app }) => {
  await app.call('updatePreferences', { language: 'nl' });
  const hosting = await app.call('createSupplier', { name: 'Hosting BV' });
  const list = path.join(path.dirname(app.dataFile), 'leveranciers.xlsx');
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lijst');
  ws.addRow(['Naam', 'Categorie', 'Contractnummer', 'Einddatum', 'Opzegtermijn']);
  ws.addRow(['HOSTING  bv', 'Hosting', 'PO-2026-0117', new Date(Date.UTC(2027, 11, 31)), 3]);
  ws.addRow(['Schoonmaak & Co', 'Facilitair', 'SC-88', new Date(Date.UTC(2026, 5, 30)), 1]);
  await wb.xlsx.writeFile(list);
  await app.page.reload();
  const page = app.page;
  await page.getByRole('link', { name: 'Back-ups en gegevens' }).click();
  await page.getByRole('link', { name: 'Een leverancierslijst importeren…' }).click();
  await page.getByTestId('csv-file-input').setInputFiles(list);
  await page.getByRole('button', { name: 'Voorbeeld' }).click();
  await expect(page.getByText('1 nieuw, 1 al aanwezig (aangevuld)')).toBeVisible();
  await expect(page.locator('tr[data-row="2"]')).toContainText('Al aanwezig: aangevuld');
  await expect(page.locator('tr[data-row="3"]')).toContainText('Nieuwe leverancier');
  await page.screenshot({ path: test.info().outputPath('supplier-list-nl.png') });
  await page.getByRole('button', { name: '2 leveranciers importeren' }).click();
  await expect(page.getByText('1 leveranciers toegevoegd, 1 aangevuld.')).toBeVisible();
  const all = await app.call('listSuppliers', { includeEnded: true });
  expect(all.map((s) => s.name).sort()).toEqual(['Hosting BV', 'Schoonmaak & Co']);
  expect(await app.call('getSupplier', { id: hosting.id })).toMatchObject({ contractRef: 'PO-2026-0117', contractEnd: '2027-12-31', noticeMonths: 3 });
});
