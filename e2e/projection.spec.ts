// Where trust is heading, in both languages: the trust chart itself continues
// past today in dashed lines with a "today" line (no second chart), its keyboard
// and screen-reader text name that part a projection, the ranked list is the engine's, axe finds nothing (light and
// dark), and the manager can switch it off in Settings.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

const WORDS = {
  en: { nothing: 'if nothing changes', projection: 'Projection', heading: 'Where it is heading', settings: 'Hide it' },
  nl: { nothing: 'als er niets verandert', projection: 'Projectie', heading: 'Waar het heen gaat', settings: 'Verberg haar' },
} as const;

test.use({ reducedMotion: 'reduce' });

async function supplierWithOpenItems(app: AppHandle) {
  const { id: supplierId } = await app.call('createSupplier', { name: 'Noordlicht Hosting', reviewIntervalMonths: 3 });
  for (let d = -200; d <= -20; d += 20) {
    await app.call('createEntry', { supplierId, kind: 'interaction', date: isoDaysFromToday(d), title: `Check-in ${d}`, tone: 'positive' });
  }
  await app.call('createEntry', {
    supplierId, kind: 'promise', date: isoDaysFromToday(-40), dueOn: isoDaysFromToday(30), title: 'Backup restore test',
    obligation: 'result', inContract: true,
  });
  await app.call('createEntry', {
    supplierId, kind: 'promise', date: isoDaysFromToday(-60), dueOn: isoDaysFromToday(-10), title: 'Capacity report', obligation: 'effort',
  });
  await app.call('createEntry', { supplierId, kind: 'incident', date: isoDaysFromToday(-5), title: 'Mail outage', severity: 'high' });
  return supplierId;
}

async function openSupplier(page: Page, id: number) {
  await page.reload();
  await page.evaluate((sid) => { location.hash = `#/suppliers/${sid}`; }, id);
  await expect(page.getByTestId('trust-chart').locator('.projection-line').first()).toBeVisible();
}

for (const [language, theme] of [['en', 'light'], ['nl', 'dark']] as const) {
  test(`the projection is drawn past today and read as a projection (${language}, ${theme})`, async ({ app }) => {
    const { page } = app;
    const w = WORDS[language];
    await app.call('updatePreferences', { language, theme });
    const supplierId = await supplierWithOpenItems(app);
    const view = await app.call('getSupplierTrust', { supplierId });
    const p = view.projection!;
    await openSupplier(page, supplierId);
    const section = page.getByTestId('where-heading');
    await expect(section.getByRole('heading', { name: w.heading })).toBeVisible();

    // The trust chart goes on: three dashed lines and a "today" line, distinct from the solid trust line; no second chart.
    const chart = page.getByTestId('trust-chart');
    await expect(page.getByTestId('projection-chart')).toHaveCount(0);
    for (const k of ['nothing', 'kept', 'broken']) {
      const line = chart.locator(`.projection-line--${k} path.recharts-curve`).first();
      await expect(line).toHaveAttribute('stroke-dasharray', /\d/);
    }
    await expect(chart.locator('.projection-today line')).toHaveCount(1);
    await expect(page.getByTestId('projection-summary')).toContainText(w.nothing);
    await expect(page.getByTestId('projection-summary')).toContainText(`${Math.round(p.end.nothing * 100)}%`);

    // The keyboard goes on from today into the future, and a screen reader hears "projection" there, not before.
    await chart.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    const announce = page.getByTestId('trust-chart-announce');
    await expect(announce).not.toBeEmpty();
    await expect(announce).not.toContainText(w.projection);
    await page.keyboard.press('ArrowRight');
    await expect(announce).toContainText(w.projection);
    await expect(announce).toContainText(`${Math.round(p.rows[7]!.nothing * 100)}%`);
    await expect(chart.locator('.trust-readout')).toContainText(w.projection);
    await page.keyboard.press('End');
    await expect(announce).toContainText(`${Math.round(p.end.nothing * 100)}%`);
    await expect(chart).toHaveAttribute('aria-label', new RegExp(w.nothing));
    await expect(page.getByTestId('projection-legend-kept')).toBeVisible();

    // The ranked list is the engine's, in its order.
    const items = page.getByTestId('restore-list').locator('li');
    await expect(items).toHaveCount(Math.min(5, p.restore.length));
    expect(p.restore.length).toBeGreaterThan(0);
    await expect(items.first()).toHaveAttribute('data-entry-id', String(p.restore[0]!.entryId));
    await expect(page.getByTestId('costliest')).toContainText(p.costliest!.title);

    const results = await new AxeBuilder({ page }).include('[data-testid="trust-section"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? '')).map((v) => v.id)).toEqual([]);
    // "Why it moved": at most four drivers, the rest and fading, and as shown they add up to the change shown.
    const why = page.getByTestId('why-it-moved');
    const num = (s: string | null) => Number((s ?? '').replace(/[^\d,.\u2212+-]/g, '').replace('\u2212', '-').replace(',', '.'));
    await expect(why.locator('.mover').first()).toBeVisible();
    expect(await why.locator('.mover').count()).toBeLessThanOrEqual(4);
    await expect(why.getByTestId('why-others')).toBeVisible();
    const parts = await why.locator('.mover__delta, [data-testid="why-others"] span:last-child, [data-testid="why-fading"] span:last-child').allTextContents();
    const tenths = parts.reduce((sum, x) => sum + Math.round(num(x) * 10), 0);
    expect(tenths).toBe(Math.round(num(await why.getByTestId('why-change').textContent()) * 10));
    if (process.env.RAPPORT_SHOTS) await page.getByTestId('trust-section').screenshot({ path: `${process.env.RAPPORT_SHOTS}/projection-${language}-${theme}.png` });

    // Switched off in Settings, it is gone from the supplier's page.
    await page.evaluate(() => { location.hash = '#/settings'; });
    await page.getByRole('radio', { name: w.settings }).check();
    await expect.poll(async () => (await app.call('getPreferences', {})).projection).toBe(false);
    await page.evaluate((sid) => { location.hash = `#/suppliers/${sid}`; }, supplierId);
    await expect(page.getByTestId('trust-chart').locator('.recharts-surface').first()).toBeVisible();
    await expect(page.getByTestId('where-heading')).toHaveCount(0);
    await expect(page.getByTestId('trust-chart').locator('.projection-line')).toHaveCount(0);
  });
}
