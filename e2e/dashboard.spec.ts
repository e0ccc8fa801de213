// The dashboard: every supplier's trust, its 90-day change and sparkline, what
// needs attention, the suppliers eroding most, and a comparison chart whose
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

  const worst = [...portfolio.suppliers].sort((a, b) => a.change90 - b.change90)[0]!;
  expect(worst.name).toMatch(/Wolkendek/);
  await expect(page.getByTestId('eroding-most').getByRole('listitem').first()).toContainText(worst.name);
  await expect(rows.filter({ hasText: worst.name }).getByTestId('eroding-flag')).toBeVisible();
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
  const lines = comparison.locator('.recharts-line');
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
