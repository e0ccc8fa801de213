// The zoom strip under a supplier's trust chart covers what the chart covers:
// the history and, past today, the projection (dashed and lighter in the strip
// too), so the two line up; its handles say when they stand on the projection,
// and a window past today shows the projection. A custom range that ends
// before today is history only, and says so in one line with a way back.
// Both languages, axe in light and dark.
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { addDays, addMonths, daysBetween } from '../core/dates';
import { fillDate, shownDate } from './dates';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

const WORDS = {
  en: {
    start: 'Start of the period', end: 'End of the period', projection: 'projection', readout: 'Projection for',
    custom: 'Custom', to: 'To', note: 'Projection shown when the range includes today.', extend: 'Extend to today', dimension: 'Benevolence',
  },
  nl: {
    start: 'Begin van de periode', end: 'Einde van de periode', projection: 'projectie', readout: 'Projectie voor',
    custom: 'Zelf kiezen', to: 'Tot en met', note: 'De projectie staat erbij als de periode tot vandaag loopt.', extend: 'Verleng tot vandaag', dimension: 'Betrokkenheid',
  },
} as const;

test.use({ reducedMotion: 'reduce' });

async function supplierWithOpenItems(app: AppHandle) {
  const { id: supplierId } = await app.call('createSupplier', { name: 'Noordlicht Hosting', reviewIntervalMonths: 3 });
  for (let d = -330; d <= -20; d += 30) {
    await app.call('createEntry', { supplierId, kind: 'interaction', date: isoDaysFromToday(d), title: `Check-in ${d}`, tone: d % 60 ? 'positive' : 'neutral' });
  }
  await app.call('createEntry', {
    supplierId, kind: 'promise', date: isoDaysFromToday(-40), dueOn: isoDaysFromToday(30), title: 'Backup restore test', obligation: 'result', inContract: true,
  });
  await app.call('createEntry', { supplierId, kind: 'incident', date: isoDaysFromToday(-5), title: 'Mail outage', severity: 'high' });
  return supplierId;
}

async function openSupplier(page: Page, id: number) {
  await page.reload();
  await page.evaluate((sid) => { location.hash = `#/suppliers/${sid}`; }, id);
  await expect(page.getByTestId('trust-chart').locator('.recharts-surface').first()).toBeVisible();
}

/** The long date the app writes, by the browser's own Intl. */
const longDate = (page: Page, iso: string, language: 'en' | 'nl') =>
  page.evaluate(([d, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), [iso, language === 'nl' ? 'nl-NL' : 'en-GB'] as const);

/** Moves a zoom handle to an index by keyboard, as a user would: Page Up or Down by tens, then the arrows by ones. */
async function handleTo(page: Page, handle: Locator, index: number) {
  await handle.focus();
  const gap = index - Number(await handle.getAttribute('aria-valuenow'));
  for (let i = 0; i < Math.floor(Math.abs(gap) / 10); i++) await page.keyboard.press(gap > 0 ? 'PageUp' : 'PageDown');
  for (let i = 0; i < Math.abs(gap) % 10; i++) await page.keyboard.press(gap > 0 ? 'ArrowRight' : 'ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', String(index));
}

async function expectNoAxeFindings(page: Page) {
  const results = await new AxeBuilder({ page }).include('[data-testid="trust-section"]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Axe in the theme shown, then in the other one. */
async function axeInBothThemes(app: AppHandle, supplierId: number, first: 'light' | 'dark', ready: () => Promise<void>) {
  await expectNoAxeFindings(app.page);
  await app.call('updatePreferences', { theme: first === 'light' ? 'dark' : 'light' });
  await openSupplier(app.page, supplierId);
  await ready();
  await expectNoAxeFindings(app.page);
}

for (const [language, theme] of [['en', 'light'], ['nl', 'dark']] as const) {
  const w = WORDS[language];

  test(`${language}: the zoom strip covers history and projection, lined up with the chart, and zooms into the projection`, async ({ app }) => {
    // Some fifty key presses on the handles, each drawing the chart again: slow on a loaded machine.
    test.setTimeout(150_000);
    const { page } = app;
    await page.setViewportSize({ width: 1024, height: 700 });
    await app.call('updatePreferences', { language, theme });
    const supplierId = await supplierWithOpenItems(app);
    const today = isoDaysFromToday(0);
    // The page opens on a year's range.
    const view = await app.call('getSupplierTrust', { supplierId, from: addMonths(today, -12), to: today });
    const p = view.projection!;
    expect(p.from).toBe(today);
    await openSupplier(page, supplierId);
    const chart = page.getByTestId('trust-chart');
    const strip = page.getByTestId('trust-navigator');
    const start = page.getByRole('slider', { name: w.start, exact: true });
    const end = page.getByRole('slider', { name: w.end, exact: true });

    // The strip runs from the range's first day to the projection's last, and its end handle says it stands on the projection.
    await expect(start).toHaveAttribute('aria-valuetext', await longDate(page, view.from, language));
    await expect(end).toHaveAttribute('aria-valuetext', `${await longDate(page, p.to, language)}, ${w.projection}`);
    const ahead = daysBetween(today, p.to);
    const todayIndex = Number(await end.getAttribute('aria-valuemax')) - ahead;
    expect(todayIndex).toBe(daysBetween(view.from, today));

    // Drawn distinctly there: the projected line dashed, its band lighter, and a today line.
    await expect(strip.locator('.trust-navigator__projection-line path.recharts-curve').first()).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(strip.locator('.trust-navigator__projection-band path.recharts-area-area').first()).toHaveAttribute('fill-opacity', '0.45');
    // Lined up: the strip's today line stands where the chart's does (same x to the pixel).
    const x = async (l: Locator) => { const b = (await l.boundingBox())!; return b.x + b.width / 2; };
    const chartToday = await x(chart.locator('.projection-today line'));
    expect(Math.abs(await x(strip.locator('.trust-navigator__today line')) - chartToday)).toBeLessThan(1.5);
    // And so do both ends: the chart's plot and the strip's picture start and end together.
    const plot = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
    const track = (await strip.locator('.trust-zoom__track').boundingBox())!;
    expect(Math.abs(plot.x - track.x)).toBeLessThan(1.5);
    expect(Math.abs(plot.x + plot.width - (track.x + track.width))).toBeLessThan(1.5);
    if (process.env.RAPPORT_SHOTS) await page.getByTestId('trust-section').locator('figure').screenshot({ path: `${process.env.RAPPORT_SHOTS}/zoom-strip-${language}-${theme}.png` });

    // Zoomed by keyboard to the last month and the first 30 days past today: both parts show, the projection dashed.
    await handleTo(page, end, todayIndex + 30);
    await handleTo(page, start, todayIndex - 30);
    await expect(end).toHaveAttribute('aria-valuetext', `${await longDate(page, addDays(today, 30), language)}, ${w.projection}`);
    await expect(start).toHaveAttribute('aria-valuetext', await longDate(page, addDays(today, -30), language));
    await expect(chart.locator('.projection-line--nothing path.recharts-curve').first()).toHaveAttribute('stroke-dasharray', /\d/);
    await expect(chart.locator('.projection-today line')).toHaveCount(1);

    // Wholly past today: the chart shows the projection alone, and its keyboard reads projected days from the window's first.
    await handleTo(page, start, todayIndex + 10);
    await expect(start).toHaveAttribute('aria-valuetext', `${await longDate(page, addDays(today, 10), language)}, ${w.projection}`);
    await expect(chart.locator('.projection-line--kept path.recharts-curve').first()).toBeVisible();
    await expect(chart.locator('.projection-today line')).toHaveCount(0);
    await page.getByRole('button', { name: w.dimension }).focus();
    await page.keyboard.press('Tab');
    await expect(chart).toBeFocused();
    const announce = page.getByTestId('trust-chart-announce');
    await expect(announce).toContainText(`${w.readout} ${await longDate(page, addDays(today, 10), language)}`);
    await page.keyboard.press('End');
    await expect(announce).toContainText(`${w.readout} ${await longDate(page, addDays(today, 30), language)}`);
    if (process.env.RAPPORT_SHOTS) await page.getByTestId('trust-section').locator('figure').screenshot({ path: `${process.env.RAPPORT_SHOTS}/zoom-future-${language}-${theme}.png` });

    // Zoomed out again, the projection is whole.
    await page.getByTestId('zoom-reset').click();
    await expect(end).toHaveAttribute('aria-valuetext', `${await longDate(page, p.to, language)}, ${w.projection}`);
    await axeInBothThemes(app, supplierId, theme, async () => {
      await expect(strip.locator('.trust-navigator__projection-line path.recharts-curve').first()).toBeVisible();
    });
  });

  test(`${language}: a custom range ending before today shows history only, says so, and extends to today in one click`, async ({ app }) => {
    test.setTimeout(90_000);
    const { page } = app;
    await app.call('updatePreferences', { language, theme });
    const supplierId = await supplierWithOpenItems(app);
    await openSupplier(page, supplierId);
    const section = page.getByTestId('trust-section');
    const chart = page.getByTestId('trust-chart');
    const end = page.getByRole('slider', { name: w.end, exact: true });
    const note = page.getByTestId('projection-range-note');
    await expect(chart.locator('.projection-line').first()).toBeVisible();
    await expect(note).toHaveCount(0);

    const monthAgo = isoDaysFromToday(-30);
    await section.getByRole('button', { name: w.custom }).click();
    await fillDate(section, w.to, monthAgo);
    // History only: no projected line in the chart or the strip, the strip ends on the range's last day; one quiet line says why.
    await expect(note).toHaveText(`${w.note} ${w.extend}`);
    await expect(chart.locator('.projection-line')).toHaveCount(0);
    await expect(page.getByTestId('trust-navigator').locator('.trust-navigator__projection-line, .trust-navigator__projection-band')).toHaveCount(0);
    await expect(end).toHaveAttribute('aria-valuetext', await longDate(page, monthAgo, language));
    if (process.env.RAPPORT_SHOTS) await section.locator('figure').screenshot({ path: `${process.env.RAPPORT_SHOTS}/range-note-${language}-${theme}.png` });
    await axeInBothThemes(app, supplierId, theme, async () => {
      await section.getByRole('button', { name: w.custom }).click();
      await fillDate(section, w.to, monthAgo);
      await expect(note).toBeVisible();
    });

    // One click: the range runs to today (its start kept), and the chart goes on past it.
    const from = await section.getByRole('group', { name: new RegExp(`^${language === 'nl' ? 'Van' : 'From'}`) }).textContent();
    await note.getByRole('button', { name: w.extend }).click();
    await expect(note).toHaveCount(0);
    await expect(chart.locator('.projection-line').first()).toBeVisible();
    await expect(section.getByRole('group', { name: new RegExp(`^${w.to}`) })).toHaveText(shownDate(isoDaysFromToday(0), language));
    await expect(section.getByRole('group', { name: new RegExp(`^${language === 'nl' ? 'Van' : 'From'}`) })).toHaveText(from!);
    await expect(end).toHaveAttribute('aria-valuetext', new RegExp(`, ${w.projection}$`));
  });
}
