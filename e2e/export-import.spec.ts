// Moving a journal: export (the .zip archive) and import it into a fresh journal from
// the Welcome screen; CSV exports for Excel (BOM, separator per language);
// entries from a spreadsheet with a bad row: nothing is written until the
// user skips exactly the rows named as bad.
import type { Download, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

async function openData(page: Page, name = 'Backups & data') {
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { file, bytes: fs.readFileSync((await file.path())!) };
}

test('an export imports on the Welcome screen of a fresh journal into the same journal', async ({ app }) => {
  await app.call('loadExampleJournal', { language: 'en' });
  const [first] = await app.call('listSuppliers', { includeEnded: true });
  await app.call('updateSupplier', { ...first!, contractRef: 'PO-2025-0117' });
  const suppliersBefore = (await app.call('listSuppliers', { includeEnded: true })).map((s) => [s.name, s.status, s.contractRef]);
  const infoBefore = await app.call('getJournalInfo', {});
  await app.page.reload();
  await openData(app.page);
  // A journal that holds something offers to add an export beside it (e2e/journals.spec.ts), or a new journal for it.
  await expect(app.page.getByText('This journal already holds suppliers.')).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Import a Rapport export…' })).toBeEnabled();

  const { file, bytes } = await download(app.page, 'Export everything (.zip)');
  expect(file.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.zip$/);
  const saved = path.join(path.dirname(app.dataFile), 'export.zip');
  fs.writeFileSync(saved, bytes);
  // The archive's journal.json, read by an independent unzip.
  const exported = JSON.parse(execFileSync('unzip', ['-p', saved, 'journal.json']).toString('utf8')) as { format: string; suppliers: unknown[]; entries: unknown[] };
  expect(exported.format).toBe('rapport-journal');
  expect(exported.entries).toHaveLength(infoBefore.entries);

  // A fresh journal on the same path: the old file and its backups are gone.
  await app.restart(() => {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(app.dataFile + suffix, { force: true });
    fs.rmSync(path.join(path.dirname(app.dataFile), 'backups'), { recursive: true, force: true });
  });
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import a Rapport export…' })).toBeEnabled();
  await page.getByTestId('import-json-input').setInputFiles(saved);
  await expect(page.getByText(`Imported ${suppliersBefore.length} suppliers and ${infoBefore.entries} entries.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

  expect((await app.call('listSuppliers', { includeEnded: true })).map((s) => [s.name, s.status, s.contractRef])).toEqual(suppliersBefore);
  const infoAfter = await app.call('getJournalInfo', {});
  expect([infoAfter.suppliers, infoAfter.entries]).toEqual([infoBefore.suppliers, infoBefore.entries]);
});

test('a file that is not an export is refused with the reason', async ({ app }) => {
  const bad = path.join(path.dirname(app.dataFile), 'letter.json');
  fs.writeFileSync(bad, '{"hello": "world"}');
  await app.page.getByTestId('import-json-input').setInputFiles(bad);
  const dialog = app.page.getByRole('alertdialog');
  await expect(dialog.getByRole('heading', { name: '“letter.json” could not be imported' })).toBeVisible();
  await expect(dialog).toContainText('This file is not a Rapport export. Nothing was changed.');
  expect(await app.call('listSuppliers', { includeEnded: true })).toEqual([]);
});

test('CSV exports start with the UTF-8 BOM and use the separator of the language', async ({ app }) => {
  await app.call('loadExampleJournal', { language: 'en' });
  const [first] = await app.call('listSuppliers', { includeEnded: true });
  await app.call('updateSupplier', { ...first!, contractRef: 'PO-2025-0117' });
  await app.page.reload();
  await openData(app.page);
  const en = await download(app.page, 'Export entries (CSV)');
  expect(en.file.suggestedFilename()).toMatch(/^rapport-entries-.*\.csv$/);
  expect([...en.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(en.bytes.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^Number,Supplier number,Supplier,Kind,Date,Title,/);

  await app.call('updatePreferences', { language: 'nl' });
  await app.page.reload();
  await expect(app.page.getByRole('heading', { name: 'Back-ups en gegevens', level: 1 })).toBeVisible();
  const nl = await download(app.page, 'Leveranciers exporteren (CSV)');
  expect(nl.file.suggestedFilename()).toMatch(/^rapport-suppliers-.*\.csv$/);
  expect([...nl.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = nl.bytes.toString('utf8').slice(1).split('\r\n');
  expect(header).toMatch(/^Nummer;Naam;Dienst of categorie;Contractreferentie;/);
  // The contract reference is a column of its own, beside the supplier's name.
  const row = rows.find((r) => r.startsWith(`${first!.id};`))!;
  expect(row.split(';')[header!.split(';').indexOf('Contractreferentie')]).toBe('PO-2025-0117');
});

test('a CSV import with a bad row names it and writes nothing, then skipping imports exactly the good rows', async ({ app }) => {
  const supplier = await app.call('createSupplier', { name: 'Noordlicht IT' });
  const csv = path.join(path.dirname(app.dataFile), 'notes.csv');
  fs.writeFileSync(
    csv,
    '\uFEFFDatum;Soort;Onderwerp;Omschrijving;Privé\r\n' +
      '2026-03-01;notitie;Kick-off;Good start;nee\r\n' +
      '2026-02-31;notitie;Impossible day;;nee\r\n' +
      '2026-03-05;advies;Cheaper licences;They suggested a bundle;ja\r\n',
  );
  await app.page.reload();
  const page = app.page;
  await openData(page);
  await page.getByRole('link', { name: 'Import entries from a spreadsheet…' }).click();
  await expect(page.getByRole('heading', { name: 'Import entries from a spreadsheet', level: 1 })).toBeVisible();
  await page.getByTestId('csv-file-input').setInputFiles(csv);

  // The mapping is guessed from the Dutch header.
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('Datum');
  await expect(page.getByLabel('Kind', { exact: true })).toHaveValue('Soort');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Onderwerp');
  await expect(page.getByLabel('Text', { exact: true })).toHaveValue('Omschrijving');
  await expect(page.getByLabel('Private', { exact: true })).toHaveValue('Privé');
  await expect(page.getByLabel('Supplier', { exact: true })).toHaveValue(String(supplier.id));

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('2 rows can be imported')).toBeVisible();
  await expect(page.getByText('1 row has problems')).toBeVisible();
  const bad = page.locator('tr[data-row="3"]');
  await expect(bad).toContainText('Row 3, column “Datum”: Enter a valid date.');
  await expect(page.locator('tr[data-row="2"]')).toContainText('Ready');

  // All or nothing: Import is disabled while a row is bad, and nothing has been written.
  const importAll = page.getByRole('button', { name: 'Import 3 entries' });
  await expect(importAll).toBeDisabled();
  expect(await app.call('listEntries', { supplierId: supplier.id })).toEqual([]);
  // The journal itself refuses the whole file too.
  const refused = await app.api('importCsv', {
    text: fs.readFileSync(csv, 'utf8'), mapping: { date: 'Datum', kind: 'Soort', title: 'Onderwerp' }, supplierId: supplier.id,
  });
  expect(refused.ok).toBe(false);
  expect(await app.call('listEntries', { supplierId: supplier.id })).toEqual([]);

  await page.getByLabel('Skip the 1 row named as bad, and import only the good rows').check();
  await page.getByRole('button', { name: 'Import 2 entries' }).click();
  await expect(page.getByText('Imported 2 entries.')).toBeVisible();
  await expect(page.getByText('Skipped row 3.')).toBeVisible();

  const entries = await app.call('listEntries', { supplierId: supplier.id });
  expect(entries.map((e) => [e.date, e.kind, e.title, e.private]).sort()).toEqual([
    ['2026-03-01', 'note', 'Kick-off', false],
    ['2026-03-05', 'advice', 'Cheaper licences', true],
  ]);
});

test('a spreadsheet as LibreOffice writes it: two-digit years, ;;; rows, a column name used twice, a row with an extra cell', async ({ app }) => {
  const supplier = await app.call('createSupplier', { name: 'Noordlicht IT' });
  const csv = path.join(path.dirname(app.dataFile), 'libreoffice.csv');
  fs.writeFileSync(
    csv,
    'Datum;Onderwerp;Datum;Kunde\r\n' +
      '5-3-24;Kwartaaloverleg;7-3-24;4\r\n' +
      '6-3-24;Escalatie;9-3-24;3,5\r\n' +
      '8-3-24;Ruis; met puntkomma;12-3-24;4\r\n' +
      ';;;\r\n;;;\r\n',
  );
  await app.page.reload();
  const page = app.page;
  await openData(page);
  await page.getByRole('link', { name: 'Import entries from a spreadsheet…' }).click();
  await page.getByTestId('csv-file-input').setInputFiles(csv);

  // The name used twice is named, and both columns can be chosen.
  await expect(page.getByTestId('csv-duplicates').first()).toContainText('“Datum” is the name of columns 1, 3: listed as “Datum”, “Datum (2)”.');
  await page.getByLabel('Kind when no kind is given').selectOption('review');
  // "Kunde" is guessed as the ability score, so the review fields are open.
  await expect(page.getByLabel('Score: ability', { exact: true })).toHaveValue('Kunde');
  await page.getByLabel('How dates are written').selectOption('dmy');
  await expect(page.getByLabel('Date', { exact: true }).locator('option', { hasText: 'Datum (2)' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByText('1 row can be imported')).toBeVisible();
  await expect(page.locator('tr[data-row="2"]')).toContainText('Ready');
  await expect(page.locator('tr[data-row="3"]')).toContainText('Enter a whole number, without decimals');
  await expect(page.locator('tr[data-row="4"]')).toContainText('Row 4: Row 4 has 5 cells, the header 4.');
  await expect(page.locator('tr[data-row="5"]')).toHaveCount(0); // ;;; is a blank row
  expect(await app.call('listEntries', { supplierId: supplier.id })).toEqual([]);
});

test("a spreadsheet of incidents with the supplier's ticket numbers: the column is recognised, imported, and exported again", async ({ app }) => {
  const supplier = await app.call('createSupplier', { name: 'Noordlicht IT' });
  const csv = path.join(path.dirname(app.dataFile), 'incidents.csv');
  fs.writeFileSync(csv, '\uFEFFDatum;Soort;Onderwerp;Ticketnummer\r\n2026-03-01;storing;Mail down;INC-2024-0042\r\n');
  await app.page.reload();
  const page = app.page;
  await openData(page);
  await page.getByRole('link', { name: 'Import entries from a spreadsheet…' }).click();
  await page.getByTestId('csv-file-input').setInputFiles(csv);
  // Guessed from the Dutch header, and shown open under Incident since a kind field is mapped.
  const incident = page.getByRole('group', { name: 'Incident' });
  await expect(incident.getByLabel('Ticket reference', { exact: true })).toHaveValue('Ticketnummer');
  await page.screenshot({ path: test.info().outputPath('csv-mapping-ticket-ref.png'), fullPage: true });
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('button', { name: 'Import 1 entry' }).click();
  await expect(page.getByText('Imported 1 entry.')).toBeVisible();
  const [entry] = await app.call('listEntries', { supplierId: supplier.id });
  expect(entry).toMatchObject({ kind: 'incident', title: 'Mail down', ticketRef: 'INC-2024-0042' });

  await page.getByRole('navigation', { name: 'Trash and settings' }).getByRole('link', { name: 'Backups & data' }).click();
  const { bytes } = await download(page, 'Export entries (CSV)');
  const [header, row] = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
  const at = header!.split(',').indexOf('Ticket reference');
  expect(at).toBeGreaterThan(0);
  expect(row!.split(',')[at]).toBe('INC-2024-0042');
});
