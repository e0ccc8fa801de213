// The frame stays put: on every screen only the content pane scrolls, so the
// document is exactly as tall as the window (nothing positioned inside the
// pane, such as a screen-reader table, may stretch it), in both window sizes.
import { expect, test } from './fixtures';

for (const viewport of [{ width: 1400, height: 900 }, { width: 1024, height: 700 }]) {
  test(`only the content pane scrolls, on every screen, at ${viewport.width}x${viewport.height}`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize(viewport);
    await app.call('loadExampleJournal', { language: 'en' });
    const suppliers = await app.call('listSuppliers', {});
    const screens = [
      '/', '/how-trust-works', '/settings', '/trash', '/data', '/data/import-csv', '/suppliers/new', '/no-such-screen',
      ...suppliers.flatMap((s) => [`/suppliers/${s.id}`, `/suppliers/${s.id}/edit`]),
    ];
    for (const screen of screens) {
      await page.evaluate((hash) => { location.hash = hash; }, `#${screen}`);
      await expect(page.locator('main#main')).toBeVisible();
      // Let lazy screens, charts and the waterfall settle before measuring.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const size = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, window: window.innerHeight }));
      expect(size.scroll, `document height on ${screen}`).toBe(size.window);
    }
  });
}

test('at 1024 px the trust figures stay side by side, and the zoom slider\'s dates stay inside the card', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 700 });
  await app.call('updatePreferences', { language: 'nl' });
  await app.call('loadExampleJournal', {});
  const wolkendek = (await app.call('listSuppliers', {})).find((s) => s.name.startsWith('Wolkendek'))!;
  await page.reload();
  await page.evaluate((id) => { location.hash = `#/suppliers/${id}`; }, wolkendek.id);
  const now = page.getByTestId('trust-now');
  const change = page.getByTestId('trust-change');
  await expect(change).toBeVisible();
  const [a, b] = [(await now.boundingBox())!, (await change.boundingBox())!];
  expect(Math.abs(a.y - b.y)).toBeLessThan(2); // one row
  expect(b.x).toBeGreaterThan(a.x + a.width - 1); // change right of trust now

  const card = (await page.getByTestId('trust-section').boundingBox())!;
  const navigator = page.locator('.trust-navigator');
  await navigator.scrollIntoViewIfNeeded();
  await navigator.hover();
  const dates = navigator.locator('.trust-navigator__date');
  await expect(dates).toHaveCount(2);
  for (const box of [await dates.nth(0).boundingBox(), await dates.nth(1).boundingBox()]) {
    expect(box!.x).toBeGreaterThanOrEqual(card.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(card.x + card.width);
  }
});
