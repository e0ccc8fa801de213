// Reads and writes about the journal file itself (status, backups, restore).
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../api/client';

export const dataKeys = {
  status: ['journalStatus'] as const,
  backups: ['backups'] as const,
};

export const journalStatusQuery = queryOptions({ queryKey: dataKeys.status, queryFn: () => api.getJournalStatus({}), staleTime: Infinity });
export const useJournalStatus = () => useQuery(journalStatusQuery);
export const useBackups = () => useQuery({ queryKey: dataKeys.backups, queryFn: () => api.listBackups({}) });

/** After a restore or an import every screen must show the journal as it now is: refetch everything. */
export function useRefreshEverything() {
  const client = useQueryClient();
  return useCallback(() => client.invalidateQueries(), [client]);
}
