// Dates are typed in the app's language, whatever the browser's: a Dutch user
// sees dd-mm-jjjj, an English user dd/mm/yyyy, never mm/dd/yyyy; what was
// typed is what the journal keeps.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { dateField, fillDate, shownDate } from './dates';

/** The parts of a date field, in the order they are shown. */
const partsOf = (field: ReturnType<typeof dateField>) =>
  field.getByRole('spinbutton').evaluateAll((els) => els.map((el) => el.getAttribute('data-type')));

async function newEntry(page: Page, supplierId: number, name: string, button: RegExp, kind: RegExp) {
  await page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, supplierId);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: kind }).click();
  return dialog;
}

test('an English user types dd/mm/yyyy, and the day typed is the day saved', async ({ app }) => {
  const { page } = app;
  await page.goto(`${new URL(page.url()).origin}/#/suppliers/new`);
  const start = dateField(page, 'Contract start');
  await expect(start).toHaveText('dd/mm/yyyy');
  expect(await partsOf(start)).toEqual(['day', 'month', 'year']);
  await expect(start.getByRole('spinbutton').first()).toHaveAccessibleName(/day/);

  await page.getByRole('region', { name: 'Supplier', exact: true }).getByLabel('Name').fill('Datumtest BV');
  await fillDate(start, '2026-01-03');
  await expect(start).toHaveText('03/01/2026');
  await page.getByRole('button', { name: 'Add supplier' }).click();
  await expect(page).toHaveURL(/#\/suppliers\/\d+$/);
  const [supplier] = await app.call('listSuppliers', {});
  expect(supplier!.contractStart).toBe('2026-01-03');

  const dialog = await newEntry(page, supplier!.id, 'Datumtest BV', /^New entry/, /^Note/);
  await dialog.getByLabel('Title').fill('Typed date');
  await fillDate(dialog, 'Date', '2025-12-09');
  await expect(dateField(dialog, 'Date')).toHaveText(shownDate('2025-12-09'));
  await dialog.getByRole('button', { name: 'Add entry' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.call('listEntries', { supplierId: supplier!.id })).toMatchObject([{ title: 'Typed date', date: '2025-12-09' }]);
});

test('a Dutch user types dd-mm-jjjj, and the journal keeps that day', async ({ app }) => {
  const { page } = app;
  await app.call('updatePreferences', { language: 'nl' });
  const supplier = await app.call('createSupplier', { name: 'Datumtest BV' });
  await page.reload();
  const dialog = await newEntry(page, supplier.id, 'Datumtest BV', /^Nieuwe notitie/, /^Aantekening/);
  await dialog.getByLabel('Titel').fill('Getypte datum');
  const date = dateField(dialog, 'Datum');
  expect(await partsOf(date)).toEqual(['day', 'month', 'year']);
  // Emptied, the field shows what to type, in Dutch.
  await fillDate(date, '');
  await expect(date).toHaveText('dd-mm-jjjj');
  await fillDate(date, '2026-01-03');
  await expect(date).toHaveText('03-01-2026');
  await dialog.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.call('listEntries', { supplierId: supplier.id })).toMatchObject([{ title: 'Getypte datum', date: '2026-01-03' }]);

  // The journal's period filter: the limit the other end sets reaches screen readers too.
  await fillDate(page, 'Tot en met', '2026-01-31');
  await expect(dateField(page, 'Van')).toHaveAccessibleDescription(/Niet na 31 jan 2026\./);
});
