// Translated validation messages, one beside each field, and a summary for
// errors that belong to no field. Keys come from core/errors.ts.
import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../core/errors';
import { errorText, issueMessage } from '../api/errors';

/**
 * <FieldError id={errorId} issue={decodeIssue(errors.name)} />: the one way a form shows an error
 * beside a field (the field's aria-describedby names `id`, its aria-invalid is set). `text` replaces
 * the catalogue's message where a field says it better.
 */
export function FieldError({ id, issue, text }: { id: string; issue?: Pick<FieldIssue, 'key' | 'params'>; text?: string }) {
  const { t } = useTranslation();
  if (!issue) return null;
  return (
    <p id={id} className="field-error" role="alert">
      <CircleAlert size={14} aria-hidden="true" className="field-error-icon" />
      <span>{text ?? issueMessage(t, issue)}</span>
    </p>
  );
}

/** A failure that is not about one field (or a summary above the fields). */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div className="form-error" role="alert">
      {errorText(t, error)}
    </div>
  );
}
