// A meeting's reads, and the write every change of the meeting screen goes
// through: saved at once (autosave), the meeting read back into the cache
// from the write's own answer, so the screen never waits on a second read.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '../../core/meeting/types';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';

export const meetingKeys = {
  one: (id: number) => ['meeting', id] as const,
  list: (supplierId: number | null) => ['meetings', supplierId] as const,
};

export const useMeeting = (id: number) => useQuery({ queryKey: meetingKeys.one(id), queryFn: () => api.getMeeting({ id }) });
export const useMeetings = (supplierId: number | null) => useQuery({ queryKey: meetingKeys.list(supplierId), queryFn: () => api.listMeetings({ supplierId }) });

/** A change to a meeting: the answer (the whole meeting) goes into the cache; a failure is a toast in the manager's language. */
export function useMeetingChange<TIn>(fn: (input: TIn) => Promise<Meeting>) {
  const client = useQueryClient();
  return useJournalMutation(fn, {
    refresh: false,
    onSuccess: (meeting) => {
      client.setQueryData(meetingKeys.one(meeting.id), meeting);
      void client.invalidateQueries({ queryKey: ['meetings'] });
    },
  });
}
