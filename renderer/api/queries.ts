// The journal's reads, through TanStack Query. Writes go through
// useJournalMutation (mutation.ts), which fetches the reads again.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntryFilter } from '../../core/schemas';
import { api } from './client';

export const keys = {
  info: ['info'] as const,
  preferences: ['preferences'] as const,
  suppliers: ['suppliers'] as const,
  supplier: (id: number) => ['supplier', id] as const,
  entries: (filter: EntryFilter) => ['entries', filter] as const,
  entry: (id: number) => ['entry', id] as const,
  tags: (supplierId: number | null) => ['tags', supplierId] as const,
  trash: ['trash'] as const,
  templates: ['templates'] as const,
};

export const useJournalInfo = () => useQuery({ queryKey: keys.info, queryFn: () => api.getJournalInfo({}) });
export const preferencesQuery = queryOptions({ queryKey: keys.preferences, queryFn: () => api.getPreferences({}) });
export const suppliersQuery = queryOptions({ queryKey: keys.suppliers, queryFn: () => api.listSuppliers({ includeEnded: true }) });
export const usePreferences = () => useQuery(preferencesQuery);
export const useSuppliers = () => useQuery(suppliersQuery);
export const useSupplier = (id: number) => useQuery({ queryKey: keys.supplier(id), queryFn: () => api.getSupplier({ id }) });
export const useEntries = (filter: EntryFilter) => useQuery({ queryKey: keys.entries(filter), queryFn: () => api.listEntries(filter) });
export const useEntry = (id: number) => useQuery({ queryKey: keys.entry(id), queryFn: () => api.getEntry({ id }) });
export const useTags = (supplierId: number | null) => useQuery({ queryKey: keys.tags(supplierId), queryFn: () => api.listTags({ supplierId }) });
export const useTrash = () => useQuery({ queryKey: keys.trash, queryFn: () => api.listTrash({}) });
export const useTemplates = () => useQuery({ queryKey: keys.templates, queryFn: () => api.listEntryTemplates({}) });
