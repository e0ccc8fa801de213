// Promises and incidents: what is open and overdue at a glance, settling a
// promise, resolving an incident.
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';
import { dateField, fillDate } from './dates';

async function supplierWithJournal(app: AppHandle) {
  const supplier = await app.call('createSupplier', { name: 'Wolkendek Hosting' });
  return supplier.id;
}

async function goToSupplier(page: Page, id: number) {
  await page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, id);
  await expect(page.getByRole('heading', { level: 1, name: 'Wolkendek Hosting' })).toBeVisible();
}

const rows = (page: Page) => page.getByRole('list', { name: /^Journal entries/ }).getByRole('listitem');
const panel = (page: Page) => page.getByRole('region', { name: 'Open promises' });
const glance = (page: Page) => page.getByRole('list', { name: 'At a glance' });

test('open and overdue promises are shown at a glance, overdue first', async ({ app }) => {
  const { page } = app;
  const supplierId = await supplierWithJournal(app);
  await app.call('createEntry', { supplierId, kind: 'promise', date: isoDaysFromToday(-20), dueOn: isoDaysFromToday(5), title: 'Capacity report', obligation: 'effort' });
  await app.call('createEntry', { supplierId, kind: 'promise', date: isoDaysFromToday(-30), dueOn: isoDaysFromToday(-10), title: 'Service credit for June', obligation: 'result', inContract: true });
  await app.call('createEntry', { supplierId, kind: 'promise', date: isoDaysFromToday(-40), dueOn: isoDaysFromToday(-35), title: 'Old promise, kept', status: 'kept', settledOn: isoDaysFromToday(-36) });
  await app.call('createEntry', { supplierId, kind: 'incident', date: isoDaysFromToday(-2), title: 'Backup failed', severity: 'medium' });
  await goToSupplier(page, supplierId);

  await expect(glance(page)).toContainText('2open promises');
  await expect(glance(page)).toContainText('1overdue promise');
  await expect(glance(page)).toContainText('1open incident');

  const items = panel(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Service credit for June');
  await expect(items.nth(0)).toContainText('Overdue 10 days');
  await expect(items.nth(1)).toContainText('Capacity report');
  await expect(panel(page)).not.toContainText('Old promise, kept');

  // The journal row says it too, in words (not only in colour).
  await expect(rows(page).filter({ hasText: 'Service credit for June' })).toContainText('Overdue 10 days');
  await expect(rows(page).filter({ hasText: 'Old promise, kept' })).toContainText('Kept');
});

test('settles a promise as kept late, with the date it was settled', async ({ app }) => {
  const { page } = app;
  const supplierId = await supplierWithJournal(app);
  const promise = await app.call('createEntry', {
    supplierId, kind: 'promise', date: isoDaysFromToday(-30), dueOn: isoDaysFromToday(-10), title: 'Service credit for June', obligation: 'result',
  });
  await goToSupplier(page, supplierId);

  await panel(page).getByRole('button', { name: 'Settle “Service credit for June”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settle promise' });
  await dialog.getByRole('radio', { name: 'Kept late' }).check();
  await expect(dialog.getByText('Delivered, but after the due date.')).toBeVisible();
  // A settled date before the promise was made is refused beside the field.
  await fillDate(dialog, 'Settled on', isoDaysFromToday(-40));
  await dialog.getByRole('button', { name: 'Settle' }).click();
  await expect(dateField(dialog, 'Settled on')).toHaveAccessibleDescription(/A promise cannot be settled before it was made\./);
  expect(await app.call('getEntry', { id: promise.id })).toMatchObject({ status: 'open' });

  await fillDate(dialog, 'Settled on', isoDaysFromToday(-3));
  await dialog.getByRole('button', { name: 'Settle' }).click();
  await expect(dialog).toBeHidden();

  await expect(panel(page)).toContainText('No open promises');
  await expect(glance(page)).toContainText('0overdue promises');
  await expect(rows(page).first()).toContainText('Kept late');
  expect(await app.call('getEntry', { id: promise.id })).toMatchObject({ status: 'kept_late', settledOn: isoDaysFromToday(-3) });
});

test('settles a promise from its entry, and resolves an incident', async ({ app }) => {
  const { page } = app;
  const supplierId = await supplierWithJournal(app);
  const promise = await app.call('createEntry', { supplierId, kind: 'promise', date: isoDaysFromToday(-5), title: 'Send the new rate card' });
  const incident = await app.call('createEntry', { supplierId, kind: 'incident', date: isoDaysFromToday(-4), title: 'Webshop outage', severity: 'critical' });
  await goToSupplier(page, supplierId);

  await rows(page).filter({ hasText: 'Send the new rate card' }).getByRole('button').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Settle' }).click();
  const settle = page.getByRole('dialog', { name: 'Settle promise' });
  await settle.getByRole('radio', { name: 'Broken' }).check();
  await settle.getByRole('button', { name: 'Settle' }).click();
  await expect(settle).toBeHidden();
  expect(await app.call('getEntry', { id: promise.id })).toMatchObject({ status: 'broken' });
  await page.keyboard.press('Escape');

  await expect(rows(page).filter({ hasText: 'Webshop outage' })).toContainText('Unresolved');
  await expect(glance(page)).toContainText('1open incident');
  await rows(page).filter({ hasText: 'Webshop outage' }).getByRole('button').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog', { name: 'Resolve incident' });
  await fillDate(resolve, 'Resolved on', isoDaysFromToday(-1));
  await resolve.getByRole('radio', { name: 'Yes' }).check();
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve).toBeHidden();
  await page.keyboard.press('Escape');

  await expect(rows(page).filter({ hasText: 'Webshop outage' })).toContainText('Resolved');
  await expect(glance(page)).toContainText('0open incidents');
  expect(await app.call('getEntry', { id: incident.id })).toMatchObject({ resolvedOn: isoDaysFromToday(-1), handledWell: true });
});

test('a promise added with a settled status asks for the settled date', async ({ app }) => {
  const { page } = app;
  const supplierId = await supplierWithJournal(app);
  await goToSupplier(page, supplierId);
  await page.getByRole('button', { name: /^New entry/ }).click();
  const d = page.getByRole('dialog');
  await d.getByRole('button', { name: /^Promise/ }).click();
  await d.getByLabel('What was promised').fill('Replace the firewall');
  await fillDate(d, 'Promised on', '2025-02-01');
  await expect(dateField(d, 'Settled on')).toHaveCount(0);
  await d.getByLabel('Status').selectOption('kept');
  await fillDate(d, 'Settled on', '');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(dateField(d, 'Settled on')).toHaveAccessibleDescription(/Enter the date the promise was settled\./);
  expect(await app.call('listEntries', { supplierId })).toEqual([]);
  await fillDate(d, 'Settled on', '2025-02-20');
  await d.getByRole('button', { name: 'Add entry' }).click();
  await expect(d).toBeHidden();
  expect(await app.call('listEntries', { supplierId })).toMatchObject([{ status: 'kept', settledOn: '2025-02-20' }]);
});
