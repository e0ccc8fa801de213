// Settings and the keyboard: language and theme apply at once and stay after
// a restart; every part of the frame is reachable without a mouse.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openSettings(page: Page, name = 'Settings') {
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('switching to Dutch translates the app at once and after a restart', async ({ app }) => {
  await openSettings(app.page);
  await app.page.getByRole('radio', { name: 'Nederlands' }).check();
  await expect(app.page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
  await expect(app.page.getByRole('link', { name: 'Prullenbak' })).toBeVisible();
  await expect(app.page.locator('html')).toHaveAttribute('lang', 'nl');
  // The page applies the choice at once and saves it beside: wait for the save.
  await expect.poll(async () => (await app.call('getPreferences', {})).language).toBe('nl');

  await app.restart();
  await expect(app.page.getByRole('heading', { name: 'Welkom bij Rapport' })).toBeVisible();
  await openSettings(app.page, 'Instellingen');
  await expect(app.page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();

  // And back to following the system (English in this browser).
  await app.page.getByRole('radio', { name: 'Systeem' }).first().check();
  await expect(app.page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect.poll(async () => (await app.call('getPreferences', {})).language).toBeNull();
});

test('the dark theme applies at once and after a restart', async ({ app }) => {
  const html = app.page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await openSettings(app.page);
  await app.page.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await app.call('getPreferences', {})).theme).toBe('dark');

  await app.restart();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openSettings(app.page);
  await app.page.getByRole('radio', { name: 'Light' }).check();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(async () => (await app.call('getPreferences', {})).theme).toBe('light');
});

test('the system theme follows the operating system live', async ({ app }) => {
  const html = app.page.locator('html');
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await app.page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the manager name is saved, and the data file is shown', async ({ app }) => {
  await openSettings(app.page);
  await expect(app.page.getByText(app.dataFile, { exact: true })).toBeVisible();
  await app.page.getByLabel('Your name').fill('Eva Janssen');
  await app.page.getByRole('button', { name: 'Save', exact: true }).click();
  // The button is also disabled while it saves: the user waits for the word that it is saved.
  await expect(app.page.getByText('Your name is saved')).toBeVisible();
  await expect(app.page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  expect((await app.call('getPreferences', {})).managerName).toBe('Eva Janssen');
});

test('keyboard: the skip link comes first, then the sidebar', async ({ app }) => {
  await app.call('createSupplier', { name: 'Noordlicht IT' });
  const { page } = app;
  await page.reload();
  const sidebar = page.getByRole('complementary', { name: 'Navigation' });
  await expect(sidebar.getByRole('link', { name: 'Noordlicht IT' })).toBeVisible();

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(sidebar.getByRole('link', { name: 'New supplier' })).toBeFocused();
  await page.keyboard.press('Tab');
  // The agenda comes first in the sidebar (issue 14).
  await expect(sidebar.getByRole('link', { name: /^Needs attention/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Overview' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sidebar.getByRole('link', { name: 'Noordlicht IT' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Templates' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Trash' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Backups & data' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  // The skip link moves focus into the main area without changing the screen.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('keyboard: "?" opens the shortcuts help, Escape closes it', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('New journal entry');
  await expect(help).toContainText('Search the journal');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);

  // Typing "?" in a field does not open it.
  await page.getByRole('link', { name: 'Add your first supplier' }).click();
  await page.getByRole('region', { name: 'Supplier', exact: true }).getByLabel('Name').pressSequentially('Who?');
  await expect(help).toHaveCount(0);
});
