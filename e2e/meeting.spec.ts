// The review meeting end to end (issue 23), keyboard only, in Dutch and in
// English: prepare the agenda drawn from the journal, reorder and add to it,
// print the pack and read its agenda back, hold the meeting (notes, an
// outcome, a private note, a promise), finish it, find the entries it wrote,
// print the minutes and read them back. axe finds nothing on the way. A
// server killed mid-meeting (SIGKILL) loses no note.
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

test.use({ reducedMotion: 'reduce' });

const WORDS = {
  en: { prepare: 'Prepare review meeting', start: 'Start the meeting', next: 'Next point', finish: 'Finish the meeting', saved: 'Every change is saved.', newPromise: 'New promise', what: 'What is promised', owner: 'Owner', addAction: 'Add to the meeting', notes: 'Notes', private: 'These notes are private', discussed: 'Discussed', newPoint: 'New point', finished: 'Finished', ability: 'Ability', wrapUp: 'Scores and decision' },
  nl: { prepare: 'Evaluatiegesprek voorbereiden', start: 'Gesprek beginnen', next: 'Volgend punt', finish: 'Gesprek afronden', saved: 'Elke wijziging is opgeslagen.', newPromise: 'Nieuwe toezegging', what: 'Wat wordt toegezegd', owner: 'Eigenaar', addAction: 'Aan het gesprek toevoegen', notes: 'Aantekeningen', private: 'Deze aantekeningen zijn privé', discussed: 'Besproken', newPoint: 'Nieuw punt', finished: 'Afgerond', ability: 'Bekwaamheid', wrapUp: 'Scores en besluit' },
} as const;

const dirs: string[] = [];
test.afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** The page printed by Chromium as the tests print the pack, read back with pdftotext (whitespace folded). */
async function printed(page: Page, route: string): Promise<string> {
  await page.evaluate(() => { delete document.body.dataset.reportReady; });
  await page.evaluate((hash) => { location.hash = hash; }, `#${route}`);
  await page.waitForSelector('body[data-report-ready="true"]', { state: 'attached', timeout: 60_000 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-meeting-'));
  dirs.push(dir);
  const file = path.join(dir, 'out.pdf');
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

async function axe(page: Page, where: string) {
  await page.waitForLoadState('networkidle');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const found = results.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? ''))
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  expect.soft(found, `axe on ${where}`).toEqual([]);
}

/** Presses a button by its name, from the keyboard. */
async function press(page: Page, name: string | RegExp) {
  const button = page.getByRole('button', { name, exact: typeof name === 'string' }).or(page.getByRole('link', { name, exact: typeof name === 'string' })).first();
  await button.focus();
  await page.keyboard.press('Enter');
}

async function arrange(app: AppHandle, language: 'en' | 'nl') {
  await app.call('updatePreferences', { language });
  const s = await app.call('createSupplier', {
    name: 'Noordlicht IT', contractEnd: isoDaysFromToday(120), noticeMonths: 3, reviewIntervalMonths: 6,
    contacts: [{ name: 'Eva de Wit', role: '', email: '', phone: '' }],
  });
  await app.call('createEntry', { supplierId: s.id, kind: 'promise', date: isoDaysFromToday(-40), title: 'Send the capacity report', dueOn: isoDaysFromToday(-10) });
  await app.call('createEntry', { supplierId: s.id, kind: 'incident', date: isoDaysFromToday(-5), title: 'Mail outage', severity: 'high' });
  await app.page.reload();
  return s;
}

for (const language of ['en', 'nl'] as const) {
  test(`${language}: prepare, print the pack, hold, finish and print the minutes, from the keyboard`, async ({ app }) => {
    test.setTimeout(180_000);
    const w = WORDS[language];
    const page = app.page;
    const s = await arrange(app, language);
    await page.evaluate((id) => { location.hash = `#/suppliers/${id}`; }, s.id);
    await press(page, w.prepare);
    await expect(page.getByRole('heading', { level: 2, name: 'Agenda' })).toBeVisible();
    const titles = page.locator('.mt-point__title');
    await expect(titles.first()).toBeVisible();
    const drawn = await titles.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(drawn).toEqual(expect.arrayContaining(['Send the capacity report', 'Mail outage']));
    // Reorder from the keyboard: the incident up to first place.
    const outage = titles.nth(drawn.indexOf('Mail outage'));
    await outage.focus();
    for (let i = drawn.indexOf('Mail outage'); i > 0; i--) {
      await page.keyboard.press('Alt+ArrowUp');
      await expect(page.locator('.mt-point__title').nth(i - 1)).toHaveValue('Mail outage');
    }
    // Add a free point.
    await page.getByLabel(w.newPoint, { exact: true }).focus();
    await page.keyboard.type('Roadmap 2027');
    await page.keyboard.press('Enter');
    await expect(page.locator('.mt-point__title').last()).toHaveValue('Roadmap 2027');
    await expect(page.getByRole('status').filter({ hasText: w.saved })).toBeVisible();
    await axe(page, `${language} prepare`);
    const meetingId = Number(/meetings\/(\d+)/.exec(page.url())![1]);
    const agenda = (await app.call('getMeeting', { id: meetingId })).points.map((p) => p.title);
    expect(agenda[0]).toBe('Mail outage');

    // The pack prints the prepared points as its agenda, in their order.
    const pack = await printed(page, `/report/supplier/${s.id}?from=${isoDaysFromToday(-365)}&to=${isoDaysFromToday(0)}&lang=${language}&paper=a4&private=0`);
    const at = agenda.map((title) => pack.indexOf(title));
    expect(at.every((i) => i >= 0), `${agenda.join(' | ')} in ${pack}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    // Hold the meeting.
    await page.evaluate((id) => { location.hash = `#/meetings/${id}`; }, meetingId);
    await press(page, w.start);
    await page.getByLabel(w.notes, { exact: true }).focus();
    await page.keyboard.type('Root cause: an expired certificate.');
    await page.getByRole('radio', { name: w.discussed }).focus();
    await page.keyboard.press('Space');
    await press(page, w.newPromise);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(w.what).focus();
    await page.keyboard.type('Monitor certificate expiry');
    await dialog.getByLabel(w.owner).focus();
    await page.keyboard.type('Eva de Wit');
    await press(page, w.addAction);
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Monitor certificate expiry')).toBeVisible();
    await axe(page, `${language} hold`);
    // The next point: a private note, kept out of the minutes.
    await page.keyboard.press('Alt+PageDown');
    await page.getByLabel(w.notes, { exact: true }).focus();
    await page.keyboard.type('Between us: their team is thin.');
    await page.getByLabel(w.private).focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel(w.private)).toBeChecked();
    // To the scores, and finish.
    for (let i = 1; i < agenda.length; i++) {
      await page.keyboard.press('Alt+PageDown');
      await expect(page.locator('#step-heading')).toHaveText(i + 1 < agenda.length ? agenda[i + 1]! : w.wrapUp);
    }
    await page.getByLabel(w.ability).focus();
    await page.keyboard.type('2');
    await expect(page.getByLabel(w.ability)).toHaveValue('2');
    await expect.poll(async () => (await app.call('getMeeting', { id: meetingId })).scoreAbility).toBe(2);
    await press(page, w.finish);
    await expect(page.getByText(w.finished, { exact: false }).first()).toBeVisible();
    await axe(page, `${language} finished`);

    const done = await app.call('getMeeting', { id: meetingId });
    expect(done.status).toBe('finished');
    const entries = await app.call('listEntries', { supplierId: s.id });
    expect(entries.find((e) => e.kind === 'interaction' && e.channel === 'review_meeting')).toBeTruthy();
    expect(entries.find((e) => e.kind === 'promise' && e.title === 'Monitor certificate expiry')).toBeTruthy();
    expect(entries.find((e) => e.kind === 'review' && e.scoreAbility === 2)).toBeTruthy();

    const minutes = await printed(page, `/report/meeting/${meetingId}`);
    expect(minutes).toContain('Monitor certificate expiry');
    expect(minutes).toContain('Eva de Wit');
    expect(minutes).toContain('Root cause: an expired certificate.');
    expect(minutes).not.toContain('their team is thin');
    await axe(page, `${language} minutes`);
  });
}

test('a server killed mid-meeting loses no note: the meeting resumes where it was', async ({ app }) => {
  test.skip(app.shell !== 'browser', 'kills the browser shell\'s server');
  test.setTimeout(120_000);
  const page = app.page;
  const s = await arrange(app, 'en');
  const { meeting } = await app.call('prepareMeeting', { supplierId: s.id });
  await app.call('updateMeeting', { id: meeting.id, status: 'in_progress' });
  await page.evaluate((id) => { location.hash = `#/meetings/${id}`; }, meeting.id);
  await page.getByLabel('Notes', { exact: true }).focus();
  await page.keyboard.type('First point, typed.');
  await page.keyboard.press('Alt+PageDown');
  await page.getByLabel('Notes', { exact: true }).focus();
  await page.keyboard.type('Second point, typed just before the crash.');
  // What the manager sees: saved. Then the server dies without a word.
  await expect.poll(async () => (await app.call('getMeeting', { id: meeting.id })).points[1]!.notes).toBe('Second point, typed just before the crash.');
  await app.restart(undefined, 'kill');
  await page.evaluate((id) => { location.hash = `#/meetings/${id}`; }, meeting.id);
  await expect(page.getByLabel('Notes', { exact: true })).toHaveValue('Second point, typed just before the crash.');
  const back = await app.call('getMeeting', { id: meeting.id });
  expect(back.points.slice(0, 2).map((p) => p.notes)).toEqual(['First point, typed.', 'Second point, typed just before the crash.']);
  expect(back.currentPoint).toBe(1);
});
