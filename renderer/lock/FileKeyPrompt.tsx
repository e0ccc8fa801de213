// A file to restore that is locked with another key than the journal's (a
// backup of someone else's journal, an upload): its recovery key is asked,
// and the file is looked at again with it. The restored journal keeps this
// journal's own key.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../core/errors';
import { Button } from '../components/Button';
import { apiError } from '../data/format';
import { PassphraseField } from './PassphraseField';

export function FileKeyPrompt({ onKey }: { onKey: (recoveryKey: string) => Promise<void> }) {
  const { t } = useTranslation('data');
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [issue, setIssue] = useState<Pick<FieldIssue, 'key' | 'params'> | null>(null);
  return (
    <form
      className="lock-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (key === '') return;
        setBusy(true);
        setIssue(null);
        onKey(key)
          .catch((err: unknown) => {
            const error = apiError(err);
            setIssue(error.issues[0] ?? { key: error.key, params: {} });
          })
          .finally(() => setBusy(false));
      }}
    >
      <h3 className="data-subtitle">{t('restore.askKeyTitle')}</h3>
      <p className="section-text">{t('restore.askKeyText')}</p>
      <PassphraseField name="file-recovery-key" kind="recoveryKey" label={t('restore.recoveryKey')} hint={t('lock:unlock.recoveryKeyHint')} value={key} onChange={setKey} issue={issue} autoComplete="off" />
      <div className="lock-actions">
        <Button type="submit" variant="primary" busy={busy} disabled={key === ''}>{t('restore.tryKey')}</Button>
      </div>
    </form>
  );
}
