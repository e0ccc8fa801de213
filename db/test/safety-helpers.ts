// Helpers for the data-safety tests: a rich journal built through the API,
// and a full dump of every table (trash included) to prove "nothing changed".
import crypto from 'node:crypto';
import type { Journal } from '../worker/journal';
import type { ReadableDB } from '../worker/handles';
import { ok } from './helpers';

/** Every row of every table (trash included), as one hash: equal hashes mean an unchanged journal. */
export function dumpHash(db: ReadableDB): string {
  const hash = crypto.createHash('sha256');
  for (const table of ['suppliers', 'entries', 'entry_tags', 'settings']) {
    const order = table === 'entry_tags' ? 'entry_id, tag' : table === 'settings' ? 'key' : 'id';
    hash.update(JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).all()));
  }
  return hash.digest('hex');
}

/** A small journal with every entry kind, odd text, trash, an ended supplier and preferences. */
export function buildRichJournal(journal: Journal): { supplierIds: number[] } {
  ok(journal, 'updatePreferences', { language: 'nl', theme: 'dark', managerName: 'Sanne "de" Vries' });
  const a = ok(journal, 'createSupplier', {
    name: 'Noordlicht; IT, "Services"', category: '=cmd|calc', contractStart: '2024-01-01', contractEnd: '2027-12-31',
    noticeMonths: 6, contractValue: 168000.5, contractCurrency: 'GBP', reviewIntervalMonths: 3,
    contacts: [{ name: 'Marieke', role: 'SDM', email: 'm@example.nl', phone: '+31 20 555 0142' }], notes: 'Line one\nLine two, "quoted"',
  });
  const b = ok(journal, 'createSupplier', { name: 'Ended BV', contractStart: null });
  ok(journal, 'endSupplier', { id: b.id, endedOn: '2026-03-01' });
  const trashed = ok(journal, 'createSupplier', { name: 'Trashed Ltd' });
  const base = { supplierId: a.id };
  ok(journal, 'createEntry', { ...base, kind: 'interaction', date: '2026-01-10', title: 'Call', channel: 'call', tone: 'positive', tags: ['SLA', 'renewal'] });
  ok(journal, 'createEntry', { ...base, kind: 'promise', date: '2026-02-01', title: '-Restore test', dueOn: '2026-03-01', obligation: 'result', inContract: true, status: 'kept_late', settledOn: '2026-03-05' });
  ok(journal, 'createEntry', { ...base, kind: 'incident', date: '2026-03-05', title: '@Outage', severity: 'high', causedBy: 'ours', impact: 'ünïcödé 🚀', handledWell: false });
  ok(journal, 'createEntry', { ...base, kind: 'advice', date: '2026-04-01', title: '+MFA', private: true });
  ok(journal, 'createEntry', { ...base, kind: 'review', date: '2026-05-01', title: 'Q1', scoreAbility: 4, scoreIntegrity: 3 });
  ok(journal, 'createEntry', { supplierId: b.id, kind: 'note', date: '2026-01-02', title: 'Tab\there', body: 'a\r\nb' });
  const gone = ok(journal, 'createEntry', { ...base, kind: 'note', date: '2026-05-02', title: 'In the trash' });
  ok(journal, 'createEntry', { supplierId: trashed.id, kind: 'note', date: '2026-05-02', title: 'Of a trashed supplier' });
  ok(journal, 'deleteEntry', { id: gone.id });
  ok(journal, 'deleteSupplier', { id: trashed.id });
  return { supplierIds: [a.id, b.id] };
}
