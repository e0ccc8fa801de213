// Figures that agree (issue 13): last contact counts every meeting and review,
// the open promises say whose they are, a new supplier's first review is not
// "610 days late", and the overview's tiles list what they count.
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test } from './fixtures';

async function go(page: Page, hash: string) {
  await page.evaluate((h) => {
    location.hash = h;
  }, hash);
}

test('a supplier page: last contact, open promises of both sides, a new supplier with an old contract', async ({ app }) => {
  const { page } = app;
  const s = await app.call('createSupplier', { name: 'Noordlicht', contractStart: '2025-01-01', reviewIntervalMonths: 3 });
  await app.call('createEntry', { supplierId: s.id, kind: 'interaction', date: isoDaysFromToday(-140), title: 'Kick-off', channel: 'meeting' });
  await app.call('createEntry', { supplierId: s.id, kind: 'interaction', date: isoDaysFromToday(-4), title: 'Review meeting', channel: 'review_meeting' });
  await app.call('createEntry', { supplierId: s.id, kind: 'promise', date: isoDaysFromToday(-3), title: 'They send the report', dueOn: isoDaysFromToday(10) });
  await app.call('createEntry', { supplierId: s.id, kind: 'promise', date: isoDaysFromToday(-3), title: 'We send the forecast', dueOn: isoDaysFromToday(10), side: 'ours' });

  await go(page, `#/suppliers/${s.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Noordlicht' })).toBeVisible();
  const glance = page.getByRole('list', { name: 'At a glance' });
  await expect(glance.getByRole('listitem').first()).toContainText('2open promises1 of theirs, 1 of ours');
  await expect(page.getByTestId('figure-last-contact')).toContainText('4 days ago');
  // Added today with a contract from 2025: the first review is due a quarter from now, not hundreds of days late.
  const next = page.getByTestId('figure-next-review');
  await expect(next).toContainText('No review yet');
  await expect(next).not.toContainText('Overdue');

  await go(page, '#/');
  await page.reload();
  await expect(page.getByRole('button', { name: /0\s*reviews overdue/ })).toBeVisible();
});

test('the overview tiles open the list of what they count, by keyboard', async ({ app }) => {
  const { page } = app;
  const a = await app.call('createSupplier', { name: 'Acme Hosting' });
  const b = await app.call('createSupplier', { name: 'Brightdesk' });
  await app.call('createEntry', { supplierId: a.id, kind: 'promise', date: isoDaysFromToday(-20), title: 'Fix the backup job', dueOn: isoDaysFromToday(-5) });
  await app.call('createEntry', { supplierId: b.id, kind: 'promise', date: isoDaysFromToday(-20), title: 'Send the SLA report', dueOn: isoDaysFromToday(-2) });
  await app.call('createEntry', { supplierId: b.id, kind: 'promise', date: isoDaysFromToday(-20), title: 'Not due yet', dueOn: isoDaysFromToday(9) });
  await app.call('createEntry', { supplierId: b.id, kind: 'incident', date: isoDaysFromToday(-1), title: 'Mail down', severity: 'high' });
  await page.reload();

  const tile = page.getByRole('button', { name: /2\s*overdue promises/ });
  await tile.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Overdue promises' });
  await expect(dialog).toBeVisible();
  const links = dialog.getByRole('link');
  await expect(links).toHaveCount(2);
  await expect(links.nth(0)).toContainText('Fix the backup job');
  await expect(links.nth(0)).toContainText('Acme Hosting');
  await expect(links.nth(1)).toContainText('Send the SLA report');
  await expect(dialog).not.toContainText('Not due yet');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(tile).toBeFocused();

  await page.getByRole('button', { name: /1\s*open incident/ }).click();
  const incidents = page.getByRole('dialog', { name: 'Open incidents' });
  await incidents.getByRole('link', { name: /Mail down/ }).click();
  // The link opens the entry itself (a dialog over its supplier's page, which hides the page from the tree while open).
  await expect(page).toHaveURL(new RegExp(`#/suppliers/${b.id}\\?entry=\\d+`));
  await expect(page.getByRole('dialog', { name: 'Mail down' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Brightdesk' })).toBeVisible();
});

test.describe('in Dutch', () => {
  test.use({ locale: 'nl-NL' });

  test('the tiles and the promise split speak Dutch', async ({ app }) => {
    test.skip(app.shell !== 'browser', 'the browser locale stands in for the system language');
    const { page } = app;
    const s = await app.call('createSupplier', { name: 'Wolkendek' });
    await app.call('createEntry', { supplierId: s.id, kind: 'promise', date: isoDaysFromToday(-20), title: 'Back-up herstellen', dueOn: isoDaysFromToday(-5) });
    await app.call('createEntry', { supplierId: s.id, kind: 'promise', date: isoDaysFromToday(-3), title: 'Wij leveren de planning', side: 'ours' });
    await page.reload();
    await page.getByRole('button', { name: /1\s*verlopen toezegging/ }).click();
    await expect(page.getByRole('dialog', { name: 'Verlopen toezeggingen' }).getByRole('link')).toContainText('Back-up herstellen');
    await page.keyboard.press('Escape');
    await go(page, `#/suppliers/${s.id}`);
    await expect(page.getByRole('list', { name: 'In één oogopslag' }).getByRole('listitem').first()).toContainText('1 van hen, 1 van ons');
  });

  test('a contract value has a currency: the computer\'s by default, another per supplier', async ({ app }) => {
    test.skip(app.shell !== 'browser', 'the browser locale stands in for the system language');
    const { page } = app;
    await app.call('updatePreferences', { language: 'nl' });
    await page.reload();
    await page.getByRole('link', { name: 'Je eerste leverancier toevoegen' }).click();
    await page.getByRole('region', { name: 'Leverancier', exact: true }).getByLabel('Naam').fill('Noordlicht');
    await page.getByLabel('Contractwaarde').fill('120.000');
    await expect(page.getByLabel('Valuta')).toHaveValue('EUR');
    await page.getByRole('button', { name: 'Leverancier toevoegen' }).click();
    await expect(page.getByTestId('contract-value')).toHaveText('€\u00a0120.000');
    const [saved] = await app.call('listSuppliers', {});
    expect(saved).toMatchObject({ contractValue: 120000, contractCurrency: 'EUR' });

    await page.getByRole('link', { name: 'Bewerken' }).click();
    await page.getByLabel('Valuta').selectOption('USD');
    await page.getByRole('button', { name: /opslaan/i }).click();
    await expect(page.getByTestId('contract-value')).toHaveText('US$\u00a0120.000');
    expect(await app.call('getSupplier', { id: saved!.id })).toMatchObject({ contractCurrency: 'USD' });
  });
});
