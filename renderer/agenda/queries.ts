// The agenda's reads and writes. Every journal write refreshes every read
// (api/mutation.ts), so settling a promise anywhere updates the agenda too.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../core/agenda';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useFormat } from '../i18n/format';
import { useToday } from './today';

export function useAgenda(supplierId: number | null = null, includePrivate = true) {
  const today = useToday();
  return useQuery({
    queryKey: ['agenda', today, supplierId, includePrivate],
    queryFn: () => api.getAgenda({ today, supplierId, includePrivate }),
  });
}

export const useAgendaSettings = () => useQuery({ queryKey: ['agendaSettings'], queryFn: () => api.getAgendaSettings({}) });

/** Takes back a snooze or a dismissal. */
export function useUndoMark() {
  const { t } = useTranslation('agenda');
  return useJournalMutation(api.undoAgendaMark, { said: () => t('toast.undone') });
}

/** What can be done with one item in place; a snooze, a dismissal and a follow-up marked done offer their undo in the toast. */
export function useAgendaActions(item: AgendaItem) {
  const { t } = useTranslation('agenda');
  const format = useFormat();
  const undo = useUndoMark();
  const offerUndo = { label: t('action.undo'), onClick: () => undo.mutate({ key: item.key }) };
  const snooze = useJournalMutation(api.snoozeAgendaItem, { said: (_, { until }) => ({ text: t('toast.snoozed', { date: format.date(until) }), action: offerUndo }) });
  const dismiss = useJournalMutation(api.dismissAgendaItem, { said: () => ({ text: t('toast.dismissed'), action: offerUndo }) });
  const settle = useJournalMutation(api.settlePromise, { said: () => t('toast.settled', { title: item.title }) });
  const resolve = useJournalMutation(api.resolveIncident, { said: () => t('toast.resolved', { title: item.title }) });
  // Said by the mutation itself (before the reads come again): the row leaves the list once the agenda is read again.
  const done = useJournalMutation(api.markAgendaItemDone, { said: () => ({ text: t('toast.done', { title: item.title }), action: offerUndo }) });
  return { snooze, dismiss, settle, resolve, done };
}
