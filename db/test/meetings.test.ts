// Review meetings on a real journal file (issue 23): the draft agenda drawn
// from the journal in the meeting's language, every change kept as made, the
// finish that writes everything or nothing, deferred points carried to the
// next meeting, a reopened meeting correcting its own entries, and an export
// and import that lose nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../core/catalogue';
import { sameJournalContent } from '../../core/export-format';
import { exportJson } from '../worker/export';
import { importJson } from '../worker/import';
import { openJournal } from '../worker/journal';
import { call, freshJournal, ok, tempFile } from './helpers';

const TODAY = '2026-12-07';

/** A supplier whose journal holds each kind of point: an overdue promise of theirs, one of ours, an open incident, advice, a notice deadline near. */
async function journalWithPoints(file?: string) {
  const journal = file ? await openJournal(file, { shell: 'browser', today: () => TODAY }) : await freshJournal(TODAY);
  const s = ok(journal, 'createSupplier', {
    name: 'Noordlicht IT', contractEnd: '2027-03-31', noticeMonths: 3, reviewIntervalMonths: 6,
    contacts: [{ name: 'Eva de Wit', role: 'Account manager', email: '', phone: '' }],
  });
  const late = ok(journal, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-10-01', title: 'Send the capacity report', dueOn: '2026-11-20' });
  const ours = ok(journal, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-10-01', title: 'Pay the invoice', dueOn: '2026-12-10', side: 'ours' });
  const outage = ok(journal, 'createEntry', { supplierId: s.id, kind: 'incident', date: '2026-11-15', title: 'Mail outage', severity: 'high' });
  const advice = ok(journal, 'createEntry', { supplierId: s.id, kind: 'advice', date: '2026-11-20', title: 'Move backups offsite' });
  return { journal, s, late, ours, outage, advice };
}

afterEach(() => vi.useRealTimers());

describe('preparing a meeting', () => {
  it('draws the draft agenda from the journal, in the meeting language, each point linked to its entry', async () => {
    const { journal, s, late, ours, outage, advice } = await journalWithPoints();
    const { meeting, existing } = ok(journal, 'prepareMeeting', { supplierId: s.id, language: 'nl' });
    expect(existing).toBe(false);
    expect(meeting).toMatchObject({ status: 'draft', language: 'nl', attendeesTheirs: ['Eva de Wit'], supplierName: 'Noordlicht IT' });
    // The open high incident pulls trust down: the flag comes first, naming it.
    expect(meeting.points.map((p) => [p.source, p.entryId, p.title, p.purpose])).toEqual([
      ['flag', outage.id, 'Het vertrouwen verschuift', 'raise'],
      ['promise', late.id, 'Send the capacity report', 'raise'],
      ['ourPromise', ours.id, 'Pay the invoice', 'info'],
      ['incident', outage.id, 'Mail outage', 'raise'],
      ['notice', null, 'Opzegtermijn', 'raise'],
      ['advice', advice.id, 'Move backups offsite', 'raise'],
    ]);
    expect(meeting.points[0]!.detail).toContain('Mail outage');
    expect(meeting.points[1]!.detail).toBe('Te laat sinds 2026-11-20.');
    expect(meeting.points[4]!.detail).toContain('2026-12-31');
    // Suggested from the review interval: never reviewed, due six months after the supplier arrived (today), so on that day.
    expect(meeting.date > TODAY).toBe(true);
  });

  it('a second offer to prepare opens the meeting already under way', async () => {
    const { journal, s } = await journalWithPoints();
    const first = ok(journal, 'prepareMeeting', { supplierId: s.id }).meeting;
    const again = ok(journal, 'prepareMeeting', { supplierId: s.id, date: '2027-01-05' });
    expect(again).toMatchObject({ existing: true, meeting: { id: first.id } });
    expect(ok(journal, 'listMeetings', { supplierId: s.id })).toHaveLength(1);
  });

  it('refuses bad input with a translated message and changes nothing', async () => {
    const { journal, s } = await journalWithPoints();
    const { meeting } = ok(journal, 'prepareMeeting', { supplierId: s.id });
    const refusals = [
      call(journal, 'prepareMeeting', { supplierId: 999 }),
      call(journal, 'updateMeeting', { id: meeting.id, date: '2026-02-30' }),
      call(journal, 'updateMeeting', { id: meeting.id, scoreAbility: 6 }),
      call(journal, 'addMeetingPoint', { meetingId: meeting.id, title: '   ' }),
      call(journal, 'updateMeetingPoint', { id: 99_999, notes: 'x' }),
      call(journal, 'saveMeetingAction', { meetingId: meeting.id, kind: 'settle', entryId: meeting.points.find((p) => p.source === 'incident')!.entryId!, status: 'kept' }),
      call(journal, 'saveMeetingAction', { meetingId: meeting.id, kind: 'promise', title: 'Report', side: 'supplier', dueOn: '2020-01-01' }),
    ];
    const keys = refusals.map((r) => (r.ok ? 'accepted' : r.error.issues[0]?.key ?? r.error.key));
    expect(keys).toEqual(['supplierNotFound', 'invalidDate', 'tooBig', 'required', 'meetingPointNotFound', 'notAPromise', 'dueBeforeMade']);
    for (const key of keys) for (const lang of ['en', 'nl'] as const) expect((CATALOGUE[lang]!.errors as Record<string, string>)[key], `${lang} ${key}`).toBeTruthy();
    expect(ok(journal, 'getMeeting', { id: meeting.id })).toEqual(meeting);
  });
});

describe('holding a meeting', () => {
  it('keeps every change as it is made, also across closing and reopening the file', async () => {
    const file = tempFile();
    const { journal, s } = await journalWithPoints(file);
    const { meeting } = ok(journal, 'prepareMeeting', { supplierId: s.id, language: 'en' });
    const [flag, first, second] = meeting.points;
    ok(journal, 'updateMeeting', { id: meeting.id, status: 'in_progress', attendeesOurs: ['Sanne Bakker'], currentPoint: 1 });
    ok(journal, 'updateMeetingPoint', { id: second!.id, notes: 'Invoice paid next week', outcome: 'discussed' });
    ok(journal, 'moveMeetingPoint', { id: second!.id, position: 0 });
    const added = ok(journal, 'addMeetingPoint', { meetingId: meeting.id, title: 'Roadmap 2027', purpose: 'info', position: 1 });
    ok(journal, 'removeMeetingPoint', { id: added.points.find((p) => p.source === 'notice')!.id });
    journal.close();
    const again = await openJournal(file, { shell: 'browser', today: () => TODAY });
    const kept = ok(again, 'getMeeting', { id: meeting.id });
    expect(kept).toMatchObject({ status: 'in_progress', attendeesOurs: ['Sanne Bakker'], currentPoint: 1 });
    expect(kept.points.map((p) => [p.position, p.title, p.notes])).toEqual([
      [0, 'Pay the invoice', 'Invoice paid next week'], [1, 'Roadmap 2027', ''], [2, flag!.title, ''], [3, first!.title, ''], [4, 'Mail outage', ''],
      [5, 'Move backups offsite', ''],
    ]);
    again.close();
  });

  it('a point whose entry was deleted meanwhile says so and stays readable', async () => {
    const { journal, s, outage } = await journalWithPoints();
    const { meeting } = ok(journal, 'prepareMeeting', { supplierId: s.id });
    ok(journal, 'deleteEntry', { id: outage.id });
    const point = ok(journal, 'getMeeting', { id: meeting.id }).points.find((p) => p.title === 'Mail outage')!;
    expect(point).toMatchObject({ entryGone: true, entryId: null, source: 'incident' });
    ok(journal, 'emptyTrash', {});
    expect(ok(journal, 'getMeeting', { id: meeting.id }).points.find((p) => p.title === 'Mail outage')).toMatchObject({ entryGone: true });
  });
});

/** A meeting held: notes, an outcome per point, each quick action, the scores and a decision. */
function hold(journal: Awaited<ReturnType<typeof journalWithPoints>>['journal'], ids: { s: number; late: number; outage: number }) {
  const { meeting } = ok(journal, 'prepareMeeting', { supplierId: ids.s, language: 'en', date: TODAY });
  const by = (source: string) => meeting.points.find((p) => p.source === source)!;
  const [late, ours, outage, notice, advice, flag] = (['promise', 'ourPromise', 'incident', 'notice', 'advice', 'flag'] as const).map(by);
  ok(journal, 'updateMeetingPoint', { id: flag!.id, outcome: 'discussed' });
  ok(journal, 'updateMeeting', {
    id: meeting.id, status: 'in_progress', attendeesOurs: ['Sanne Bakker'], scoreAbility: 3, scoreIntegrity: 4, scoreBenevolence: 4,
    summary: 'Steady, the report is late.', decision: 'renegotiate', decisionReason: 'Prices above the market.',
  });
  ok(journal, 'updateMeetingPoint', { id: late!.id, outcome: 'resolved', notes: 'Report arrived at the table.' });
  ok(journal, 'updateMeetingPoint', { id: ours!.id, outcome: 'deferred', notes: 'Our finance team is on it.' });
  ok(journal, 'updateMeetingPoint', { id: outage!.id, outcome: 'discussed', notes: 'Root cause: expired certificate. Between us: their team is thin.', notesPrivate: true });
  ok(journal, 'updateMeetingPoint', { id: notice!.id, outcome: 'discussed' });
  void advice; // left undiscussed: carried like a deferred one
  ok(journal, 'saveMeetingAction', { meetingId: meeting.id, pointId: late!.id, kind: 'settle', entryId: ids.late, status: 'kept_late' });
  ok(journal, 'saveMeetingAction', { meetingId: meeting.id, pointId: outage!.id, kind: 'resolve', entryId: ids.outage, handledWell: true });
  ok(journal, 'saveMeetingAction', { meetingId: meeting.id, pointId: outage!.id, kind: 'promise', title: 'Monitor certificate expiry', side: 'supplier', owner: 'Eva de Wit', dueOn: '2027-01-15' });
  return ok(journal, 'saveMeetingAction', { meetingId: meeting.id, kind: 'promise', title: 'Share the 2027 forecast', side: 'ours', owner: 'Sanne Bakker', obligation: 'effort', dueOn: '2027-02-01' });
}

describe('finishing a meeting', () => {
  it('writes the minutes, the promises, the settlement, the resolution, the decision and the review at once', async () => {
    const { journal, s, late, outage } = await journalWithPoints();
    const held = hold(journal, { s: s.id, late: late.id, outage: outage.id });
    const before = ok(journal, 'getAgenda', { today: TODAY });
    expect(before.groups.flatMap((g) => g.items).some((i) => i.kind === 'notice')).toBe(true);
    const done = ok(journal, 'finishMeeting', { id: held.id });
    expect(done.status).toBe('finished');
    const minutes = ok(journal, 'getEntry', { id: done.minutesEntryId! });
    expect(minutes).toMatchObject({ kind: 'interaction', channel: 'review_meeting', date: TODAY, title: `Review meeting of ${TODAY}` });
    expect(minutes.body).toContain('Report arrived at the table.');
    expect(minutes.body).toContain('Monitor certificate expiry (owner: Eva de Wit, due 2027-01-15)');
    expect(minutes.body).not.toContain('their team is thin');
    expect(ok(journal, 'getEntry', { id: late.id })).toMatchObject({ status: 'kept_late', settledOn: TODAY });
    expect(ok(journal, 'getEntry', { id: outage.id })).toMatchObject({ resolvedOn: TODAY, handledWell: true });
    const promises = done.actions.filter((a) => a.kind === 'promise').map((a) => ok(journal, 'getEntry', { id: a.entryId! }));
    expect(promises.map((p) => p.kind === 'promise' && [p.title, p.side, p.dueOn, p.obligation, p.status])).toEqual([
      ['Monitor certificate expiry', 'supplier', '2027-01-15', 'result', 'open'], ['Share the 2027 forecast', 'ours', '2027-02-01', 'effort', 'open'],
    ]);
    expect(ok(journal, 'getEntry', { id: done.reviewEntryId! })).toMatchObject({ kind: 'review', scoreAbility: 3, scoreIntegrity: 4, scoreBenevolence: 4, body: 'Steady, the report is late.' });
    expect(ok(journal, 'getEntry', { id: done.decisionEntryId! })).toMatchObject({ kind: 'note', title: 'Contract decision: renegotiate', body: 'Prices above the market.', tags: ['contract'] });
    // The decision settles the agenda's notice item; the trust chart shows the new entries at once.
    expect(ok(journal, 'getAgenda', { today: TODAY }).groups.flatMap((g) => g.items).some((i) => i.kind === 'notice')).toBe(false);
    const trust = ok(journal, 'getSupplierTrust', { supplierId: s.id });
    expect(trust.reviews.map((r) => r.id)).toContain(done.reviewEntryId);
    expect(trust.markers.map((m) => m.id)).toEqual(expect.arrayContaining([late.id, outage.id, done.reviewEntryId]));
    // Finished: no more edits until reopened.
    expect(call(journal, 'updateMeetingPoint', { id: done.points[0]!.id, notes: 'x' })).toMatchObject({ ok: false, error: { key: 'meetingFinished' } });
  });

  it('all or nothing: a finish that fails writes nothing and keeps the meeting as it was', async () => {
    const { journal, s, late, outage } = await journalWithPoints();
    const held = hold(journal, { s: s.id, late: late.id, outage: outage.id });
    // The settled promise goes meanwhile: the finish fails after the minutes and the new promises were written.
    ok(journal, 'deleteEntry', { id: late.id });
    ok(journal, 'emptyTrash', {});
    const entriesBefore = ok(journal, 'getJournalInfo', {}).entries;
    const exportBefore = exportJson(journal.db);
    const failed = call(journal, 'finishMeeting', { id: held.id });
    expect(failed).toMatchObject({ ok: false, error: { key: 'meetingActionEntryGone' } });
    expect(ok(journal, 'getJournalInfo', {}).entries).toBe(entriesBefore);
    expect(sameJournalContent(exportJson(journal.db), exportBefore)).toBe(true);
    const kept = ok(journal, 'getMeeting', { id: held.id });
    expect(kept).toMatchObject({ status: 'in_progress', minutesEntryId: null, reviewEntryId: null });
    expect(kept.actions.every((a) => a.kind !== 'promise' || a.entryId === null)).toBe(true);
    expect(ok(journal, 'getEntry', { id: outage.id }).kind === 'incident' && ok(journal, 'getEntry', { id: outage.id })).toMatchObject({ resolvedOn: null });
    // Removing the action that cannot be done lets it finish.
    const settle = kept.actions.find((a) => a.kind === 'settle')!;
    ok(journal, 'removeMeetingAction', { id: settle.id });
    expect(ok(journal, 'finishMeeting', { id: held.id }).status).toBe('finished');
  });

  it('carries deferred and undiscussed points to the next meeting\'s draft', async () => {
    const { journal, s, late, outage, ours, advice } = await journalWithPoints();
    const held = hold(journal, { s: s.id, late: late.id, outage: outage.id });
    const free = ok(journal, 'addMeetingPoint', { meetingId: held.id, title: 'Roadmap 2027' }).points.at(-1)!;
    ok(journal, 'updateMeetingPoint', { id: free.id, outcome: 'deferred' });
    const done = ok(journal, 'finishMeeting', { id: held.id });
    const next = ok(journal, 'prepareMeeting', { supplierId: s.id, language: 'en' }).meeting;
    const carried = (id: number) => done.points.find((p) => p.id === id);
    // Our promise still open and drawn again: that point, carried; the free point as itself; advice left undiscussed, carried.
    // The notice deadline is settled by the decision; the promises made at the table are not due within the horizon.
    expect(next.points.map((p) => [p.source, p.title, carried(p.carriedFrom ?? 0)?.outcome ?? null])).toEqual([
      ['flag', 'Trust is moving', null], ['deferred', 'Move backups offsite', null], ['deferred', 'Roadmap 2027', 'deferred'],
      ['ourPromise', 'Pay the invoice', 'deferred'],
    ]);
    expect(next.points.find((p) => p.title === 'Pay the invoice')!.entryId).toBe(ours.id);
    expect(next.points[1]!.entryId).toBe(advice.id);
  });

  it('a finished meeting reopened to correct a typo corrects its own entries', async () => {
    const { journal, s, late, outage } = await journalWithPoints();
    const held = hold(journal, { s: s.id, late: late.id, outage: outage.id });
    const done = ok(journal, 'finishMeeting', { id: held.id });
    const entries = ok(journal, 'getJournalInfo', {}).entries;
    ok(journal, 'reopenMeeting', { id: done.id });
    ok(journal, 'updateMeeting', { id: done.id, summary: 'Steady; the report was late.' });
    const forecast = done.actions.find((a) => a.title === 'Share the 2027 forecast')!;
    ok(journal, 'saveMeetingAction', { id: forecast.id, meetingId: done.id, kind: 'promise', title: 'Share the 2027 forecast', side: 'ours', owner: 'Sanne Bakker', dueOn: '2027-02-15' });
    const again = ok(journal, 'finishMeeting', { id: done.id });
    expect([again.minutesEntryId, again.reviewEntryId, again.decisionEntryId]).toEqual([done.minutesEntryId, done.reviewEntryId, done.decisionEntryId]);
    expect(ok(journal, 'getJournalInfo', {}).entries).toBe(entries);
    expect(ok(journal, 'getEntry', { id: done.reviewEntryId! }).body).toBe('Steady; the report was late.');
    expect(ok(journal, 'getEntry', { id: forecast.entryId! })).toMatchObject({ dueOn: '2027-02-15' });
    expect(call(journal, 'reopenMeeting', { id: held.id })).toMatchObject({ ok: true });
    expect(call(journal, 'prepareMeeting', { supplierId: s.id })).toMatchObject({ ok: true, value: { existing: true, meeting: { id: held.id } } });
  });
});

describe('meetings in the export', () => {
  it('an export imported into an empty journal, and exported again, is the same journal', async () => {
    const { journal, s, late, outage } = await journalWithPoints();
    const held = hold(journal, { s: s.id, late: late.id, outage: outage.id });
    ok(journal, 'finishMeeting', { id: held.id });
    const open = ok(journal, 'prepareMeeting', { supplierId: s.id }).meeting;
    ok(journal, 'updateMeetingPoint', { id: open.points[0]!.id, notes: 'Private thought', notesPrivate: true });
    const text = exportJson(journal.db);
    expect(JSON.parse(text).meetings).toHaveLength(2);
    const copy = await freshJournal(TODAY);
    importJson(copy.db, text);
    expect(sameJournalContent(exportJson(copy.db), text)).toBe(true);
    expect(ok(copy, 'getMeeting', { id: open.id })).toEqual(ok(journal, 'getMeeting', { id: open.id }));
    // Added beside another journal: new ids, links followed.
    const other = await freshJournal(TODAY);
    ok(other, 'createSupplier', { name: 'Other' });
    importJson(other.db, text, { mode: 'add-as-new' });
    const moved = ok(other, 'listMeetings', {});
    expect(moved).toHaveLength(2);
    const finished = ok(other, 'getMeeting', { id: moved.find((m) => m.status === 'finished')!.id });
    expect(ok(other, 'getEntry', { id: finished.minutesEntryId! }).title).toBe(`Review meeting of ${TODAY}`);
    const next = ok(other, 'getMeeting', { id: moved.find((m) => m.status !== 'finished')!.id });
    expect(next.points.filter((p) => p.carriedFrom !== null).every((p) => finished.points.some((q) => q.id === p.carriedFrom))).toBe(true);
  });

  it('refuses a file with two open meetings for one supplier, or a meeting naming an entry it does not hold', async () => {
    const { journal, s } = await journalWithPoints();
    ok(journal, 'prepareMeeting', { supplierId: s.id });
    const data = JSON.parse(exportJson(journal.db));
    const twice = { ...data, meetings: [data.meetings[0], { ...data.meetings[0], id: 77, points: [], actions: [] }] };
    const copy = await freshJournal(TODAY);
    expect(() => importJson(copy.db, JSON.stringify(twice))).toThrow();
    const dangling = { ...data, meetings: [{ ...data.meetings[0], minutesEntryId: 9999 }] };
    try {
      importJson(copy.db, JSON.stringify(dangling));
      expect.unreachable();
    } catch (err) {
      expect((err as { issues: { key: string }[] }).issues.map((i) => i.key)).toEqual(['unknownEntry']);
    }
    expect(ok(copy, 'getJournalInfo', {}).suppliers).toBe(0);
  });
});
