// The agenda on a real journal file: the new fields stored and read back,
// the items the journal's facts make, marks kept and undone, private items
// kept out of a pack, and every read answered by a connection that cannot write.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../core/dispatch';
import type { AgendaView } from '../../core/agenda';
import { exportJson } from '../worker/export';
import { importJson } from '../worker/import';
import { JournalReader } from '../worker/journal-reads';
import { openReader } from '../worker/open';
import { openJournal } from '../worker/journal';
import { call, freshJournal, ok, tempFile } from './helpers';

const TODAY = '2026-12-02';
const keysOf = (v: AgendaView) => v.groups.flatMap((g) => g.items.map((i) => `${g.group} ${i.key}`));

/**
 * A supplier added to the journal on 1 June 2026 (its contract began long
 * before: its first review is due three months after it arrived, 1 September),
 * its entries written on 1 November; the clock then stands on TODAY, 08:00.
 */
async function journalWithItems() {
  const journal = await freshJournal(TODAY);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T08:00:00Z'));
  const s = ok(journal, 'createSupplier', {
    name: 'Noordlicht IT', contractStart: '2024-01-01', contractEnd: '2027-01-31', noticeMonths: 1, autoRenews: true, renewalMonths: 12, reviewIntervalMonths: 3,
  });
  vi.setSystemTime(new Date('2026-11-01T08:00:00Z'));
  ok(journal, 'createEntry', { supplierId: s.id, kind: 'interaction', date: '2026-11-30', title: 'Call', channel: 'call', tone: 'neutral' });
  const late = ok(journal, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-11-01', title: 'Send the capacity report', dueOn: '2026-11-20' });
  const ours = ok(journal, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-11-01', title: 'Pay the invoice', dueOn: '2026-12-04', side: 'ours' });
  const secret = ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-11-01', title: 'Exit plan', private: true, followUpOn: '2026-12-10' });
  vi.setSystemTime(new Date(`${TODAY}T08:00:00Z`));
  return { journal, s, late, ours, secret };
}

afterEach(() => vi.useRealTimers());

describe('agenda fields', () => {
  it('a supplier keeps its renewal terms and an entry its follow-up day, through an update and an export and import', async () => {
    const { journal, s, secret } = await journalWithItems();
    expect(ok(journal, 'getSupplier', { id: s.id })).toMatchObject({ autoRenews: true, renewalMonths: 12 });
    ok(journal, 'updateSupplier', { id: s.id, name: s.name, autoRenews: false, renewalMonths: null });
    expect(ok(journal, 'getSupplier', { id: s.id })).toMatchObject({ autoRenews: false, renewalMonths: null });
    expect(ok(journal, 'getEntry', { id: secret.id }).followUpOn).toBe('2026-12-10');
    // A renewal period out of range or a follow-up that is no date: refused, with the field named.
    expect(call(journal, 'updateSupplier', { id: s.id, name: s.name, renewalMonths: 0 })).toMatchObject({ ok: false, error: { issues: [{ path: ['renewalMonths'] }] } });
    expect(call(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-11-01', title: 'x', followUpOn: '2026-02-30' }))
      .toMatchObject({ ok: false, error: { issues: [{ path: ['followUpOn'], key: 'invalidDate' }] } });
    ok(journal, 'updateSupplier', { id: s.id, name: s.name, autoRenews: true, renewalMonths: 24 });
    const text = exportJson(journal.db);
    const copy = await freshJournal(TODAY);
    importJson(copy.db, text);
    expect(ok(copy, 'getSupplier', { id: s.id })).toMatchObject({ autoRenews: true, renewalMonths: 24 });
    expect(ok(copy, 'getEntry', { id: secret.id }).followUpOn).toBe('2026-12-10');
    // The journal's id travels with it: a calendar exported from the copy updates the same events.
    expect(ok(copy, 'getAgendaCalendar', {}).journalId).toBe(ok(journal, 'getAgendaCalendar', {}).journalId);
  });

  it('every journal has its own id, kept when reopened', async () => {
    const file = tempFile();
    const a = await openJournal(file, { shell: 'browser' });
    const id = ok(a, 'getAgendaCalendar', {}).journalId;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    a.close();
    const again = await openJournal(file, { shell: 'browser' });
    expect(ok(again, 'getAgendaCalendar', {}).journalId).toBe(id);
    expect(ok(await freshJournal(), 'getAgendaCalendar', {}).journalId).not.toBe(id);
  });
});

describe('getAgenda', () => {
  it('lists what needs attention, grouped, on the day the screen asks for', async () => {
    const { journal } = await journalWithItems();
    const view = ok(journal, 'getAgenda', { today: TODAY });
    // Never reviewed: the first review was due three months after the supplier came into the journal (never counted from the older contract).
    expect(keysOf(view)).toEqual([
      'overdue review:1:2026-09-01', 'overdue promise:2:2026-11-20', 'thisWeek promise:3:2026-12-04', 'thisMonth followUp:4:2026-12-10',
      'thisMonth notice:1:2026-12-31', 'later contractEnd:1:2027-01-31',
    ]);
    expect(view.count).toBe(3);
    // Without a day it uses the journal's own today (pinned to the same day here).
    expect(keysOf(ok(journal, 'getAgenda', {}))).toEqual(keysOf(view));
    // One supplier's agenda (its page, its pack).
    expect(ok(journal, 'getAgenda', { today: TODAY, supplierId: 99 }).total).toBe(0);
  });

  it('a settled promise leaves the agenda', async () => {
    const { journal, late } = await journalWithItems();
    ok(journal, 'settlePromise', { id: late.id, status: 'kept_late', settledOn: TODAY });
    expect(keysOf(ok(journal, 'getAgenda', { today: TODAY }))).not.toContain('overdue promise:2:2026-11-20');
  });

  it('keeps private items out of a pack and out of the calendar unless ticked', async () => {
    const { journal } = await journalWithItems();
    expect(keysOf(ok(journal, 'getAgenda', { today: TODAY, includePrivate: false }))).not.toContain('thisMonth followUp:4:2026-12-10');
    expect(ok(journal, 'getAgendaCalendar', { today: TODAY }).items.map((i) => i.key)).not.toContain('followUp:4:2026-12-10');
    expect(ok(journal, 'getAgendaCalendar', { today: TODAY, includePrivate: true }).items.map((i) => i.key)).toContain('followUp:4:2026-12-10');
  });
});

describe('snooze, dismiss and undo', () => {
  it('are kept in the journal and undone by removing the mark', async () => {
    const { journal } = await journalWithItems();
    ok(journal, 'snoozeAgendaItem', { key: 'promise:2:2026-11-20', until: '2026-12-09', today: TODAY });
    ok(journal, 'dismissAgendaItem', { key: 'review:1:2026-09-01' });
    let view = ok(journal, 'getAgenda', { today: TODAY });
    expect(keysOf(view)).toEqual(['thisWeek promise:3:2026-12-04', 'thisMonth followUp:4:2026-12-10', 'thisMonth notice:1:2026-12-31', 'later contractEnd:1:2027-01-31']);
    expect(view.snoozed.map((m) => m.item.key)).toEqual(['promise:2:2026-11-20']);
    expect(view.dismissed.map((m) => m.item.key)).toEqual(['review:1:2026-09-01']);
    // A week later the snooze has run out.
    expect(keysOf(ok(journal, 'getAgenda', { today: '2026-12-09' }))).toContain('overdue promise:2:2026-11-20');
    ok(journal, 'undoAgendaMark', { key: 'review:1:2026-09-01' });
    view = ok(journal, 'getAgenda', { today: TODAY });
    expect(keysOf(view)).toContain('overdue review:1:2026-09-01');
    expect(view.dismissed).toEqual([]);
  });

  it('refuse a snooze that is not after today, an unknown mark, and a malformed key, changing nothing', async () => {
    const { journal } = await journalWithItems();
    expect(call(journal, 'snoozeAgendaItem', { key: 'promise:2:2026-11-20', until: TODAY, today: TODAY }))
      .toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['until'], key: 'snoozeNotAfterToday' }] } });
    expect(call(journal, 'undoAgendaMark', { key: 'promise:2:2026-11-20' })).toMatchObject({ ok: false, error: { code: 'not_found', key: 'agendaMarkNotFound' } });
    expect(call(journal, 'dismissAgendaItem', { key: "promise:2'; DROP TABLE entries" })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(ok(journal, 'getAgenda', { today: TODAY }).snoozed).toEqual([]);
  });

  it('the agenda settings change the windows and are checked', async () => {
    const { journal } = await journalWithItems();
    expect(ok(journal, 'updateAgendaSettings', { noticeWarningDays: [7, 60] }).noticeWarningDays).toEqual([60, 7]);
    expect(keysOf(ok(journal, 'getAgenda', { today: TODAY }))).toContain('thisMonth notice:1:2026-12-31');
    ok(journal, 'updateAgendaSettings', { noticeWarningDays: [14] });
    expect(keysOf(ok(journal, 'getAgenda', { today: TODAY }))).not.toContain('thisMonth notice:1:2026-12-31');
    expect(call(journal, 'updateAgendaSettings', { reminderTime: '25:00' })).toMatchObject({ ok: false, error: { issues: [{ path: ['reminderTime'], key: 'invalidTime' }] } });
    expect(ok(journal, 'getAgendaSettings', {}).reminderTime).toBe('09:00');
  });

  it('refuses a warning day given twice and keeps the settings as they were', async () => {
    const { journal } = await journalWithItems();
    ok(journal, 'updateAgendaSettings', { noticeWarningDays: [60, 14] });
    expect(call(journal, 'updateAgendaSettings', { noticeWarningDays: [30, 30], upcomingDays: 10 }))
      .toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['noticeWarningDays', 1], key: 'duplicateWarningDays' }] } });
    expect(ok(journal, 'getAgendaSettings', {})).toMatchObject({ noticeWarningDays: [60, 14], upcomingDays: 30 });
  });
});

describe('the calendar: events that move or go', () => {
  afterEach(() => vi.useRealTimers());

  it('settled, in the trash, restored, supplier ended: each event is taken back or comes back with a later stamp', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T08:00:00Z'));
    const { journal, s, late, secret } = await journalWithItems();
    const calendar = () => new Map(ok(journal, 'getAgendaCalendar', { today: TODAY, includePrivate: true }).items.map((i) => [i.ref, i]));
    const later = (a: string, b: string) => Date.parse(b) > Date.parse(a);
    const first = calendar();
    expect([...first.values()].every((i) => !i.cancelled)).toBe(true);

    vi.setSystemTime(new Date('2026-12-02T09:00:00Z'));
    ok(journal, 'settlePromise', { id: late.id, status: 'kept_late', settledOn: '2026-12-02' });
    const settled = calendar().get(`promise:${late.id}`)!;
    expect(settled).toMatchObject({ cancelled: true, date: '2026-11-20', key: `promise:${late.id}:2026-11-20` });
    expect(later(first.get(`promise:${late.id}`)!.changedAt, settled.changedAt)).toBe(true);

    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    ok(journal, 'deleteEntry', { id: secret.id });
    const trashed = calendar().get(`followUp:${secret.id}`)!;
    expect(trashed).toMatchObject({ cancelled: true, date: '2026-12-10', private: true });
    // Private ones are taken back only in an export that holds private entries.
    expect(ok(journal, 'getAgendaCalendar', { today: TODAY }).items.map((i) => i.ref)).not.toContain(`followUp:${secret.id}`);

    vi.setSystemTime(new Date('2026-12-02T11:00:00Z'));
    ok(journal, 'restoreFromTrash', { type: 'entry', id: secret.id });
    const back = calendar().get(`followUp:${secret.id}`)!;
    expect(back.cancelled).toBe(false);
    expect(later(trashed.changedAt, back.changedAt)).toBe(true);

    vi.setSystemTime(new Date('2026-12-02T12:00:00Z'));
    ok(journal, 'endSupplier', { id: s.id, endedOn: '2026-12-02' });
    const ended = calendar();
    for (const ref of [`notice:${s.id}`, `contractEnd:${s.id}`, `review:${s.id}`, `promise:${late.id}`, `followUp:${secret.id}`]) {
      expect(ended.get(ref), ref).toMatchObject({ cancelled: true });
      expect(later(back.changedAt, ended.get(ref)!.changedAt), ref).toBe(true);
    }
  });

  it('a review entered moves the review day with a later stamp', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T08:00:00Z'));
    const { journal, s } = await journalWithItems();
    const review = () => ok(journal, 'getAgendaCalendar', { today: TODAY }).items.find((i) => i.ref === `review:${s.id}`)!;
    const before = review();
    vi.setSystemTime(new Date('2026-12-02T09:00:00Z'));
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'review', date: '2026-12-01', title: 'Q4 review', scoreAbility: 4 });
    const after = review();
    expect(after.date).toBe('2027-03-01');
    expect(Date.parse(after.changedAt)).toBeGreaterThan(Date.parse(before.changedAt));
  });
});

describe('a follow-up marked done', () => {
  it('leaves the agenda and its calendar event is taken back; undone, both come back, the event stamped after its cancellation', async () => {
    const { journal, secret } = await journalWithItems();
    const key = `followUp:${secret.id}:2026-12-10`;
    const event = () => ok(journal, 'getAgendaCalendar', { today: TODAY, includePrivate: true }).items.find((i) => i.ref === `followUp:${secret.id}`)!;
    const exported = event();
    expect(exported.cancelled).toBe(false);

    vi.setSystemTime(new Date(`${TODAY}T09:00:00Z`));
    expect(ok(journal, 'markAgendaItemDone', { key })).toMatchObject({ key, action: 'done', until: null });
    const view = ok(journal, 'getAgenda', { today: TODAY });
    expect(keysOf(view)).not.toContain(`thisMonth ${key}`);
    expect(view.done.map((d) => d.item.key)).toEqual([key]);
    const cancelled = event();
    expect(cancelled).toMatchObject({ cancelled: true, key, date: '2026-12-10', alarmDays: [] });
    expect(Date.parse(cancelled.changedAt)).toBeGreaterThan(Date.parse(exported.changedAt));
    // Reopened, the journal holds it: a second journal on the same file sees the mark.
    const again = new JournalReader(openReader(journal.getJournalInfo().dataFile), { dataFile: journal.getJournalInfo().dataFile, shell: 'browser' });
    expect(again.getAgenda({ today: TODAY, supplierId: null, includePrivate: true }).done).toHaveLength(1);
    again.close();

    vi.setSystemTime(new Date(`${TODAY}T10:00:00Z`));
    ok(journal, 'undoAgendaMark', { key });
    expect(keysOf(ok(journal, 'getAgenda', { today: TODAY }))).toContain(`thisMonth ${key}`);
    const back = event();
    expect(back.cancelled).toBe(false);
    expect(Date.parse(back.changedAt)).toBeGreaterThan(Date.parse(cancelled.changedAt));
  });

  it('is a follow-up\'s only: a promise, a deadline or a malformed key is refused, changing nothing', async () => {
    const { journal, late } = await journalWithItems();
    for (const key of [`promise:${late.id}:2026-11-20`, 'review:1:2026-09-01']) {
      expect(call(journal, 'markAgendaItemDone', { key })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: ['key'], key: 'doneOnlyFollowUp' }] } });
    }
    expect(call(journal, 'markAgendaItemDone', { key: 'followUp:1' + "'; --" })).toMatchObject({ ok: false, error: { code: 'validation' } });
    const view = ok(journal, 'getAgenda', { today: TODAY });
    expect(view.done).toEqual([]);
    expect(keysOf(view)).toContain(`overdue promise:${late.id}:2026-11-20`);
  });

  it('travels with the JSON export and import', async () => {
    const { journal, secret } = await journalWithItems();
    ok(journal, 'markAgendaItemDone', { key: `followUp:${secret.id}:2026-12-10` });
    const copy = await freshJournal(TODAY);
    expect(importJson(copy.db, exportJson(journal.db))).toMatchObject({ marks: 1, marksDropped: [] });
    expect(ok(copy, 'getAgenda', { today: TODAY }).done.map((d) => d.mark.action)).toEqual(['done']);
  });

  it('a follow-up on a promise kept after its day leaves by itself, and its event is taken back', async () => {
    const { journal, s } = await journalWithItems();
    vi.setSystemTime(new Date('2026-11-01T08:00:00Z'));
    const chase = ok(journal, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-11-01', title: 'Renew the certificates', dueOn: '2026-12-15', followUpOn: '2026-11-28' });
    vi.setSystemTime(new Date(`${TODAY}T08:00:00Z`));
    expect(keysOf(ok(journal, 'getAgenda', { today: TODAY }))).toContain(`overdue followUp:${chase.id}:2026-11-28`);
    ok(journal, 'settlePromise', { id: chase.id, status: 'kept', settledOn: '2026-12-01' });
    expect(keysOf(ok(journal, 'getAgenda', { today: TODAY })).filter((k) => k.includes(`:${chase.id}:`))).toEqual([]);
    const items = ok(journal, 'getAgendaCalendar', { today: TODAY }).items.filter((i) => i.entryId === chase.id);
    expect(items.map((i) => [i.key, i.cancelled])).toEqual([[`followUp:${chase.id}:2026-11-28`, true], [`promise:${chase.id}:2026-12-15`, true]]);
  });
});

describe('entries written about the past', () => {
  it('a promise entered today as kept eight months ago, or with its due day already past, never puts an event in the calendar, live or cancelled', async () => {
    const { journal, s } = await journalWithItems();
    const before = ok(journal, 'getAgendaCalendar', { today: TODAY, includePrivate: true }).items.map((i) => i.key);
    const kept = ok(journal, 'createEntry', {
      supplierId: s.id, kind: 'promise', date: '2026-03-20', title: 'Migrate the mailboxes', dueOn: '2026-04-01', status: 'kept', settledOn: '2026-04-01',
    });
    const overdue = ok(journal, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-10-01', title: 'Send the runbook', dueOn: '2026-11-15' });
    const note = ok(journal, 'createEntry', { supplierId: s.id, kind: 'note', date: '2026-06-01', title: 'Called back', followUpOn: '2026-06-15' });
    const calendar = () => ok(journal, 'getAgendaCalendar', { today: TODAY, includePrivate: true }).items.map((i) => i.key);
    expect(calendar()).toEqual(before);
    // The open one is still on the agenda, overdue; the old follow-up is not.
    const agenda = keysOf(ok(journal, 'getAgenda', { today: TODAY }));
    expect(agenda).toContain(`overdue promise:${overdue.id}:2026-11-15`);
    expect(agenda.some((k) => k.includes(`followUp:${note.id}:`))).toBe(false);
    // Settled or put in the trash later: still nothing to take back.
    vi.setSystemTime(new Date(`${TODAY}T09:00:00Z`));
    ok(journal, 'settlePromise', { id: overdue.id, status: 'kept_late', settledOn: TODAY });
    ok(journal, 'deleteEntry', { id: kept.id });
    ok(journal, 'deleteEntry', { id: note.id });
    expect(calendar()).toEqual(before);
  });
});

describe('on a connection that refuses writes', () => {
  it("answers getAgenda and getAgendaCalendar (a reader worker's connection)", async () => {
    const { journal } = await journalWithItems();
    const file = journal.getJournalInfo().dataFile;
    const db = openReader(file);
    const reader = new JournalReader(db, { dataFile: file, shell: 'browser' });
    expect(dispatch(reader, 'getAgenda', { today: TODAY }, ['read'])).toMatchObject({ ok: true, value: { count: 3 } });
    expect(dispatch(reader, 'getAgendaCalendar', { today: TODAY }, ['read'])).toMatchObject({ ok: true });
    expect(dispatch(reader, 'dismissAgendaItem', { key: 'review:1:2026-09-01' }, ['read'])).toMatchObject({ ok: false });
    db.close();
  });
});
