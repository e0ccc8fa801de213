// Builders for the agenda's tests: a supplier and entries as the rules read them.
import type { AgendaEntry, AgendaSupplier } from './types';

export const supplier = (id: number, over: Partial<AgendaSupplier> = {}): AgendaSupplier => ({
  id, name: `Supplier ${id}`, status: 'active', contractStart: null, contractEnd: null, noticeMonths: null, autoRenews: false,
  renewalMonths: null, reviewIntervalMonths: null, createdOn: '2026-01-01', lastReviewOn: null, lastEntryOn: '2026-11-30',
  updatedAt: '2026-01-01T09:00:00.000Z', ...over,
});

export const entry = (id: number, over: Partial<AgendaEntry> = {}): AgendaEntry => ({
  id, supplierId: 1, kind: 'note', date: '2026-11-01', title: `Entry ${id}`, private: false, side: 'supplier', dueOn: null, status: null,
  settledOn: null, resolvedOn: null, severity: null, followUpOn: null, createdOn: '2026-11-01', updatedAt: '2026-11-01T09:00:00.000Z', ...over,
});

export const openPromise = (id: number, dueOn: string, over: Partial<AgendaEntry> = {}) => entry(id, { kind: 'promise', dueOn, status: 'open', ...over });
export const openIncident = (id: number, date: string, over: Partial<AgendaEntry> = {}) =>
  entry(id, { kind: 'incident', date, severity: 'high', ...over });
