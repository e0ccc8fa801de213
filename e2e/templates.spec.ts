// Entry templates (issue 25 item 5), as a manager uses them, in English and
// Dutch: an entry saved as a template from its details, a new entry started
// from it in the new-entry dialog and from the palette, both saved into the
// journal; a half-typed form is not replaced without asking; the Templates
// screen renames (a taken name refused beside the field), deletes with an
// undo, and passes axe.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

type Lang = 'en' | 'nl';

const T = {
  en: {
    newEntry: /^New entry/, saveAs: 'Save as template…', saveTitle: 'Save as template', name: 'Template name', save: 'Save template',
    saved: 'Template “Monthly report” saved.', startFrom: 'Start from a template', option: 'Monthly report (Promise)',
    promiseTitle: /^What was promised/, obligation: 'Obligation', result: 'Result', inContract: 'In the contract', yes: 'Yes', tags: 'Tags',
    add: 'Add entry', palette: 'Find anything', query: 'monthly hosting', paletteOption: /New Monthly report for Hosting BV…/,
    capture: 'New entry from “Monthly report”', sidebar: 'Templates', heading: 'Templates',
  },
  nl: {
    newEntry: /^Nieuwe notitie/, saveAs: 'Opslaan als sjabloon…', saveTitle: 'Opslaan als sjabloon', name: 'Naam van het sjabloon', save: 'Sjabloon opslaan',
    saved: 'Sjabloon „Monthly report” opgeslagen.', startFrom: 'Begin met een sjabloon', option: 'Monthly report (Toezegging)',
    promiseTitle: /^Wat is er toegezegd/, obligation: 'Verplichting', result: 'Resultaat', inContract: 'In het contract', yes: 'Ja', tags: 'Labels',
    add: 'Notitie toevoegen', palette: 'Alles vinden', query: 'monthly hosting', paletteOption: /Nieuw: Monthly report voor Hosting BV…/,
    capture: 'Nieuwe notitie uit „Monthly report”', sidebar: 'Sjablonen', heading: 'Sjablonen',
  },
} as const;

const journal = (page: Page) => page.getByRole('list', { name: /^(Journal entries|Journaalnotities)/ });

async function go(page: Page, route: string) {
  await page.evaluate((hash) => { location.hash = hash; }, `#${route}`);
}

async function arrange(app: AppHandle, language: Lang) {
  await app.call('updatePreferences', { language, theme: 'light' });
  const hosting = await app.call('createSupplier', { name: 'Hosting BV' });
  const report = await app.call('createEntry', {
    supplierId: hosting.id, kind: 'promise', date: isoDaysFromToday(-40), title: 'Monthly service report', body: 'Availability:\nTickets:\nChanges:',
    tags: ['monthly', 'sla'], obligation: 'result', inContract: true, dueOn: isoDaysFromToday(-10), status: 'kept', settledOn: isoDaysFromToday(-12),
  });
  await go(app.page, `/suppliers/${hosting.id}`);
  await app.page.reload();
  await expect(app.page.getByRole('heading', { level: 1, name: 'Hosting BV' })).toBeVisible();
  return { hosting, report };
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const COUNTED = new Set(['critical', 'serious', 'moderate']);

async function axe(page: Page, what: string) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const found = results.violations
    .filter((v) => COUNTED.has(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `axe on ${what}:\n    ${found.join('\n    ')}`).toEqual([]);
}

for (const lang of ['en', 'nl'] as const) {
  const L = T[lang];

  test(`[${lang}] an entry saved as a template starts new entries in the dialog and from the palette`, async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    const { hosting } = await arrange(app, lang);

    // Save the entry as a template, from its details.
    await journal(page).getByRole('listitem').filter({ hasText: 'Monthly service report' }).getByRole('button').click();
    await page.getByRole('dialog').getByRole('button', { name: L.saveAs }).click();
    const saveDialog = page.getByRole('dialog', { name: L.saveTitle });
    await expect(saveDialog.getByLabel(L.name)).toHaveValue('Monthly service report');
    await saveDialog.getByLabel(L.name).fill('Monthly report');
    await saveDialog.getByRole('button', { name: L.save }).click();
    await expect(saveDialog).toBeHidden();
    await expect(page.getByText(L.saved)).toBeVisible();
    const [template] = await app.call('listEntryTemplates', {});
    expect(template).toMatchObject({ name: 'Monthly report', kind: 'promise' });
    // Never the dates, the supplier or the status.
    expect(template!.values).toEqual({
      kind: 'promise', title: 'Monthly service report', body: 'Availability:\nTickets:\nChanges:', tags: ['monthly', 'sla'], private: false,
      side: 'supplier', obligation: 'result', inContract: true,
    });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // A new entry from it, in the new-entry dialog: the form is filled and can still be changed.
    await page.getByRole('button', { name: L.newEntry }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(L.startFrom).selectOption({ label: L.option });
    await expect(dialog.getByRole('textbox', { name: L.promiseTitle })).toHaveValue('Monthly service report');
    await expect(dialog.getByRole('group', { name: L.obligation }).getByRole('radio', { name: L.result })).toBeChecked();
    await expect(dialog.getByRole('group', { name: L.inContract }).getByRole('radio', { name: L.yes })).toBeChecked();
    await dialog.getByRole('textbox', { name: L.promiseTitle }).fill('Monthly service report, June');
    await dialog.getByRole('button', { name: L.add }).click();
    await expect(dialog).toBeHidden();
    await expect(journal(page).getByRole('listitem').filter({ hasText: 'Monthly service report, June' })).toBeVisible();

    // And from the palette.
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: L.palette });
    await expect(palette.getByRole('combobox')).toBeFocused();
    await page.keyboard.type(L.query);
    const option = palette.getByRole('option', { name: L.paletteOption });
    await expect(option).toBeVisible();
    await option.click();
    const capture = page.getByRole('dialog', { name: L.capture });
    await expect(capture.getByRole('textbox', { name: L.promiseTitle })).toHaveValue('Monthly service report');
    await capture.getByRole('textbox', { name: L.promiseTitle }).fill('Monthly service report, July');
    await capture.getByRole('button', { name: L.add }).click();
    await expect(capture).toBeHidden();
    await expect(journal(page).getByRole('listitem').filter({ hasText: 'Monthly service report, July' })).toBeVisible();

    const entries = await app.call('listEntries', { supplierId: hosting.id });
    const made = entries.filter((e) => /June|July/.test(e.title));
    expect(made).toHaveLength(2);
    for (const e of made) {
      expect(e).toMatchObject({ kind: 'promise', obligation: 'result', inContract: true, status: 'open', tags: ['monthly', 'sla'], body: 'Availability:\nTickets:\nChanges:' });
    }

    // The Templates screen lists it, and passes axe.
    await page.getByRole('link', { name: L.sidebar }).click();
    await expect(page.getByRole('heading', { level: 1, name: L.heading })).toBeVisible();
    await expect(page.getByRole('row', { name: /Monthly report/ })).toBeVisible();
    await axe(page, `/templates ${lang}`);
  });
}

test('a half-typed form is not replaced by a template without asking', async ({ app }) => {
  const { page } = app;
  await arrange(app, 'en');
  await app.call('createEntryTemplate', { name: 'Monthly report', values: { kind: 'promise', title: 'Monthly service report' } });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Hosting BV' })).toBeVisible();

  await page.getByRole('button', { name: /^New entry/ }).click();
  const dialog = page.getByRole('dialog', { name: 'New entry' });
  await dialog.getByRole('button', { name: /^Promise/ }).click();
  const title = page.getByRole('textbox', { name: /^What was promised/ });
  await title.fill('My own words');
  await page.getByLabel('Start from a template').selectOption({ label: 'Monthly report (Promise)' });
  const ask = page.getByRole('alertdialog', { name: 'Replace what you typed?' });
  await ask.getByRole('button', { name: 'Keep what I typed' }).click();
  await expect(ask).toBeHidden();
  await expect(title).toHaveValue('My own words');
  await expect(page.getByLabel('Start from a template')).toHaveValue('');

  await page.getByLabel('Start from a template').selectOption({ label: 'Monthly report (Promise)' });
  await ask.getByRole('button', { name: 'Use the template' }).click();
  await expect(page.getByRole('textbox', { name: /^What was promised/ })).toHaveValue('Monthly service report');
});

test('the Templates screen: a taken name is refused beside the field, a rename is kept, a deletion undone', async ({ app }) => {
  const { page } = app;
  await app.call('updatePreferences', { language: 'en', theme: 'light' });
  await app.call('createEntryTemplate', { name: 'Monthly report', values: { kind: 'promise', title: 'Monthly service report' } });
  await app.call('createEntryTemplate', { name: 'Escalation', values: { kind: 'incident', severity: 'high' } });
  await go(page, '/templates');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit template Escalation' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit template “Escalation”' });
  await edit.getByLabel('Template name').fill('monthly REPORT');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('There is already a template called “monthly REPORT”. Choose another name.')).toBeVisible();
  await expect(edit.getByLabel('Template name')).toBeFocused();
  expect((await app.call('listEntryTemplates', {})).map((t) => t.name)).toEqual(['Escalation', 'Monthly report']);

  await edit.getByLabel('Template name').fill('Major incident');
  await edit.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: 'Critical' }).check();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('row', { name: /Major incident/ })).toBeVisible();
  expect((await app.call('listEntryTemplates', {})).find((t) => t.name === 'Major incident')?.values).toMatchObject({ kind: 'incident', severity: 'critical' });

  await page.getByRole('button', { name: 'Delete template Major incident' }).click();
  await expect(page.getByText('Template “Major incident” moved to the trash.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Major incident/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row', { name: /Major incident/ })).toBeVisible();
  expect((await app.call('listEntryTemplates', {})).map((t) => t.name)).toEqual(['Major incident', 'Monthly report']);
});
