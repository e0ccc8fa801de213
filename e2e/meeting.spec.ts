// The review meeting end to end (issue 23), keyboard only, in Dutch and in
// English: prepare the agenda drawn from the journal, reorder and add to it,
// print the pack and read its agenda back, hold the meeting (notes, an
// outcome, a private note, a promise made with the journal's own entry form,
// an incident resolved with its own dialog), finish it, find the entries it wrote,
// print the minutes and read them back. axe finds nothing on the way. A
// server killed mid-meeting (SIGKILL) loses no note.
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import ICAL from 'ical.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, isoDaysFromToday, test, type AppHandle } from './fixtures';

test.use({ reducedMotion: 'reduce' });

const WORDS = {
  en: { prepare: 'Prepare review meeting', start: 'Start the meeting', next: 'Next point', finish: 'Finish the meeting', saved: 'Every change is saved.', newPromise: 'New promise', what: 'What was promised', tags: 'Tags', resolve: 'Resolve an incident', handledWell: 'Yes', owner: 'Owner', addAction: 'Add to the meeting', notes: 'Notes', private: 'These notes are private', discussed: 'Discussed', newPoint: 'New point', finished: 'Finished', ability: 'Ability', wrapUp: 'Scores and decision', decision: 'Decision on the contract', endKey: 'E', end: 'End the contract', endMinutes: 'Decision: end the contract: Moving to another host.', note: 'Note on the decision', packAgenda: 'Talking points' },
  nl: { prepare: 'Evaluatiegesprek voorbereiden', start: 'Gesprek beginnen', next: 'Volgend punt', finish: 'Gesprek afronden', saved: 'Elke wijziging is opgeslagen.', newPromise: 'Nieuwe toezegging', what: 'Wat is er toegezegd', tags: 'Labels', resolve: 'Incident oplossen', handledWell: 'Ja', owner: 'Eigenaar', addAction: 'Aan het gesprek toevoegen', notes: 'Aantekeningen', private: 'Deze aantekeningen zijn privé', discussed: 'Besproken', newPoint: 'Nieuw punt', finished: 'Afgerond', ability: 'Bekwaamheid', wrapUp: 'Scores en besluit', decision: 'Besluit over het contract', endKey: 'C', end: 'Contract beëindigen', endMinutes: 'Besluit: contract beëindigen: Moving to another host.', note: 'Toelichting bij het besluit', packAgenda: 'Gespreksonderwerpen' },
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
      // As a user sees the cursor back in the moved point before the next key.
      await expect(page.locator('.mt-point__title').nth(i - 1)).toBeFocused();
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
    // Read from the pack's agenda on: a point's title may also be named earlier (what would restore most).
    const agendaStart = pack.indexOf(w.packAgenda);
    expect(agendaStart, `the agenda's heading in ${pack}`).toBeGreaterThanOrEqual(0);
    const at = agenda.map((title) => pack.indexOf(title, agendaStart));
    expect(at.every((i) => i >= 0), `${agenda.join(' | ')} in ${pack}`).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    // Hold the meeting.
    await page.evaluate((id) => { location.hash = `#/meetings/${id}`; }, meetingId);
    await press(page, w.start);
    await page.getByLabel(w.notes, { exact: true }).focus();
    await page.keyboard.type('Root cause: an expired certificate.');
    await page.getByRole('radio', { name: w.discussed }).focus();
    await page.keyboard.press('Space');
    // A promise, in the journal's own entry form (its tags too), kept with the meeting: nothing in the journal yet.
    await press(page, w.newPromise);
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(w.what).focus();
    await page.keyboard.type('Monitor certificate expiry');
    await dialog.getByLabel(w.tags).focus();
    await page.keyboard.type('security');
    await dialog.getByLabel(w.owner).focus();
    await page.keyboard.type('Eva de Wit');
    await press(page, w.addAction);
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Monitor certificate expiry')).toBeVisible();
    expect((await app.call('listEntries', { supplierId: s.id })).some((e) => e.title === 'Monitor certificate expiry')).toBe(false);
    // The point is the incident: the journal's resolve dialog opens on it.
    await press(page, w.resolve);
    await dialog.getByRole('radio', { name: w.handledWell, exact: true }).focus();
    await page.keyboard.press('Space');
    await press(page, w.addAction);
    await expect(dialog).toBeHidden();
    await expect(page.locator('.mt-action-list li')).toHaveCount(2);
    await axe(page, `${language} hold`);
    // The points' details say their days in the app's language, never ISO.
    await expect(page.locator('.mt-nav')).toBeVisible();
    expect(await page.locator('.mt-hold').innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(await page.locator('.page-header, .mt-screen header').first().innerText()).not.toMatch(/\d{4}-\d{2}-\d{2}/);
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
    // The contract decision, a field of its own, with its note.
    await page.getByLabel(w.decision).focus();
    await page.keyboard.type(w.endKey);
    await expect.poll(async () => (await app.call('getMeeting', { id: meetingId })).decision).toBe('end');
    await page.getByLabel(w.note).focus();
    await page.keyboard.type('Moving to another host.');
    await expect.poll(async () => (await app.call('getMeeting', { id: meetingId })).decisionReason).toBe('Moving to another host.');
    await press(page, w.finish);
    await expect(page.getByText(w.finished, { exact: false }).first()).toBeVisible();
    await axe(page, `${language} finished`);

    const done = await app.call('getMeeting', { id: meetingId });
    expect(done.status).toBe('finished');
    const entries = await app.call('listEntries', { supplierId: s.id });
    expect(entries.find((e) => e.kind === 'interaction' && e.channel === 'review_meeting')).toBeTruthy();
    expect(entries.find((e) => e.kind === 'promise' && e.title === 'Monitor certificate expiry')).toMatchObject({ tags: ['security'], side: 'supplier', obligation: 'result' });
    expect(entries.find((e) => e.kind === 'incident' && e.title === 'Mail outage')).toMatchObject({ resolvedOn: done.date, handledWell: true });
    expect(entries.find((e) => e.kind === 'review' && e.scoreAbility === 2)).toBeTruthy();

    const minutes = await printed(page, `/report/meeting/${meetingId}`);
    expect(minutes).toContain('Monitor certificate expiry');
    expect(minutes).toContain('Eva de Wit');
    expect(minutes).toContain('Root cause: an expired certificate.');
    expect(minutes).not.toContain('their team is thin');
    expect(minutes).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(minutes).toContain(w.endMinutes);
    // The supplier page says the decision.
    await page.evaluate((id) => { location.hash = `#/suppliers/${id}`; }, s.id);
    await expect(page.getByTestId('contract-decision')).toContainText(w.end);
    await expect(page.getByTestId('contract-decision')).toContainText('Moving to another host.');
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

for (const language of ['en', 'nl'] as const) {
  test(`${language}: the palette and the search find a meeting under way by a word in its notes, a private note only with private entries shown`, async ({ app }) => {
    test.setTimeout(120_000);
    const w = {
      en: { find: 'Find anything', meeting: 'Review meeting with Noordlicht IT', private: 'Include private entries', status: 'Being prepared' },
      nl: { find: 'Alles vinden', meeting: 'Evaluatiegesprek met Noordlicht IT', private: 'Privénotities meenemen', status: 'In voorbereiding' },
    }[language];
    const page = app.page;
    const s = await arrange(app, language);
    const { meeting } = await app.call('prepareMeeting', { supplierId: s.id });
    await app.call('updateMeetingPoint', { id: meeting.points[0]!.id, notes: 'Ask about the kwartaalplanning.' });
    await app.call('updateMeetingPoint', { id: meeting.points[1]!.id, notes: 'Their team is onderbemand.', notesPrivate: true });

    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: w.find });
    await page.keyboard.type('kwartaalplanning');
    const option = palette.getByRole('option', { name: new RegExp(w.meeting) });
    await expect(option).toBeVisible();
    await expect(option).toContainText(w.status);
    await expect(option.locator('mark')).toHaveText('kwartaalplanning');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/meetings/${meeting.id}$`));

    // The search screen: the private note is the manager's own, found until private entries are left out.
    await page.evaluate(() => { location.hash = '#/search?q=onderbemand'; });
    const hit = page.getByRole('link', { name: new RegExp(w.meeting) });
    await expect(hit).toBeVisible();
    await page.getByLabel(w.private).uncheck();
    await expect(hit).toHaveCount(0);
    await page.getByLabel(w.private).check();
    await hit.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/meetings/${meeting.id}$`));
    await axe(page, `${language} meeting found`);
  });
}

for (const language of ['en', 'nl'] as const) {
  test(`${language}: a prepared meeting is an agenda item and a calendar event, taken back once it is finished`, async ({ app }) => {
    test.setTimeout(120_000);
    const w = {
      en: { item: 'Review meeting with Noordlicht IT', detail: 'Being prepared.', open: 'Open the meeting', exportIcs: 'Export to calendar', summary: 'Noordlicht IT: review meeting' },
      nl: { item: 'Evaluatiegesprek met Noordlicht IT', detail: 'In voorbereiding.', open: 'Gesprek openen', exportIcs: 'Exporteren naar agenda', summary: 'Noordlicht IT: evaluatiegesprek' },
    }[language];
    const page = app.page;
    const s = await arrange(app, language);
    const { meeting } = await app.call('prepareMeeting', { supplierId: s.id, date: isoDaysFromToday(3) });
    await page.reload();
    const calendarEvent = async () => {
      const download = page.waitForEvent('download');
      await press(page, w.exportIcs);
      const ics = fs.readFileSync((await (await download).path())!, 'utf8');
      const event = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').find((v) => String(v.getFirstPropertyValue('uid')).startsWith(`meeting-${meeting.id}.`));
      return event && { summary: String(event.getFirstPropertyValue('summary')), status: String(event.getFirstPropertyValue('status')), start: String(event.getFirstPropertyValue('dtstart')) };
    };

    await page.evaluate(() => { location.hash = '#/agenda'; });
    // In the agenda's own list, among the other items, not in a section of its own.
    const item = page.locator(`.agenda-list [data-key="meeting:${meeting.id}:${meeting.date}"]`);
    await expect(item).toContainText(w.item);
    await expect(item).toContainText(w.detail);
    await axe(page, `${language} agenda with a meeting`);
    expect(await calendarEvent()).toEqual({ summary: w.summary, status: 'CONFIRMED', start: meeting.date });
    await item.getByRole('link', { name: w.open }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/meetings/${meeting.id}$`));

    await app.call('updateMeeting', { id: meeting.id, status: 'in_progress' });
    await app.call('finishMeeting', { id: meeting.id });
    // Finished through the API, behind the screen's back: read afresh.
    await page.evaluate(() => { location.hash = '#/agenda'; });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(item).toHaveCount(0);
    expect(await calendarEvent()).toEqual({ summary: w.summary, status: 'CANCELLED', start: meeting.date });
  });
}
