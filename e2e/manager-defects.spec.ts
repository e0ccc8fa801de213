// What a manager saw on first use (issue 22), each in the language it was
// seen in: a toast on the printed pack, a comparison chart that hid new
// suppliers, drafts thrown away, Dutch decimals, keyboard stops without a
// name, a cramped 1024×700 window, words that disagreed, and a disappointing
// review listed as lifting trust without a reason.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type AppHandle } from './fixtures';

/** The folders a test printed into: removed after it, also when it fails. */
const tempDirs: string[] = [];
test.afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function dutchSupplier(app: AppHandle, name = 'Schoonmaakbedrijf Glans'): Promise<number> {
  await app.call('updatePreferences', { language: 'nl' });
  const supplier = await app.call('createSupplier', { name });
  await app.page.reload();
  await openSupplier(app.page, supplier.id, name);
  return supplier.id;
}

async function openSupplier(page: Page, id: number, name: string) {
  await page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, id);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function newEntry(page: Page, kind: RegExp) {
  await page.getByRole('button', { name: /^Nieuwe notitie/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: kind }).click();
  return dialog;
}

/** Prints the page as Chromium prints it and reads the text back. */
async function printedText(page: Page): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-defects-'));
  tempDirs.push(dir);
  const file = path.join(dir, 'pack.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

test('1. a toast still showing never reaches the printed pack', async ({ app }) => {
  test.skip(app.shell === 'electron', 'Electron prints in a window of its own (electron/print.ts)');
  const { page } = app;
  await dutchSupplier(app);
  const dialog = await newEntry(page, /^Aantekening/);
  await dialog.getByLabel('Titel').fill('Vergaderzaal niet schoongemaakt');
  await dialog.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(dialog).toBeHidden();
  const toast = page.getByText('Notitie „Vergaderzaal niet schoongemaakt” toegevoegd.');
  await expect(toast).toBeVisible();
  // The mouse resting on it keeps it (as it would while the manager reads it).
  await toast.hover();

  await page.evaluate(() => {
    window.print = () => { document.body.dataset.printed = 'yes'; };
  });
  await page.getByRole('button', { name: 'Evaluatiedossier' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Afdrukken of bewaren als pdf…' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(page.locator('body')).toHaveAttribute('data-report-ready', 'true');
  await expect(toast).toBeVisible();

  const text = await printedText(page);
  expect(text).toMatch(/leveranciersevaluatie/i);
  expect(text).toContain('Vergaderzaal niet schoongemaakt');
  expect(text).not.toContain('toegevoegd');
});
