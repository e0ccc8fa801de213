// A labelled passphrase or recovery-key input with its hint and its error
// beside it (aria-describedby, aria-invalid), never autocompleted from or
// into the browser's password store by accident.
import { useId } from 'react';
import { FieldError } from '../components/FieldError';
import type { FieldIssue } from '../../core/errors';

export function PassphraseField({
  label, value, onChange, hint, issue, autoFocus, autoComplete = 'current-password', kind = 'passphrase', name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  issue?: Pick<FieldIssue, 'key' | 'params'> | null;
  autoFocus?: boolean;
  autoComplete?: 'current-password' | 'new-password' | 'off';
  kind?: 'passphrase' | 'recoveryKey';
  name: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, issue ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        className={kind === 'recoveryKey' ? 'input lock-key-input' : 'input'}
        type={kind === 'recoveryKey' ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        autoCapitalize="off"
        spellCheck={false}
        autoFocus={autoFocus}
        aria-invalid={issue ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint && <p id={hintId} className="field-hint">{hint}</p>}
      <FieldError id={errorId} issue={issue ?? undefined} />
    </div>
  );
}
