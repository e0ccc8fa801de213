// A new journal in browser mode (or where the keychain may not be used)
// offers once to be locked with a passphrase; "Not now" is remembered for
// this start of the app, and Settings offers it again any time.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockState } from '../../core/lock';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { Modal } from '../components/Dialog';
import { PassphraseDialog } from './PassphraseDialog';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';
import { lockStateKey } from './queries';

export function PassphraseOffer({ state }: { state: LockState }) {
  const { t } = useTranslation('lock');
  const client = useQueryClient();
  const [step, setStep] = useState<'offer' | 'set' | null>(state.offerPassphrase ? 'offer' : null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  const skip = async () => {
    setStep(null);
    client.setQueryData(lockStateKey, await api.dismissPassphraseOffer({}));
  };

  return (
    <>
      <Modal open={step === 'offer'} onOpenChange={(open) => !open && void skip()} title={t('offer.title')} description={t('offer.text')} className="dialog-md">
        <p className="field-hint">{t('offer.later')}</p>
        <div className="dialog-actions">
          <Button onClick={() => void skip()}>{t('offer.skip')}</Button>
          <Button variant="primary" onClick={() => setStep('set')}>{t('offer.set')}</Button>
        </div>
      </Modal>
      <PassphraseDialog
        change={step === 'set' ? 'set' : null}
        state={state}
        onClose={() => void skip()}
        onDone={({ recoveryKey: made }) => {
          setStep(null);
          void client.invalidateQueries();
          setRecoveryKey(made);
        }}
      />
      <RecoveryKeyDialog recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
    </>
  );
}
