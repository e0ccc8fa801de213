// Before the app shows anything of the journal: is the file usable? When it
// is not, only the recovery screen is shown (no sidebar, nothing that could
// write to it).
import type { ReactNode } from 'react';
import { Spinner } from '../components/Spinner';
import { useJournalStatus } from './queries';
import { RecoveryScreen } from './RecoveryScreen';

export function JournalGate({ children }: { children: ReactNode }) {
  const status = useJournalStatus();
  if (status.isPending) return <Spinner block />;
  if (status.data?.state === 'unusable') return <RecoveryScreen status={status.data} />;
  // When the status cannot be read, the app's own start-up error says so.
  return children;
}
