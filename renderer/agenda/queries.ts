// The agenda's reads and writes. Every journal write refreshes every read
// (api/queries.ts), so settling a promise anywhere updates the agenda too.
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useJournalMutation } from '../api/queries';
import { useToday } from './today';

export function useAgenda(supplierId: number | null = null, includePrivate = true) {
  const today = useToday();
  return useQuery({
    queryKey: ['agenda', today, supplierId, includePrivate],
    queryFn: () => api.getAgenda({ today, supplierId, includePrivate }),
  });
}

export const useAgendaSettings = () => useQuery({ queryKey: ['agendaSettings'], queryFn: () => api.getAgendaSettings({}) });

export function useAgendaActions() {
  const snooze = useJournalMutation(api.snoozeAgendaItem);
  const dismiss = useJournalMutation(api.dismissAgendaItem);
  const undo = useJournalMutation(api.undoAgendaMark);
  const settle = useJournalMutation(api.settlePromise);
  const resolve = useJournalMutation(api.resolveIncident);
  return { snooze, dismiss, undo, settle, resolve };
}
