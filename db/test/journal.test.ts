import { describe, expect, it } from 'vitest';
import { openJournal } from '../worker/journal';
import { call, freshJournal, ok, tempFile } from './helpers';

const TODAY = '2026-06-15';

async function withSupplier() {
  const journal = await freshJournal(TODAY);
  const supplier = ok(journal, 'createSupplier', {
    name: 'NorthBridge IT', category: 'Managed services', contractStart: '2025-01-01', contractEnd: '2027-12-31',
    noticeMonths: 3, reviewIntervalMonths: 3, contacts: [{ name: 'Anna de Vries', role: 'Account manager', email: 'anna@example.nl' }],
  });
  return { journal, supplier };
}

describe('suppliers', () => {
  it('creates, reads, updates, ends, reopens and survives reopening the file', async () => {
    const file = tempFile();
    let journal = await openJournal(file, { shell: 'browser' });
    const s = ok(journal, 'createSupplier', { name: '  Acme Hosting ', contacts: [{ name: 'Bob' }] });
    expect(s).toMatchObject({ name: 'Acme Hosting', status: 'active', reviewIntervalMonths: 3, contacts: [{ name: 'Bob', role: '', email: '' }] });
    ok(journal, 'updateSupplier', { id: s.id, name: 'Acme Cloud', category: 'Hosting', noticeMonths: 6 });
    expect(ok(journal, 'endSupplier', { id: s.id, endedOn: '2026-05-01' })).toMatchObject({ status: 'ended', endedOn: '2026-05-01' });
    journal.close();
    journal = await openJournal(file, { shell: 'browser' });
    expect(ok(journal, 'getSupplier', { id: s.id })).toMatchObject({ name: 'Acme Cloud', category: 'Hosting', noticeMonths: 6, status: 'ended' });
    expect(ok(journal, 'reopenSupplier', { id: s.id })).toMatchObject({ status: 'active', endedOn: null });
    journal.close();
  });

  it('rejects bad input with field errors and saves nothing', async () => {
    const journal = await freshJournal();
    const result = call(journal, 'createSupplier', { name: '', contractStart: '2026-05-01', contractEnd: '2026-01-01', contacts: [{ name: 'X', email: 'not-an-email' }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('validation');
      const byPath = Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.key]));
      expect(byPath).toMatchObject({ name: 'required', 'contacts.0.email': 'invalidEmail' });
    }
    const order = call(journal, 'createSupplier', { name: 'Ok', contractStart: '2026-05-01', contractEnd: '2026-01-01' });
    expect(order).toMatchObject({ ok: false, error: { issues: [{ path: ['contractEnd'], key: 'endBeforeStart' }] } });
    expect(call(journal, 'createSupplier', { name: 'Ok', contractStart: '2026-02-30' })).toMatchObject({ ok: false, error: { issues: [{ key: 'invalidDate' }] } });
    expect(ok(journal, 'listSuppliers', {})).toEqual([]);
  });

  it('moves a deleted supplier to the trash and restores it with its journal', async () => {
    const { journal, supplier } = await withSupplier();
    ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-01-02', title: 'Kick-off' });
    ok(journal, 'deleteSupplier', { id: supplier.id });
    expect(ok(journal, 'listSuppliers', {})).toEqual([]);
    expect(call(journal, 'getSupplier', { id: supplier.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(ok(journal, 'listTrash', {})).toMatchObject([{ type: 'supplier', id: supplier.id, title: 'NorthBridge IT' }]);
    ok(journal, 'restoreFromTrash', { type: 'supplier', id: supplier.id });
    expect(ok(journal, 'listEntries', { supplierId: supplier.id })).toHaveLength(1);
    ok(journal, 'deleteSupplier', { id: supplier.id });
    expect(ok(journal, 'emptyTrash', {})).toEqual({ purged: 1 });
    expect(journal.db.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(0);
  });
});

describe('entries', () => {
  it('stores all six kinds with their own fields, newest first', async () => {
    const { journal, supplier } = await withSupplier();
    const base = { supplierId: supplier.id };
    ok(journal, 'createEntry', { ...base, kind: 'interaction', date: '2026-01-10', title: 'Monthly call', channel: 'call', tone: 'positive' });
    ok(journal, 'createEntry', { ...base, kind: 'promise', date: '2026-02-01', title: 'Restore test', dueOn: '2026-03-01', obligation: 'result', inContract: true });
    ok(journal, 'createEntry', { ...base, kind: 'incident', date: '2026-03-05', title: 'Mail outage', severity: 'high', causedBy: 'supplier', impact: '2 hours no mail' });
    ok(journal, 'createEntry', { ...base, kind: 'advice', date: '2026-04-01', title: 'Suggests MFA rollout' });
    ok(journal, 'createEntry', { ...base, kind: 'review', date: '2026-05-01', title: 'Q1 review', scoreAbility: 4, scoreIntegrity: 3 });
    ok(journal, 'createEntry', { ...base, kind: 'note', date: '2026-05-02', title: 'Thoughts', private: true, tags: ['Renewal'] });
    const entries = ok(journal, 'listEntries', { supplierId: supplier.id });
    expect(entries.map((e) => e.kind)).toEqual(['note', 'review', 'advice', 'incident', 'promise', 'interaction']);
    expect(entries[0]).toMatchObject({ private: true, tags: ['renewal'] });
    expect(entries[1]).toMatchObject({ scoreAbility: 4, scoreIntegrity: 3, scoreBenevolence: null });
    expect(entries[3]).toMatchObject({ severity: 'high', resolvedOn: null, impact: '2 hours no mail', causedBy: 'supplier' });
    expect(entries[4]).toMatchObject({ obligation: 'result', inContract: true, status: 'open', settledOn: null });
    expect(entries[5]).toMatchObject({ channel: 'call', tone: 'positive' });
  });

  it('counts open and overdue promises (theirs and ours apart) and open incidents at a glance', async () => {
    const { journal, supplier } = await withSupplier();
    const base = { supplierId: supplier.id, kind: 'promise' as const };
    ok(journal, 'createEntry', { ...base, date: '2026-05-01', title: 'Overdue', dueOn: '2026-06-01' });
    ok(journal, 'createEntry', { ...base, date: '2026-05-01', title: 'Not yet due', dueOn: '2026-07-01' });
    ok(journal, 'createEntry', { ...base, date: '2026-05-01', title: 'Our promise', dueOn: '2026-06-01', side: 'ours' });
    ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'incident', date: '2026-06-01', title: 'Outage', severity: 'critical' });
    expect(ok(journal, 'getSupplier', { id: supplier.id })).toMatchObject({ openPromises: 2, ourOpenPromises: 1, overduePromises: 1, openIncidents: 1 });
  });

  it('settles promises and resolves incidents, with dates checked', async () => {
    const { journal, supplier } = await withSupplier();
    const p = ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'promise', date: '2026-05-01', title: 'Patch', dueOn: '2026-05-10' });
    expect(call(journal, 'settlePromise', { id: p.id, status: 'kept', settledOn: '2026-04-01' })).toMatchObject({ ok: false, error: { issues: [{ key: 'settledBeforeMade' }] } });
    expect(ok(journal, 'settlePromise', { id: p.id, status: 'kept_late', settledOn: '2026-05-20' })).toMatchObject({ status: 'kept_late', settledOn: '2026-05-20' });
    const i = ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'incident', date: '2026-05-03', title: 'Down', severity: 'medium' });
    expect(ok(journal, 'resolveIncident', { id: i.id, resolvedOn: '2026-05-04', handledWell: true })).toMatchObject({ resolvedOn: '2026-05-04', handledWell: true });
    expect(call(journal, 'settlePromise', { id: i.id, status: 'kept', settledOn: '2026-05-05' })).toMatchObject({ ok: false, error: { key: 'notAPromise' } });
  });

  it('edits an entry but never changes its kind', async () => {
    const { journal, supplier } = await withSupplier();
    const e = ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-05-01', title: 'Draft', tags: ['a', 'b'] });
    const edited = ok(journal, 'updateEntry', { id: e.id, supplierId: supplier.id, kind: 'note', date: '2026-05-02', title: 'Final', tags: ['b', 'c'] });
    expect(edited).toMatchObject({ title: 'Final', date: '2026-05-02', tags: ['b', 'c'] });
    expect(call(journal, 'updateEntry', { id: e.id, supplierId: supplier.id, kind: 'advice', date: '2026-05-02', title: 'X' })).toMatchObject({ ok: false, error: { key: 'kindChange' } });
  });

  it('rejects bad entries with a named field and writes nothing', async () => {
    const { journal, supplier } = await withSupplier();
    const cases: [unknown, string, string][] = [
      [{ kind: 'promise', date: '2026-05-01', title: 'X', dueOn: '2026-04-01' }, 'dueOn', 'dueBeforeMade'],
      [{ kind: 'promise', date: '2026-05-01', title: 'X', status: 'kept' }, 'settledOn', 'settledDateRequired'],
      [{ kind: 'incident', date: '2026-05-01', title: 'X', resolvedOn: '2026-04-01' }, 'resolvedOn', 'resolvedBeforeStart'],
      [{ kind: 'review', date: '2026-05-01', title: 'X' }, 'scoreAbility', 'scoreRequired'],
      [{ kind: 'review', date: '2026-05-01', title: 'X', scoreAbility: 6 }, 'scoreAbility', 'tooBig'],
      [{ kind: 'note', date: '2026-13-01', title: 'X' }, 'date', 'invalidDate'],
      [{ kind: 'note', date: '2026-05-01', title: '   ' }, 'title', 'required'],
      [{ kind: 'gossip', date: '2026-05-01', title: 'X' }, 'kind', 'invalidChoice'],
    ];
    for (const [input, field, key] of cases) {
      const result = call(journal, 'createEntry', { supplierId: supplier.id, ...(input as object) } as never);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.issues).toContainEqual(expect.objectContaining({ path: [field], key }));
    }
    expect(call(journal, 'createEntry', { supplierId: 999, kind: 'note', date: '2026-05-01', title: 'X' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(ok(journal, 'listEntries', { supplierId: supplier.id })).toEqual([]);
  });

  it('filters by kind, tag, date range and text (any script, any case)', async () => {
    const { journal, supplier } = await withSupplier();
    const base = { supplierId: supplier.id };
    ok(journal, 'createEntry', { ...base, kind: 'note', date: '2026-01-01', title: 'Back-up ÉCHOUÉ', tags: ['backup'] });
    ok(journal, 'createEntry', { ...base, kind: 'incident', date: '2026-02-01', title: 'Storage full', body: 'back-up failed', tags: ['backup', 'sla'], severity: 'low' });
    ok(journal, 'createEntry', { ...base, kind: 'interaction', date: '2026-03-01', title: 'Lunch', channel: 'visit', tone: 'positive' });
    const titles = (f: object) => ok(journal, 'listEntries', { supplierId: supplier.id, ...f }).map((e) => e.title);
    expect(titles({ kinds: ['incident', 'interaction'] })).toEqual(['Lunch', 'Storage full']);
    expect(titles({ tag: 'SLA' })).toEqual(['Storage full']);
    expect(titles({ from: '2026-01-15', to: '2026-02-15' })).toEqual(['Storage full']);
    expect(titles({ text: 'BACK-UP' })).toEqual(['Storage full', 'Back-up ÉCHOUÉ']);
    expect(titles({ text: 'échoué' })).toEqual(['Back-up ÉCHOUÉ']);
    expect(titles({ text: "%' OR 1=1 --" })).toEqual([]);
    expect(ok(journal, 'listTags', { supplierId: supplier.id })).toEqual(['backup', 'sla']);
  });

  it('deletes to the trash and restores', async () => {
    const { journal, supplier } = await withSupplier();
    const e = ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'note', date: '2026-05-01', title: 'Oops' });
    ok(journal, 'deleteEntry', { id: e.id });
    expect(ok(journal, 'listEntries', { supplierId: supplier.id })).toEqual([]);
    expect(ok(journal, 'listTrash', {})).toMatchObject([{ type: 'entry', id: e.id, title: 'Oops', supplierName: 'NorthBridge IT', kind: 'note' }]);
    ok(journal, 'restoreFromTrash', { type: 'entry', id: e.id });
    expect(ok(journal, 'listEntries', { supplierId: supplier.id })).toHaveLength(1);
  });

  it('has CHECK constraints behind the schemas: a direct bad write is refused', async () => {
    const { journal, supplier } = await withSupplier();
    const insert = (sql: string) => () => journal.db.prepare(sql).run();
    expect(insert(`INSERT INTO entries (supplier_id, kind, date, title, created_at, updated_at) VALUES (${supplier.id}, 'gossip', '2026-01-01', 'x', 'n', 'n')`)).toThrow(/CHECK/);
    expect(insert(`INSERT INTO entries (supplier_id, kind, date, title, created_at, updated_at) VALUES (${supplier.id}, 'note', '2026-02-30', 'x', 'n', 'n')`)).toThrow(/CHECK/);
    expect(insert(`INSERT INTO entries (supplier_id, kind, date, title, obligation, in_contract, status, created_at, updated_at) VALUES (${supplier.id}, 'promise', '2026-01-01', 'x', 'result', 0, 'kept', 'n', 'n')`)).toThrow(/CHECK/);
    expect(insert(`INSERT INTO entries (supplier_id, kind, date, title, created_at, updated_at) VALUES (999, 'note', '2026-01-01', 'x', 'n', 'n')`)).toThrow(/FOREIGN KEY/);
  });
});

describe('preferences', () => {
  it('defaults to the system language and theme, and stores changes', async () => {
    const journal = await freshJournal();
    expect(ok(journal, 'getPreferences', {})).toEqual({ language: null, theme: 'system', managerName: '', projection: true });
    expect(ok(journal, 'updatePreferences', { language: 'nl', theme: 'dark' })).toEqual({ language: 'nl', theme: 'dark', managerName: '', projection: true });
    expect(call(journal, 'updatePreferences', { theme: 'neon' } as never)).toMatchObject({ ok: false, error: { issues: [{ path: ['theme'], key: 'invalidChoice' }] } });
    expect(call(journal, 'updatePreferences', { colour: 'red' } as never)).toMatchObject({ ok: false, error: { issues: [{ key: 'unknownField' }] } });
  });

  it('the projection is in the supplier\'s trust view until the manager switches it off', async () => {
    const journal = await freshJournal();
    const s = ok(journal, 'createSupplier', { name: 'Noordlicht', reviewIntervalMonths: 3 });
    ok(journal, 'createEntry', { supplierId: s.id, kind: 'promise', date: '2026-01-05', title: 'Patch the firewall', dueOn: '2026-12-31', obligation: 'result', inContract: true, status: 'open' });
    const shown = ok(journal, 'getSupplierTrust', { supplierId: s.id });
    expect(shown.projection?.rows[0]!.date).toBe(shown.today);
    expect(shown.projection!.rows.length).toBeGreaterThanOrEqual(91);
    expect(call(journal, 'updatePreferences', { projection: 'no' } as never)).toMatchObject({ ok: false });
    expect(ok(journal, 'updatePreferences', { projection: false }).projection).toBe(false);
    expect(ok(journal, 'getSupplierTrust', { supplierId: s.id }).projection).toBeNull();
    ok(journal, 'updatePreferences', { projection: true });
    expect(ok(journal, 'getSupplierTrust', { supplierId: s.id }).projection).not.toBeNull();
  });
});

describe('the gate', () => {
  it('refuses unknown methods', async () => {
    const journal = await freshJournal();
    const { dispatch } = await import('../../core/dispatch');
    expect(dispatch(journal, 'dropTables', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(dispatch(journal, 'constructor', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });
});
