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
