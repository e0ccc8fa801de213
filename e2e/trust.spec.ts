// The trust charts: a supplier that keeps its promises for months, then breaks
// a contractual result promise and has a critical incident, shows the drop in
// the figures, the chart, "why it moved" and the tooltip; a changed setting
// redraws the charts; both languages render.
import type { Page } from '@playwright/test';
import { V1_DEFAULTS } from '../core/trust/upgrade';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

const BROKEN = 'Migration finished by March';
const INCIDENT = 'Data centre outage';

/** Seven months of kept promises and good contact, then a broken contractual result promise and a critical incident. */
async function erodingSupplier(app: AppHandle) {
  const supplier = await app.call('createSupplier', { name: 'Brightline Hosting', category: 'Cloud hosting' });
  const supplierId = supplier.id;
  for (let d = -300; d <= -70; d += 14) {
    await app.call('createEntry', {
      supplierId, kind: 'promise', date: isoDaysFromToday(d), dueOn: isoDaysFromToday(d + 10),
      title: `Monthly report ${d}`, obligation: 'result', status: 'kept', settledOn: isoDaysFromToday(d + 7),
    });
    await app.call('createEntry', { supplierId, kind: 'interaction', date: isoDaysFromToday(d + 3), title: `Check-in ${d}`, tone: 'positive' });
  }
  const broken = await app.call('createEntry', {
    supplierId, kind: 'promise', date: isoDaysFromToday(-50), dueOn: isoDaysFromToday(-30), title: BROKEN,
    obligation: 'result', inContract: true, status: 'broken', settledOn: isoDaysFromToday(-25),
  });
  const incident = await app.call('createEntry', {
    supplierId, kind: 'incident', date: isoDaysFromToday(-20), title: INCIDENT, severity: 'critical',
  });
  // The page was opened on an empty journal: read it afresh.
  await app.page.reload();
  return { supplierId, brokenId: broken.id, incidentId: incident.id };
}

async function openSupplier(page: Page, id: number, name = 'Brightline Hosting') {
  await page.evaluate((sid) => {
    location.hash = `#/suppliers/${sid}`;
  }, id);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByTestId('trust-chart').locator('.recharts-surface').first()).toBeVisible();
}

const trustNow = async (page: Page) => Number(await page.getByTestId('trust-now').getAttribute('data-value'));

test('a broken contractual promise and a critical incident show as a drop, explained', async ({ app }) => {
  const { page } = app;
  const { supplierId, brokenId, incidentId } = await erodingSupplier(app);

  // The engine: trust after the two events is well below trust before them.
  const view = await app.call('getSupplierTrust', { supplierId, from: isoDaysFromToday(-120), to: null });
  const before = view.rows.find((r) => r.date === isoDaysFromToday(-31))!.trust;
  expect(view.now.trust).toBeLessThan(before - 0.05);

  await openSupplier(page, supplierId);
  // The "trust now" figure is the engine's, and it reads as a percentage.
  expect(await trustNow(page)).toBeCloseTo(view.now.trust, 3);
  await expect(page.getByTestId('trust-now')).toContainText(`${Math.round(view.now.trust * 100)}%`);

  // Over the last three months the change is a drop, shown with a minus.
  await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: '3 months' }).click();
  await expect(page.getByRole('button', { name: '3 months' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => Number(await page.getByTestId('trust-change').getAttribute('data-value'))).toBeLessThan(-0.05);
  await expect(page.getByTestId('trust-change')).toContainText('\u2212');

  // "Why it moved" names the two entries first, with links to them.
  const down = page.getByTestId('movers-down').getByRole('listitem');
  await expect(down.nth(1)).toBeVisible();
  const firstTwo = [await down.nth(0).getAttribute('data-entry-id'), await down.nth(1).getAttribute('data-entry-id')].map(Number).sort();
  expect(firstTwo).toEqual([brokenId, incidentId].sort());
  await expect(down.nth(0)).toContainText(INCIDENT);
  await expect(down.nth(0)).toContainText('Incident, critical severity');
  await expect(down.nth(1)).toContainText(BROKEN);
  await expect(down.nth(1)).toContainText('Result obligation broken (in the contract)');
  await expect(down.nth(0).getByRole('link', { name: INCIDENT })).toHaveAttribute('href', `#/suppliers/${supplierId}?entry=${incidentId}`);

  // The tooltip lists the day's entries: hover the incident's marker, then the broken promise's.
  const chart = page.getByTestId('trust-chart');
  await chart.locator(`.trust-marker[data-kind="incident"][data-date="${isoDaysFromToday(-20)}"]`).hover();
  const tooltip = chart.locator('.trust-tooltip');
  await expect(tooltip).toContainText(INCIDENT);
  await expect(tooltip).toContainText(/\u2212\d+\.\d pt/);
  await expect(tooltip).toContainText('Incident, critical severity');
  await chart.locator(`.trust-marker[data-kind="promise"][data-date="${isoDaysFromToday(-25)}"]`).hover();
  await expect(tooltip).toContainText(BROKEN);
  await expect(tooltip).toContainText('Result obligation broken (in the contract)');

  // The link opens the entry itself.
  await down.nth(0).getByRole('link', { name: INCIDENT }).click();
  await expect(page.getByRole('dialog', { name: INCIDENT })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The markers say what they are without colour, too.
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Incident');

  // The page flags it as eroding and says why: the drop, since when, the two entries that pulled most.
  const notice = page.getByTestId('trust-flag-notice');
  await expect(notice).toHaveAttribute('data-flag', 'eroding');
  await expect(notice).toContainText(/Eroding\. Down \d+\.\d pt since its high of \d+% on/);
  await expect(notice).toContainText(BROKEN);
  await expect(notice).toContainText(INCIDENT);

  // So does the dashboard.
  await page.getByRole('link', { name: 'Overview' }).click();
  const eroding = page.getByTestId('eroding-most');
  await expect(eroding).toContainText('Brightline Hosting');
  await expect(eroding.getByTestId('flag-reason')).toContainText(INCIDENT);
  const row = page.getByTestId('dashboard-row').filter({ hasText: 'Brightline Hosting' });
  await expect(row.getByTestId('trust-flag')).toContainText('Eroding');
  const portfolio = await app.call('getPortfolio', {});
  expect(portfolio.suppliers[0]!.flag?.kind).toBe('eroding');
  expect(portfolio.suppliers[0]!.change90).toBeLessThan(-0.1);
});

test('changing a setting on "How trust works" redraws the chart', async ({ app }) => {
  const { page } = app;
  const { supplierId } = await erodingSupplier(app);
  await openSupplier(page, supplierId);
  const before = await trustNow(page);

  await page.getByRole('link', { name: 'How trust works' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'How trust works' })).toBeVisible();
  // The page shows the values in use.
  await expect(page.getByTestId('howto')).toContainText('Setbacks weigh 2.75 times as much as successes');
  // A worked example from this journal: the entry that moved trust most in the last year.
  await expect(page.getByTestId('howto-example')).toContainText(`Take Brightline Hosting. On`);
  await expect(page.getByTestId('howto-example')).toContainText(INCIDENT);

  const asymmetry = page.getByLabel('Weight of setbacks');
  await expect(asymmetry).toHaveValue('2.75');
  // Out of bounds: the error is shown beside the field and nothing is saved.
  await asymmetry.fill('9');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Must be at most 5.')).toBeVisible();
  expect((await app.call('getTrustSettings', {})).asymmetry).toBe(2.75);

  await asymmetry.fill('3');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect.poll(async () => (await app.call('getTrustSettings', {})).asymmetry).toBe(3);
  await expect(page.getByTestId('howto')).toContainText('Setbacks weigh 3 times as much as successes');

  await openSupplier(page, supplierId);
  await expect.poll(() => trustNow(page)).toBeLessThan(before - 0.01);
  const view = await app.call('getSupplierTrust', { supplierId, from: null, to: null });
  expect(await trustNow(page)).toBeCloseTo(view.now.trust, 3);

  // Reset to the defaults, after a confirmation.
  await page.getByRole('link', { name: 'How trust works' }).first().click();
  await page.getByRole('button', { name: 'Reset to defaults' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(page.getByLabel('Weight of setbacks')).toHaveValue('2.75');
  expect((await app.call('getTrustSettings', {})).asymmetry).toBe(2.75);
  await openSupplier(page, supplierId);
  await expect.poll(() => trustNow(page)).toBeCloseTo(before, 3);
});

test('the trust section, the dashboard and the explanation speak Dutch', async ({ app }) => {
  const { page } = app;
  const { supplierId } = await erodingSupplier(app);
  await app.call('updatePreferences', { language: 'nl' });
  await page.reload();
  await openSupplier(page, supplierId);
  const section = page.getByTestId('trust-section');
  await expect(section.getByRole('heading', { name: 'Vertrouwen', exact: true })).toBeVisible();
  await expect(section).toContainText('Vertrouwen nu');
  await expect(section.getByRole('heading', { name: 'Waarom het veranderde' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'Ons eigen gedrag als klant' })).toBeVisible();
  await expect(section.getByRole('button', { name: '3 maanden' })).toBeVisible();
  await expect(section).toContainText('procentpunt');
  await expect(section).not.toContainText('Why it moved');

  await page.getByRole('link', { name: 'Overzicht' }).click();
  await expect(page.getByTestId('eroding-most')).toContainText('Brokkelt af');
  await expect(page.getByTestId('eroding-most').getByTestId('flag-reason')).toContainText(/gedaald sinds het hoogste punt van \d+% op/);
  await expect(page.getByTestId('trust-flag')).toContainText('Brokkelt af');

  await page.getByRole('link', { name: 'Zo werkt vertrouwen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zo werkt vertrouwen' })).toBeVisible();
  await expect(page.getByLabel('Gewicht van tegenvallers')).toHaveValue('2,75');
  await expect(page.getByTestId('howto-example')).toContainText('Neem Brightline Hosting. Op');
});

test('a journal with settings of trust model version 1 is told once what changed, and keeps its own values', async ({ app }) => {
  const { page } = app;
  const v1 = { ...V1_DEFAULTS, incidentCritical: 8 };
  // An export made before version 2, with one weight the manager had changed.
  const text = JSON.stringify({
    format: 'rapport-journal', version: 1, exportedAt: new Date().toISOString(), app: { schemaVersion: 1 },
    settings: { trust: v1 }, suppliers: [], entries: [],
  });
  await app.call('importJson', { text });
  expect(await app.call('getTrustSettings', {})).toMatchObject({ halfLifeDays: 270, asymmetry: 2.75, incidentCritical: 8 });

  await page.reload();
  await page.getByRole('link', { name: 'How trust works' }).first().click();
  const notice = page.getByTestId('model-notice');
  await expect(notice).toContainText('The trust model was updated (version 2)');
  await expect(notice).toContainText('Incident, critical: 8');
  await expect(page.getByLabel('Incident, critical')).toHaveValue('8');
  await notice.getByRole('button', { name: 'Keep my values' }).click();
  await expect(page.getByTestId('model-notice')).toHaveCount(0);
  expect(await app.call('getTrustModelNotice', {})).toEqual({ notice: null });
  expect((await app.call('getTrustSettings', {})).incidentCritical).toBe(8);
  await page.reload();
  await expect(page.getByTestId('howto')).toBeVisible();
  await expect(page.getByTestId('model-notice')).toHaveCount(0);
});
