// Journal files: make a new journal and open another from the app (browser
// mode asks for a path and says where the file will live), switch back from
// the recent list, and import a Rapport export into a journal that already
// holds suppliers: as new suppliers beside them, or into a new journal.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, useElectron } from './fixtures';

async function openData(page: Page, name: string) {
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test.describe('journal files in browser mode', () => {
  test.skip(useElectron, 'The desktop app makes and opens files with its File menu\'s native dialogs, which a test cannot drive; its page may only reopen recent files (db/test/journal-session.test.ts).');

  test('make a new journal where the prompt says, then switch back from the recent list', async ({ app }) => {
    await app.call('createSupplier', { name: 'Noordlicht IT' });
    await app.page.reload();
    const page = app.page;
    const dir = path.dirname(app.dataFile);
    await openData(page, 'Backups & data');
    await expect(page.getByTestId('journal-current')).toHaveText(app.dataFile);

    await page.getByRole('button', { name: 'New journal…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New journal' });
    const field = dialog.getByLabel('Name or path');
    await expect(field).toHaveValue('New journal');
    await expect(dialog.getByTestId('journal-path-where')).toHaveText(`Will be made at ${path.join(dir, 'New journal.sqlite')}`);
    await field.fill('Inkoop 2027');
    await expect(dialog.getByTestId('journal-path-where')).toHaveText(`Will be made at ${path.join(dir, 'Inkoop 2027.sqlite')}`);
    // A name that is taken is refused before anything happens.
    await field.fill('rapport');
    await expect(dialog.getByTestId('journal-path-where')).toHaveText(`There is already a file at ${app.dataFile}. Choose another name, or open it as an existing journal.`);
    await expect(dialog.getByRole('button', { name: 'Make and open' })).toBeDisabled();
    await field.fill('Inkoop 2027');
    await dialog.getByRole('button', { name: 'Make and open' }).click();

    await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
    expect(fs.existsSync(path.join(dir, 'Inkoop 2027.sqlite'))).toBe(true);
    expect(await app.call('listSuppliers', { includeEnded: true })).toEqual([]);

    // Back: the first journal is on the recent list, as it was.
    await openData(page, 'Backups & data');
    await expect(page.getByTestId('journal-current')).toHaveText(path.join(dir, 'Inkoop 2027.sqlite'));
    const recent = page.getByRole('list', { name: 'Recent journals' });
    await expect(recent.getByRole('listitem')).toHaveCount(1);
    await recent.getByRole('button', { name: `Open ${app.dataFile}` }).click();
    // Switching closes one journal's workers and starts the other's (two threads, each
    // loading the journal's code): seconds on a busy machine, with "Open" busy meanwhile.
    await expect(page.getByRole('link', { name: /Noordlicht IT/ }).first()).toBeVisible({ timeout: 30_000 });
    expect((await app.call('listSuppliers', { includeEnded: true })).map((s) => s.name)).toEqual(['Noordlicht IT']);
  });

  test('in Dutch: open another journal by its path; a file that is not a journal is named as such and nothing switches', async ({ app }) => {
    await app.call('updatePreferences', { language: 'nl' });
    await app.call('createSupplier', { name: 'Hier blijf ik' });
    const dir = path.dirname(app.dataFile);
    fs.writeFileSync(path.join(dir, 'boodschappen.sqlite'), 'melk, brood\n');
    await app.page.reload();
    const page = app.page;
    await openData(page, 'Back-ups en gegevens');
    await page.getByRole('button', { name: 'Ander journaal openen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ander journaal openen' });
    await dialog.getByLabel('Naam of pad').fill('boodschappen');
    await expect(dialog.getByTestId('journal-path-where')).toContainText('geen Rapport-journaal');
    await expect(dialog.getByRole('button', { name: 'Openen' })).toBeDisabled();
    await dialog.getByLabel('Naam of pad').fill('~/bestaat-echt-niet-42');
    await expect(dialog.getByTestId('journal-path-where')).toContainText('Er staat geen bestand op');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect((await app.call('listSuppliers', { includeEnded: true })).map((s) => s.name)).toEqual(['Hier blijf ik']);
  });
});

test('an export imported into a journal that holds suppliers: added as new suppliers beside them', async ({ app }) => {
  await app.call('loadExampleJournal', { language: 'en' });
  const before = await app.call('listSuppliers', { includeEnded: true });
  const saved = path.join(path.dirname(app.dataFile), 'export.json');
  const exported = await app.call('exportJson', {});
  fs.writeFileSync(saved, exported.text);
  await app.page.reload();
  const page = app.page;
  await openData(page, 'Backups & data');
  await page.getByTestId('import-json-input').setInputFiles(saved);
  const choice = page.getByRole('alertdialog', { name: 'How should “export.json” be imported?' });
  await expect(choice).toContainText('This journal already holds suppliers.');
  await choice.getByRole('button', { name: 'Add as new suppliers' }).click();
  await expect(page.getByText(`Imported ${before.length} suppliers`)).toBeVisible();
  const after = (await app.call('listSuppliers', { includeEnded: true })).map((s) => s.name);
  expect(after).toHaveLength(before.length * 2);
  for (const s of before) expect(after).toContain(`${s.name} (2)`);
});

test('an export imported into a new journal made for it; the journal that was open stays as it was', async ({ app }) => {
  test.skip(useElectron, 'The desktop app makes new journals with File > New journal… (a native dialog).');
  await app.call('createSupplier', { name: 'Mijn leverancier' });
  const source = await app.call('exportJson', {});
  const saved = path.join(path.dirname(app.dataFile), 'export.json');
  fs.writeFileSync(saved, source.text.replace(/"Mijn leverancier"/g, '"Uit de export"'));
  await app.page.reload();
  const page = app.page;
  await openData(page, 'Backups & data');
  await page.getByTestId('import-json-input').setInputFiles(saved);
  await page.getByRole('alertdialog').getByRole('button', { name: 'Open a new journal for it…' }).click();
  const dialog = page.getByRole('dialog', { name: 'A new journal for “export.json”' });
  await dialog.getByLabel('Name or path').fill('Uit de export');
  await dialog.getByRole('button', { name: 'Make and open' }).click();
  // Making a journal and importing into it is busy work (the buttons say so): wait for it as a user does.
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole('link', { name: /Uit de export/ }).first()).toBeVisible();
  expect((await app.call('getJournalInfo', {})).dataFile).toBe(path.join(path.dirname(app.dataFile), 'Uit de export.sqlite'));
  expect((await app.call('listSuppliers', { includeEnded: true })).map((s) => s.name)).toEqual(['Uit de export']);
  await app.call('openJournalFile', { path: app.dataFile });
  expect((await app.call('listSuppliers', { includeEnded: true })).map((s) => s.name)).toEqual(['Mijn leverancier']);
});
