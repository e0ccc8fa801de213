// Changing how the journal is kept: setting, changing or removing the
// passphrase, the keychain, a new key. Each asks the current passphrase
// again (when there is one), says what it will do, and waits while the shell
// writes the journal anew, verifies it and swaps it in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockState, NewKey } from '../../core/lock';
import { MIN_PASSPHRASE } from '../../core/lock-limits';
import { api } from '../api/client';
import { apiError } from '../api/errors';
import { useJournalMutation } from '../api/mutation';
import { FormDialog } from '../components/FormDialog';
import { issueOf, type Issue } from './issue';
import { PassphraseField } from './PassphraseField';

export type Change = 'set' | 'change' | 'remove' | 'keychain' | 'newKey';

const TITLES: Record<Change, string> = {
  set: 'dialog.setTitle', change: 'dialog.changeTitle', remove: 'dialog.removeTitle', keychain: 'dialog.keychainTitle', newKey: 'dialog.newKeyTitle',
};
const TEXTS: Record<Change, string> = {
  set: 'dialog.setText', change: 'dialog.changeText', remove: 'dialog.removeText', keychain: 'dialog.keychainText', newKey: 'dialog.keychainText',
};
const SUBMITS: Record<Change, string> = {
  set: 'dialog.submitSet', change: 'dialog.submitChange', remove: 'dialog.submitRemove', keychain: 'dialog.submitKeychain', newKey: 'dialog.submitNewKey',
};

export function PassphraseDialog({ change, state, onClose, onDone }: {
  change: Change | null;
  state: LockState;
  onClose: () => void;
  /** The change was made: a new recovery key (to show once), or none (unlocked for good). */
  onDone: (result: { recoveryKey: string | null }) => void;
}) {
  const { t } = useTranslation('lock');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [issues, setIssues] = useState<Record<string, Issue | null>>({});
  const asksCurrent = state.protection === 'passphrase';
  const asksNew = change === 'set' || change === 'change';

  const reset = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setIssues({});
  };

  const save = useJournalMutation(
    async (change: Change): Promise<{ recoveryKey: string | null }> => {
      const given = asksCurrent ? current : null;
      let made: NewKey | null = null;
      if (change === 'set' || change === 'change') made = await api.setPassphrase({ passphrase: next, current: given });
      else if (change === 'keychain' || change === 'newKey') made = await api.useKeychain({ current: given });
      else await api.removeProtection({ current: given });
      return { recoveryKey: made?.recoveryKey ?? null };
    },
    {
      // The journal was written anew: every screen reads it again.
      onSuccess: (result) => {
        reset();
        onDone(result);
      },
      fields: (error) => {
        const issue = issueOf(error);
        const field = String(issue.path?.[0] ?? (apiError(error).key === 'wrongPassphrase' ? 'current' : 'form'));
        if (field === 'form') return false;
        setIssues({ [field === 'passphrase' && !asksNew ? 'current' : field]: issue });
        return true;
      },
    },
  );

  const submit = () => {
    if (!change || save.isPending) return;
    const found: Record<string, Issue | null> = {};
    if (asksNew && next.length < MIN_PASSPHRASE) found.passphrase = { key: 'passphraseTooShort', params: {} };
    else if (asksNew && next !== repeat) found.repeat = { key: 'passphraseMismatch', params: {} };
    if (asksCurrent && current === '') found.current = { key: 'currentPassphraseRequired', params: {} };
    setIssues(found);
    if (Object.values(found).some(Boolean)) return;
    save.reset();
    save.mutate(change);
  };

  return (
    <FormDialog
      open={change !== null}
      onOpenChange={(open) => {
        if (!open) {
          reset();
          save.reset();
          onClose();
        }
      }}
      title={change ? t(TITLES[change]) : ''}
      description={change ? t(TEXTS[change]) : ''}
      dialogClassName="dialog-md"
      className="lock-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      submitLabel={change ? t(SUBMITS[change]) : ''}
      danger={change === 'remove'}
      busy={save.isPending}
      failure={save.failure}
      hint={save.isPending ? <span role="status">{t('dialog.working')}</span> : undefined}
    >
      {asksCurrent && (
        <PassphraseField name="current" label={t('dialog.current')} value={current} onChange={setCurrent} issue={issues.current} autoFocus />
      )}
      {asksNew && (
        <>
          <PassphraseField
            name="new-passphrase" label={t('dialog.new')} hint={t('dialog.hint')} value={next} onChange={setNext} issue={issues.passphrase}
            autoComplete="new-password" autoFocus={!asksCurrent}
          />
          <PassphraseField name="repeat-passphrase" label={t('dialog.repeat')} value={repeat} onChange={setRepeat} issue={issues.repeat} autoComplete="new-password" />
        </>
      )}
    </FormDialog>
  );
}
