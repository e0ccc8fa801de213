// Changing how the journal is kept: setting, changing or removing the
// passphrase, the keychain, a new key. Each asks the current passphrase
// again (when there is one), says what it will do, and waits while the shell
// writes the journal anew, verifies it and swaps it in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../core/errors';
import { MIN_PASSPHRASE, type LockState, type NewKey } from '../../core/lock';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { Modal } from '../components/Dialog';
import { apiError } from '../data/format';
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

type Issue = Pick<FieldIssue, 'key' | 'params'>;

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
  const [busy, setBusy] = useState(false);
  const asksCurrent = state.protection === 'passphrase';
  const asksNew = change === 'set' || change === 'change';

  const reset = () => {
    setCurrent('');
    setNext('');
    setRepeat('');
    setIssues({});
  };

  const submit = async () => {
    if (!change || busy) return;
    const found: Record<string, Issue | null> = {};
    if (asksNew && next.length < MIN_PASSPHRASE) found.passphrase = { key: 'passphraseTooShort', params: {} };
    else if (asksNew && next !== repeat) found.repeat = { key: 'passphraseMismatch', params: {} };
    if (asksCurrent && current === '') found.current = { key: 'currentPassphraseRequired', params: {} };
    setIssues(found);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      const given = asksCurrent ? current : null;
      let made: NewKey | null = null;
      if (change === 'set' || change === 'change') made = await api.setPassphrase({ passphrase: next, current: given });
      else if (change === 'keychain' || change === 'newKey') made = await api.useKeychain({ current: given });
      else await api.removeProtection({ current: given });
      reset();
      onDone({ recoveryKey: made?.recoveryKey ?? null });
    } catch (err) {
      const error = apiError(err);
      const issue = error.issues.find((i) => i.key === error.key) ?? error.issues[0] ?? { key: error.key, params: {}, path: [] };
      const field = String(issue.path?.[0] ?? (error.key === 'wrongPassphrase' ? 'current' : 'form'));
      setIssues({ [field === 'passphrase' && !asksNew ? 'current' : field]: issue });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={change !== null}
      onOpenChange={(open) => {
        if (!open && !busy) {
          reset();
          onClose();
        }
      }}
      title={change ? t(TITLES[change]) : ''}
      description={change ? t(TEXTS[change]) : ''}
      className="dialog-md"
    >
      <form
        className="lock-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
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
        {issues.form && <div className="form-error" role="alert">{t([`errors:${issues.form.key}`, 'errors:internal'], issues.form.params)}</div>}
        {busy && <p className="lock-note" role="status">{t('dialog.working')}</p>}
        <div className="dialog-actions">
          <Button onClick={() => { reset(); onClose(); }} disabled={busy}>{t('common:actions.cancel')}</Button>
          <Button type="submit" variant={change === 'remove' ? 'danger' : 'primary'} busy={busy}>{change ? t(SUBMITS[change]) : ''}</Button>
        </div>
      </form>
    </Modal>
  );
}
