// Reads and writes through TanStack Query. The journal is local and small, so
// every successful write simply refreshes every read: no stale screen anywhere.
import { queryOptions, useMutation, useQuery, useQueryClient, type UseMutationOptions } from '@tanstack/react-query';
import type { EntryFilter } from '../../core/schemas';
import { api, type ApiFailure } from './client';

export const keys = {
  info: ['info'] as const,
  preferences: ['preferences'] as const,
  suppliers: ['suppliers'] as const,
  supplier: (id: number) => ['supplier', id] as const,
  entries: (filter: EntryFilter) => ['entries', filter] as const,
  entry: (id: number) => ['entry', id] as const,
  tags: (supplierId: number | null) => ['tags', supplierId] as const,
  trash: ['trash'] as const,
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

/** A write to the journal; on success every query is refetched. */
export function useJournalMutation<TIn, TOut>(fn: (input: TIn) => Promise<TOut>, options: UseMutationOptions<TOut, ApiFailure, TIn> = {}) {
  const client = useQueryClient();
  return useMutation<TOut, ApiFailure, TIn>({
    ...options,
    mutationFn: fn,
    onSuccess: async (...args) => {
      await client.invalidateQueries();
      await options.onSuccess?.(...args);
    },
  });
}
