// Find anything (issue 15), the parts e2e/search.spec.ts leaves out: the
// palette's actions and screen jumps by keyboard in English and Dutch, the
// filters of the /search screen, quick capture with "q", the combobox
// pattern, and axe on the open palette and /search in light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { fillDate } from './dates';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

type Lang = 'en' | 'nl';

const T = {
  en: {
    palette: 'Find anything', capture: 'Quick entry', supplier: 'Supplier', kind: 'Kind', promiseTitle: /^What was promised/,
    newPromise: 'new promise acme', newPromiseOption: /New promise for Acme Software/,
    pack: 'review pack acme', packOption: /Review pack for Acme Software/, packDialog: 'Review pack: Acme Software',
    exportQuery: 'export', exportOption: /Export the journal/, exported: /^Saved as rapport-.*\.zip\.$/,
    backupQuery: 'back up now', backupOption: /Back up now/, backupMade: 'Backup made.', madeByYou: 'Made by you',
    required: 'This field is required.', saved: /added to Hosting BV/,
    screens: [
      ['agenda', /Needs attention/, '/agenda', 'Needs attention'],
      ['settings', /Settings/, '/settings', 'Settings'],
      ['trash', /Trash/, '/trash', 'Trash'],
      ['backups', /Backups, export and import/, '/data', 'Backups & data'],
      ['how trust', /How trust works/, '/how-trust-works', 'How trust works'],
      ['search the', /Search the journal/, '/search', 'Search'],
      ['overview', /Overview/, '/', 'Overview'],
    ],
  },
  nl: {
    palette: 'Alles vinden', capture: 'Snel een notitie', supplier: 'Leverancier', kind: 'Soort', promiseTitle: /^Wat is er toegezegd/,
    newPromise: 'nieuwe toez acme', newPromiseOption: /Nieuwe toezegging voor Acme Software/,
    pack: 'evaluatiedossier acme', packOption: /Evaluatiedossier voor Acme Software/, packDialog: 'Evaluatiedossier: Acme Software',
    exportQuery: 'exporteren', exportOption: /Het journaal exporteren/, exported: /^Opgeslagen als rapport-.*\.zip\.$/,
    backupQuery: 'back-up maken', backupOption: /Nu een back-up maken/, backupMade: 'Back-up gemaakt.', madeByYou: 'Door jou gemaakt',
    required: 'Dit veld is verplicht.', saved: /toegevoegd aan Hosting BV/,
    screens: [
      ['agenda', /Aandacht nodig/, '/agenda', 'Aandacht nodig'],
      ['instellingen', /Instellingen/, '/settings', 'Instellingen'],
      ['prullenbak', /Prullenbak/, '/trash', 'Prullenbak'],
      ['back-ups export', /Back-ups, export en import/, '/data', 'Back-ups en gegevens'],
      ['zo werkt', /Zo werkt vertrouwen/, '/how-trust-works', 'Zo werkt vertrouwen'],
      ['zoeken in', /Zoeken in het journaal/, '/search', 'Zoeken'],
      ['overzicht', /Overzicht/, '/', 'Overzicht'],
    ],
  },
} as const;

async function go(page: Page, route: string) {
  await page.evaluate((hash) => { location.hash = hash; }, `#${route}`);
}

async function arrange(app: AppHandle, language: Lang, theme: 'light' | 'dark' = 'light') {
  await app.call('updatePreferences', { language, theme });
  const hosting = await app.call('createSupplier', { name: 'Hosting BV' });
  const acme = await app.call('createSupplier', { name: 'Acme Software' });
  const promise = await app.call('createEntry', {
    supplierId: acme.id, kind: 'promise', date: isoDaysFromToday(-10), title: 'Backup tests every month',
    body: 'They will restore the archive on the first Monday.', private: true, obligation: 'result', inContract: false, status: 'open',
  });
  const oldNote = await app.call('createEntry', { supplierId: acme.id, kind: 'note', date: isoDaysFromToday(-100), title: 'Backup window moved to Sunday' });
  const incident = await app.call('createEntry', { supplierId: hosting.id, kind: 'incident', date: isoDaysFromToday(-5), title: 'Backup failed at night' });
  const trashed = await app.call('createEntry', { supplierId: hosting.id, kind: 'note', date: isoDaysFromToday(-3), title: 'Backup drill cancelled' });
  await app.call('deleteEntry', { id: trashed.id });
  await go(app.page, `/suppliers/${hosting.id}`);
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Hosting BV' })).toBeVisible();
  return { hosting, acme, promise, oldNote, incident, trashed };
}

/** Arrow down through the palette's options until the one named `name` is the active one (aria-selected). */
async function choose(page: Page, name: RegExp) {
  const selected = page.getByRole('option', { selected: true });
  for (let i = 0; i < 40; i++) {
    if (name.test((await selected.textContent({ timeout: 2000 }).catch(() => '')) ?? '')) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${name}`);
}

/** Ctrl+K, type, arrow to the option, Enter: the palette closes. */
async function paletteRun(page: Page, lang: Lang, typed: string, option: RegExp) {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: T[lang].palette });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type(typed);
  await expect(palette.getByRole('option', { name: option })).toBeVisible();
  await choose(page, option);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

for (const lang of ['en', 'nl'] as const) {
  const L = T[lang];

  test(`[${lang}] palette: a new promise for another supplier lands in its journal, keyboard only`, async ({ app }) => {
    const { page } = app;
    const { acme } = await arrange(app, lang);
    await paletteRun(page, lang, L.newPromise, L.newPromiseOption);
    const dialog = page.getByRole('dialog', { name: L.capture });
    await expect(dialog.getByRole('combobox', { name: L.supplier })).toHaveValue(String(acme.id));
    await expect(dialog.getByRole('combobox', { name: L.kind })).toHaveValue('promise');
    await expect(dialog.getByRole('textbox', { name: L.promiseTitle })).toBeFocused();
    await page.keyboard.type('Send the DR report');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'Hosting BV' })).toBeVisible();
    // Into Acme's journal by the palette: the new promise is there.
    await paletteRun(page, lang, 'acme', /^Acme Software/);
    await expect(page.getByRole('heading', { level: 1, name: 'Acme Software' })).toBeVisible();
    await expect(page.getByRole('main').getByText('Send the DR report').first()).toBeVisible();
    const saved = await app.call('listEntries', { supplierId: acme.id, text: 'DR report' });
    expect(saved.map((e) => [e.title, e.kind])).toEqual([['Send the DR report', 'promise']]);
  });

  test(`[${lang}] palette: review pack, export, back up now, keyboard only`, async ({ app }) => {
    const { page } = app;
    await arrange(app, lang);
    // Review pack for the chosen supplier.
    await paletteRun(page, lang, L.pack, L.packOption);
    const pack = page.getByRole('dialog', { name: L.packDialog });
    await expect(pack).toBeVisible();
    await expect(pack.getByTestId('report-preview')).toContainText('Acme Software');
    await page.keyboard.press('Escape');
    await expect(pack).toBeHidden();

    // Export: the whole journal as a .zip (its journal.json read by an independent unzip), one that imports again.
    const [download] = await Promise.all([page.waitForEvent('download'), paletteRun(page, lang, L.exportQuery, L.exportOption)]);
    expect(download.suggestedFilename()).toMatch(/^rapport-\d{4}-\d{2}-\d{2}\.zip$/);
    await expect(page.getByText(L.exported)).toBeVisible();
    const text = execFileSync('unzip', ['-p', (await download.path())!, 'journal.json']).toString('utf8');
    expect(text).toContain('Backup tests every month');
    const imported = await app.call('importJson', { text, mode: 'add-as-new' });
    expect(imported).toMatchObject({ suppliers: 2, entries: 3, marksDropped: [] });
    await expect(page.getByRole('heading', { level: 1, name: 'Hosting BV' })).toBeVisible();

    // Back up now: a backup made by you, on Backups & data.
    const manual = async () => (await app.call('listBackups', {})).filter((b) => b.kind === 'manual').length;
    expect(await manual()).toBe(0);
    await paletteRun(page, lang, L.backupQuery, L.backupOption);
    await expect(page.getByText(L.backupMade, { exact: true })).toBeVisible();
    await paletteRun(page, lang, L.screens[3][0], L.screens[3][1]);
    await expect(page.getByRole('heading', { level: 1, name: L.screens[3][3] })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: L.madeByYou })).toHaveCount(1);
    expect(await manual()).toBe(1);
  });

  test(`[${lang}] palette: every screen jump lands on its screen`, async ({ app }) => {
    const { page } = app;
    await arrange(app, lang);
    for (const [typed, option, route, heading] of L.screens) {
      await paletteRun(page, lang, typed, option);
      await expect(page).toHaveURL(new RegExp(`#${route.replace(/\//g, '\\/')}$`));
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      // The window title names the screen (the overview is the app itself), after the agenda's count.
      const title = route === '/' ? 'Rapport' : `${heading} · Rapport`;
      await expect(page).toHaveTitle(new RegExp(`^(\\(\\d+\\) )?${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
    // A supplier's page is named after the supplier.
    await paletteRun(page, lang, 'acme', /^Acme Software/);
    await expect(page).toHaveTitle(/^(\(\d+\) )?Acme Software · Rapport$/);
  });

  test(`[${lang}] quick capture with "q": saved for the chosen supplier, the screen stays; an empty title is refused`, async ({ app }) => {
    const { page } = app;
    const { hosting } = await arrange(app, lang);
    await go(page, '/agenda');
    await expect(page.getByRole('heading', { level: 1, name: L.screens[0][3] })).toBeVisible();
    const before = (await app.call('listEntries', { supplierId: hosting.id })).length;

    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: L.capture });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('combobox', { name: L.supplier }).selectOption({ label: 'Hosting BV' });
    // Nothing typed: the title is required, said beside the field, nothing saved.
    const title = dialog.getByRole('textbox', { name: /^(Title|Titel)/ });
    await title.focus();
    await page.keyboard.press('Enter');
    await expect(title).toHaveAccessibleDescription(L.required);
    await expect(dialog.getByText(L.required)).toBeVisible();
    await expect(dialog).toBeVisible();
    expect((await app.call('listEntries', { supplierId: hosting.id })).length).toBe(before);

    await title.fill('Called about the backup window');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText(L.saved)).toBeVisible();
    await expect(page).toHaveURL(/#\/agenda$/);
    await expect(page.getByRole('heading', { level: 1, name: L.screens[0][3] })).toBeVisible();
    const entries = await app.call('listEntries', { supplierId: hosting.id, text: 'backup window' });
    expect(entries.map((e) => [e.title, e.kind])).toEqual([['Called about the backup window', 'note']]);
  });
}

/** The results on /search as "Supplier: title" lines, in order. */
async function hits(page: Page): Promise<string[]> {
  const results = page.getByRole('region', { name: /Search results|Zoekresultaten/ });
  // Sorted: the order is the ranking's, not what these checks are about.
  return (await results.locator('.search-hit .search-item__title').allTextContents()).sort();
}

test('/search: supplier, kind and date filters, private and trash, the query in the address, Enter opens the entry', async ({ app }) => {
  const { page } = app;
  const { acme, promise } = await arrange(app, 'en');
  await go(page, '/search');
  const query = page.getByRole('searchbox', { name: 'Search for' });
  await expect(query).toBeFocused();
  await page.keyboard.type('backup');
  await expect(page.getByRole('status').filter({ hasText: 'entries found' })).toHaveText('3 entries found');
  await expect(page).toHaveURL(/#\/search\?q=backup$/);
  // Private is on by default: the private promise shows, marked; the trashed note does not.
  const privateHit = page.getByRole('link', { name: /Backup tests every month/ });
  await expect(privateHit).toContainText('Private');
  await expect(page.getByRole('link', { name: /Backup drill cancelled/ })).toHaveCount(0);
  expect(await hits(page)).toEqual(['Backup failed at night', 'Backup tests every month', 'Backup window moved to Sunday']);

  // The query survives a reload.
  await page.reload();
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('backup');
  await expect(page.getByRole('status').filter({ hasText: 'entries found' })).toHaveText('3 entries found');

  const form = page.getByRole('search', { name: 'Search' });
  await expect(form.getByRole('checkbox', { name: 'Include private entries' })).toBeChecked();
  await expect(form.getByRole('checkbox', { name: 'Include the trash' })).not.toBeChecked();

  // Supplier.
  await form.getByRole('combobox', { name: 'Supplier' }).selectOption({ label: 'Acme Software' });
  await expect.poll(() => hits(page)).toEqual(['Backup tests every month', 'Backup window moved to Sunday']);
  // Kind.
  await form.getByRole('combobox', { name: 'Kind' }).selectOption('note');
  await expect.poll(() => hits(page)).toEqual(['Backup window moved to Sunday']);
  await form.getByRole('combobox', { name: 'Kind' }).selectOption('');
  // Dates: from 20 days ago leaves the old note out; "to" before "from" is refused.
  await fillDate(form, 'From', isoDaysFromToday(-20));
  await expect.poll(() => hits(page)).toEqual(['Backup tests every month']);
  await fillDate(form, 'To', isoDaysFromToday(-30));
  await expect(form.getByText('The end date is before the start date.')).toBeVisible();
  await fillDate(form, 'To', '');
  await fillDate(form, 'From', '');
  await expect.poll(() => hits(page)).toEqual(['Backup tests every month', 'Backup window moved to Sunday']);
  // Private off: the private promise is gone.
  await form.getByRole('checkbox', { name: 'Include private entries' }).uncheck();
  await expect.poll(() => hits(page)).toEqual(['Backup window moved to Sunday']);
  await form.getByRole('checkbox', { name: 'Include private entries' }).check();
  // Trash on, all suppliers: the trashed note shows, marked as in the trash.
  await form.getByRole('combobox', { name: 'Supplier' }).selectOption('');
  await form.getByRole('checkbox', { name: 'Include the trash' }).check();
  const trashedHit = page.getByRole('link', { name: /Backup drill cancelled/ });
  await expect(trashedHit).toContainText('In the trash');
  await expect(page.getByRole('status').filter({ hasText: 'entries found' })).toHaveText('4 entries found');

  // An unknown kind: a translated error beside the box, not a crash.
  await query.fill('backup kind:invoice');
  await expect(query).toHaveAccessibleDescription(/“invoice” is not a kind of entry/);
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
  await query.fill('backup tests');

  // Enter on a result opens the entry in its journal, marked.
  const hit = page.getByRole('link', { name: /Backup tests every month/ });
  await hit.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/suppliers/${acme.id}\\?entry=${promise.id}$`));
  await expect(page.getByRole('dialog', { name: 'Backup tests every month' })).toBeVisible();
  await expect(page.locator('[aria-current="true"]').filter({ hasText: 'Backup tests every month' })).toBeInViewport();
});

test('/search in Dutch: an unknown soort: and a backwards date range are Dutch errors beside their fields, the markers in Dutch', async ({ app }) => {
  const { page } = app;
  await arrange(app, 'nl');
  await go(page, '/search?q=backup%20soort:factuur');
  const query = page.getByRole('searchbox', { name: 'Zoeken naar' });
  await expect(query).toHaveValue('backup soort:factuur');
  await expect(query).toHaveAccessibleDescription(/„factuur” is geen soort notitie/);
  await query.fill('backup');
  await expect(page.getByRole('status').filter({ hasText: 'gevonden' })).toHaveText('3 notities gevonden');
  await expect(page.getByRole('link', { name: /Backup tests every month/ })).toContainText('Privé');
  await page.getByRole('checkbox', { name: 'De prullenbak meenemen' }).check();
  const form = page.getByRole('search', { name: 'Zoeken' });
  await fillDate(form, 'Van', isoDaysFromToday(-20));
  await fillDate(form, 'Tot en met', isoDaysFromToday(-30));
  await expect(form.getByText('De einddatum ligt vóór de begindatum.')).toBeVisible();
  await fillDate(form, 'Tot en met', '');
  await expect(page.getByRole('link', { name: /Backup drill cancelled/ })).toContainText('In de prullenbak');
});

test('the palette is a combobox: aria-expanded, aria-controls, an active descendant that follows the arrows, a count announced', async ({ app }) => {
  const { page } = app;
  await arrange(app, 'en');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  const input = palette.getByRole('combobox');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  const listId = await input.getAttribute('aria-controls');
  expect(listId).toBeTruthy();
  await expect(page.locator(`[id="${listId}"]`)).toHaveAttribute('role', 'listbox');
  await page.keyboard.type('backup');
  const options = palette.getByRole('option');
  await expect(palette.getByRole('option', { name: /Backup tests every month/ })).toBeVisible();
  const live = palette.locator('[aria-live="polite"]');
  await expect(live).toHaveText(/^\d+ results?$/);
  const count = await options.count();
  await expect(live).toHaveText(`${count} result${count === 1 ? '' : 's'}`);

  const active = async () => {
    const id = await input.getAttribute('aria-activedescendant');
    expect(id).toBeTruthy();
    const option = page.locator(`[id="${id}"]`);
    await expect(option).toHaveAttribute('role', 'option');
    await expect(option).toHaveAttribute('aria-selected', 'true');
    return id;
  };
  const first = await active();
  await page.keyboard.press('ArrowDown');
  await expect(input).not.toHaveAttribute('aria-activedescendant', first!);
  const second = await active();
  await page.keyboard.press('ArrowUp');
  await expect(input).toHaveAttribute('aria-activedescendant', first!);
  expect(second).not.toBe(first);

  // Fewer results, a new count.
  await page.keyboard.type(' tests');
  await expect(palette.getByRole('option', { name: /Backup window moved/ })).toHaveCount(0);
  await expect.poll(async () => `${await live.textContent()} / ${await options.count()}`).toMatch(/^(\d+) results? \/ \1$/);
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const COUNTED = new Set(['critical', 'serious', 'moderate']);

async function axe(page: Page, what: string) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations
    .filter((v) => COUNTED.has(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
  expect.soft(found, `axe on ${what}:\n    ${found.join('\n    ')}`).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(() => {
    test.use({ reducedMotion: 'reduce' });
    test(`axe: the open palette and /search with results, ${theme}`, async ({ app }) => {
      // Three axe runs on a shared machine: more than the default 45 s is no sign of a fault.
      test.setTimeout(120_000);
      const { page } = app;
      await arrange(app, 'en', theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await page.keyboard.press('Control+k');
      await page.keyboard.type('backup');
      await expect(page.getByRole('option', { name: /Backup tests every month/ })).toBeVisible();
      await axe(page, `palette (${theme})`);
      await page.keyboard.press('Escape');
      await go(page, '/search?q=backup');
      await page.getByRole('checkbox', { name: 'Include the trash' }).check();
      await expect(page.getByRole('link', { name: /Backup drill cancelled/ })).toContainText('In the trash');
      await axe(page, `/search (${theme})`);
      await page.getByRole('searchbox', { name: 'Search for' }).fill('kind:invoice');
      await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveAccessibleDescription(/not a kind/);
      await axe(page, `/search with an error (${theme})`);
    });
  });
}
