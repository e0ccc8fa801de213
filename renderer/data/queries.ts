// Reads about the journal file itself: its status and its backups.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

export const dataKeys = {
  status: ['journalStatus'] as const,
  backups: ['backups'] as const,
};

export const journalStatusQuery = queryOptions({ queryKey: dataKeys.status, queryFn: () => api.getJournalStatus({}), staleTime: Infinity });
export const useJournalStatus = () => useQuery(journalStatusQuery);
export const useBackups = () => useQuery({ queryKey: dataKeys.backups, queryFn: () => api.listBackups({}) });
