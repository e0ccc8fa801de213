// The trash: what was deleted can be brought back, and emptying it asks first.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const sidebarSuppliers = (page: Page) => page.getByRole('navigation', { name: 'Suppliers' });

async function openTrash(page: Page) {
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Trash', level: 1 })).toBeVisible();
}

test('an empty trash says so', async ({ app }) => {
  await openTrash(app.page);
  await expect(app.page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Empty trash' })).toHaveCount(0);
});

test('a deleted supplier is restored from the trash', async ({ app }) => {
  const kept = await app.call('createSupplier', { name: 'Noordlicht IT' });
  const gone = await app.call('createSupplier', { name: 'Wolkendek Hosting' });
  await app.call('deleteSupplier', { id: gone.id });
  const { page } = app;
  await page.reload();
  await expect(sidebarSuppliers(page).getByRole('link', { name: kept.name })).toBeVisible();
  await expect(sidebarSuppliers(page).getByRole('link', { name: gone.name })).toHaveCount(0);

  await openTrash(page);
  const row = page.getByRole('row', { name: /Wolkendek Hosting/ });
  await expect(row).toContainText('Supplier');
  await row.getByRole('button', { name: 'Restore Wolkendek Hosting' }).click();

  await expect(sidebarSuppliers(page).getByRole('link', { name: gone.name })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  expect((await app.call('listSuppliers', {})).map((s) => s.name).sort()).toEqual(['Noordlicht IT', 'Wolkendek Hosting']);
});

test('a deleted journal entry is restored with its supplier named', async ({ app }) => {
  const supplier = await app.call('createSupplier', { name: 'Scherpzicht Security' });
  const entry = await app.call('createEntry', { supplierId: supplier.id, kind: 'promise', date: '2025-03-01', title: 'Monthly SOC report by the 5th' });
  await app.call('deleteEntry', { id: entry.id });
  const { page } = app;
  await page.reload();
  await openTrash(page);

  const row = page.getByRole('row', { name: /Monthly SOC report/ });
  await expect(row).toContainText('Promise');
  await expect(row).toContainText('Scherpzicht Security');
  await row.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  const entries = await app.call('listEntries', { supplierId: supplier.id });
  expect(entries.map((e) => e.title)).toEqual(['Monthly SOC report by the 5th']);
});

test('emptying the trash asks first, then deletes for good', async ({ app }) => {
  const a = await app.call('createSupplier', { name: 'Alfa' });
  const b = await app.call('createSupplier', { name: 'Beta' });
  await app.call('deleteSupplier', { id: a.id });
  await app.call('deleteSupplier', { id: b.id });
  const { page } = app;
  await page.reload();
  await openTrash(page);
  await expect(page.getByRole('row')).toHaveCount(3);

  // Cancel keeps everything.
  await page.getByRole('button', { name: 'Empty trash' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Empty the trash?' });
  await expect(dialog).toContainText('2 items will be deleted for good');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Empty trash' })).toBeFocused();
  expect(await app.call('listTrash', {})).toHaveLength(2);

  // Confirm deletes.
  await page.getByRole('button', { name: 'Empty trash' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete for good' }).click();
  await expect(page.getByRole('heading', { name: 'The trash is empty' })).toBeVisible();
  expect(await app.call('listTrash', {})).toEqual([]);
  expect(await app.call('listSuppliers', {})).toEqual([]);
});
