// axe-core on every screen and dialog of the app, in the light and the dark
// theme (and the main screens in Dutch): no critical, serious or moderate
// violation of WCAG 2.1 A/AA or axe's best practices. A failure names each
// rule, its impact, and the elements it found, screen by screen.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';
import { fillDate } from './dates';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const COUNTED = new Set(['critical', 'serious', 'moderate']);
type Theme = 'light' | 'dark';

// Dialogs appear without their fade, so axe never measures a half-transparent colour.
test.use({ reducedMotion: 'reduce' });

/** Waits for the screen to be still: no request in flight, no fade or transition running (endless ones, like a spinner, aside). */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** The counted violations axe finds on the page as it is now, one readable line (and its elements) each. */
async function violations(page: Page): Promise<string[]> {
  await settle(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations
    .filter((v) => COUNTED.has(v.impact ?? ''))
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => {
        const why = n.failureSummary?.split('\n')[1]?.trim();
        return `${n.target.join(' ')}${why ? ` — ${why}` : ''}`;
      });
      return `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help}\n      ${nodes.join('\n      ')}`;
    });
}

/**
 * Every element the keyboard stops on, with no accessible name (as axe computes it). axe itself
 * does not ask this of every role: an <svg role="application" tabindex="0"> passes it unnamed.
 */
async function unnamedStops(page: Page): Promise<string[]> {
  await new AxeBuilder({ page }).withRules(['button-name']).analyze(); // puts axe in the page
  return page.evaluate(() => {
    const axe = (window as unknown as { axe: { setup(n: Node): void; teardown(): void; commons: { text: { accessibleText(el: Element): string } } } }).axe;
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex], [contenteditable="true"]';
    const stops = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.hasAttribute('data-radix-focus-guard')) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('[aria-hidden="true"], [inert]');
    });
    axe.setup(document);
    try {
      return stops
        // axe's text leaves out a <select>'s <label>: its labels count as well.
        .filter((el) => axe.commons.text.accessibleText(el).trim() === '' && ![...((el as HTMLSelectElement).labels ?? [])].some((l) => l.textContent?.trim()))
        .map((el) => `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role="${el.getAttribute('role')}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`);
    } finally {
      axe.teardown();
    }
  });
}

/** A soft failure per screen, so one run lists every screen's problems. */
async function check(page: Page, screen: string) {
  const found = await violations(page);
  expect.soft(found, `axe on ${screen}:\n    ${found.join('\n    ')}`).toEqual([]);
  const unnamed = await unnamedStops(page);
  expect.soft(unnamed, `keyboard stops without a name on ${screen}:\n    ${unnamed.join('\n    ')}`).toEqual([]);
}

async function go(page: Page, route: string) {
  await page.evaluate((hash) => { location.hash = hash; }, `#${route}`);
  await expect(page.locator('main').first()).toBeVisible();
}

const packRoute = (scope: string, lang: 'en' | 'nl') =>
  `/report/${scope}?from=${isoDaysFromToday(-365)}&to=${isoDaysFromToday(0)}&lang=${lang}&paper=a4&private=0`;

/** Opens a review pack page and waits until it has drawn its charts. */
async function openPack(page: Page, route: string) {
  await page.evaluate(() => { delete document.body.dataset.reportReady; });
  await go(page, route);
  await page.waitForSelector('body[data-report-ready="true"]', { state: 'attached', timeout: 60_000 });
}

async function setUp(app: AppHandle, theme: Theme, language: 'en' | 'nl') {
  await app.call('updatePreferences', { theme, language });
  await app.call('loadExampleJournal', { language });
  await app.page.reload();
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
  return app.call('listSuppliers', {});
}

/** Closes the dialog on top with Escape and waits until it is gone. */
async function close(page: Page, dialog: Locator) {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

test('the check finds what a user would stumble on: faint text and a button without a name', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(await unnamedStops(page)).toEqual([]);
  await page.locator('main').evaluate((main) => {
    main.insertAdjacentHTML('afterbegin', '<p style="color:#c8c8c8;background:#fff">faint</p><button type="button"></button>');
  });
  const found = (await violations(page)).map((line) => line.split(' ')[0]);
  expect(found).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
  // A chart that takes the focus without a name: axe lets it pass, the stops check does not.
  await page.locator('main').evaluate((main) => {
    main.insertAdjacentHTML('afterbegin', '<svg role="application" tabindex="0" width="40" height="20"><rect width="40" height="20"/></svg>');
  });
  expect(await unnamedStops(page)).toEqual(['<svg role="application">', '<button>']);
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test(`the welcome screen of an empty journal, ${theme}`, async ({ app }) => {
      await app.call('updatePreferences', { theme });
      await app.page.reload();
      await expect(app.page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(app.page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(app.page, 'welcome');
    });

    test(`the overview, the frame and the screens beside the journal, ${theme}`, async ({ app }) => {
      test.setTimeout(400_000);
      const { page } = app;
      const suppliers = await setUp(app, theme, 'en');
      // Something in the trash, so the trash shows its table.
      await app.call('deleteSupplier', { id: suppliers.find((s) => s.name.startsWith('Printvaart'))!.id });

      await go(page, '/');
      await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 30_000 });
      await check(page, 'overview with the comparison');

      await page.getByRole('button', { name: /overdue promises/ }).click();
      const attention = page.getByRole('dialog', { name: 'Overdue promises' });
      await expect(attention).toBeVisible();
      await check(page, 'overview: overdue promises list');
      await close(page, attention);

      await page.getByRole('button', { name: 'Review pack' }).click();
      const pack = page.getByRole('dialog', { name: /Review pack/ });
      await expect(pack.getByTestId('report-preview')).toBeVisible();
      await check(page, 'review pack dialog, portfolio');
      await close(page, pack);

      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      await check(page, 'keyboard shortcuts');
      await close(page, help);

      await go(page, '/how-trust-works');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, 'how trust works');

      await go(page, '/settings');
      await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
      await check(page, 'settings');

      await go(page, '/data');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, 'backups & data');
      // A backup made here shows a toast and a row with its own Restore dialog.
      await page.getByRole('button', { name: 'Make a backup now' }).click();
      await expect(page.getByRole('row').filter({ hasText: 'Made by you' })).toHaveCount(1);
      await check(page, 'backups & data, with a new backup and its toast');
      await page.getByRole('row').filter({ hasText: 'Made by you' }).getByRole('button', { name: /Restore the backup of/ }).click();
      const restore = page.getByRole('alertdialog');
      await expect(restore.getByRole('row', { name: /Suppliers/ })).toBeVisible();
      await check(page, 'restore a backup: confirm');
      await close(page, restore);

      await go(page, '/trash');
      await expect(page.getByRole('row', { name: /Printvaart/ })).toBeVisible();
      await check(page, 'trash');
      await page.getByRole('button', { name: 'Empty trash' }).click();
      const empty = page.getByRole('alertdialog');
      await expect(empty).toBeVisible();
      await check(page, 'empty the trash: confirm');
      await close(page, empty);

      // A new supplier: no entries yet, no trust to chart.
      const fresh = await app.call('createSupplier', { name: 'Nieuwe Leverancier' });
      await go(page, `/suppliers/${fresh.id}`);
      await expect(page.getByText('No entries yet')).toBeVisible();
      await check(page, 'supplier page without entries');

      await go(page, '/suppliers/new');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.getByRole('button', { name: /save|add supplier/i }).last().click();
      await check(page, 'new supplier form, with an error');

      await go(page, `/suppliers/${suppliers[0]!.id}/edit`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, 'edit supplier form');

      await go(page, '/no-such-screen');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, 'not found');
    });

    test(`a supplier page with its journal and every entry dialog, ${theme}`, async ({ app }) => {
      // About 40 axe runs: each takes 5-30 s on a busy two-core machine.
      test.setTimeout(900_000);
      const { page } = app;
      const suppliers = await setUp(app, theme, 'en');
      const wolkendek = suppliers.find((s) => s.name.startsWith('Wolkendek'))!;
      await go(page, `/suppliers/${wolkendek.id}`);
      await expect(page.getByTestId('trust-section')).toBeVisible({ timeout: 30_000 });
      await expect(page.getByRole('list', { name: /^Journal entries/ }).getByRole('listitem').first()).toBeVisible();
      await check(page, 'supplier page with reviews and a trust chart');

      // The journal, filtered.
      await page.getByRole('toolbar', { name: 'Kinds of entry' }).getByRole('button', { name: 'Promises' }).click();
      await fillDate(page, 'From', isoDaysFromToday(-400));
      await expect(page.getByText(/of \d+ entries shown/)).toBeVisible();
      await check(page, 'journal, filtered');
      await page.getByRole('button', { name: 'Clear filters' }).first().click();

      // Each kind's form, empty and then with its errors.
      await page.getByRole('button', { name: /^New entry/ }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('button', { name: /^Interaction/ })).toBeVisible();
      await check(page, 'new entry: choose a kind');
      for (const kind of ['Interaction', 'Promise', 'Incident', 'Review', 'Note', 'Advice']) {
        await dialog.getByRole('button', { name: new RegExp(`^${kind}`) }).click();
        await expect(dialog.getByRole('button', { name: 'Add entry' })).toBeVisible();
        await check(page, `new entry: ${kind}`);
        await dialog.getByRole('button', { name: 'Add entry' }).click();
        await expect(dialog.getByRole('alert').first()).toBeVisible();
        await check(page, `new entry: ${kind}, with errors`);
        await dialog.getByRole('button', { name: 'Choose another kind' }).click();
      }
      await close(page, dialog);

      // An entry, its editing form, and settling and resolving.
      const rows = page.getByRole('list', { name: /^Journal entries/ }).getByRole('listitem');
      await rows.first().getByRole('button').click();
      const sheet = page.getByRole('dialog');
      await expect(sheet).toBeVisible();
      await check(page, 'entry detail');
      await sheet.getByRole('button', { name: 'Edit' }).click();
      await expect(sheet.getByRole('button', { name: 'Save changes' })).toBeVisible();
      await check(page, 'entry detail, editing');
      await close(page, sheet);

      const panel = page.getByRole('region', { name: 'Open promises' });
      await panel.getByRole('button', { name: /^Settle/ }).first().click();
      const settleDialog = page.getByRole('dialog', { name: 'Settle promise' });
      await expect(settleDialog).toBeVisible();
      await check(page, 'settle a promise');
      await close(page, settleDialog);

      await rows.filter({ hasText: 'Unresolved' }).first().getByRole('button').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
      const resolve = page.getByRole('dialog', { name: 'Resolve incident' });
      await expect(resolve).toBeVisible();
      await check(page, 'resolve an incident');
      await close(page, resolve);
      await close(page, page.getByRole('dialog'));

      await page.getByRole('button', { name: 'Review pack' }).click();
      const pack = page.getByRole('dialog', { name: /Review pack/ });
      await expect(pack.getByTestId('report-preview')).toContainText(wolkendek.name);
      await check(page, 'review pack dialog, one supplier');
      await close(page, pack);

      const contacts = page.getByRole('button', { name: /^\d+ contacts$/ });
      await contacts.click();
      await expect(page.locator('#supplier-contacts')).toBeVisible();
      await check(page, 'supplier page, contacts shown');
      await contacts.click();

      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      const remove = page.getByRole('alertdialog');
      await expect(remove).toBeVisible();
      await check(page, 'delete the supplier: confirm');
      await close(page, remove);

      await page.getByRole('button', { name: 'End relationship' }).click();
      const confirm = page.getByRole('alertdialog');
      await expect(confirm).toBeVisible();
      await check(page, 'end relationship: confirm');
      await close(page, confirm);
    });

    test(`the review packs and the CSV import preview, ${theme}`, async ({ app }) => {
      test.setTimeout(300_000);
      const { page } = app;
      const suppliers = await setUp(app, theme, 'en');
      const noordlicht = suppliers.find((s) => s.name.startsWith('Noordlicht'))!;

      await openPack(page, packRoute(`supplier/${noordlicht.id}`, 'en'));
      await check(page, 'review pack page, one supplier');
      await openPack(page, packRoute('portfolio', 'en'));
      await check(page, 'review pack page, all suppliers');
      await go(page, '/report/portfolio?from=nonsense');
      await expect(page.getByRole('alert')).toBeVisible();
      await check(page, 'review pack page, invalid options');

      const csv = path.join(path.dirname(app.dataFile), 'notes.csv');
      fs.writeFileSync(csv, 'Date;Kind;Title\r\n2026-03-01;note;Kick-off\r\n2026-02-31;note;Impossible day\r\n');
      await go(page, '/data/import-csv');
      // Its own heading: the pack page before it has a level-one heading too, which would let axe run mid-switch.
      await expect(page.getByRole('heading', { level: 1, name: 'Import entries from a spreadsheet' })).toBeVisible();
      await check(page, 'CSV import, before a file');
      await page.getByTestId('csv-file-input').setInputFiles(csv);
      await page.getByLabel('Supplier', { exact: true }).selectOption(String(noordlicht.id));
      await page.getByRole('button', { name: 'Preview' }).click();
      await expect(page.getByText('1 row has problems')).toBeVisible();
      await check(page, 'CSV import preview with a problem');
    });
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the main screens in Dutch, ${theme}`, async ({ app }) => {
    test.setTimeout(400_000);
    const { page } = app;
    const suppliers = await setUp(app, theme, 'nl');
    const wolkendek = suppliers.find((s) => s.name.startsWith('Wolkendek'))!;

    await go(page, '/');
    await expect(page.getByTestId('comparison')).toBeVisible({ timeout: 30_000 });
    await check(page, 'nl: overview');

    await go(page, `/suppliers/${wolkendek.id}`);
    await expect(page.getByTestId('trust-section')).toBeVisible({ timeout: 30_000 });
    await check(page, 'nl: supplier page');

    await page.getByRole('button', { name: /^Nieuwe notitie/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Toezegging/ }).click();
    await expect(dialog.getByRole('button', { name: 'Notitie toevoegen' })).toBeVisible();
    await check(page, 'nl: new promise');
    await close(page, dialog);

    for (const route of ['/how-trust-works', '/settings', '/data', '/trash', '/no-such-screen']) {
      await go(page, route);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await check(page, `nl: ${route}`);
    }

    await openPack(page, packRoute(`supplier/${wolkendek.id}`, 'nl'));
    await check(page, 'nl: review pack page');
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the lock: its offer, Settings > Lock and encryption, setting a passphrase, the recovery key, the unlock screen (nl), ${theme}`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    await app.call('updatePreferences', { theme, language: 'en' });
    await app.call('createSupplier', { name: 'Noordlicht IT' });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expect(page.getByRole('region', { name: 'Lock this journal with a passphrase?' })).toBeVisible();
    await check(page, 'the overview with the offer of a passphrase');
    await go(page, '/settings');
    await expect(page.getByRole('heading', { name: 'Lock and encryption' })).toBeVisible();
    await check(page, 'Settings > Lock and encryption, not locked');
    await page.getByRole('button', { name: 'Set a passphrase…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New passphrase', { exact: true }).fill('kort');
    await dialog.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(dialog.getByText('A passphrase has at least 8 characters.')).toBeVisible();
    await check(page, 'the passphrase dialog with an error beside its field');
    await dialog.getByLabel('New passphrase', { exact: true }).fill('correct paard batterij');
    await dialog.getByLabel('Repeat the new passphrase').fill('correct paard batterij');
    await dialog.getByRole('button', { name: 'Set passphrase' }).click();
    const shown = page.getByRole('dialog', { name: 'Your recovery key' });
    await expect(shown).toBeVisible({ timeout: 30_000 });
    await check(page, 'the recovery key, shown once');
    await shown.getByRole('checkbox', { name: 'I have stored the recovery key' }).check();
    await shown.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId('lock-status')).toContainText('Encrypted and locked with a passphrase');
    await check(page, 'Settings > Lock and encryption, locked with a passphrase');
    // The unlock screen speaks the language the journal was last used in.
    await app.call('updatePreferences', { theme, language: 'nl' });
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Instellingen', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
    await expect(page.getByRole('heading', { name: 'Dit journaal is vergrendeld', level: 1 })).toBeVisible();
    await check(page, 'the unlock screen (nl)');
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill('verkeerd wachtwoord');
    await page.getByRole('button', { name: 'Ontgrendelen' }).click();
    // A try derives the passphrase's key (scrypt, 128 MiB): seconds on a busy machine.
    await expect(page.getByRole('alert')).toBeVisible({ timeout: 30_000 });
    await check(page, 'the unlock screen after a wrong passphrase (nl)');
  });
}
