// The only thing shown while the journal is locked: its passphrase (or its
// recovery key) asked, the journal's file named, and nothing of what it holds.
// A wrong try says so beside the field and changes nothing; after ten in a
// row the shell makes the next one wait, and the screen counts it down.
import { useQueryClient } from '@tanstack/react-query';
import { FolderOpen, LockKeyhole } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockState } from '../../core/lock';
import { api } from '../api/client';
import { Button, buttonClass } from '../components/Button';
import { apiError } from '../api/errors';
import { useJournalMutation } from '../api/mutation';
import { issueOf, type Issue } from './issue';
import { PassphraseField } from './PassphraseField';
import { dropJournalData } from './queries';
import '../styles/lock.css';

export function UnlockScreen({ state }: { state: LockState }) {
  const { t } = useTranslation('lock');
  const client = useQueryClient();
  const onlyRecovery = state.unlockWith === 'recoveryKey';
  const [useRecovery, setUseRecovery] = useState(onlyRecovery);
  const [secret, setSecret] = useState('');
  const [issue, setIssue] = useState<Issue | null>(null);
  const [waitUntil, setWaitUntil] = useState(() => (state.retryAfterMs > 0 ? Date.now() + state.retryAfterMs : 0));
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    document.title = t('unlock.docTitle');
    return () => {
      document.title = 'Rapport';
    };
  }, [t]);

  // The wait after too many wrong tries, counted down.
  useEffect(() => {
    if (waitUntil <= now) return;
    const id = window.setTimeout(() => setNow(Date.now()), 1000);
    return () => window.clearTimeout(id);
  }, [waitUntil, now]);
  const seconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  const unlock = useJournalMutation((given: string) => api.unlock(useRecovery ? { recoveryKey: given } : { passphrase: given }), {
    // Start from nothing: every screen reads the journal anew.
    refresh: false,
    onMutate: () => setIssue(null),
    onSuccess: (next) => {
      setSecret('');
      dropJournalData(client, next);
    },
    fields: (error) => {
      const found = issueOf(error);
      setIssue(found);
      // After too many wrong tries the shell makes the next one wait: count it down.
      const wait = Number(apiError(error).key === 'tooManyTries' ? (found.params.seconds ?? 0) : (found.params.waitSeconds ?? 0));
      if (wait > 0) {
        setWaitUntil(Date.now() + wait * 1000);
        setNow(Date.now());
      }
      return true;
    },
  });
  const submit = () => {
    if (secret !== '' && !unlock.isPending) unlock.mutate(secret);
  };

  const shell = window.rapportShell;
  return (
    <main className="recovery lock-screen" aria-labelledby="unlock-title">
      <div className="recovery-card lock-card">
        <div className="recovery-icon lock-icon" aria-hidden="true"><LockKeyhole size={30} /></div>
        <h1 id="unlock-title" className="recovery-title">{t('unlock.title')}</h1>
        <p className="recovery-lead">{useRecovery ? t('unlock.textRecovery') : t('unlock.text')}</p>
        {onlyRecovery && <p className="lock-note">{t('unlock.whyRecovery')}</p>}
        <form
          className="lock-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <PassphraseField
            key={useRecovery ? 'recovery' : 'passphrase'}
            name={useRecovery ? 'recoveryKey' : 'passphrase'}
            kind={useRecovery ? 'recoveryKey' : 'passphrase'}
            label={useRecovery ? t('unlock.recoveryKey') : t('unlock.passphrase')}
            hint={useRecovery ? t('unlock.recoveryKeyHint') : undefined}
            value={secret}
            onChange={setSecret}
            issue={issue}
            autoComplete={useRecovery ? 'off' : 'current-password'}
            autoFocus
          />
          {seconds > 0 && <p className="lock-wait" role="status">{t('unlock.wait', { seconds })}</p>}
          <div className="lock-actions">
            <Button type="submit" variant="primary" busy={unlock.isPending} disabled={secret === '' || seconds > 0}>
              {t('unlock.submit')}
            </Button>
            {!onlyRecovery && (
              <button
                type="button"
                className={buttonClass({ variant: 'ghost' })}
                onClick={() => {
                  setUseRecovery(!useRecovery);
                  setSecret('');
                  setIssue(null);
                }}
              >
                {useRecovery ? t('unlock.usePassphrase') : t('unlock.useRecoveryKey')}
              </button>
            )}
          </div>
        </form>
        {!useRecovery && <p className="lock-note">{t('unlock.forgot')}</p>}
        <div className="recovery-facts">
          <p>{t('unlock.file')}</p>
          <code className="path">{state.dataFile}</code>
        </div>
        {shell && (
          <Button className="lock-other" icon={<FolderOpen size={16} aria-hidden="true" />} onClick={() => void shell.openJournal()}>
            {t('unlock.other')}
          </Button>
        )}
      </div>
    </main>
  );
}
