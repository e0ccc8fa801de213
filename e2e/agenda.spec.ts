// Needs attention: the agenda on a fixed day (Playwright's clock), in
// English and Dutch; settling from it, snoozing a week and letting the week
// pass, and the calendar export read back by a parser as a client would.
import fs from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { addDays, addMonths, todayIso } from '../core/dates';
import { noticeDeadline } from '../core/facts';
import { expect, test, type AppHandle } from './fixtures';
import { fillDate } from './dates';

const TODAY = '2030-06-12'; // a Wednesday: the week runs to Sunday the 16th

async function onDay(page: Page, day: string) {
  await page.clock.install({ time: new Date(`${day}T09:00:00`) });
  await page.reload();
}

/** A journal with items in each group; returns the ids the tests act on. */
async function arrange(app: AppHandle) {
  const d = (n: number) => addDays(TODAY, n);
  const a = await app.call('createSupplier', { name: 'Noordlicht IT', reviewIntervalMonths: null });
  await app.call('createEntry', { supplierId: a.id, kind: 'interaction', date: d(-5), title: 'Call about the roadmap', channel: 'call', tone: 'neutral' });
  const late = await app.call('createEntry', { supplierId: a.id, kind: 'promise', date: d(-30), dueOn: d(-3), title: 'Capacity report' });
  const ours = await app.call('createEntry', { supplierId: a.id, kind: 'promise', date: d(-30), dueOn: d(2), title: 'Pay the June invoice', side: 'ours' });
  await app.call('createEntry', { supplierId: a.id, kind: 'incident', date: d(-20), title: 'Backup failed', severity: 'high' });
  await app.call('createEntry', { supplierId: a.id, kind: 'note', date: d(-1), title: 'Ask about the exit clause', followUpOn: d(10) });
  const b = await app.call('createSupplier', {
    name: 'Wolkendek Hosting', contractStart: '2028-07-01', contractEnd: '2030-10-31', noticeMonths: 3, autoRenews: true, renewalMonths: 12, reviewIntervalMonths: 3,
  });
  await app.call('createEntry', { supplierId: b.id, kind: 'review', date: '2030-03-24', title: 'Q1 review', scoreAbility: 4 });
  await app.call('createEntry', { supplierId: b.id, kind: 'interaction', date: d(-2), title: 'Visit', channel: 'visit', tone: 'positive' });
  return { late, ours, supplierB: b };
}

const group = (page: Page, name: string) => page.getByTestId(`agenda-group-${name}`);
const titles = (page: Page, name: string) => group(page, name).getByTestId('agenda-item').locator('.agenda-item__title');

async function openAgenda(page: Page, linkName: RegExp) {
  await page.getByRole('link', { name: linkName }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('lists every kind of item in its group, soonest first, with the counts, in English', async ({ app }) => {
  const { page } = app;
  await arrange(app);
  await onDay(page, TODAY);
  await expect(page.getByTestId('agenda-nav-count')).toContainText('3');
  await expect(page).toHaveTitle(/^\(3\) /);
  await expect(page.getByTestId('agenda-summary')).toContainText('Overdue: 2');
  await openAgenda(page, /^Needs attention/);
  await expect(page.getByRole('heading', { level: 1, name: 'Needs attention' })).toBeVisible();

  await expect(titles(page, 'overdue')).toHaveText(['Incident still open: Backup failed', 'Noordlicht IT promised: Capacity report']);
  await expect(titles(page, 'thisWeek')).toHaveText(['We promised Noordlicht IT: Pay the June invoice']);
  await expect(titles(page, 'thisMonth')).toHaveText(['Follow up: Ask about the exit clause', 'Review with Wolkendek Hosting due']);
  await expect(titles(page, 'later')).toHaveText(['Last day to give Wolkendek Hosting notice']);
  await expect(group(page, 'overdue').getByTestId('agenda-group-count')).toHaveText('2 items');
  await expect(group(page, 'later')).toContainText('Without notice the contract renews by itself on');
  await expect(group(page, 'overdue')).toContainText('3 days ago');
});

test('shows the same agenda in Dutch', async ({ app }) => {
  const { page } = app;
  await arrange(app);
  await app.call('updatePreferences', { language: 'nl' });
  await onDay(page, TODAY);
  await openAgenda(page, /^Aandacht nodig/);
  await expect(page.getByRole('heading', { level: 1, name: 'Aandacht nodig' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Te laat/ })).toBeVisible();
  await expect(titles(page, 'overdue')).toHaveText(['Incident staat nog open: Backup failed', 'Noordlicht IT heeft toegezegd: Capacity report']);
  await expect(titles(page, 'thisWeek')).toHaveText(['Wij hebben Noordlicht IT toegezegd: Pay the June invoice']);
  await expect(titles(page, 'thisMonth')).toHaveText(['Opvolgen: Ask about the exit clause', 'Evaluatie met Wolkendek Hosting is aan de beurt']);
  await expect(titles(page, 'later')).toHaveText(['Laatste dag om Wolkendek Hosting op te zeggen']);
  await expect(group(page, 'overdue').getByTestId('agenda-group-count')).toHaveText('2 punten');
  await expect(page.getByTestId('agenda-nav-count')).toContainText('3');
});

test('settles a promise from the agenda', async ({ app }) => {
  const { page } = app;
  const { late } = await arrange(app);
  await onDay(page, TODAY);
  await openAgenda(page, /^Needs attention/);
  const item = group(page, 'overdue').locator(`[data-key="promise:${late.id}:${addDays(TODAY, -3)}"]`);
  await item.getByLabel('Settle as').selectOption('kept_late');
  await item.getByRole('button', { name: 'Settle' }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByTestId('agenda-nav-count')).toContainText('2');
  expect(await app.call('getEntry', { id: late.id })).toMatchObject({ status: 'kept_late', settledOn: TODAY });
});

test('snoozes an item a week; when the week has passed it is back', async ({ app }) => {
  const { page } = app;
  const { ours } = await arrange(app);
  await onDay(page, TODAY);
  await openAgenda(page, /^Needs attention/);
  const key = `promise:${ours.id}:${addDays(TODAY, 2)}`;
  const item = page.locator(`[data-testid="agenda-item"][data-key="${key}"]`);
  await item.getByRole('button', { name: 'Snooze' }).click();
  await item.getByRole('button', { name: 'A week' }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByTestId('agenda-snoozed')).toContainText('Snoozed (1)');
  await expect(page.getByTestId('agenda-nav-count')).toContainText('2');

  // Six days on it is still away; on the seventh it is back, now overdue.
  await page.clock.fastForward(6 * 86_400_000);
  await expect(item).toHaveCount(0);
  await page.clock.fastForward(86_400_000);
  await expect(group(page, 'overdue').locator(`[data-key="${key}"]`)).toBeVisible();
  await expect(page.getByTestId('agenda-snoozed')).toHaveCount(0);
});

test('a snooze to a day not after today is refused with a clear message, nothing changed', async ({ app }) => {
  const { page } = app;
  const { ours } = await arrange(app);
  await onDay(page, TODAY);
  await openAgenda(page, /^Needs attention/);
  const item = page.locator(`[data-testid="agenda-item"][data-key="promise:${ours.id}:${addDays(TODAY, 2)}"]`);
  await item.getByRole('button', { name: 'Snooze' }).click();
  await fillDate(item, 'Until', TODAY);
  await item.getByRole('button', { name: 'Snooze until this day' }).click();
  await expect(item.getByRole('alert')).toHaveText('Choose a day after today.');
  await expect(page.getByTestId('agenda-snoozed')).toHaveCount(0);
});

async function openReminderSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  return page.getByTestId('reminder-settings');
}

test('the days after which an open incident shows are set in Settings, and the agenda follows', async ({ app }) => {
  const { page } = app;
  await arrange(app);
  await onDay(page, TODAY);
  await expect(page.getByTestId('agenda-nav-count')).toContainText('3');
  const form = await openReminderSettings(page);
  await expect(form.getByLabel('First warning')).toHaveValue('90');
  await expect(form.getByLabel('Open incidents after')).toHaveValue('14');
  // The incident is 20 days old: with 30 days it no longer needs attention.
  await form.getByLabel('Open incidents after').fill('30');
  await form.getByRole('button', { name: 'Save agenda settings' }).click();
  await expect(page.getByText('Agenda settings saved.')).toBeVisible();
  expect(await app.call('getAgendaSettings', {})).toMatchObject({ incidentOpenDays: 30, noticeWarningDays: [90, 30, 7] });
  await expect(page.getByTestId('agenda-nav-count')).toContainText('2');
  await openAgenda(page, /^Needs attention/);
  await expect(titles(page, 'overdue')).toHaveText(['Noordlicht IT promised: Capacity report']);
});

test('bad agenda numbers are refused with a message beside each, nothing saved', async ({ app }) => {
  const { page } = app;
  await arrange(app);
  await onDay(page, TODAY);
  const form = await openReminderSettings(page);
  await form.getByLabel('Open incidents after').fill('0');
  await form.getByLabel('Third warning').fill('a week');
  await form.getByLabel('Look ahead').fill('400');
  await form.getByRole('button', { name: 'Save agenda settings' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Must be at least 1.' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'Enter a whole number.' })).toBeVisible();
  await expect(form.getByRole('alert').filter({ hasText: 'Must be at most 365.' })).toBeVisible();
  await expect(form.getByLabel('Open incidents after')).toHaveAttribute('aria-invalid', 'true');
  expect(await app.call('getAgendaSettings', {})).toMatchObject({ incidentOpenDays: 14, upcomingDays: 30, noticeWarningDays: [90, 30, 7] });
  await expect(page.getByTestId('agenda-nav-count')).toContainText('3');
});

test('a warning day given twice is refused beside the repeat, in English and Dutch, nothing saved', async ({ app }) => {
  const { page } = app;
  await arrange(app);
  await onDay(page, TODAY);
  const form = await openReminderSettings(page);
  await form.getByLabel('Second warning').fill('90');
  await form.getByRole('button', { name: 'Save agenda settings' }).click();
  await expect(form.getByRole('alert')).toHaveText('Already a warning. Choose another number of days.');
  await expect(form.getByLabel('Second warning')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('First warning')).not.toHaveAttribute('aria-invalid', 'true');
  expect(await app.call('getAgendaSettings', {})).toMatchObject({ noticeWarningDays: [90, 30, 7] });
  // The journal itself refuses it too (a call that skips the form).
  await expect(app.call('updateAgendaSettings', { noticeWarningDays: [30, 30] })).rejects.toThrow(/duplicateWarningDays/);
  expect(await app.call('getAgendaSettings', {})).toMatchObject({ noticeWarningDays: [90, 30, 7] });

  await page.getByRole('radio', { name: 'Nederlands' }).check();
  await expect.poll(async () => (await app.call('getPreferences', {})).language).toBe('nl');
  await page.reload();
  const nl = page.getByTestId('reminder-settings');
  await nl.getByLabel('Derde waarschuwing').fill('30');
  await nl.getByRole('button', { name: /opslaan/i }).click();
  await expect(nl.getByRole('alert')).toHaveText('Dat is al een waarschuwing. Kies een ander aantal dagen.');
  await expect(nl.getByLabel('Derde waarschuwing')).toHaveAttribute('aria-invalid', 'true');
  expect(await app.call('getAgendaSettings', {})).toMatchObject({ noticeWarningDays: [90, 30, 7] });
});

function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    status: String(v.getFirstPropertyValue('status')),
    sequence: Number(v.getFirstPropertyValue('sequence')),
    summary: String(v.getFirstPropertyValue('summary')),
    start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
    allDay: (v.getFirstPropertyValue('dtstart') as ICAL.Time).isDate,
    alarms: v.getAllSubcomponents('valarm').length,
    text: v.toString(),
  }));
}

async function exportIcs(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to calendar' }).click();
  return fs.readFileSync((await (await download).path())!, 'utf8');
}

test('exports the deadlines as an iCalendar file; a second export after one change updates that one event', async ({ app }) => {
  const { page } = app;
  const { late } = await arrange(app);
  await onDay(page, TODAY);
  await openAgenda(page, /^Needs attention/);
  const first = events(await exportIcs(page));
  expect(first.map((e) => e.summary).sort()).toEqual([
    'Noordlicht IT: follow up: Ask about the exit clause', 'Noordlicht IT: our promise due: Pay the June invoice', 'Noordlicht IT: promise due: Capacity report',
    'Wolkendek Hosting: contract renews', 'Wolkendek Hosting: last day to give notice', 'Wolkendek Hosting: review due',
  ]);
  expect(first.every((e) => e.allDay && e.alarms > 0)).toBe(true);
  expect(first.find((e) => e.summary.includes('notice'))!.start).toBe('2030-07-31');

  const entry = await app.call('getEntry', { id: late.id });
  await app.call('updateEntry', { ...entry, dueOn: addDays(TODAY, 5) } as never);
  await page.reload();
  await openAgenda(page, /^Needs attention/);
  const second = events(await exportIcs(page));
  expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
  const changed = second.filter((e) => first.find((f) => f.uid === e.uid)!.text !== e.text);
  expect(changed.map((e) => [e.summary, e.start])).toEqual([['Noordlicht IT: promise due: Capacity report', addDays(TODAY, 5)]]);

  // One supplier's deadlines only, under the same UIDs.
  await page.getByLabel('Deadlines of').selectOption({ label: 'Wolkendek Hosting' });
  const one = events(await exportIcs(page));
  expect(one.map((e) => e.summary).sort()).toEqual(['Wolkendek Hosting: contract renews', 'Wolkendek Hosting: last day to give notice', 'Wolkendek Hosting: review due']);
  expect(one.every((e) => second.some((s) => s.uid === e.uid))).toBe(true);
});

test('a promise settled after an export is taken back by the next: same UID, cancelled, higher SEQUENCE; the rest unchanged', async ({ app }) => {
  const { page } = app;
  const { late } = await arrange(app);
  await onDay(page, TODAY);
  await openAgenda(page, /^Needs attention/);
  const first = events(await exportIcs(page));
  const before = first.find((e) => e.summary === 'Noordlicht IT: promise due: Capacity report')!;
  expect(before.status).toBe('CONFIRMED');

  // Settled from the agenda, as the manager would.
  const item = group(page, 'overdue').locator(`[data-key="promise:${late.id}:${addDays(TODAY, -3)}"]`);
  await item.getByLabel('Settle as').selectOption('kept');
  await item.getByRole('button', { name: 'Settle' }).click();
  await expect(item).toHaveCount(0);
  const second = events(await exportIcs(page));
  expect(second.map((e) => e.uid).sort()).toEqual(first.map((e) => e.uid).sort());
  const after = second.find((e) => e.uid === before.uid)!;
  expect(after).toMatchObject({ status: 'CANCELLED', start: before.start, alarms: 0 });
  expect(after.sequence).toBeGreaterThan(before.sequence);
  expect(second.filter((e) => e.uid !== before.uid).map((e) => e.text)).toEqual(first.filter((e) => e.uid !== before.uid).map((e) => e.text));
  expect(await app.call('getEntry', { id: late.id })).toMatchObject({ status: 'kept' });
});

test('marks a follow-up done from the agenda: it leaves, its calendar event is taken back; undone, both come back', async ({ app }) => {
  const { page } = app;
  await arrange(app);
  await onDay(page, TODAY);
  await openAgenda(page, /^Needs attention/);
  const key = (await app.call('getAgenda', { today: TODAY })).groups.flatMap((g) => g.items).find((i) => i.kind === 'followUp')!.key;
  const first = events(await exportIcs(page)).find((e) => e.summary === 'Noordlicht IT: follow up: Ask about the exit clause')!;
  expect(first.status).toBe('CONFIRMED');

  const item = group(page, 'thisMonth').locator(`[data-key="${key}"]`);
  await item.getByRole('button', { name: 'Mark the follow-up “Ask about the exit clause” done' }).click();
  await expect(page.getByText('Done: Ask about the exit clause')).toBeVisible();
  await expect(item).toHaveCount(0);
  await expect(titles(page, 'thisMonth')).toHaveText(['Review with Wolkendek Hosting due']);
  const done = page.getByTestId('agenda-done');
  await expect(done.locator('summary')).toHaveText('Done (1)');
  expect((await app.call('getAgenda', { today: TODAY })).done.map((d) => [d.item.key, d.mark.action])).toEqual([[key, 'done']]);
  const taken = events(await exportIcs(page)).find((e) => e.uid === first.uid)!;
  expect(taken).toMatchObject({ status: 'CANCELLED', start: first.start, alarms: 0 });
  expect(taken.sequence).toBeGreaterThan(first.sequence);

  // Undone from the list of done items, as one would the next day.
  await done.locator('summary').click();
  await done.locator(`[data-key="${key}"]`).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Back on the agenda')).toBeVisible();
  await expect(titles(page, 'thisMonth')).toHaveText(['Follow up: Ask about the exit clause', 'Review with Wolkendek Hosting due']);
  await expect(done).toHaveCount(0);
  const back = events(await exportIcs(page)).find((e) => e.uid === first.uid)!;
  expect(back.status).toBe('CONFIRMED');
  expect(back.sequence).toBeGreaterThanOrEqual(taken.sequence);
});

test('marks a follow-up done in Dutch, and undoes it from the message', async ({ app }) => {
  const { page } = app;
  await arrange(app);
  await app.call('updatePreferences', { language: 'nl' });
  await onDay(page, TODAY);
  await openAgenda(page, /^Aandacht nodig/);
  const item = group(page, 'thisMonth').getByTestId('agenda-item').filter({ hasText: 'Opvolgen: Ask about the exit clause' });
  await item.getByRole('button', { name: 'Opvolging “Ask about the exit clause” als afgerond markeren' }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByTestId('agenda-done').locator('summary')).toHaveText('Afgerond (1)');
  await page.getByRole('button', { name: 'Ongedaan maken' }).first().click();
  await expect(titles(page, 'thisMonth')).toHaveText(['Opvolgen: Ask about the exit clause', 'Evaluatie met Wolkendek Hosting is aan de beurt']);
  expect((await app.call('getAgenda', { today: TODAY })).done).toEqual([]);
});

test('the supplier page and the agenda say the same: a renewing contract\'s next deadline, a new supplier\'s first review', async ({ app }) => {
  const { page } = app;
  const today = todayIso();
  // Ended eight months ago on paper, renews every 12 months, 2 months' notice: the next deadline is this term's.
  const renewing = await app.call('createSupplier', {
    name: 'Wolkendek Hosting', contractStart: addMonths(today, -32), contractEnd: addMonths(today, -8), noticeMonths: 2, autoRenews: true, renewalMonths: 12,
    reviewIntervalMonths: null,
  });
  const deadline = noticeDeadline({ contractEnd: addMonths(today, -8), noticeMonths: 2, autoRenews: true, renewalMonths: 12 }, today)!.deadline;
  // Added today, its contract began 700 days ago, a review every 3 months and none yet.
  const added = await app.call('createSupplier', { name: 'Scherpzicht Security', contractStart: addDays(today, -700), reviewIntervalMonths: 3 });
  const firstReview = addMonths(today, 3);
  await app.call('updateAgendaSettings', { upcomingDays: 120 });
  await page.reload();

  // The agenda: the deadline and the review, each on its day, neither overdue.
  await openAgenda(page, /^Needs attention/);
  const notice = page.locator(`[data-key="notice:${renewing.id}:${deadline}"]`);
  const review = page.locator(`[data-key="review:${added.id}:${firstReview}"]`);
  await expect(notice).toContainText('Last day to give Wolkendek Hosting notice');
  await expect(review).toContainText('Review with Scherpzicht Security due');
  await expect(group(page, 'overdue')).toHaveCount(0);
  const dayOf = async (item: typeof notice) => (await item.locator('.agenda-item__when').innerText()).replace(/ \(.*$/, '');
  const noticeDay = await dayOf(notice);
  const reviewDay = await dayOf(review);

  // The supplier pages: the same days.
  await page.getByRole('link', { name: 'Wolkendek Hosting' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wolkendek Hosting' })).toBeVisible();
  await expect(page.getByTestId('figure-contract')).toContainText(`Give notice by ${noticeDay}`);
  await expect(page.getByTestId('figure-contract')).not.toContainText('passed');
  await page.goBack();
  await page.getByRole('link', { name: 'Scherpzicht Security' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scherpzicht Security' })).toBeVisible();
  await expect(page.getByTestId('figure-next-review')).toContainText(reviewDay);
  await expect(page.getByTestId('figure-next-review')).toContainText('No review yet');
  await expect(page.getByTestId('figure-next-review')).not.toContainText('Overdue');
});
