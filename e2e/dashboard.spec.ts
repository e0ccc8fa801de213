// The dashboard: every supplier's trust, its 90-day change and sparkline, what
// needs attention, the suppliers flagged eroding, building up or quiet, and a comparison chart whose
// legend toggles lines (by keyboard too).
import { expect, isoDaysFromToday, test } from './fixtures';

test('the example journal: Wolkendek erodes most, and every supplier has its row', async ({ app }) => {
  const { page } = app;
  await app.call('loadExampleJournal', {});
  await page.reload();
  const dashboard = page.getByTestId('dashboard');
  await expect(dashboard).toBeVisible();

  const portfolio = await app.call('getPortfolio', {});
  const rows = page.getByTestId('dashboard-row');
  await expect(rows).toHaveCount(portfolio.suppliers.length);
  for (const s of portfolio.suppliers) {
    const row = rows.filter({ hasText: s.name });
    await expect(row.locator('.dash-trust')).toHaveText(`${Math.round(s.now.trust * 100)}%`);
    await expect(row.getByRole('img', { name: /Trust over the last year/ })).toBeVisible();
  }

  // Wolkendek is eroding, and the card says why, naming the entries that pulled most.
  const wolkendek = portfolio.suppliers.find((s) => s.name.startsWith('Wolkendek'))!;
  expect(wolkendek.flag?.kind).toBe('eroding');
  const card = page.getByTestId('eroding-most').getByRole('listitem').first();
  await expect(card).toContainText(wolkendek.name);
  await expect(card.getByTestId('flag-reason')).toContainText(/^Down \d+\.\d pt since its high of \d+% on .+, mostly through “.+” of \d+ \w+ \d{4} \(\u2212\d+\.\d pt\)/);
  if (wolkendek.flag?.kind === 'eroding') await expect(card.getByTestId('flag-reason')).toContainText(wolkendek.flag.pulls[0]!.title);
  await expect(rows.filter({ hasText: wolkendek.name }).getByTestId('trust-flag')).toHaveAttribute('data-flag', 'eroding');
});

test('overdue promises, open incidents, an overdue review and a notice deadline soon are flagged', async ({ app }) => {
  const { page } = app;
  const s = await app.call('createSupplier', {
    name: 'Noordlicht IT', reviewIntervalMonths: 3, contractStart: isoDaysFromToday(-400),
    contractEnd: isoDaysFromToday(120), noticeMonths: 3,
  });
  await app.call('createEntry', { supplierId: s.id, kind: 'promise', date: isoDaysFromToday(-30), dueOn: isoDaysFromToday(-5), title: 'Patch plan', obligation: 'result' });
  await app.call('createEntry', { supplierId: s.id, kind: 'incident', date: isoDaysFromToday(-3), title: 'VPN down', severity: 'high' });
  await page.reload();
  const row = page.getByTestId('dashboard-row').filter({ hasText: 'Noordlicht IT' });
  await expect(row.getByTestId('overdue-count')).toContainText('1 overdue promise');
  await expect(row.getByTestId('incident-count')).toContainText('1 open incident');
  await expect(row).toContainText('overdue'); // the review
  await expect(row).toContainText(/in \d+ days/); // the notice deadline, within 60 days
});

test('the comparison legend toggles lines, by mouse and by keyboard', async ({ app }) => {
  const { page } = app;
  for (const name of ['Alfa', 'Beta', 'Gamma']) {
    const s = await app.call('createSupplier', { name });
    await app.call('createEntry', { supplierId: s.id, kind: 'interaction', date: isoDaysFromToday(-40), title: 'Kick-off', tone: 'positive' });
  }
  await page.reload();
  const comparison = page.getByTestId('comparison');
  const lines = comparison.getByTestId('comparison-line');
  await expect(lines).toHaveCount(3);
  const legend = comparison.getByRole('list', { name: /Suppliers/ });

  await legend.getByRole('button', { name: /Beta/ }).click();
  await expect(legend.getByRole('button', { name: /Beta/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(lines).toHaveCount(2);

  const gamma = legend.getByRole('button', { name: /Gamma/ });
  await gamma.focus();
  await page.keyboard.press('Enter');
  await expect(gamma).toHaveAttribute('aria-pressed', 'false');
  await expect(lines).toHaveCount(1);
  await page.keyboard.press('Space');
  await expect(gamma).toHaveAttribute('aria-pressed', 'true');
  await expect(lines).toHaveCount(2);
});

test('the comparison tooltip lists each line at the week under the pointer, and arrow keys move through the weeks', async ({ app }) => {
  const { page } = app;
  const alfa = await app.call('createSupplier', { name: 'Alfa' });
  for (const title of ['Kick-off', 'Workshop', 'Demo', 'Roadmap', 'Intake']) {
    await app.call('createEntry', { supplierId: alfa.id, kind: 'interaction', date: isoDaysFromToday(-40), title, tone: 'positive' });
  }
  const beta = await app.call('createSupplier', { name: 'Beta' });
  await app.call('createEntry', { supplierId: beta.id, kind: 'incident', date: isoDaysFromToday(-40), title: 'Outage', severity: 'critical' });
  await page.reload();
  // Beside the chart: who is eroding and who is building up.
  await expect(page.getByTestId('eroding-most').getByRole('listitem')).toHaveText([/^Beta/]);
  await expect(page.getByTestId('building-most').getByRole('listitem')).toHaveText([/^Alfa/]);
  const chart = page.getByRole('group', { name: /Trust per week/ });
  const plot = chart.locator('.comparison-chart__plot');
  const box = (await plot.boundingBox())!;

  // Near the right edge: the latest week, Alfa (a good start) above Beta (a critical incident).
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
  const tooltip = chart.locator('.comparison-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip.locator('li')).toHaveText([/^Alfa\s*\d+%$/, /^Beta\s*\d+%$/]);
  const { comparison } = await app.call('getPortfolio', {});
  const lastWeek = comparison.dates[comparison.dates.length - 1]!;
  await expect(tooltip.locator('li').first()).toContainText(`${Math.round(comparison.series[alfa.id]!.at(-1)! * 100)}%`);
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await expect(tooltip).toHaveCount(0);

  // By keyboard: focus starts at the latest week, Home goes to the first; a screen reader hears each.
  await chart.focus();
  const readOut = chart.locator('[aria-live="polite"]');
  const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  await expect(readOut).toContainText(longDate(lastWeek));
  await page.keyboard.press('Home');
  await expect(readOut).toContainText(longDate(comparison.dates[0]!));
  await expect(readOut).toContainText(/Alfa \d+%, Beta \d+%|Beta \d+%, Alfa \d+%/);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
});

test('a large portfolio: search, sort, rows drawn as they scroll into view, lines added from a list', async ({ app }) => {
  const { page } = app;
  for (let i = 1; i <= 60; i++) {
    const s = await app.call('createSupplier', { name: `Leverancier ${String(i).padStart(2, '0')}` });
    // Every fifth one has a bad recent incident: a spread of trust to sort by.
    await app.call('createEntry', { supplierId: s.id, kind: 'interaction', date: isoDaysFromToday(-200), title: 'Kick-off', tone: 'positive' });
    if (i % 5 === 0) await app.call('createEntry', { supplierId: s.id, kind: 'incident', date: isoDaysFromToday(-10), title: 'Outage', severity: 'critical' });
  }
  await page.reload();
  const rows = page.getByTestId('dashboard-row');
  await expect(rows.first()).toContainText('Leverancier 01');
  // Virtualised: not all 60 rows are in the page, yet the last one comes into view when scrolled to.
  expect(await rows.count()).toBeLessThan(60);
  await page.locator('.main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rows.filter({ hasText: 'Leverancier 60' })).toBeVisible();

  // The sidebar is virtualised too, and Tab still walks all of it.
  const sidebar = page.getByRole('navigation', { name: 'Suppliers' });
  expect(await sidebar.getByRole('link', { name: /^Leverancier/ }).count()).toBeLessThan(60);
  await sidebar.getByRole('link', { name: 'Leverancier 01' }).focus();
  for (let i = 2; i <= 60; i++) await page.keyboard.press('Tab');
  await expect(sidebar.getByRole('link', { name: 'Leverancier 60' })).toBeFocused();
  await expect(sidebar.getByRole('listitem').filter({ hasText: 'Leverancier 60' })).toHaveAttribute('aria-posinset', '60');

  // Search narrows the table.
  await page.getByRole('searchbox', { name: 'Find a supplier' }).fill('Leverancier 1');
  await expect(rows).toHaveCount(10); // 10..19
  await expect(page.getByText('10 of 60')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Find a supplier' }).fill('');

  // Sorting by trust puts the suppliers with an incident first.
  await page.locator('.main').evaluate((el) => el.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Trust now' }).click();
  await expect(page.getByRole('columnheader', { name: 'Trust now' })).toHaveAttribute('aria-sort', 'ascending');
  const first = await rows.first().locator('.dash-name a').textContent();
  expect(Number(first?.slice(-2)) % 5).toBe(0);

  // The comparison starts with 12 lines; another is added from the list.
  const comparison = page.getByTestId('comparison');
  await expect(comparison.getByTestId('comparison-line')).toHaveCount(12);
  const add = comparison.getByTestId('comparison-add');
  const option = await add.locator('option').nth(1).textContent();
  await add.selectOption({ index: 1 });
  await expect(comparison.getByTestId('comparison-line')).toHaveCount(13);
  await expect(comparison.getByRole('list', { name: /Suppliers/ }).getByRole('button', { name: new RegExp(option!.split(' · ')[0]!) })).toHaveAttribute('aria-pressed', 'true');

  // A supplier opened from the table is scrolled into view in the sidebar, and marked there.
  await sidebar.evaluate((el) => el.scrollTo(0, 0));
  await page.getByRole('searchbox', { name: 'Find a supplier' }).fill('Leverancier 55');
  await rows.getByRole('link', { name: 'Leverancier 55' }).click();
  await expect(page.getByRole('heading', { name: 'Leverancier 55', level: 1 })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Leverancier 55' })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar.getByRole('link', { name: 'Leverancier 55' })).toBeInViewport();
});

test('a supplier gone quiet is flagged "Quiet", with its reason, never "Eroding"', async ({ app }) => {
  const { page } = app;
  const s = await app.call('createSupplier', { name: 'Stille Wateren BV', reviewIntervalMonths: 3 });
  for (let d = -500; d <= -200; d += 15) {
    await app.call('createEntry', { supplierId: s.id, kind: 'interaction', date: isoDaysFromToday(d), title: `Call ${d}`, tone: 'positive' });
  }
  await page.reload();
  const row = page.getByTestId('dashboard-row').filter({ hasText: 'Stille Wateren BV' });
  await expect(row.getByTestId('trust-flag')).toHaveAttribute('data-flag', 'quiet');
  await expect(row.getByTestId('trust-flag')).toContainText('Quiet');
  await expect(page.getByTestId('eroding-most')).not.toContainText('Stille Wateren');
  await expect(page.getByTestId('quiet-suppliers').getByTestId('flag-reason')).toHaveText(
    /^Quiet for 2\d\d days since the last entry \(.+\): trust is fading toward unknown, which is not erosion\.$/,
  );
  // Its own page says the same.
  await row.getByRole('link', { name: 'Stille Wateren BV' }).click();
  await expect(page.getByTestId('trust-flag-notice')).toHaveAttribute('data-flag', 'quiet');
  await expect(page.getByTestId('trust-flag-notice')).toContainText('Quiet. Quiet for');
});

test('opening the app asks each of the overview\'s questions once: asked before the app loaded, and taken by it', async ({ app }) => {
  test.skip(app.shell === 'electron', 'counts the browser shell\'s HTTP requests');
  const { page } = app;
  const s = await app.call('createSupplier', { name: 'Vroeg BV' });
  await app.call('createEntry', { supplierId: s.id, kind: 'promise', date: isoDaysFromToday(-10), dueOn: isoDaysFromToday(-2), title: 'Send the plan', obligation: 'result' });
  const asked: string[] = [];
  page.on('request', (r) => {
    const method = /\/api\/(\w+)$/.exec(r.url())?.[1];
    if (method) asked.push(method);
  });
  await page.reload();
  await expect(page.getByTestId('dashboard-row')).toHaveCount(1);
  await expect(page.getByTestId('agenda-summary')).toContainText('Overdue: 1');
  await expect(page.getByRole('link', { name: /^Needs attention/ })).toContainText('1');
  const times = (method: string) => asked.filter((m) => m === method).length;
  for (const method of ['getLockState', 'getJournalStatus', 'getPreferences', 'listSuppliers', 'getAgenda', 'getAgendaSettings', 'getPortfolio']) {
    expect(times(method), method).toBe(1);
  }
});
