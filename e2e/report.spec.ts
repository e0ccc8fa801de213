// The review pack, printed by Chromium and read back from the PDF (poppler's
// pdftotext, pdfinfo, pdftoppm): what is in it, what is not, its language,
// paper, page numbers; and the dialog that makes it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Entry } from '../core/types';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';
import { fillDate } from './dates';

interface Printed {
  file: string;
  /** pdftotext -layout */
  layout: string;
  /** pdftotext -raw, whitespace collapsed: cell text wrapped over lines reads as one */
  flat: string;
  pages: number;
  pageSize: string;
  pageText: (n: number) => string;
}

const flatten = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The folders the printed packs of a test went into: removed after it, also when it fails. */
const packDirs: string[] = [];
test.afterEach(() => {
  for (const dir of packDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function printPack(app: AppHandle, route: string, paper: 'a4' | 'letter'): Promise<Printed> {
  const page: Page = app.page;
  const origin = new URL(page.url()).origin;
  // A pack printed before in this page may have left its ready mark.
  await page.evaluate(() => { delete document.body.dataset.reportReady; });
  await page.goto(`${origin}/#${route}`);
  await page.waitForSelector('body[data-report-ready="true"]', { timeout: 20_000 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-pack-'));
  packDirs.push(dir);
  const file = path.join(dir, 'pack.pdf');
  await page.pdf({
    path: file,
    format: paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    tagged: true,
    outline: true,
    // No browser header or footer: the page numbers and the running footer are the pack's own.
    displayHeaderFooter: false,
  });
  const pdfinfo = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo)![1]);
  return {
    file,
    layout: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
    flat: flatten(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })),
    pages,
    pageSize: /Page size:\s+(.+)/.exec(pdfinfo)![1]!,
    pageText: (n) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }),
  };
}

/** Pages with nothing on them but the running footer. */
function blankPages(pdf: Printed): number[] {
  const blank: number[] = [];
  for (let n = 1; n <= pdf.pages; n++) {
    const lines = pdf.pageText(n).split('\n').filter((l) => l.trim() && !/(Page|Pagina) \d+ (of|van) \d+/.test(l));
    if (lines.length === 0) blank.push(n);
  }
  return blank;
}

function renderPages(file: string): number {
  const out = path.join(path.dirname(file), 'page');
  execFileSync('pdftoppm', ['-png', '-r', '60', file, out]);
  return fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith('page') && f.endsWith('.png')).length;
}

const route = (id: number | null, from: string, to: string, lang: string, paper: string, priv: boolean) =>
  `${id === null ? '/report/portfolio' : `/report/supplier/${id}`}?from=${from}&to=${to}&lang=${lang}&paper=${paper}&private=${priv ? 1 : 0}`;

test.describe('review pack PDF', () => {
  test.skip(({ browserName }) => browserName !== 'chromium', 'page.pdf() exists in Chromium only');

  test.beforeEach(async ({ app }) => {
    test.skip(app.shell === 'electron', 'page.pdf() prints in headless Chromium only; Electron prints through rapport-shell:printToPdf');
  });

  test('English A4: every non-private entry of the period, no private one, figures as the journal, page numbers', async ({ app }) => {
    await app.call('loadExampleJournal', { language: 'en' });
    await app.call('updatePreferences', { managerName: 'Anna de Vries' });
    const suppliers = await app.call('listSuppliers', {});
    const wolkendek = suppliers.find((s) => s.name.startsWith('Wolkendek'))!;
    await app.call('updateSupplier', { ...wolkendek, contractRef: 'PO-2025-0117' });
    const from = isoDaysFromToday(-365);
    const to = isoDaysFromToday(0);
    const pdf = await printPack(app, route(wolkendek.id, from, to, 'en', 'a4', false), 'a4');
    expect(flatten(pdf.pageText(1))).toMatch(/Contract reference\s+PO-2025-0117/i);

    expect(pdf.pageSize).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(pdf.pages).toBeGreaterThanOrEqual(3);
    expect(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' })).toMatch(/Tagged:\s+yes/);
    expect(renderPages(pdf.file)).toBe(pdf.pages);
    expect(pdf.pageText(1)).toContain('Wolkendek Hosting B.V.');
    expect(pdf.pageText(1)).toContain('Anna de Vries');
    for (let n = 1; n <= pdf.pages; n++) expect(pdf.pageText(n)).toContain(`Page ${n} of ${pdf.pages}`);
    for (const heading of ['Summary', 'Trust over the period', 'Talking points', 'Promises', 'Incidents', 'Interactions', 'Notes']) {
      expect(pdf.layout).toContain(heading);
    }
    // The period ends today: the pack's trust chart goes on past it as a projection, dashed, and says so.
    const chart = app.page.locator('[data-report-chart]').first();
    for (const k of ['nothing', 'kept', 'broken']) {
      await expect(chart.locator(`.projection-line--${k} path.recharts-curve`).first()).toHaveAttribute('stroke-dasharray', /\d/);
    }
    await expect(chart.locator('.projection-today line')).toHaveCount(1);
    // On paper the chart draws only what shows: a shape per marker, nothing for a day without one, no hover titles
    // (a year's chart had thousands of empty elements, each more work for the PDF).
    const marks = chart.locator('.recharts-line-dots > *');
    expect(await marks.count()).toBeGreaterThan(5);
    await expect(chart.locator('.recharts-line-dots > g')).toHaveCount(0);
    await expect(chart.locator('.recharts-line-dots title')).toHaveCount(0);
    expect(pdf.flat).toContain('Past today the dashed lines are a projection');
    expect(pdf.flat).toContain('Projection: if nothing changes');
    expect(pdf.flat).toContain('Where it is heading');

    const entries: Entry[] = await app.call('listEntries', { supplierId: wolkendek.id });
    const inPeriod = entries.filter((e) => e.date >= from && e.date <= to);
    const shown = inPeriod.filter((e) => !e.private);
    const hidden = inPeriod.filter((e) => e.private);
    expect(shown.length).toBeGreaterThan(20);
    expect(hidden.length).toBeGreaterThan(0);
    for (const e of shown) expect(pdf.flat, `${e.kind} "${e.title}"`).toContain(flatten(e.title));
    for (const e of entries.filter((x) => x.private)) expect(pdf.flat, `private "${e.title}"`).not.toContain(flatten(e.title));
    for (const e of hidden.filter((x) => x.body)) expect(pdf.flat).not.toContain(flatten(e.body).slice(0, 40));
  });

  test('whole history: the figures are the journal\'s (say/do, overdue, open incidents)', async ({ app }) => {
    await app.call('loadExampleJournal', { language: 'en' });
    const suppliers = await app.call('listSuppliers', {});
    for (const supplier of suppliers.filter((s) => s.status === 'active').slice(0, 2)) {
      const entries: Entry[] = await app.call('listEntries', { supplierId: supplier.id });
      const first = entries.reduce((d, e) => (e.date < d ? e.date : d), isoDaysFromToday(0));
      const to = isoDaysFromToday(0);
      const trust = await app.call('getSupplierTrust', { supplierId: supplier.id, from: first, to });
      const pdf = await printPack(app, route(supplier.id, first, to, 'en', 'a4', true), 'a4');
      const sd = trust.figures.sayDo;
      const counted = sd.keptOnTime + sd.keptLate + sd.broken + sd.overdue;
      expect(pdf.flat).toContain(`SAY/DO RATIO ${sd.ratio === null ? '—' : `${Math.round(sd.ratio * 100)}%`}`);
      if (sd.ratio !== null) expect(pdf.flat).toContain(`${sd.keptOnTime} of ${counted} kept on time`);
      expect(pdf.flat).toContain(`${sd.keptOnTime} kept · ${sd.keptLate} late · ${sd.broken} broken · ${sd.overdue} overdue`);
      if (trust.figures.openIncidents > 0) expect(pdf.flat).toContain(`${trust.figures.openIncidents} still open`);
      const interactions = entries.filter((e) => e.kind === 'interaction' && e.side === 'supplier').length;
      expect(pdf.flat).toContain(`INTERACTIONS HELD ${interactions}`);
    }
  });

  test('left out, private entries leave out their effect: the pack reads the trust the engine computes without them, and says so', async ({ app }) => {
    const s = await app.call('createSupplier', { name: 'Kade Logistiek' });
    for (let d = -300; d <= -40; d += 20) {
      await app.call('createEntry', { supplierId: s.id, kind: 'interaction', date: isoDaysFromToday(d), title: `Weekly call ${d}`, tone: 'positive' });
    }
    await app.call('createEntry', { supplierId: s.id, kind: 'incident', date: isoDaysFromToday(-20), title: 'Private: warehouse fire drill failed', severity: 'critical', private: true });
    const from = isoDaysFromToday(-365);
    const to = isoDaysFromToday(0);
    const without = await app.call('getSupplierTrust', { supplierId: s.id, from, to, includePrivate: false });
    const withPrivate = await app.call('getSupplierTrust', { supplierId: s.id, from, to });
    const pct = (v: number) => `${Math.round(v * 100)}%`;
    expect(pct(without.now.trust)).not.toBe(pct(withPrivate.now.trust));

    const pdf = await printPack(app, route(s.id, from, to, 'en', 'a4', false), 'a4');
    expect(pdf.flat).toContain(`END OF PERIOD ${pct(without.now.trust)}`);
    expect(pdf.flat).not.toContain('warehouse fire drill');
    expect(pdf.flat).toContain('Leaves out 1 private entry, and its effect');
    // Ticked in, it counts everywhere.
    const all = await printPack(app, route(s.id, from, to, 'en', 'a4', true), 'a4');
    expect(all.flat).toContain(`END OF PERIOD ${pct(withPrivate.now.trust)}`);
    expect(all.flat).toContain('warehouse fire drill');
  });

  test('no blank pages, whatever the supplier, paper or period (a last margin must not start a page)', async ({ app }) => {
    test.setTimeout(120_000);
    await app.call('loadExampleJournal', { language: 'nl' });
    const suppliers = await app.call('listSuppliers', {});
    const to = isoDaysFromToday(0);
    for (const [days, paper, priv] of [[90, 'a4', true], [90, 'letter', false], [365, 'letter', false]] as const) {
      for (const id of [...suppliers.map((s) => s.id), null]) {
        const pdf = await printPack(app, route(id, isoDaysFromToday(-days), to, 'nl', paper, priv), paper);
        expect(blankPages(pdf), `${id ?? 'portfolio'}, ${days} days, ${paper}`).toEqual([]);
      }
    }
  });

  test('in the dark theme the pack still prints on white paper, margins included', async ({ app }) => {
    await app.call('loadExampleJournal', { language: 'nl' });
    await app.call('updatePreferences', { theme: 'dark' });
    await app.page.reload();
    await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const suppliers = await app.call('listSuppliers', {});
    const pdf = await printPack(app, route(suppliers[0]!.id, isoDaysFromToday(-365), isoDaysFromToday(0), 'nl', 'a4', false), 'a4');
    for (let n = 1; n <= pdf.pages; n++) {
      // The page as pixels (PPM: a text header, then RGB bytes); every pixel of the margin band must be paper white.
      const ppm = execFileSync('pdftoppm', ['-r', '24', '-f', String(n), '-l', String(n), pdf.file]);
      const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'))!;
      const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
      const dark: string[] = [];
      for (let y = 0; y < height; y++) {
        for (const x of [0, 1, width - 2, width - 1]) {
          const i = offset + 3 * (y * width + x);
          if (ppm[i]! < 240 || ppm[i + 1]! < 240 || ppm[i + 2]! < 240) dark.push(`page ${n} (${x},${y})`);
        }
      }
      expect(dark.slice(0, 3)).toEqual([]);
    }
  });

  test('private entries appear when ticked, and only then', async ({ app }) => {
    await app.call('loadExampleJournal', { language: 'en' });
    const suppliers = await app.call('listSuppliers', {});
    const wolkendek = suppliers.find((s) => s.name.startsWith('Wolkendek'))!;
    const entries: Entry[] = await app.call('listEntries', { supplierId: wolkendek.id });
    const from = isoDaysFromToday(-365);
    const to = isoDaysFromToday(0);
    const privates = entries.filter((e) => e.private && e.date >= from && e.date <= to);
    expect(privates.length).toBeGreaterThan(1);
    const pdf = await printPack(app, route(wolkendek.id, from, to, 'en', 'a4', true), 'a4');
    for (const e of privates) expect(pdf.flat).toContain(flatten(e.title));
    expect(pdf.flat).toContain('Includes private entries');
  });

  for (const language of ['en', 'nl'] as const) {
    test(`${language}: the talking points on what moved trust are the reasons table's entries, by reason code, without a second set of amounts`, async ({ app }) => {
      const w = language === 'en'
        ? { agenda: 'Talking points', tables: 'Promises', code: (n: number) => `reason ${n} in “Why it moved”`, why: 'Why it moved' }
        : { agenda: 'Gespreksonderwerpen', tables: 'Toezeggingen', code: (n: number) => `reden ${n} in ‘Waarom het veranderde’`, why: 'Waarom het veranderde' };
      await app.call('loadExampleJournal', { language });
      const suppliers = await app.call('listSuppliers', {});
      const supplier = suppliers.find((s) => s.name.startsWith('Wolkendek'))!;
      const pdf = await printPack(app, route(supplier.id, isoDaysFromToday(-365), isoDaysFromToday(0), language, 'a4', false), 'a4');
      const page = app.page;
      // The reasons table as printed: numbered rows, each an entry.
      const reasonIds = await page.getByTestId('pack-reason').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-entry-id'))));
      const reasonTitles = await page.getByTestId('pack-reason').locator('td:first-child').allTextContents();
      expect(reasonIds.length).toBeGreaterThan(0);
      reasonTitles.forEach((title, k) => expect(title.startsWith(`${k + 1}. `)).toBe(true));
      expect(pdf.flat).toContain(w.why);
      for (const title of reasonTitles) expect(pdf.flat).toContain(flatten(title));

      // What cost or built trust: only entries of that table, each named by its number there.
      const movers = page.locator('[data-agenda="moverDown"] .rp-point, [data-agenda="moverUp"] .rp-point');
      expect(await movers.count()).toBeGreaterThan(0);
      for (const point of await movers.all()) {
        const id = Number(await point.getAttribute('data-entry-id'));
        const code = reasonIds.indexOf(id) + 1;
        expect(code, `talking point ${id} is in the reasons table`).toBeGreaterThan(0);
        const title = (await point.locator('.rp-point__title').textContent())!;
        // Read back from the PDF: the point's title, then its code.
        expect(pdf.flat).toContain(`${flatten(title)} ${w.code(code)}`);
      }
      // The talking points carry no amounts of their own: those stand once, in the table.
      const agenda = pdf.flat.slice(pdf.flat.indexOf(w.agenda), pdf.flat.indexOf(w.tables, pdf.flat.indexOf(w.agenda)));
      expect(agenda.length).toBeGreaterThan(100);
      expect(agenda).not.toMatch(/\d pt\b/);
      if (process.env.RAPPORT_SHOTS) {
        execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', pdf.file, path.join(process.env.RAPPORT_SHOTS, `pack-${language}`)]);
      }
    });
  }

  test('Dutch Letter: Dutch throughout, Letter pages, Dutch page numbers', async ({ app }) => {
    await app.call('loadExampleJournal', { language: 'nl' });
    const suppliers = await app.call('listSuppliers', {});
    const supplier = suppliers.find((s) => s.name.startsWith('Wolkendek'))!;
    await app.call('updateSupplier', { ...supplier, contractRef: 'PO-2025-0117' });
    const pdf = await printPack(app, route(supplier.id, isoDaysFromToday(-180), isoDaysFromToday(0), 'nl', 'letter', false), 'letter');
    expect(pdf.pageSize).toMatch(/^612 x 792 pts \(letter\)/);
    // The header names the contract by its reference.
    expect(flatten(pdf.pageText(1))).toMatch(/Contractreferentie\s+PO-2025-0117/i);
    for (const heading of ['Evaluatiedossier', 'Samenvatting', 'Vertrouwen in deze periode', 'Gespreksonderwerpen', 'Toezeggingen', 'Contactmomenten', 'Aantekeningen', 'Ons eigen gedrag als opdrachtgever']) {
      expect(pdf.layout).toContain(heading);
    }
    for (const english of ['Summary', 'Talking points', 'Trust over the period', 'Review pack', 'Promises', 'Interactions', 'Page 1 of']) {
      expect(pdf.layout).not.toContain(english);
    }
    for (let n = 1; n <= pdf.pages; n++) expect(pdf.pageText(n)).toContain(`Pagina ${n} van ${pdf.pages}`);
    expect(renderPages(pdf.file)).toBe(pdf.pages);
    // A promise made is "toegezegd", never "gedaan" (which reads as done).
    expect(pdf.flat).toContain('Na vandaag zijn de gestippelde lijnen een projectie');
    expect(pdf.flat).toContain('Projectie: als er niets verandert');
    expect(pdf.flat).toMatch(/\d+ toegezegd/);
    expect(pdf.flat).not.toMatch(/\bgedaan\b/i);
  });

  test('portfolio: an overview page, then a page (or more) per supplier', async ({ app }) => {
    await app.call('loadExampleJournal', { language: 'en' });
    const suppliers = (await app.call('listSuppliers', {})).filter((s) => s.status === 'active');
    const pdf = await printPack(app, route(null, isoDaysFromToday(-365), isoDaysFromToday(0), 'en', 'a4', false), 'a4');
    expect(pdf.pages).toBeGreaterThan(1 + suppliers.length); // some supplier runs over a page
    const overview = pdf.pageText(1);
    expect(overview).toMatch(/Supplier portfolio review/i);
    for (const s of suppliers) expect(flatten(overview)).toContain(s.name);
    const starts: number[] = [];
    for (let n = 2; n <= pdf.pages; n++) {
      const text = pdf.pageText(n);
      if (/REVIEW PACK · SUPPLIER REVIEW/i.test(text)) starts.push(n);
    }
    expect(starts).toHaveLength(suppliers.length);
    for (const [k, s] of suppliers.entries()) expect(pdf.pageText(starts[k]!)).toContain(s.name);
    // Every page of a supplier's part, its continuation pages too, names that supplier at its top.
    for (const [k, s] of suppliers.entries()) {
      for (let n = starts[k]!; n < (starts[k + 1] ?? pdf.pages + 1); n++) {
        const firstLine = pdf.pageText(n).split('\n').find((l) => l.trim())!;
        expect(firstLine.trim(), `page ${n}`).toBe(s.name);
      }
    }
  });
  test('portfolio in Dutch: each supplier\'s name stays on one line beside the long Dutch headings', async ({ app }) => {
    await app.call('loadExampleJournal', { language: 'nl' });
    const suppliers = (await app.call('listSuppliers', {})).filter((s) => s.status === 'active');
    const pdf = await printPack(app, route(null, isoDaysFromToday(-365), isoDaysFromToday(0), 'nl', 'a4', false), 'a4');
    const lines = pdf.pageText(1).split('\n');
    expect(pdf.pageText(1)).toContain('TOEZEGGINGEN');
    for (const s of suppliers) expect(lines.some((l) => l.includes(s.name)), s.name).toBe(true);
  });
});

test('dialog: open the review pack from a supplier, choose options, the preview shows the pack', async ({ app }) => {
  await app.call('loadExampleJournal', { language: 'en' });
  const suppliers = await app.call('listSuppliers', {});
  const supplier = suppliers.find((s) => s.name.startsWith('Noordlicht'))!;
  const page = app.page;
  const origin = new URL(page.url()).origin;
  await page.goto(`${origin}/#/suppliers/${supplier.id}`);
  await page.getByRole('button', { name: 'Review pack' }).click();
  const dialog = page.getByRole('dialog', { name: /Review pack/ });
  await expect(dialog).toBeVisible();
  const preview = dialog.getByTestId('report-preview');
  await expect(preview).toContainText('Supplier review');
  await expect(preview).toContainText(supplier.name);

  await dialog.getByLabel('Language of the pack').selectOption('nl');
  await dialog.getByLabel('Letter').check();
  // The paper is chosen with the app's own segmented control, not the browser's plain radio buttons.
  await expect(dialog.locator('.segmented .segment:has(input:checked)')).toHaveText('Letter');
  await expect(preview).toContainText('Leveranciersevaluatie');
  await expect(preview).toContainText('Samenvatting');
  await expect(preview).not.toContainText('Marieke hinted');
  await dialog.getByLabel('Include private entries').check();
  await fillDate(dialog, 'From', isoDaysFromToday(-365));
  await expect(preview).toContainText('Marieke');
  await expect(preview).toContainText('Bevat privénotities');

  test.skip(app.shell === 'electron', 'Electron saves through a native dialog');
  await page.evaluate(() => {
    window.print = () => { document.body.dataset.printed = 'yes'; };
  });
  await dialog.getByRole('button', { name: 'Print or save as PDF…' }).click();
  await expect(page).toHaveURL(new RegExp(`#/report/supplier/${supplier.id}\\?.*lang=nl&paper=letter&private=1&print=1`));
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await expect(page.getByTestId('report-doc')).toContainText('Gespreksonderwerpen');
});
