// The reminders against a fake `electron` module (the real one cannot run
// here): the badge, the notification with the most urgent items, a click
// that opens the agenda, the daily time, and the switch in the settings.
// The journal behind them is a real one, answering through the same gate.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../core/dispatch';
import { DEFAULT_AGENDA_SETTINGS } from '../core/agenda';
import { freshJournal, ok } from '../db/test/helpers';
import fs from 'node:fs';
import path from 'node:path';
import { ShellState } from '../db';
import { tempDir } from '../db/test/temp';
import { msUntilNext, reminderText, startReminders } from './reminders';

const fake = vi.hoisted(() => ({
  badge: [] as number[],
  shown: [] as { title: string; body: string; click: () => void }[],
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await vi.importActual<typeof import('node:events')>('node:events');
  class Notification extends EventEmitter {
    static isSupported = () => true;
    constructor(readonly opts: { title: string; body: string }) {
      super();
    }
    show() {
      fake.shown.push({ ...this.opts, click: () => this.emit('click') });
    }
  }
  return { app: { setBadgeCount: (n: number) => fake.badge.push(n) > 0 }, Notification };
});

const TODAY = '2026-12-02';

async function journal() {
  const j = await freshJournal(TODAY);
  const s = ok(j, 'createSupplier', { name: 'Noordlicht IT', reviewIntervalMonths: null });
  ok(j, 'createEntry', { supplierId: s.id, kind: 'interaction', date: '2026-11-30', title: 'Call', channel: 'call', tone: 'neutral' });
  ok(j, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-11-01', title: 'Capacity report', dueOn: '2026-11-20' });
  ok(j, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-11-01', title: 'Pay the invoice', dueOn: '2026-12-03', side: 'ours' });
  return j;
}

describe('reminders', () => {
  beforeEach(() => {
    fake.badge.length = 0;
    fake.shown.length = 0;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(new Date(2026, 11, 2, 8, 0)); // 08:00 local on 2 December
  });
  afterEach(() => vi.useRealTimers());

  it('at start: the count on the badge, and a notification naming the most urgent items; a click opens the agenda', async () => {
    const j = await journal();
    const openAgenda = vi.fn();
    const r = startReminders({ call: async (n, i) => dispatch(j, n, i), openAgenda, language: () => 'en' });
    await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
    expect(fake.badge.at(-1)).toBe(2);
    expect(fake.shown[0]).toMatchObject({ title: 'Rapport: 2 items need attention', body: 'Promise: Noordlicht IT (Capacity report)\nPromise: Noordlicht IT (Pay the invoice)' });
    fake.shown[0]!.click();
    expect(openAgenda).toHaveBeenCalledTimes(1);
    r.stop();
  });

  it('once a day at the set time, in Dutch when the journal is', async () => {
    const j = await journal();
    ok(j, 'updateAgendaSettings', { reminderTime: '09:30' });
    const r = startReminders({ call: async (n, i) => dispatch(j, n, i), openAgenda: () => {}, language: () => 'nl' });
    await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
    expect(fake.shown[0]!.title).toBe('Rapport: 2 punten vragen aandacht');
    await vi.advanceTimersByTimeAsync(89 * 60_000); // 09:29
    expect(fake.shown).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000); // 09:30
    expect(fake.shown).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(24 * 3_600_000); // the next day at 09:30
    expect(fake.shown).toHaveLength(3);
    r.stop();
  });

  it('at start once a day across restarts (kept in the settings folder); the daily one at the set time still comes', async () => {
    const j = await journal();
    ok(j, 'updateAgendaSettings', { reminderTime: '09:30' });
    const dir = tempDir('rapport-reminders-');
    // Each start reads the folder afresh, as a new run of the app would.
    const start = () => {
      const state = new ShellState(dir);
      return startReminders({
        call: async (n, i) => dispatch(j, n, i), openAgenda: () => {}, language: () => 'en',
        lastShown: { get: () => state.get('reminders.lastShownOn') as string | null, set: (day) => state.set('reminders.lastShownOn', day) },
      });
    };
    let r = start();
    await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
    r.stop();
    // Started again at 08:10 and at 08:20: the badge, no second notification.
    for (const last of [false, true]) {
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      const badges = fake.badge.length;
      r = start();
      await vi.waitFor(() => expect(fake.badge.length).toBe(badges + 1));
      expect(fake.shown).toHaveLength(1);
      if (!last) r.stop();
    }
    // Still running at 09:30: the daily one comes all the same.
    await vi.advanceTimersByTimeAsync(70 * 60_000);
    expect(fake.shown).toHaveLength(2);
    r.stop();
    // The next morning at 08:00 a start shows it again.
    vi.setSystemTime(new Date(2026, 11, 3, 8, 0));
    r = start();
    await vi.waitFor(() => expect(fake.shown).toHaveLength(3));
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'shell-state.json'), 'utf8'))).toEqual({ 'reminders.lastShownOn': '2026-12-03' });
    r.stop();
  });

  it("speaks the journal's language, and the new one as soon as it changes", async () => {
    const j = await journal();
    ok(j, 'createEntry', { supplierId: 1, kind: 'incident', date: '2026-11-01', title: 'Storing', severity: 'high' });
    let language: 'en' | 'nl' = 'nl';
    const r = startReminders({ call: async (n, i) => dispatch(j, n, i), openAgenda: () => {}, language: () => language });
    await vi.waitFor(() => expect(fake.shown).toHaveLength(1));
    expect(fake.shown[0]).toMatchObject({
      title: 'Rapport: 3 punten vragen aandacht',
      body: 'Open incident: Noordlicht IT (Storing)\nToezegging: Noordlicht IT (Capacity report)\nToezegging: Noordlicht IT (Pay the invoice)',
    });
    language = 'en';
    await r.check('daily');
    expect(fake.shown[1]).toMatchObject({
      title: 'Rapport: 3 items need attention',
      body: 'Open incident: Noordlicht IT (Storing)\nPromise: Noordlicht IT (Capacity report)\nPromise: Noordlicht IT (Pay the invoice)',
    });
    r.stop();
  });

  it('switched off in the settings: no notification and no badge', async () => {
    const j = await journal();
    ok(j, 'updateAgendaSettings', { remindersOn: false });
    const r = startReminders({ call: async (n, i) => dispatch(j, n, i), openAgenda: () => {}, language: () => 'en' });
    await vi.waitFor(() => expect(fake.badge).toContain(0));
    await vi.advanceTimersByTimeAsync(2 * 24 * 3_600_000);
    expect(fake.shown).toEqual([]);
    expect(fake.badge.every((n) => n === 0)).toBe(true);
    r.stop();
  });

  it('nothing needing attention: the badge is cleared and nothing is shown', async () => {
    const j = await freshJournal(TODAY);
    const r = startReminders({ call: async (n, i) => dispatch(j, n, i), openAgenda: () => {}, language: () => 'en' });
    await vi.waitFor(() => expect(fake.badge).toEqual([0]));
    expect(fake.shown).toEqual([]);
    r.stop();
  });
});

describe('reminder helpers', () => {
  it('the next time of day: today when still ahead, else tomorrow', () => {
    const now = new Date(2026, 11, 2, 8, 0);
    expect(msUntilNext('09:00', now)).toBe(3_600_000);
    expect(msUntilNext('08:00', now)).toBe(24 * 3_600_000);
    expect(msUntilNext('07:59', now)).toBe(24 * 3_600_000 - 60_000);
  });

  it('names at most three items and says how many more', () => {
    const item = (n: number) => ({ kind: 'promise', supplierName: `S${n}`, title: `P${n}` });
    const view = { count: 5, groups: [{ group: 'overdue', items: [1, 2, 3, 4].map(item) }, { group: 'thisWeek', items: [item(5)] }, { group: 'later', items: [item(6)] }] };
    expect(reminderText(view as never, 'en').body.split('\n')).toEqual(['Promise: S1 (P1)', 'Promise: S2 (P2)', 'Promise: S3 (P3)', 'and 2 more']);
    expect(reminderText(view as never, 'nl').body.split('\n')).toEqual(['Toezegging: S1 (P1)', 'Toezegging: S2 (P2)', 'Toezegging: S3 (P3)', 'en nog 2']);
    expect(reminderText({ count: 1, groups: [] } as never, 'nl').title).toBe('Rapport: 1 punt vraagt aandacht');
    expect(DEFAULT_AGENDA_SETTINGS.remindersOn).toBe(true);
  });
});
