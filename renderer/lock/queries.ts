// The journal's lock as the page sees it: its state (locked, how it is
// kept), and locking, which also drops everything the page had read of the
// journal (TanStack Query's cache: suppliers, entries, charts).
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LockState } from '../../core/lock';
import { api, ApiFailure } from '../api/client';
import { useJournalMutation } from '../api/mutation';

export const lockStateKey = ['lockState'] as const;

export const lockStateQuery = queryOptions({ queryKey: lockStateKey, queryFn: () => api.getLockState({}), staleTime: Infinity });
export const useLockState = () => useQuery(lockStateQuery);

/** A call refused because the journal is locked (the shell locked it: idle time, the menu, another tab). */
export function isLockedError(error: unknown): boolean {
  return error instanceof ApiFailure && error.error.key === 'journalLocked';
}

/** Forgets all the page read of the journal and shows the lock's state as it now is. */
export function dropJournalData(client: QueryClient, state: LockState | null): void {
  // Everything but the lock's own state, which the gate watches.
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== lockStateKey[0] });
  client.getMutationCache().clear();
  if (state) client.setQueryData(lockStateKey, state);
  else void client.invalidateQueries({ queryKey: lockStateKey });
}

/** Locks now: the shell drops the key, the page its data; the unlock screen is all that is left. A failure is a toast. */
export function useLockNow() {
  const client = useQueryClient();
  return useJournalMutation(() => api.lock({}), { refresh: false, onSuccess: (state) => dropJournalData(client, state) });
}

/** The language and theme last used, kept in this browser so the unlock screen speaks the journal's language (nothing else is kept). */
const LOOK_KEY = 'rapport-look';

export function rememberLook(look: { language: string | null; theme: string }): void {
  try {
    window.localStorage.setItem(LOOK_KEY, JSON.stringify(look));
  } catch {
    // storage refused: the unlock screen follows the system
  }
}

export function rememberedLook(): { language: 'nl' | 'en' | null; theme: 'light' | 'dark' | 'system' } {
  try {
    const look = JSON.parse(window.localStorage.getItem(LOOK_KEY) ?? '{}') as { language?: unknown; theme?: unknown };
    return {
      language: look.language === 'nl' || look.language === 'en' ? look.language : null,
      theme: look.theme === 'light' || look.theme === 'dark' ? look.theme : 'system',
    };
  } catch {
    return { language: null, theme: 'system' };
  }
}
