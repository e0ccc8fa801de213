// Find anything (issue 15): Ctrl+K from any screen, search the whole journal,
// open an entry of another supplier in its journal, by keyboard only, in
// English and in Dutch; and a quick entry without leaving the screen.
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

async function arrange(app: AppHandle, language: 'en' | 'nl') {
  await app.call('updatePreferences', { language });
  const hosting = await app.call('createSupplier', { name: 'Hosting BV' });
  const acme = await app.call('createSupplier', { name: 'Acme Software' });
  await app.call('createEntry', { supplierId: acme.id, kind: 'note', date: isoDaysFromToday(-30), title: 'Lunch with the team' });
  const found = await app.call('createEntry', {
    supplierId: acme.id, kind: 'promise', date: isoDaysFromToday(-10), title: 'Backup tests every month',
    body: 'They will restore the e-mail archive on the first Monday.', private: true, obligation: 'result', inContract: false, status: 'open',
  });
  // Start on the other supplier's page.
  await app.page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, hosting.id);
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Hosting BV' })).toBeVisible();
  return { hosting, acme, found };
}

/** Arrow down through the palette's options until the one named `name` is the active one (aria-selected). */
async function choose(page: Page, name: RegExp) {
  const selected = page.getByRole('option', { selected: true });
  for (let i = 0; i < 30; i++) {
    if (name.test((await selected.textContent({ timeout: 2000 }).catch(() => '')) ?? '')) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${name}`);
}

test('Ctrl+K finds an entry of another supplier by a word of its body and opens it in its journal (keyboard only)', async ({ app }) => {
  const { page } = app;
  const { acme, found } = await arrange(app, 'en');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox');
  await expect(input).toBeFocused();
  await page.keyboard.type('email archive');
  const option = palette.getByRole('option', { name: /Backup tests every month/ });
  await expect(option).toBeVisible();
  // Grouped by supplier, with its kind, private marker, and the match marked in the snippet.
  await expect(palette.getByRole('group', { name: 'Entries · Acme Software' })).toBeVisible();
  await expect(option).toContainText('Promise');
  await expect(option).toContainText('Private');
  await expect(option.locator('mark')).toHaveText(['e-mail', 'archive']);
  await expect(palette.getByText(/^\d+ results?$/)).toHaveCount(1);

  await choose(page, /Backup tests every month/);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/suppliers/${acme.id}\\?entry=${found.id}$`));
  // The entry is open beside its journal, and marked (and scrolled to) in the journal.
  const detail = page.getByRole('dialog', { name: 'Backup tests every month' });
  await expect(detail.getByText('They will restore the e-mail archive on the first Monday.')).toBeVisible();
  await expect(page.locator('[aria-current="true"]').filter({ hasText: 'Backup tests every month' })).toBeInViewport();
  await expect(page.locator('h1', { hasText: 'Acme Software' })).toHaveCount(1);
});

test('in Dutch: the palette, field filters, and a clear error for an unknown kind', async ({ app }) => {
  const { page } = app;
  const { found } = await arrange(app, 'nl');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Alles vinden' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('soort:factuur');
  await expect(palette.getByRole('alert')).toHaveText(/„factuur” is geen soort notitie/);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('leverancier:acme BACK-UP');
  const option = palette.getByRole('option', { name: /Backup tests every month/ });
  await expect(option).toBeVisible();
  await expect(palette.getByRole('group', { name: 'Notities · Acme Software' })).toBeVisible();
  await expect(option).toContainText('Toezegging');
  await expect(option).toContainText('Privé');
  await choose(page, /Backup tests every month/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`\\?entry=${found.id}$`));
  await expect(page.getByRole('dialog', { name: 'Backup tests every month' })).toBeVisible();
  await expect(page.locator('h1', { hasText: 'Acme Software' })).toHaveCount(1);
});

test('a quick entry for any supplier from the palette, without leaving the screen', async ({ app }) => {
  const { page } = app;
  const { acme } = await arrange(app, 'en');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('new promise acme');
  await choose(page, /New promise for Acme Software/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Quick entry' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Supplier' })).toHaveValue(String(acme.id));
  await expect(dialog.getByRole('textbox', { name: /^What was promised/ })).toBeFocused();
  await page.keyboard.type('Send the DR report');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // Still on Hosting BV; the promise is in Acme's journal.
  await expect(page.getByRole('heading', { level: 1, name: 'Hosting BV' })).toBeVisible();
  const entries = await app.call('listEntries', { supplierId: acme.id, text: 'DR report' });
  expect(entries.map((e) => [e.title, e.kind])).toEqual([['Send the DR report', 'promise']]);
});

for (const language of ['en', 'nl'] as const) {
  test(`the total count of matches: announced in the palette and shown on the search screen (${language})`, async ({ app }) => {
    const { page } = app;
    const { acme } = await arrange(app, language);
    // More than the screen shows (200): its count says how many there are in all.
    for (let i = 1; i <= 205; i++) {
      await app.call('createEntry', { supplierId: acme.id, kind: 'note', date: isoDaysFromToday(-(i % 300)), title: `Kwartaalcijfers ${i}` });
    }
    const words = {
      en: { palette: 'Find anything', all: 'All 205 results for “kwartaalcijfers”', announce: '205 results', screen: '205 entries found; the best 200 shown. Narrow the search to see the others.' },
      nl: { palette: 'Alles vinden', all: 'Alle 205 resultaten voor „kwartaalcijfers”', announce: '205 resultaten', screen: '205 notities gevonden; de beste 200 staan hier. Maak de zoekopdracht nauwer om de andere te zien.' },
    }[language];
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: words.palette });
    await page.keyboard.type('kwartaalcijfers');
    // The palette lists 20, and counts (and offers) all 205.
    await expect(palette.getByRole('option', { name: /Kwartaalcijfers/ })).toHaveCount(20);
    await expect(palette.getByText(words.announce, { exact: true })).toHaveCount(1);
    await choose(page, new RegExp(words.all));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/search\?q=kwartaalcijfers$/);
    await expect(page.getByRole('status').filter({ hasText: words.screen })).toHaveText(words.screen);
  });
}
