// Imported first by main.tsx, so it runs before the rest of the app's code is
// evaluated: the start screen's reads go out at once and together (not one
// after another as each screen mounts), and the answers are on their way
// while React and the screens load. Should the journal be unusable, the gate
// shows the recovery screen and these answers are never shown.
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiFailure } from './api/client';
import { preferencesQuery, suppliersQuery } from './api/queries';
import { journalStatusQuery } from './data/queries';
import { lockStateQuery } from './lock/queries';
import { portfolioQuery } from './trust/queries';

/**
 * A journal found damaged during the session (the whole-file check after the
 * start, or a call that met a damaged page, which has the file read whole at
 * once) answers 'unavailable' or 'corruptJournal': the gate asks for the
 * status again and shows the recovery screen instead of a screen of errors.
 */
function askStatusAgain(error: unknown, queryKey?: readonly unknown[]) {
  if (!(error instanceof ApiFailure)) return;
  if (error.error.code !== 'unavailable' && error.error.key !== 'corruptJournal') return;
  if (queryKey && queryKey[0] === journalStatusQuery.queryKey[0]) return;
  void queryClient.invalidateQueries({ queryKey: journalStatusQuery.queryKey });
}

export const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 30_000 } },
  queryCache: new QueryCache({ onError: (error, query) => askStatusAgain(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => askStatusAgain(error) }),
});

void queryClient.prefetchQuery(lockStateQuery);
void queryClient.prefetchQuery(journalStatusQuery);
void queryClient.prefetchQuery(preferencesQuery);
void queryClient.prefetchQuery(suppliersQuery);
if (window.location.hash === '' || window.location.hash === '#/') void queryClient.prefetchQuery(portfolioQuery);

// The first number and date formatter a page builds sets up the browser's
// locale data (50–100 ms here), whatever the language. Done now, it happens
// while the answers above are on their way instead of in the first render.
setTimeout(() => {
  new Intl.NumberFormat(navigator.language, { style: 'percent' }).format(0.5);
  new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium' }).format(0);
}, 0);
