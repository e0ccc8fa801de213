// Settings > Lock and encryption: how the journal is kept now, what that
// protects and what not, and the changes: a passphrase (set, change, remove),
// the keychain (desktop app), a new recovery key, the idle time, lock now.
import { useQueryClient } from '@tanstack/react-query';
import { KeyRound, Lock, LockOpen, ShieldCheck, ShieldOff } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { LOCK_AFTER_MINUTES, type LockState } from '../../core/lock';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { Spinner } from '../components/Spinner';
import { useJournalMutation } from '../api/mutation';
import { PassphraseDialog, type Change } from './PassphraseDialog';
import { RecoveryKeyDialog } from './RecoveryKeyDialog';
import { lockStateKey, useLockNow, useLockState } from './queries';
import '../styles/lock.css';
import { useShownAtOnce } from '../api/shown-at-once';

type LockAfter = (typeof LOCK_AFTER_MINUTES)[number];

function Status({ state }: { state: LockState }) {
  const { t } = useTranslation('lock');
  const [Icon, text] =
    state.protection === 'passphrase' ? [Lock, t('settings.statusPassphrase')]
    : state.protection === 'keychain' ? [ShieldCheck, t('settings.statusKeychain')]
    : [ShieldOff, t('settings.statusNone')];
  return (
    <p className={`lock-status lock-status-${state.protection}`} data-testid="lock-status">
      <Icon size={18} aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}

export function LockSettings() {
  const { t } = useTranslation('lock');
  const lockState = useLockState();
  const client = useQueryClient();
  const lockNow = useLockNow();
  const [change, setChange] = useState<Change | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  const setLockAfter = useJournalMutation((minutes: LockAfter | null) => api.setLockSettings({ lockAfterMinutes: minutes }), {
    refresh: false,
    onSuccess: (next) => client.setQueryData(lockStateKey, next),
    said: (_next, minutes) => (minutes === null ? t('settings.savedNever') : t('settings.saved', { after: t('settings.minutes', { count: minutes }) })),
  });

  const [lockAfter, chooseLockAfter, forgetLockAfter] = useShownAtOnce(lockState.data?.lockAfterMinutes ?? null);

  if (lockState.isPending) return <Spinner />;
  if (!lockState.data) return null;
  const state = lockState.data;

  const done = ({ recoveryKey: made }: { recoveryKey: string | null }) => {
    setChange(null);
    if (made) setRecoveryKey(made);
    else toast.success(t('dialog.removed'));
  };

  return (
    <>
      <Status state={state} />
      {state.keychainRefused === 'basic_text' && state.protection !== 'passphrase' && <p className="section-text">{t('settings.keychainRefused')}</p>}
      <p className="section-text">{t('settings.protects')}</p>
      <div className="data-actions">
        {state.protection === 'passphrase' ? (
          <>
            <Button icon={<KeyRound size={16} aria-hidden="true" />} onClick={() => setChange('change')}>{t('settings.changePassphrase')}</Button>
            <Button variant="ghost" icon={<LockOpen size={16} aria-hidden="true" />} onClick={() => setChange(state.keychain ? 'keychain' : 'remove')}>
              {t('settings.removePassphrase')}
            </Button>
          </>
        ) : (
          <Button variant="primary" icon={<Lock size={16} aria-hidden="true" />} onClick={() => setChange('set')}>{t('settings.setPassphrase')}</Button>
        )}
        {state.keychain && state.protection === 'none' && (
          <Button icon={<ShieldCheck size={16} aria-hidden="true" />} onClick={() => setChange('keychain')}>{t('settings.useKeychain')}</Button>
        )}
        {state.protection === 'keychain' && (
          <>
            <Button icon={<KeyRound size={16} aria-hidden="true" />} onClick={() => setChange('newKey')}>{t('settings.newRecoveryKey')}</Button>
            <Button variant="ghost" icon={<LockOpen size={16} aria-hidden="true" />} onClick={() => setChange('remove')}>{t('settings.removeEncryption')}</Button>
          </>
        )}
      </div>
      {state.protection === 'passphrase' && (
        <div className="lock-idle">
          <div className="field">
            <label className="field-label" htmlFor="lock-after">{t('settings.lockAfter')}</label>
            <select
              id="lock-after"
              className="input select"
              value={lockAfter === null ? 'never' : String(lockAfter)}
              onChange={(event) => {
                const chosen = event.target.value === 'never' ? null : (Number(event.target.value) as LockAfter);
                chooseLockAfter(chosen);
                setLockAfter.mutate(chosen, { onError: forgetLockAfter });
              }}
            >
              {LOCK_AFTER_MINUTES.map((m) => <option key={m} value={m}>{t('settings.minutes', { count: m })}</option>)}
              <option value="never">{t('settings.never')}</option>
            </select>
          </div>
          <Button icon={<Lock size={16} aria-hidden="true" />} busy={lockNow.isPending} onClick={() => lockNow.mutate()}>
            {t('settings.lockNow')}
          </Button>
          <p className="field-hint">{t('settings.shortcut')}</p>
        </div>
      )}
      <PassphraseDialog change={change} state={state} onClose={() => setChange(null)} onDone={done} />
      <RecoveryKeyDialog recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} />
    </>
  );
}
