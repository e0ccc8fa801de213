// A new journal in browser mode (or where the keychain may not be used)
// offers, on the overview, to be locked with a passphrase. Not a dialog: the
// manager can start working and decide later. "Not now" puts it away for
// this start of the app; Settings offers it any time.
import { useQueryClient } from '@tanstack/react-query';
import { Lock } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { PassphraseDialog } from './PassphraseDialog';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';
import { lockStateKey, useLockState } from './queries';
import '../styles/lock.css';

export function PassphraseOffer() {
  const { t } = useTranslation('lock');
  const client = useQueryClient();
  const lockState = useLockState();
  const [setting, setSetting] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const skip = useJournalMutation(() => api.dismissPassphraseOffer({}), { refresh: false, onSuccess: (next) => client.setQueryData(lockStateKey, next) });
  const state = lockState.data;
  if (!state) return null;

  return (
    <>
      {state.offerPassphrase && (
        <section className="lock-offer" aria-labelledby="lock-offer-title">
          <Lock size={20} aria-hidden="true" className="lock-offer-icon" />
          <div className="lock-offer-text">
            <h2 id="lock-offer-title">{t('offer.title')}</h2>
            <p>{t('offer.text')}</p>
          </div>
          <div className="lock-actions">
            <Button variant="primary" onClick={() => setSetting(true)}>{t('offer.set')}</Button>
            <Button variant="ghost" busy={skip.isPending} onClick={() => skip.mutate()}>{t('offer.skip')}</Button>
          </div>
        </section>
      )}
      <PassphraseDialog
        change={setting ? 'set' : null}
        state={state}
        onClose={() => setSetting(false)}
        onDone={({ recoveryKey: made }) => {
          setSetting(false);
          setRecoveryKey(made);
        }}
      />
      <RecoveryKeyDialog recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
    </>
  );
}
