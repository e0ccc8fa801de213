// The journal of one supplier, as a manager uses it: adding each kind of
// entry, editing, deleting (with undo), the private and our-side markers,
// filters that survive a reload, errors beside the field, and data that
// survives a restart.
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';
import { dateField, fillDate, shownDate } from './dates';

async function openSupplier(app: AppHandle, name = 'Acme Hosting'): Promise<number> {
  const supplier = await app.call('createSupplier', { name, category: 'Cloud hosting' });
  await goToSupplier(app.page, supplier.id, name);
  return supplier.id;
}

async function goToSupplier(page: Page, id: number, name: string) {
  await page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, id);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

const journal = (page: Page) => page.getByRole('list', { name: /^(Journal entries|Journaalnotities)/ });
const rows = (page: Page) => journal(page).getByRole('listitem');

async function startEntry(page: Page, kind: RegExp) {
  await page.getByRole('button', { name: /^New entry/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: kind }).click();
  return dialog;
}

test('adds an entry of each of the six kinds, with their own fields, newest first', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const supplierId = await openSupplier(app);
  await expect(page.getByText('No entries yet')).toBeVisible();

  // Interaction
  let d = await startEntry(page, /^Interaction/);
  await d.getByLabel('Title').fill('Kick-off call');
  await fillDate(d, 'Date', isoDaysFromToday(-6));
  await d.getByLabel('Channel').selectOption('call');
  await d.getByRole('group', { name: 'Tone' }).getByRole('radio', { name: 'Positive' }).check();
  await d.getByLabel('Tags').fill('Onboarding, SLA');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  // Promise
  d = await startEntry(page, /^Promise/);
  await d.getByLabel('What was promised').fill('Backup restore test');
  await fillDate(d, 'Promised on', isoDaysFromToday(-5));
  await fillDate(d, 'Due on', isoDaysFromToday(10));
  await d.getByRole('group', { name: 'Obligation' }).getByRole('radio', { name: 'Effort' }).check();
  await expect(d.getByText(/effort obligation promises best efforts/)).toBeVisible();
  await d.getByRole('group', { name: 'In the contract' }).getByRole('radio', { name: 'Yes' }).check();
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  // Incident
  d = await startEntry(page, /^Incident/);
  await d.getByLabel('What happened').fill('Webshop down for two hours');
  await fillDate(d, 'Started on', isoDaysFromToday(-4));
  await d.getByRole('group', { name: 'Severity' }).getByRole('radio', { name: 'High' }).check();
  await d.getByRole('group', { name: 'Caused by' }).getByRole('radio', { name: 'Third party' }).check();
  await d.getByRole('group', { name: 'Handled well' }).getByRole('radio', { name: 'No', exact: true }).check();
  await d.getByLabel('Impact').fill('No orders for two hours');
  await d.getByLabel('Root cause').fill('Upstream DNS provider');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  // Advice
  d = await startEntry(page, /^Advice/);
  await d.getByLabel('The advice or initiative').fill('Suggested a cheaper storage tier');
  await fillDate(d, 'Date', isoDaysFromToday(-3));
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  // Review
  d = await startEntry(page, /^Review/);
  await d.getByLabel('Title').fill('Q3 review');
  await fillDate(d, 'Review date', isoDaysFromToday(-2));
  await d.getByRole('group', { name: 'Ability' }).getByRole('radio', { name: '4' }).check();
  await d.getByRole('group', { name: 'Integrity' }).getByRole('radio', { name: '2' }).check();
  await d.getByLabel('Summary').fill('Capable, but promises slip.');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  // Note
  d = await startEntry(page, /^Note/);
  await d.getByLabel('Title').fill('Account manager changes in January');
  await fillDate(d, 'Date', isoDaysFromToday(-1));
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  // Newest first, each with its kind label and its own facts.
  await expect(rows(page)).toHaveCount(6);
  const titles = ['Account manager changes in January', 'Q3 review', 'Suggested a cheaper storage tier', 'Webshop down for two hours', 'Backup restore test', 'Kick-off call'];
  for (const [i, title] of titles.entries()) await expect(rows(page).nth(i)).toContainText(title);
  await expect(rows(page).nth(0)).toContainText('Note');
  await expect(rows(page).nth(1)).toContainText('Ability 4');
  await expect(rows(page).nth(1)).toContainText('Integrity 2');
  await expect(rows(page).nth(3)).toContainText('High severity');
  await expect(rows(page).nth(3)).toContainText('Unresolved');
  await expect(rows(page).nth(4)).toContainText('Open');
  await expect(rows(page).nth(4)).toContainText('Effort obligation');
  await expect(rows(page).nth(4)).toContainText('In contract');
  await expect(rows(page).nth(5)).toContainText('Call');
  await expect(rows(page).nth(5)).toContainText('Positive');
  await expect(rows(page).nth(5)).toContainText('onboarding');
  await expect(page.getByText('6 entries')).toBeVisible();

  // And the journal holds what was typed, field by field.
  const saved = await app.call('listEntries', { supplierId });
  const byKind = Object.fromEntries(saved.map((e) => [e.kind, e]));
  expect(byKind.interaction).toMatchObject({ channel: 'call', tone: 'positive', tags: ['onboarding', 'sla'] });
  expect(byKind.promise).toMatchObject({ obligation: 'effort', inContract: true, status: 'open', dueOn: isoDaysFromToday(10), side: 'supplier' });
  expect(byKind.incident).toMatchObject({ severity: 'high', causedBy: 'third_party', handledWell: false, impact: 'No orders for two hours', rootCause: 'Upstream DNS provider', resolvedOn: null });
  expect(byKind.review).toMatchObject({ scoreAbility: 4, scoreIntegrity: 2, scoreBenevolence: null, body: 'Capable, but promises slip.' });
  expect(byKind.advice).toMatchObject({ title: 'Suggested a cheaper storage tier' });
  expect(byKind.note).toMatchObject({ date: isoDaysFromToday(-1) });
});

test('edits an entry; its kind stays', async ({ app }) => {
  const { page } = app;
  const supplierId = await app.call('createSupplier', { name: 'Acme Hosting' }).then((s) => s.id);
  const entry = await app.call('createEntry', { supplierId, kind: 'interaction', date: isoDaysFromToday(-3), title: 'Monthly meeting', tone: 'neutral' });
  await goToSupplier(page, supplierId, 'Acme Hosting');

  await rows(page).filter({ hasText: 'Monthly meeting' }).getByRole('button').click();
  const sheet = page.getByRole('dialog');
  await expect(sheet.getByRole('heading', { name: 'Monthly meeting' })).toBeVisible();
  await sheet.getByRole('button', { name: 'Edit' }).click();
  await sheet.getByLabel('Title').fill('Monthly meeting (tense)');
  await sheet.getByRole('group', { name: 'Tone' }).getByRole('radio', { name: 'Negative' }).check();
  await sheet.getByRole('button', { name: 'Save changes' }).click();
  await expect(sheet.getByRole('heading', { name: 'Monthly meeting (tense)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(rows(page).first()).toContainText('Monthly meeting (tense)');
  await expect(rows(page).first()).toContainText('Negative');

  const saved = await app.call('getEntry', { id: entry.id });
  expect(saved).toMatchObject({ kind: 'interaction', title: 'Monthly meeting (tense)', tone: 'negative' });
});

test("an incident's ticket reference: typed in the dialog, shown on the row and in the details, found by search, in Dutch too", async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);
  const d = await startEntry(page, /^Incident/);
  await d.getByLabel('What happened').fill('Mail delayed for a day');
  await fillDate(d, 'Started on', isoDaysFromToday(-2));
  await expect(d.getByText('The supplier’s ticket number, e.g. INC-2024-0042.')).toBeVisible();
  await d.getByLabel('Ticket reference').fill('  INC-2024-0042 ');
  await page.screenshot({ path: test.info().outputPath('ticket-ref-dialog-en.png') });
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  const row = rows(page).filter({ hasText: 'Mail delayed for a day' });
  await expect(row).toContainText('Ticket reference: INC-2024-0042');
  await row.getByRole('button').click();
  const sheet = page.getByRole('dialog');
  const detail = sheet.locator('.j-dl__row').filter({ has: page.locator('dt', { hasText: /^Ticket reference$/ }) });
  await expect(detail.locator('dd')).toHaveText('INC-2024-0042');
  await page.screenshot({ path: test.info().outputPath('ticket-ref-details-en.png') });

  // Edited in the same dialog; the journal holds what was typed, trimmed.
  await sheet.getByRole('button', { name: 'Edit' }).click();
  await expect(sheet.getByLabel('Ticket reference')).toHaveValue('INC-2024-0042');
  await sheet.getByLabel('Ticket reference').fill('INC-2024-0043');
  await sheet.getByRole('button', { name: 'Save changes' }).click();
  await expect(detail.locator('dd')).toHaveText('INC-2024-0043');
  await page.keyboard.press('Escape');
  const [saved] = await app.call('listEntries', { supplierId, text: 'inc-2024-0043' });
  expect(saved).toMatchObject({ kind: 'incident', title: 'Mail delayed for a day', ticketRef: 'INC-2024-0043' });

  // Dutch, dark.
  await app.call('updatePreferences', { language: 'nl', theme: 'dark' });
  await page.reload();
  await expect(rows(page).first()).toContainText('Ticketnummer: INC-2024-0043');
  await rows(page).first().getByRole('button').click();
  await expect(page.getByRole('dialog').locator('dt', { hasText: /^Ticketnummer$/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('ticket-ref-details-nl-dark.png') });
  await page.getByRole('dialog').getByRole('button', { name: 'Bewerken' }).click();
  await expect(page.getByRole('dialog').getByLabel('Ticketnummer')).toHaveValue('INC-2024-0043');
  await page.screenshot({ path: test.info().outputPath('ticket-ref-dialog-nl-dark.png') });
});

test('deletes an entry, and Undo in the toast brings it back, with no error in the console', async ({ app }) => {
  const { page } = app;
  // A normal action logs nothing: no console error, no failed request (it once refetched the deleted entry: 422).
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
  const supplierId = await app.call('createSupplier', { name: 'Acme Hosting' }).then((s) => s.id);
  await app.call('createEntry', { supplierId, kind: 'note', date: isoDaysFromToday(-2), title: 'Keep this one' });
  await app.call('createEntry', { supplierId, kind: 'note', date: isoDaysFromToday(-1), title: 'Delete me' });
  await goToSupplier(page, supplierId, 'Acme Hosting');

  await rows(page).filter({ hasText: 'Delete me' }).getByRole('button').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByText('“Delete me” moved to the trash.')).toBeVisible();
  expect((await app.call('listEntries', { supplierId })).map((e) => e.title)).toEqual(['Keep this one']);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first()).toContainText('Delete me');
  expect((await app.call('listEntries', { supplierId })).map((e) => e.title)).toEqual(['Delete me', 'Keep this one']);
  expect(errors).toEqual([]);
});

test('a private entry shows a lock, our own conduct shows the our-side badge', async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);
  const d = await startEntry(page, /^Promise/);
  await d.getByLabel('What was promised').fill('We send the updated escalation list');
  await d.getByRole('group', { name: 'Who promised' }).getByRole('radio', { name: 'We did' }).check();
  await d.getByLabel('Private').check();
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();

  const row = rows(page).first();
  await expect(row).toContainText('Private');
  await expect(row).toContainText('Our side');
  const [saved] = await app.call('listEntries', { supplierId });
  expect(saved).toMatchObject({ private: true, side: 'ours' });
  // Our promises are listed among the open promises, marked as ours.
  await expect(page.getByRole('region', { name: 'Open promises' })).toContainText('We promised');
});

test('filters by kind, tag, date range and text; the filters survive a reload', async ({ app }) => {
  const { page } = app;
  const supplierId = await app.call('createSupplier', { name: 'Acme Hosting' }).then((s) => s.id);
  const add = (input: Record<string, unknown>) => app.call('createEntry', { supplierId, ...input } as never);
  await add({ kind: 'incident', date: '2025-01-10', title: 'Outage in January', severity: 'high', tags: ['outage'] });
  await add({ kind: 'incident', date: '2025-03-05', title: 'Slow backups', severity: 'low', tags: ['backup'] });
  await add({ kind: 'interaction', date: '2025-02-01', title: 'Call about the outage', tags: ['outage'], body: 'They apologised for the downtime.' });
  await add({ kind: 'note', date: '2025-04-01', title: 'Budget next year' });
  await goToSupplier(page, supplierId, 'Acme Hosting');
  await expect(page.getByText('4 entries')).toBeVisible();

  const kinds = page.getByRole('toolbar', { name: 'Kinds of entry' });
  await kinds.getByRole('button', { name: 'Incidents' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByText('2 of 4 entries shown')).toBeVisible();
  await expect(kinds.getByRole('button', { name: 'Incidents' })).toHaveAttribute('aria-pressed', 'true');

  await page.getByLabel('Tag').selectOption('outage');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Outage in January');

  await kinds.getByRole('button', { name: 'Incidents' }).click();
  await kinds.getByRole('button', { name: 'Interactions' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Call about the outage');
  await kinds.getByRole('button', { name: 'Interactions' }).click();
  await expect(rows(page)).toHaveCount(2);

  await fillDate(page, 'From', '2025-01-15');
  await fillDate(page, 'To', '2025-03-31');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Call about the outage');

  // The whole selection is in the URL, so it survives a reload.
  await expect(page).toHaveURL(/tag=outage/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Hosting' })).toBeVisible();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByLabel('Tag')).toHaveValue('outage');
  await expect(dateField(page, 'From')).toHaveText(shownDate('2025-01-15'));

  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rows(page)).toHaveCount(4);

  await page.getByRole('searchbox', { name: 'Search the journal' }).fill('downtime');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Call about the outage');
  await expect(page).toHaveURL(/q=downtime/);

  await page.getByRole('searchbox', { name: 'Search the journal' }).fill('nothing like this');
  await expect(page.getByText('No entries match')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expect(rows(page)).toHaveCount(4);
  await expect(page.getByRole('searchbox', { name: 'Search the journal' })).toHaveValue('');
});

test('bad input shows the translated error beside the field, and nothing is saved', async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);

  let d = await startEntry(page, /^Note/);
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d.getByLabel('Title')).toHaveAccessibleDescription('This field is required.');
  await expect(d.getByText('This field is required.')).toBeVisible();
  await expect(d.getByLabel('Title')).toBeFocused();
  await d.getByRole('button', { name: 'Cancel' }).click();

  d = await startEntry(page, /^Promise/);
  await d.getByLabel('What was promised').fill('Fix the VPN');
  await fillDate(d, 'Promised on', '2025-05-10');
  await fillDate(d, 'Due on', '2025-05-01');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(dateField(d, 'Due on')).toHaveAccessibleDescription(/The due date cannot be before the date the promise was made\./);
  await expect(d).toBeVisible();

  // A review needs at least one score.
  await d.getByRole('button', { name: 'Choose another kind' }).click();
  await d.getByRole('button', { name: /^Review/ }).click();
  await d.getByLabel('Title').fill('Half-year review');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d.getByText('Give at least one score.')).toBeVisible();

  expect(await app.call('listEntries', { supplierId })).toEqual([]);
});

test('speaks Dutch', async ({ app }) => {
  const { page } = app;
  await app.call('updatePreferences', { language: 'nl' });
  await page.reload();
  const supplierId = await app.call('createSupplier', { name: 'Acme Hosting' }).then((s) => s.id);
  await app.call('createEntry', { supplierId, kind: 'promise', date: isoDaysFromToday(-20), dueOn: isoDaysFromToday(-3), title: 'Rapportage opleveren', obligation: 'result' });
  await goToSupplier(page, supplierId, 'Acme Hosting');
  await expect(page.getByRole('button', { name: /^Nieuwe notitie/ })).toBeVisible();
  await expect(rows(page).first()).toContainText('Toezegging');
  await expect(rows(page).first()).toContainText('3 dagen over tijd');
  await page.getByRole('button', { name: /^Nieuwe notitie/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^Aantekening/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(page.getByRole('dialog').getByText('Dit veld is verplicht.')).toBeVisible();
  // Screen-reader labels are Dutch too, the notifications' included.
  await expect(page.getByRole('region', { name: /^Meldingen/ })).toHaveCount(1);
});

test('ends and reopens the relationship; deleting the supplier can be undone', async ({ app }) => {
  const { page } = app;
  await openSupplier(app);
  await page.getByRole('button', { name: 'End relationship' }).click();
  const confirm = page.getByRole('alertdialog');
  await fillDate(confirm, 'Ended on', '2025-06-30');
  await confirm.getByRole('button', { name: 'End relationship' }).click();
  await expect(page.getByText('Ended on 30 Jun 2025')).toBeVisible();
  await page.getByRole('button', { name: 'Reopen' }).click();
  await expect(page.locator('#main').getByText('Active', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Move to trash' }).click();
  await expect(page.getByText('Acme Hosting moved to the trash.')).toBeVisible();
  await expect(page).not.toHaveURL(/suppliers\/\d+/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Acme Hosting' })).toBeVisible();
});

test('the journal survives a restart', async ({ app }) => {
  const { page } = app;
  const supplierId = await openSupplier(app);
  const d = await startEntry(page, /^Interaction/);
  await d.getByLabel('Title').fill('Quarterly service meeting');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(rows(page)).toHaveCount(1);

  await app.restart();
  await goToSupplier(app.page, supplierId, 'Acme Hosting');
  await expect(rows(app.page)).toHaveCount(1);
  await expect(rows(app.page).first()).toContainText('Quarterly service meeting');
});

test('journal rows never overlap and always show their tags, after adding, settling, resolving and filtering', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const supplierId = (await app.call('createSupplier', { name: 'Acme Hosting' })).id;
  const add = (input: Record<string, unknown>) => app.call('createEntry', { supplierId, ...input } as never);
  const long = 'A long account of what was said, who said it, and what we agreed to follow up on next week. '.repeat(3);
  for (let k = 0; k < 14; k++) {
    const date = isoDaysFromToday(-60 + 4 * k);
    if (k % 3 === 0) await add({ kind: 'promise', date, title: `Promise ${k}`, dueOn: isoDaysFromToday(20), tags: ['sla', `p${k}`], body: k % 2 ? long : '' });
    else if (k % 3 === 1) await add({ kind: 'incident', date, title: `Incident ${k}`, severity: 'medium', tags: ['outage', 'backup', `i${k}`] });
    else await add({ kind: 'note', date, title: `Note ${k}`, body: long, tags: k % 2 ? ['budget'] : [] });
  }
  await goToSupplier(page, supplierId, 'Acme Hosting');
  await expect(page.getByText('14 entries')).toBeVisible();

  /** No two rows' boxes intersect, and each row holds all its content (its tags too). */
  const expectTidy = async (step: string) => {
    await expect.poll(async () => journal(page).evaluate((list) => {
      const items = [...list.querySelectorAll(':scope > li')].map((li) => ({ li: li.getBoundingClientRect(), content: li.firstElementChild!.getBoundingClientRect(), tags: li.querySelector('.j-row__tags')?.getBoundingClientRect() ?? null }));
      items.sort((a, b) => a.li.top - b.li.top);
      const problems: string[] = [];
      items.forEach((x, k) => {
        if (x.content.bottom > x.li.bottom + 0.5) problems.push(`row ${k} content spills ${Math.round(x.content.bottom - x.li.bottom)} px`);
        if (x.tags && x.tags.bottom > x.li.bottom + 0.5) problems.push(`row ${k} tags hidden`);
        const next = items[k + 1];
        if (next && x.li.bottom > next.li.top + 0.5) problems.push(`rows ${k} and ${k + 1} overlap ${Math.round(x.li.bottom - next.li.top)} px`);
        if (next && next.li.top - x.li.bottom > 24) problems.push(`gap of ${Math.round(next.li.top - x.li.bottom)} px after row ${k}`);
      });
      return problems;
    }), { message: step }).toEqual([]);
  };
  await expectTidy('as opened');

  // Adding an entry with tags at the top.
  await page.getByRole('button', { name: /^New entry/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^Note/ }).click();
  await dialog.getByLabel('Title').fill('A fresh note with tags');
  await dialog.getByLabel('Tags').fill('alpha, beta, gamma');
  await dialog.getByRole('button', { name: 'Add entry' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('15 entries')).toBeVisible();
  await expectTidy('after adding');

  // Settling a promise (its row gains the settled date), from the open-promises panel.
  await page.getByRole('region', { name: 'Open promises' }).getByRole('button', { name: 'Settle “Promise 12”' }).click();
  const settle = page.getByRole('dialog', { name: 'Settle promise' });
  await settle.getByRole('radio', { name: 'Kept', exact: true }).check();
  await settle.getByRole('button', { name: 'Settle' }).click();
  await expect(settle).toBeHidden();
  await expectTidy('after settling');

  // Resolving an incident, in the list filtered to incidents.
  const kinds = page.getByRole('toolbar', { name: 'Kinds of entry' });
  await kinds.getByRole('button', { name: 'Incidents' }).click();
  await expectTidy('filtered to incidents');
  await rows(page).filter({ hasText: 'Incident 4' }).getByRole('button').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog', { name: 'Resolve incident' });
  await fillDate(resolve, 'Resolved on', isoDaysFromToday(-1));
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve).toBeHidden();
  await page.keyboard.press('Escape');
  await expectTidy('after resolving');
  await kinds.getByRole('button', { name: 'Incidents' }).click();
  await expectTidy('filter cleared');

  // Filtering to notes, and back.
  await kinds.getByRole('button', { name: 'Notes' }).click();
  await expectTidy('filtered to notes');
  await kinds.getByRole('button', { name: 'Notes' }).click();
  await expect(page.getByText('15 entries')).toBeVisible();
  await expectTidy('filters cleared');
});
