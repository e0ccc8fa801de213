// The trust chart by keyboard, in both languages: Tab reaches it, the arrows
// move a week (Shift: a day), PageDown a month, Home/End to the ends, [ and ]
// to the previous or next entry, and a screen reader hears the date, trust,
// band and entry of each point; a click starts nothing. The zoom's two
// handles have names of their own and move by keyboard; the zoom covers the
// chart's whole span, the projection past today included.
import type { Page } from '@playwright/test';
import { addDays, addMonths, daysBetween } from '../core/dates';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

const WORDS = {
  en: {
    dimension: 'Benevolence', trust: 'trust', band: 'band', start: 'Start of the period', end: 'End of the period',
    help: /Keyboard: .*Page Up and Page Down a month.*\[ and \] to the previous or next entry/, kind: 'Interaction', projection: 'projection',
  },
  nl: {
    dimension: 'Betrokkenheid', trust: 'vertrouwen', band: 'band', start: 'Begin van de periode', end: 'Einde van de periode',
    help: /Toetsenbord: .*Page Up en Page Down een maand.*\[ en \] naar de vorige of volgende notitie/, kind: 'Contact', projection: 'projectie',
  },
} as const;

const ENTRIES = [
  { days: -150, title: 'Kick-off at their office' },
  { days: -60, title: 'Quarterly check-in' },
  { days: -12, title: 'Helpful call about the migration' },
];

async function supplierWithEntries(app: AppHandle, language: 'en' | 'nl') {
  await app.call('updatePreferences', { language });
  const supplier = await app.call('createSupplier', { name: 'Northwind Cloud', category: 'Hosting' });
  for (const e of ENTRIES) {
    await app.call('createEntry', { supplierId: supplier.id, kind: 'interaction', date: isoDaysFromToday(e.days), title: e.title, tone: 'positive' });
  }
  await app.page.reload();
  await app.page.evaluate((id) => { location.hash = `#/suppliers/${id}`; }, supplier.id);
  await expect(app.page.getByTestId('trust-chart').locator('.recharts-surface').first()).toBeVisible();
  return supplier.id;
}

/** The long date the app writes, by the browser's own Intl. */
const longDate = (page: Page, iso: string, language: 'en' | 'nl') =>
  page.evaluate(([d, locale]) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), [iso, language === 'nl' ? 'nl-NL' : 'en-GB'] as const);

/** Tab onto the chart from the control before it, as a keyboard user does. */
async function tabToChart(page: Page, dimension: string) {
  await page.getByRole('button', { name: dimension }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('trust-chart')).toBeFocused();
}

for (const language of ['en', 'nl'] as const) {
  const w = WORDS[language];

  test(`${language}: the trust chart is read point by point from the keyboard`, async ({ app }, testInfo) => {
    const { page } = app;
    await supplierWithEntries(app, language);
    const chart = page.getByTestId('trust-chart');
    const announce = page.getByTestId('trust-chart-announce');
    const today = isoDaysFromToday(0);
    const first = addMonths(today, -12);
    /** The announcement says this day first, then trust and band as percentages. */
    const expectDay = async (iso: string) => {
      const date = await longDate(page, iso, language);
      await expect(announce).toHaveText(new RegExp(`^${date}: ${w.trust} \\d+%, ${w.band} \\d+% (to|tot) \\d+%\\.`));
      // The same point is shown: a cursor on the chart and a read-out beside it.
      await expect(chart.locator('.trust-readout')).toContainText(date);
      await expect(chart.locator('.trust-cursor')).toHaveCount(1);
    };

    // The help text names the keys, and the chart points to it.
    const help = page.getByText(w.help);
    await expect(help).toBeVisible();
    expect((await chart.getAttribute('aria-describedby'))!.split(' ')).toContain(await help.getAttribute('id'));
    await expect(chart).toHaveAccessibleDescription(/Keyboard: |Toetsenbord: /);

    // A click starts no read-out.
    await chart.click({ position: { x: 300, y: 150 } });
    await expect(announce).toHaveText('');
    await expect(chart.locator('.trust-readout')).toHaveCount(0);
    await page.mouse.move(0, 0);

    // Tab onto the chart: it starts at the latest day.
    await tabToChart(page, w.dimension);
    await expectDay(today);

    await page.keyboard.press('Home');
    await expectDay(first);
    await page.keyboard.press('ArrowRight');
    await expectDay(addDays(first, 7));
    await page.keyboard.press('Shift+ArrowRight');
    await expectDay(addDays(first, 8));
    await page.keyboard.press('PageDown');
    await expectDay(addMonths(addDays(first, 8), 1));
    await page.keyboard.press('ArrowLeft');
    await expectDay(addDays(addMonths(addDays(first, 8), 1), -7));
    await page.keyboard.press('End');
    await expectDay(today);

    // [ and ] go from entry to entry, and the entry is read out with its kind and title.
    await page.keyboard.press('[');
    await expectDay(isoDaysFromToday(ENTRIES[2]!.days));
    await expect(announce).toContainText(`${w.kind}: ${ENTRIES[2]!.title}, +`);
    await page.keyboard.press('[');
    await expectDay(isoDaysFromToday(ENTRIES[1]!.days));
    await expect(announce).toContainText(ENTRIES[1]!.title);
    await page.keyboard.press(']');
    await expectDay(isoDaysFromToday(ENTRIES[2]!.days));
    await expect(announce).toContainText(ENTRIES[2]!.title);

    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') {
        await app.call('updatePreferences', { theme: 'dark' });
        await page.reload();
        await expect(chart.locator('.recharts-surface').first()).toBeVisible();
        await tabToChart(page, w.dimension);
        await page.keyboard.press('[');
        await expect(announce).toContainText(ENTRIES[2]!.title);
      }
      await page.getByTestId('trust-section').locator('figure').screenshot({ path: testInfo.outputPath(`trust-chart-keyboard-${language}-${theme}.png`) });
    }

    // Escape clears it.
    await page.keyboard.press('Escape');
    await expect(announce).toHaveText('');
    await expect(chart.locator('.trust-readout')).toHaveCount(0);
  });

  test(`${language}: the zoom's two handles have their own names and move by keyboard`, async ({ app }, testInfo) => {
    const { page } = app;
    const supplierId = await supplierWithEntries(app, language);
    const today = isoDaysFromToday(0);
    const first = addMonths(today, -12);
    // The zoom runs on past today to the projection's last day, and its end handle says it stands on the projection.
    const horizon = (await app.call('getSupplierTrust', { supplierId, from: first, to: today })).projection!.to;
    const ahead = daysBetween(today, horizon);
    const start = page.getByRole('slider', { name: w.start, exact: true });
    const end = page.getByRole('slider', { name: w.end, exact: true });
    await expect(start).toHaveCount(1);
    await expect(end).toHaveCount(1);
    await expect(start).toHaveAttribute('aria-valuetext', await longDate(page, first, language));
    await expect(end).toHaveAttribute('aria-valuetext', `${await longDate(page, horizon, language)}, ${w.projection}`);
    /** The end handle back to a month before today: Page Down by tens, ← by ones, from the projection's last day. */
    const endToMonthAgo = async () => {
      await end.focus();
      for (let i = 0; i < Math.floor((ahead + 30) / 10); i++) await page.keyboard.press('PageDown');
      for (let i = 0; i < (ahead + 30) % 10; i++) await page.keyboard.press('ArrowLeft');
    };

    // The start handle a day on, then the end handle back to the ends of a month ago: the chart's ends follow.
    await start.focus();
    await page.keyboard.press('ArrowRight');
    await expect(start).toHaveAttribute('aria-valuetext', await longDate(page, addDays(first, 1), language));
    await endToMonthAgo();
    await expect(end).toHaveAttribute('aria-valuetext', await longDate(page, addDays(today, -30), language));
    // A window that ends before today shows no projection.
    await expect(page.getByTestId('trust-chart').locator('.projection-line')).toHaveCount(0);
    await page.getByTestId('trust-section').locator('figure').screenshot({ path: testInfo.outputPath(`trust-zoom-keyboard-${language}.png`) });

    // Dragging the chosen period moves it whole: to the strip's right end, both ends by the same days, up to the projection's last day.
    const last = Number(await end.getAttribute('aria-valuemax'));
    const shift = last - Number(await end.getAttribute('aria-valuenow'));
    const range = page.locator('.trust-zoom__range');
    const box = (await range.boundingBox())!;
    const track = (await page.locator('.trust-zoom__track').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(track.x + track.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(end).toHaveAttribute('aria-valuenow', String(last));
    await expect(start).toHaveAttribute('aria-valuenow', String(1 + shift));
    await page.mouse.move(0, 0);
    // Back by keyboard: the start a day after the first day, the end a month before today.
    await start.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await endToMonthAgo();

    await tabToChart(page, w.dimension);
    const announce = page.getByTestId('trust-chart-announce');
    await expect(announce).toContainText(`${await longDate(page, addDays(today, -30), language)}:`);
    await page.keyboard.press('Home');
    await expect(announce).toContainText(`${await longDate(page, addDays(first, 1), language)}:`);
  });
}
