// The journal without a mouse: "n" for a new entry, "/" for search, the whole
// add-entry flow by keyboard, and moving through the journal with the arrows.
import type { Locator, Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

async function openSupplier(app: AppHandle) {
  const supplier = await app.call('createSupplier', { name: 'Scherpzicht Security' });
  await app.page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, supplier.id);
  await expect(app.page.getByRole('heading', { level: 1, name: 'Scherpzicht Security' })).toBeVisible();
  return supplier.id;
}

/** Presses Tab until the target has focus (keyboard only, without counting stops by hand). */
async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

const rows = (page: Page) => page.getByRole('list', { name: /^Journal entries/ }).getByRole('listitem');

test('"n" opens a new entry and "/" focuses the search', async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);
  await app.call('createEntry', { supplierId, kind: 'note', date: isoDaysFromToday(-1), title: 'Existing note' });
  await page.reload();
  await expect(rows(page)).toHaveCount(1);

  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog', { name: 'New entry' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: /^Interaction/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('/');
  const search = page.getByRole('searchbox', { name: 'Search the journal' });
  await expect(search).toBeFocused();
  // Typing in the search box types; it does not trigger shortcuts.
  await page.keyboard.type('no');
  await expect(search).toHaveValue('no');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(search).toHaveValue('');
});

test('adds a promise with the keyboard only', async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);

  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: /^Interaction/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('button', { name: /^Promise/ })).toBeFocused();
  await page.keyboard.press('Enter');

  const title = dialog.getByLabel('What was promised');
  await expect(title).toBeFocused();
  // Saving an empty form leaves the focus on the field to fix.
  await page.keyboard.press('Control+Enter');
  await expect(title).toHaveAccessibleDescription('This field is required.');
  await expect(title).toBeFocused();
  await page.keyboard.type('Pen test report before the audit');

  // Who promised: move through the radio group with the arrows.
  await tabTo(page, dialog.getByRole('radio', { name: 'The supplier' }));
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'We did' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'The supplier' })).toBeChecked();

  await tabTo(page, dialog.getByRole('radio', { name: 'Result' }));
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('radio', { name: 'Effort' })).toBeChecked();

  await tabTo(page, dialog.getByRole('radio', { name: 'No' }));
  await page.keyboard.press('ArrowLeft');
  await expect(dialog.getByRole('radio', { name: 'Yes' })).toBeChecked();

  await tabTo(page, dialog.getByLabel('Details'));
  await page.keyboard.type('Covering the external perimeter.');
  await tabTo(page, dialog.getByLabel('Tags'));
  await page.keyboard.type('Audit, security');
  await tabTo(page, dialog.getByLabel('Private'));
  await page.keyboard.press('Space');
  await expect(dialog.getByLabel('Private')).toBeChecked();

  await tabTo(page, dialog.getByRole('button', { name: 'Add entry' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();

  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Pen test report before the audit');
  expect(await app.call('listEntries', { supplierId })).toMatchObject([
    { kind: 'promise', side: 'supplier', obligation: 'effort', inContract: true, private: true, tags: ['audit', 'security'], body: 'Covering the external perimeter.' },
  ]);
});

test('arrow keys move through the journal; Enter opens an entry, Escape closes it', async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);
  for (let i = 1; i <= 30; i++) {
    await app.call('createEntry', { supplierId, kind: 'note', date: isoDaysFromToday(-i), title: `Note ${String(i).padStart(2, '0')}` });
  }
  await page.reload();
  await expect(page.getByText('30 entries')).toBeVisible();

  const first = rows(page).first().getByRole('button');
  await tabTo(page, first, 80);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toContainText('Note 03');
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toContainText('Note 30');
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toContainText('Note 01');

  await page.keyboard.press('Enter');
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('heading', { name: 'Note 01' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(page.locator(':focus')).toContainText('Note 01');
});

test('from the supplier page two skip links reach the newest journal entry in four key presses; one main landmark on every page', async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);
  for (let k = 0; k < 3; k++) await app.call('createEntry', { supplierId, kind: 'note', date: isoDaysFromToday(-5 + k), title: `Note ${k}` });
  await page.reload();
  await expect(rows(page)).toHaveCount(3);
  // Opened afresh: Tab reaches the app's skip link, Enter moves into the content, Tab reaches the journal's.
  await expect(page.getByRole('heading', { level: 1, name: 'Scherpzicht Security' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the journal' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(rows(page).first().getByRole('button')).toBeFocused();
  await expect(rows(page).first()).toContainText('Note 2');

  // One main landmark here (the journal is a section of it), on a page the app does not know, and on the pack.
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Journal', exact: true })).toHaveCount(1);
  await page.evaluate(() => { location.hash = '#/no-such-page'; });
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await page.evaluate((sid) => { location.hash = `#/report/supplier/${sid}?from=2020-01-01&to=2030-01-01&lang=en&paper=a4&private=0`; }, supplierId);
  await expect(page.getByTestId('report-doc')).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
});
