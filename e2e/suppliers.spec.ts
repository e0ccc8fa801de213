// Suppliers as a manager meets them: the welcome screen, the example journal,
// adding and editing a supplier, and what happens with wrong input.
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test } from './fixtures';
import { dateField, fillDate } from './dates';

const sidebarSuppliers = (page: Page) => page.getByRole('navigation', { name: 'Suppliers' });
const supplierSection = (page: Page) => page.getByRole('region', { name: 'Supplier', exact: true });

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

test('the welcome screen explains Rapport and offers both ways in', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add your first supplier' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Load the example journal' })).toBeVisible();
});

test('loading the example journal lands on the overview of its four suppliers', async ({ app }) => {
  const { page } = app;
  const load = page.getByRole('button', { name: 'Load the example journal' });
  await expect(load).toBeVisible();
  await load.click();
  // Its speed is a figure of the benchmark, not a timed test (this machine is shared).
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'All suppliers' }).getByRole('row')).toHaveCount(5);
  await expect(page).not.toHaveURL(/#\/suppliers\//);
  await expect(sidebarSuppliers(page).getByRole('listitem')).toHaveCount(4);
});

test.describe('on a Dutch computer', () => {
  test.use({ locale: 'nl-NL' });

  test('the welcome screen speaks Dutch and loads the Dutch example journal', async ({ app }) => {
    test.skip(app.shell !== 'browser', 'the browser locale stands in for the system language');
    const { page } = app;
    await expect(page.getByRole('heading', { name: 'Welkom bij Rapport' })).toBeVisible();
    await page.getByRole('button', { name: 'Het voorbeeldjournaal laden' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
    const suppliers = await app.call('listSuppliers', {});
    expect(suppliers.map((s) => s.category)).toContain('Cloudhosting (ERP en webshop)');
    expect((await app.call('getPreferences', {})).language).toBeNull();
  });
});

test('a supplier with all its fields is saved, listed and survives a restart', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Add your first supplier' }).click();
  await expect(page.getByRole('heading', { name: 'New supplier' })).toBeVisible();

  await supplierSection(page).getByLabel('Name').fill('Helder Facilitair');
  await page.getByLabel('Service or category').fill('Facility management');
  await page.getByLabel('Contract reference').fill('PO-2025-0117');
  await fillDate(page, 'Contract start', '2025-01-01');
  await fillDate(page, 'Contract end', '2027-12-31');
  await page.getByLabel('Notice period').fill('3');
  await page.getByLabel('Contract value').fill('12,500.50');
  await page.getByLabel('Review every').fill('6');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const contact = page.getByRole('group', { name: 'Contact 1' });
  await expect(contact.getByLabel('Name')).toBeFocused();
  await contact.getByLabel('Name').fill('Anouk de Vries');
  await contact.getByLabel('Role').fill('Account manager');
  await contact.getByLabel('E-mail').fill('anouk@helder.example');
  await contact.getByLabel('Phone').fill('+31 30 123 4567');
  await page.getByRole('textbox', { name: 'About this relationship' }).fill('Took over from the previous cleaner in January.');
  await page.getByRole('button', { name: 'Add supplier' }).click();

  await expect(page).toHaveURL(/#\/suppliers\/\d+$/);
  await expect(sidebarSuppliers(page).getByRole('link', { name: 'Helder Facilitair' })).toBeVisible();
  // The reference is among the contract facts at the top of the supplier's page.
  await expect(page.getByRole('term').filter({ hasText: 'Contract reference' })).toBeVisible();
  await expect(page.getByTestId('fact-contractRef')).toHaveText('PO-2025-0117');

  const [saved] = await app.call('listSuppliers', {});
  expect(saved).toMatchObject({
    name: 'Helder Facilitair',
    category: 'Facility management',
    contractRef: 'PO-2025-0117',
    contractStart: '2025-01-01',
    contractEnd: '2027-12-31',
    noticeMonths: 3,
    contractValue: 12500.5,
    reviewIntervalMonths: 6,
    contacts: [{ name: 'Anouk de Vries', role: 'Account manager', email: 'anouk@helder.example', phone: '+31 30 123 4567' }],
    notes: 'Took over from the previous cleaner in January.',
  });

  await app.restart();
  await expect(sidebarSuppliers(app.page).getByRole('link', { name: 'Helder Facilitair' })).toBeVisible();
  await go(app.page, `#/suppliers/${saved!.id}/edit`);
  await expect(app.page.getByLabel('Contract value')).toHaveValue('12500.5');
  await expect(app.page.getByLabel('Contract reference')).toHaveValue('PO-2025-0117');
  await expect(app.page.getByRole('group', { name: 'Contact 1' }).getByLabel('E-mail')).toHaveValue('anouk@helder.example');
});

test('editing a supplier changes it everywhere', async ({ app }) => {
  const supplier = await app.call('createSupplier', { name: 'Printvaart', category: 'Printing', contacts: [{ name: 'Kees' }] });
  const { page } = app;
  await page.reload();
  await go(page, `#/suppliers/${supplier.id}/edit`);
  await expect(page.getByRole('heading', { name: 'Printvaart' })).toBeVisible();

  await supplierSection(page).getByLabel('Name').fill('Printvaart Kantoorservice');
  await page.getByLabel('Notice period').fill('2');
  await page.getByRole('button', { name: 'Remove contact 1' }).click();
  await expect(page.getByRole('group', { name: 'Contact 1' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page).toHaveURL(new RegExp(`#/suppliers/${supplier.id}$`));
  await expect(sidebarSuppliers(page).getByRole('link', { name: 'Printvaart Kantoorservice' })).toBeVisible();
  const saved = await app.call('getSupplier', { id: supplier.id });
  expect(saved).toMatchObject({ name: 'Printvaart Kantoorservice', category: 'Printing', noticeMonths: 2, contacts: [] });
});

test('cancel leaves a supplier as it was', async ({ app }) => {
  const supplier = await app.call('createSupplier', { name: 'Wolkendek' });
  const { page } = app;
  await page.reload();
  await go(page, `#/suppliers/${supplier.id}/edit`);
  await supplierSection(page).getByLabel('Name').fill('Something else');
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page).toHaveURL(new RegExp(`#/suppliers/${supplier.id}$`));
  expect((await app.call('getSupplier', { id: supplier.id })).name).toBe('Wolkendek');
});

test('invalid input is explained beside the field and nothing is saved', async ({ app }) => {
  const { page } = app;
  await page.getByRole('link', { name: 'Add your first supplier' }).click();
  const name = supplierSection(page).getByLabel('Name');

  // No name.
  await page.getByRole('button', { name: 'Add supplier' }).click();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('This field is required.');
  await expect(name).toBeFocused();
  await expect(page.getByRole('alert').first()).toBeVisible();

  // A name, but a bad e-mail and a notice period that is no number.
  await name.fill('Scherpzicht');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Notice period').fill('three');
  await page.getByRole('button', { name: 'Add a contact' }).click();
  const contact = page.getByRole('group', { name: 'Contact 1' });
  await contact.getByLabel('Name').fill('Sanne');
  await contact.getByLabel('E-mail').fill('sanne@');
  await page.getByRole('button', { name: 'Add supplier' }).click();
  await expect(page.getByLabel('Notice period')).toHaveAccessibleDescription('Enter a whole number.');
  await expect(contact.getByLabel('E-mail')).toHaveAccessibleDescription('Enter a valid e-mail address.');

  // Those fixed, the contract ends before it starts.
  await page.getByLabel('Notice period').fill('3');
  await contact.getByLabel('E-mail').fill('sanne@scherpzicht.example');
  await fillDate(page, 'Contract start', '2025-06-01');
  await fillDate(page, 'Contract end', '2025-01-31');
  await page.getByRole('button', { name: 'Add supplier' }).click();
  await expect(dateField(page, 'Contract end')).toHaveAccessibleDescription(/The contract cannot end before it starts\./);
  await expect(dateField(page, 'Contract end').getByRole('spinbutton').first()).toBeFocused();
  await expect(dateField(page, 'Contract start').getByRole('spinbutton').first()).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/#\/suppliers\/new$/);
  expect(await app.call('listSuppliers', {})).toEqual([]);
});

test('errors are shown in Dutch when the app speaks Dutch', async ({ app }) => {
  await app.call('updatePreferences', { language: 'nl' });
  const { page } = app;
  await page.reload();
  await page.getByRole('link', { name: 'Je eerste leverancier toevoegen' }).click();
  // The new form puts the cursor in its first field: wait for that before typing elsewhere.
  await expect(page.getByRole('region', { name: 'Leverancier', exact: true }).getByLabel('Naam')).toBeFocused();
  await fillDate(page, 'Begin contract', '2025-06-01');
  await fillDate(page, 'Einde contract', '2025-01-31');
  await page.getByLabel('Contractwaarde').fill('120.000');
  await page.getByRole('button', { name: 'Leverancier toevoegen' }).click();
  await expect(page.getByRole('region', { name: 'Leverancier', exact: true }).getByLabel('Naam')).toHaveAccessibleDescription('Dit veld is verplicht.');
  await expect(dateField(page, 'Einde contract')).toHaveAccessibleDescription(/Het contract kan niet eindigen voordat het begint\./);
  expect(await app.call('listSuppliers', {})).toEqual([]);

  // Fixed, the Dutch way of writing thousands is understood.
  await page.getByRole('region', { name: 'Leverancier', exact: true }).getByLabel('Naam').fill('Noordlicht');
  await fillDate(page, 'Einde contract', '2027-12-31');
  await page.getByLabel('Contractreferentie').fill('Inkooporder 4500012345');
  await expect(page.getByLabel('Contractreferentie')).toHaveAccessibleDescription('Het contract- of inkoopordernummer, bijv. PO-2025-0117.');
  await page.getByRole('button', { name: 'Leverancier toevoegen' }).click();
  await expect(page).toHaveURL(/#\/suppliers\/\d+$/);
  await expect(page.getByRole('term').filter({ hasText: 'Contractreferentie' })).toBeVisible();
  await expect(page.getByTestId('fact-contractRef')).toHaveText('Inkooporder 4500012345');
  const [saved] = await app.call('listSuppliers', {});
  expect(saved).toMatchObject({ name: 'Noordlicht', contractValue: 120000, contractEnd: '2027-12-31', contractRef: 'Inkooporder 4500012345' });
});

test('the overview lists each supplier with what needs attention', async ({ app }) => {
  const a = await app.call('createSupplier', { name: 'Alfa Services', category: 'Cleaning' });
  await app.call('createSupplier', { name: 'Beta Hosting' });
  await app.call('createEntry', { supplierId: a.id, kind: 'incident', date: '2025-01-10', title: 'Outage', severity: 'high' });
  const { page } = app;
  await page.reload();
  const table = page.getByRole('table', { name: 'All suppliers' });
  const row = table.getByRole('row', { name: /Alfa Services/ });
  await expect(row).toContainText('Cleaning');
  await expect(row).toContainText('10 Jan 2025');
  await expect(table.getByRole('row')).toHaveCount(3);
  await row.getByRole('link', { name: 'Alfa Services' }).click();
  await expect(page).toHaveURL(new RegExp(`#/suppliers/${a.id}$`));
});

test('an unknown address shows a way back', async ({ app }) => {
  const { page } = app;
  await go(page, '#/nowhere');
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the overview' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
});

test('a long name cut off by its badges in the sidebar shows whole on hover and to screen readers', async ({ app }) => {
  const { page } = app;
  const name = 'Koninklijke Nederlandse Facilitaire Dienstverlening en Schoonmaak B.V.';
  const s = await app.call('createSupplier', { name });
  await app.call('createEntry', { supplierId: s.id, kind: 'incident', date: isoDaysFromToday(-3), title: 'Lift out of order', severity: 'high' });
  await page.reload();
  const link = sidebarSuppliers(page).getByRole('link', { name: new RegExp(`^${name}`) });
  await expect(link).toBeVisible();
  const label = link.locator('.supplier-link-name');
  // It is cut off here...
  expect(await label.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // ...and whole on hover, on keyboard focus and in the accessible name.
  await link.hover();
  await expect(page.getByRole('tooltip')).toHaveText(name);
  await page.mouse.move(900, 600, { steps: 5 });
  await expect(page.getByRole('tooltip')).toBeHidden();
  await link.focus();
  await expect(page.getByRole('tooltip')).toHaveText(name);
  await expect(link).toHaveAccessibleName(new RegExp(`^${name}`));
});
