// What the manager snoozed or dismissed on the agenda travels with the JSON
// export: into an empty journal under the same keys, into one that holds
// suppliers under the new ids of its entries and suppliers; an export from
// before marks were exported still imports, and a mark with nothing to follow
// is left out and named.
import { describe, expect, it } from 'vitest';
import { sameJournalContent, type JournalExport } from '../../core/export-format';
import { exportJson } from '../worker/export';
import { importJson } from '../worker/import';
import { call, freshJournal, ok, thrown } from './helpers';

const TODAY = '2026-12-02';

async function journalWithMarks() {
  const j = await freshJournal(TODAY);
  const s = ok(j, 'createSupplier', { name: 'Noordlicht IT', contractEnd: '2027-01-31', noticeMonths: 1, reviewIntervalMonths: 3 });
  const late = ok(j, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-11-01', title: 'Capacity report', dueOn: '2026-11-20' });
  const gone = ok(j, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-11-01', title: 'Trashed one', dueOn: '2026-11-25' });
  const incident = ok(j, 'createEntry', { supplierId: s.id, kind: 'incident', date: '2026-11-01', title: 'Backup failed', severity: 'high' });
  ok(j, 'snoozeAgendaItem', { key: `promise:${late.id}:2026-11-20`, until: '2026-12-09', today: TODAY });
  ok(j, 'dismissAgendaItem', { key: `notice:${s.id}:2026-12-31` });
  ok(j, 'dismissAgendaItem', { key: `incident:${incident.id}` });
  ok(j, 'dismissAgendaItem', { key: `promise:${gone.id}:2026-11-25` });
  ok(j, 'deleteEntry', { id: gone.id });
  return { j, s, late, incident, gone };
}

const marksOf = (text: string) => (JSON.parse(text) as JournalExport).agendaMarks;
const agendaMarks = (j: Awaited<ReturnType<typeof freshJournal>>) => {
  const view = ok(j, 'getAgenda', { today: TODAY });
  return [...view.snoozed, ...view.dismissed].map((m) => `${m.mark.action} ${m.item.key}${m.mark.until ? ` until ${m.mark.until}` : ''}`).sort();
};

describe('agenda marks in the JSON export', () => {
  it('export, import into an empty journal, export again: the same marks, the same agenda', async () => {
    const { j, s, late, incident } = await journalWithMarks();
    const text = exportJson(j.db);
    // The trashed entry's mark stays behind with it (an export holds what the journal shows).
    expect(marksOf(text).map((m) => m.key)).toEqual([`incident:${incident.id}`, `notice:${s.id}:2026-12-31`, `promise:${late.id}:2026-11-20`]);
    expect(marksOf(text)[2]).toMatchObject({ action: 'snoozed', until: '2026-12-09' });
    const target = await freshJournal(TODAY);
    expect(importJson(target.db, text, { mode: 'replace-empty' })).toMatchObject({ marks: 3, marksDropped: [] });
    expect(sameJournalContent(text, exportJson(target.db))).toBe(true);
    expect(agendaMarks(target)).toEqual(agendaMarks(j));
    expect(agendaMarks(target)).toEqual([
      `dismissed incident:${incident.id}`, `dismissed notice:${s.id}:2026-12-31`, `snoozed promise:${late.id}:2026-11-20 until 2026-12-09`,
    ]);
    // And they can be undone there.
    ok(target, 'undoAgendaMark', { key: `incident:${incident.id}` });
  });

  it('added as new beside other suppliers: the marks follow their entries and suppliers to their new ids', async () => {
    const { j } = await journalWithMarks();
    const text = exportJson(j.db);
    const target = await freshJournal(TODAY);
    const mine = ok(target, 'createSupplier', { name: 'Eigen leverancier' });
    for (let i = 0; i < 4; i++) ok(target, 'createEntry', { supplierId: mine.id, kind: 'note', date: '2026-11-01', title: `Mine ${i}` });
    expect(importJson(target.db, text, { mode: 'add-as-new' })).toMatchObject({ marks: 3, marksDropped: [] });
    const twin = ok(target, 'listSuppliers', {}).find((x) => x.name === 'Noordlicht IT')!;
    expect(twin.id).not.toBe(1);
    const titles = new Map(ok(target, 'listEntries', { supplierId: twin.id }).map((e) => [e.title, e.id]));
    expect(agendaMarks(target)).toEqual([
      `dismissed incident:${titles.get('Backup failed')}`, `dismissed notice:${twin.id}:2026-12-31`,
      `snoozed promise:${titles.get('Capacity report')}:2026-11-20 until 2026-12-09`,
    ]);
    // My own supplier's items carry no mark from the file.
    expect(ok(target, 'getAgenda', { today: TODAY, supplierId: mine.id }).dismissed).toEqual([]);
  });

  it('an export from before marks were exported imports with none', async () => {
    const { j } = await journalWithMarks();
    const old = JSON.parse(exportJson(j.db)) as Record<string, unknown>;
    delete old.agendaMarks;
    for (const mode of ['replace-empty', 'add-as-new'] as const) {
      const target = await freshJournal(TODAY);
      expect(importJson(target.db, JSON.stringify(old), { mode })).toMatchObject({ marks: 0, marksDropped: [] });
      expect(agendaMarks(target)).toEqual([]);
    }
  });

  it('a mark whose entry or supplier is not in the file is left out and named; a bad mark refuses the file', async () => {
    const { j, late } = await journalWithMarks();
    const data = JSON.parse(exportJson(j.db)) as JournalExport;
    data.agendaMarks.push({ key: 'promise:999:2026-11-20', action: 'dismissed', until: null, createdAt: '2026-12-01T10:00:00.000Z' });
    const target = await freshJournal(TODAY);
    expect(importJson(target.db, JSON.stringify(data), { mode: 'add-as-new' })).toMatchObject({ marks: 3, marksDropped: [{ key: 'promise:999:2026-11-20', reason: 'markItemNotInFile' }] });

    const bad = JSON.parse(exportJson(j.db)) as { agendaMarks: Record<string, unknown>[] };
    bad.agendaMarks.push({ key: 'lunch:1', action: 'dismissed', until: null, createdAt: '2026-12-01T10:00:00.000Z' });
    bad.agendaMarks.push({ key: `promise:${late.id}:2026-11-20`, action: 'dismissed', until: '2026-12-09', createdAt: '2026-12-01T10:00:00.000Z' });
    bad.agendaMarks.push({ key: 'review:1:2027-01-01', action: 'snoozed', until: null, createdAt: 'yesterday', extra: 1 });
    const empty = await freshJournal(TODAY);
    const err = thrown(() => importJson(empty.db, JSON.stringify(bad), { mode: 'replace-empty' }));
    expect(err.issues.map((i) => `${i.path.join('.')}:${i.key}`)).toEqual([
      'agendaMarks.3.key:invalidAgendaKey', 'agendaMarks.4.key:duplicateAgendaMark', 'agendaMarks.4.until:dismissedHasNoUntil',
      'agendaMarks.5.createdAt:invalidTimestamp', 'agendaMarks.5:unknownField',
    ]);
    expect(ok(empty, 'getJournalInfo', {})).toMatchObject({ suppliers: 0, entries: 0 });
    expect(call(empty, 'getAgenda', { today: TODAY }).ok).toBe(true);
  });
});
