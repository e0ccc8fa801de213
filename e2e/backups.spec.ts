// Backups & data: make a backup, restore one (seeing first what it holds),
// undo the restore, and restore from a file the user picks.
import type { Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import type { AppHandle } from './fixtures';
import { expect, isoDaysFromToday, test } from './fixtures';

async function supplierWithEntries(app: AppHandle, name: string, entries: number) {
  const supplier = await app.call('createSupplier', { name });
  for (let i = 0; i < entries; i++) {
    await app.call('createEntry', { supplierId: supplier.id, kind: 'note', date: isoDaysFromToday(-10 - i), title: `${name} note ${i}` });
  }
  return supplier;
}

async function openData(page: Page) {
  await page.getByRole('link', { name: 'Backups & data' }).click();
  await expect(page.getByRole('heading', { name: 'Backups & data', level: 1 })).toBeVisible();
}

const sidebarSupplier = (page: Page, name: string) => page.getByRole('complementary').getByRole('link', { name });

test('a backup made on the screen appears in the list with its counts', async ({ app }) => {
  await supplierWithEntries(app, 'Noordlicht IT', 2);
  await app.page.reload();
  await openData(app.page);
  await app.page.getByRole('button', { name: 'Make a backup now' }).click();
  const row = app.page.getByRole('row').filter({ hasText: 'Made by you' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1 supplier · 2 entries');
  const backups = await app.call('listBackups', {});
  expect(backups.filter((b) => b.kind === 'manual')).toHaveLength(1);
});

test('restoring a backup shows what it holds, brings the journal back, and Undo brings the later state back', async ({ app }) => {
  await supplierWithEntries(app, 'Noordlicht IT', 2);
  await app.call('backupNow', {});
  await supplierWithEntries(app, 'Wolkendek Hosting', 3);
  await app.page.reload();
  const page = app.page;
  await expect(sidebarSupplier(page, 'Wolkendek Hosting')).toBeVisible();
  await openData(page);

  await page.getByRole('row').filter({ hasText: 'Made by you' }).getByRole('button', { name: /Restore the backup of/ }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByRole('heading', { name: /Restore the backup of/ })).toBeVisible();
  // What the backup holds, beside the journal now.
  await expect(dialog.getByRole('row', { name: /Suppliers/ })).toHaveText(/Suppliers\s*1\s*2/);
  await expect(dialog.getByRole('row', { name: /Journal entries/ })).toHaveText(/Journal entries\s*2\s*5/);
  await expect(dialog).toContainText('keeps a copy of your journal as it is now');
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup of' })).toBeVisible();
  await expect(sidebarSupplier(page, 'Wolkendek Hosting')).toHaveCount(0);
  await expect(sidebarSupplier(page, 'Noordlicht IT')).toBeVisible();
  expect((await app.call('listSuppliers', { includeEnded: true })).map((s) => s.name)).toEqual(['Noordlicht IT']);
  // The journal as it was is kept in the list.
  await expect(page.getByRole('row').filter({ hasText: 'Before a restore' })).toContainText('2 suppliers · 5 entries');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The restore was undone.')).toBeVisible();
  await expect(sidebarSupplier(page, 'Wolkendek Hosting')).toBeVisible();
  const info = await app.call('getJournalInfo', {});
  expect([info.suppliers, info.entries]).toEqual([2, 5]);
});

test('restoring from a file shows what it holds first', async ({ app }) => {
  await supplierWithEntries(app, 'Noordlicht IT', 4);
  const backup = await app.call('backupNow', {});
  const status = await app.call('getJournalStatus', {});
  // A copy somewhere else, as a user would keep it.
  const copy = path.join(path.dirname(app.dataFile), 'my-copy.sqlite');
  fs.copyFileSync(path.join(status.backupsDir, backup.name), copy);
  await supplierWithEntries(app, 'Scherpzicht Security', 1);
  await app.page.reload();
  const page = app.page;
  await openData(page);

  await page.getByTestId('restore-file-input').setInputFiles(copy);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByRole('heading', { name: 'Restore from “my-copy.sqlite”?' })).toBeVisible();
  await expect(dialog.getByRole('columnheader', { name: 'In the file' })).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Journal entries/ })).toHaveText(/Journal entries\s*4\s*5/);
  // Nothing was replaced yet.
  expect((await app.call('getJournalInfo', {})).suppliers).toBe(2);
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Restored “my-copy.sqlite”' })).toBeVisible();
  await expect(sidebarSupplier(page, 'Scherpzicht Security')).toHaveCount(0);
  expect((await app.call('getJournalInfo', {})).entries).toBe(4);
});

test('a file that is not a journal is refused with the reason, and nothing changes', async ({ app }) => {
  await supplierWithEntries(app, 'Noordlicht IT', 1);
  const text = path.join(path.dirname(app.dataFile), 'notes.db');
  fs.writeFileSync(text, 'just some notes');
  await app.page.reload();
  await openData(app.page);
  await app.page.getByTestId('restore-file-input').setInputFiles(text);
  const dialog = app.page.getByRole('alertdialog');
  await expect(dialog.getByRole('heading', { name: 'This file cannot be restored' })).toBeVisible();
  await expect(dialog).toContainText('This file is not a Rapport journal.');
  await expect(dialog.getByRole('button', { name: 'Restore', exact: true })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect((await app.call('getJournalInfo', {})).entries).toBe(1);
});
