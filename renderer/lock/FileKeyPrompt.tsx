// A file to restore that is locked with another key than the journal's (a
// backup of someone else's journal, an upload): its recovery key is asked,
// and the file is looked at again with it. The restored journal keeps this
// journal's own key.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileSummary } from '../../core/files';
import { ApiFailure } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { PassphraseField } from './PassphraseField';
import { issueOf, type Issue } from './issue';

export function FileKeyPrompt({ read, onRead }: {
  /** Looks at the file again with this recovery key. */
  read: (recoveryKey: string) => Promise<FileSummary>;
  /** The key opened it: what it holds. */
  onRead: (summary: FileSummary, recoveryKey: string) => void;
}) {
  const { t } = useTranslation('data');
  const [key, setKey] = useState('');
  const [issue, setIssue] = useState<Issue | null>(null);
  const tryKey = useJournalMutation(
    async (recoveryKey: string) => {
      const summary = await read(recoveryKey);
      // The file still would not open: that key is not its key (or it is no journal at all).
      if (!summary.ok) throw new ApiFailure({ code: 'conflict', key: 'wrongRecoveryKey', issues: [{ path: ['recoveryKey'], key: 'wrongRecoveryKey', params: {} }] });
      return summary;
    },
    {
      refresh: false,
      onMutate: () => setIssue(null),
      onSuccess: (summary, recoveryKey) => onRead(summary, recoveryKey),
      fields: (error) => {
        setIssue(issueOf(error));
        return true;
      },
    },
  );
  return (
    <form
      className="lock-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (key !== '') tryKey.mutate(key);
      }}
    >
      <h3 className="data-subtitle">{t('restore.askKeyTitle')}</h3>
      <p className="section-text">{t('restore.askKeyText')}</p>
      <PassphraseField name="file-recovery-key" kind="recoveryKey" label={t('restore.recoveryKey')} hint={t('lock:unlock.recoveryKeyHint')} value={key} onChange={setKey} issue={issue} autoComplete="off" />
      <div className="lock-actions">
        <Button type="submit" variant="primary" busy={tryKey.isPending} disabled={key === ''}>{t('restore.tryKey')}</Button>
      </div>
    </form>
  );
}
