// The locked journal as a manager meets it, in browser mode: the offer on a
// new journal, setting a passphrase (the recovery key shown once), locking
// (only the unlock screen is left), a wrong passphrase, the recovery key,
// the idle lock, changing the passphrase, restoring a locked backup, and
// RAPPORT_PASSPHRASE for scripts.
import type { Page } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { runBrowserShell } from './browser-shell';
import { expect, test, type AppHandle } from './fixtures';

// Each try of a passphrase derives its key with scrypt (128 MiB) and a change rewrites the journal:
// seconds each when the machine is busy. The tests wait for the answer as the manager would.
test.describe.configure({ timeout: 180_000 });
const AFTER_A_TRY = { timeout: 60_000 };

const isPlain = (file: string) => fs.readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\u0000';

async function openSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
}

/** Settings > Set a passphrase: returns the recovery key shown once, after ticking that it is stored. */
async function setPassphrase(page: Page, passphrase: string, current?: string): Promise<string> {
  const dialog = page.getByRole('dialog');
  if (current) await dialog.getByLabel('Current passphrase').fill(current);
  await dialog.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await dialog.getByLabel('Repeat the new passphrase').fill(passphrase);
  await dialog.getByRole('button', { name: current ? 'Change passphrase' : 'Set passphrase' }).click();
  const shown = page.getByRole('dialog', { name: 'Your recovery key' });
  await expect(shown).toBeVisible({ timeout: 20_000 });
  const key = (await shown.getByTestId('recovery-key').textContent())!.trim();
  expect(key).toMatch(/^([0-9A-F]{4}-){15}[0-9A-F]{4}$/);
  await expect(shown.getByRole('button', { name: 'Done' })).toBeDisabled();
  await shown.getByRole('checkbox', { name: 'I have stored the recovery key' }).check();
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  return key;
}

async function expectLocked(page: Page) {
  await expect(page.getByRole('heading', { name: 'This journal is locked', level: 1 })).toBeVisible();
  // The only thing shown: no sidebar, no supplier.
  await expect(page.getByRole('complementary')).toHaveCount(0);
  await expect(page.getByText('Noordlicht IT')).toHaveCount(0);
}

async function unlock(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

async function lockedWithPassphrase(app: AppHandle, passphrase: string): Promise<string> {
  await app.call('createSupplier', { name: 'Noordlicht IT' });
  await app.page.reload();
  await openSettings(app.page);
  await app.page.getByRole('button', { name: 'Set a passphrase…' }).click();
  const key = await setPassphrase(app.page, passphrase);
  await expect(app.page.getByTestId('lock-status')).toContainText('Encrypted and locked with a passphrase');
  return key;
}

test('a new journal offers a passphrase; set, the journal is encrypted; locked, only the unlock screen is shown; a wrong passphrase is refused, the right one opens it', async ({ app }) => {
  const { page } = app;
  const offer = page.getByRole('region', { name: 'Lock this journal with a passphrase?' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Not now' }).click();
  await expect(offer).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await expect(offer).toBeHidden();

  await lockedWithPassphrase(app, 'correct paard batterij');
  expect(isPlain(app.dataFile)).toBe(false);
  await page.getByRole('button', { name: 'Lock now' }).click();
  await expectLocked(page);
  const before = crypto.createHash('sha256').update(fs.readFileSync(app.dataFile)).digest('hex');
  await unlock(page, 'verkeerd wachtwoord');
  await expect(page.getByText('That passphrase does not unlock this journal. Nothing was changed.')).toBeVisible(AFTER_A_TRY);
  expect(crypto.createHash('sha256').update(fs.readFileSync(app.dataFile)).digest('hex')).toBe(before);
  await unlock(page, 'correct paard batterij');
  await expect(page.getByRole('link', { name: 'Noordlicht IT' })).toBeVisible(AFTER_A_TRY);
  // Locked through the API (another tab, the idle time in the shell): the page drops what it showed at its next call.
  await app.call('lock', {});
  await page.getByRole('link', { name: 'Trash' }).click();
  await expectLocked(page);
});

test('the recovery key opens the journal; Ctrl+Shift+L and the palette lock it', async ({ app }) => {
  const { page } = app;
  const key = await lockedWithPassphrase(app, 'lang genoeg zinnetje');
  await page.keyboard.press('Control+Shift+L');
  await expectLocked(page);
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill('1234-ABCD');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That is not a recovery key')).toBeVisible(AFTER_A_TRY);
  await page.getByLabel('Recovery key').fill(key.toLowerCase().replace(/-/g, ' '));
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('link', { name: 'Noordlicht IT' })).toBeVisible(AFTER_A_TRY);

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox').fill('lock');
  await page.getByRole('option', { name: 'Lock journal' }).click();
  await expectLocked(page);
});

test('the journal locks itself after the idle time set in Settings', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await page.reload();
  await lockedWithPassphrase(app, 'lang genoeg zinnetje');
  await page.getByLabel('Lock when not used for').selectOption({ label: '1 minute' });
  await expect(page.getByText('Saved: the journal locks after 1 minute without use.')).toBeVisible();
  expect((await app.call('getLockState', {})).lockAfterMinutes).toBe(1);
  await page.clock.fastForward('00:50');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.clock.fastForward('00:40');
  await expectLocked(page);
  expect((await app.call('getLockState', {})).locked).toBe(true);
});

test('changing the passphrase: the old one and the old recovery key no longer open it, the new ones do', async ({ app }) => {
  const { page } = app;
  const oldKey = await lockedWithPassphrase(app, 'eerste wachtwoordzin');
  await page.getByRole('button', { name: 'Change the passphrase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Change the passphrase' });
  await dialog.getByLabel('Current passphrase').fill('niet de goede');
  await dialog.getByLabel('New passphrase', { exact: true }).fill('tweede wachtwoordzin');
  await dialog.getByLabel('Repeat the new passphrase').fill('tweede wachtwoordzin');
  await dialog.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(dialog.getByText('That passphrase does not unlock this journal.')).toBeVisible(AFTER_A_TRY);
  await dialog.getByLabel('Current passphrase').fill('eerste wachtwoordzin');
  await dialog.getByRole('button', { name: 'Change passphrase' }).click();
  const shown = page.getByRole('dialog', { name: 'Your recovery key' });
  await expect(shown).toBeVisible({ timeout: 20_000 });
  const newKey = (await shown.getByTestId('recovery-key').textContent())!.trim();
  expect(newKey).not.toBe(oldKey);
  await shown.getByRole('checkbox', { name: 'I have stored the recovery key' }).check();
  await shown.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expectLocked(page);
  await unlock(page, 'eerste wachtwoordzin');
  await expect(page.getByText('That passphrase does not unlock this journal.')).toBeVisible(AFTER_A_TRY);
  await page.getByRole('button', { name: 'Use the recovery key instead' }).click();
  await page.getByLabel('Recovery key').fill(oldKey);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('That recovery key does not open this journal.')).toBeVisible(AFTER_A_TRY);
  await page.getByRole('button', { name: 'Use the passphrase instead' }).click();
  await unlock(page, 'tweede wachtwoordzin');
  await expect(page.getByRole('link', { name: 'Noordlicht IT' })).toBeVisible(AFTER_A_TRY);
});

test('a locked backup leaks nothing and restores: the journal as it was, still locked with its passphrase', async ({ app }) => {
  const { page } = app;
  await lockedWithPassphrase(app, 'lang genoeg zinnetje');
  await page.getByRole('link', { name: 'Backups & data' }).click();
  await expect(page.getByText('Exported files are not encrypted, even when the journal is')).toBeVisible();
  const backup = await app.call('backupNow', {});
  await app.call('createSupplier', { name: 'Pas later toegevoegd' });
  const file = path.join(path.dirname(app.dataFile), 'backups', backup.name);
  expect(isPlain(file)).toBe(false);
  expect(fs.readFileSync(file).includes('Noordlicht')).toBe(false);

  await page.reload();
  const row = page.getByRole('row').filter({ hasText: 'Made by you' }).first();
  await row.getByRole('button', { name: /Restore/ }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: /Restore/ }).click();
  await expect(page.getByRole('link', { name: 'Pas later toegevoegd' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Noordlicht IT' })).toBeVisible();
  expect(isPlain(app.dataFile)).toBe(false);
  await app.call('lock', {});
  await page.reload();
  await expectLocked(page);
  await unlock(page, 'lang genoeg zinnetje');
  await expect(page.getByRole('link', { name: 'Noordlicht IT' })).toBeVisible(AFTER_A_TRY);
});

test('RAPPORT_PASSPHRASE: the right one starts the server unlocked; a wrong one ends it with a clear message, status 1, the file untouched', async ({ app }) => {
  test.skip(app.shell !== 'browser', 'the command line of browser mode');
  await lockedWithPassphrase(app, 'voor de scripts');
  const other = path.join(path.dirname(app.dataFile), 'copy', 'rapport.sqlite');
  fs.mkdirSync(path.dirname(other));
  await app.call('lock', {});
  for (const f of ['', '.key']) fs.copyFileSync(app.dataFile + f, other + f);
  const before = fs.readFileSync(other);
  const wrong = await runBrowserShell(['--data', other, '--port', '0'], { RAPPORT_PASSPHRASE: 'niet deze', LANG: 'en_GB.UTF-8', LC_ALL: '' }, other);
  expect(wrong.code).toBe(1);
  expect(wrong.output).toContain('RAPPORT_PASSPHRASE does not unlock');
  expect(wrong.output).toContain('Nothing was changed.');
  expect(fs.readFileSync(other).equals(before)).toBe(true);
  const right = await runBrowserShell(['--data', other, '--port', '0'], { RAPPORT_PASSPHRASE: 'voor de scripts', LANG: 'en_GB.UTF-8', LC_ALL: '' }, other);
  expect(right.output).toMatch(/Open: http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  expect(right.output).not.toContain('is locked');
});
