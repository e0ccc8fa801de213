// Translated validation messages, one beside each field, and a summary for
// errors that belong to no field. Keys come from core/errors.ts.
import { CircleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../core/errors';
import { ApiFailure } from '../api/client';

export function issueText(t: (key: string, params?: Record<string, unknown>) => string, issue: Pick<FieldIssue, 'key' | 'params'>) {
  return t(`errors:${issue.key}`, issue.params);
}

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
      <span>{text ?? issueText(t, issue)}</span>
    </p>
  );
}

/** A failure that is not about one field (or a summary above the fields). */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const apiError: ApiError | null = error instanceof ApiFailure ? error.error : null;
  const key = apiError?.key ?? 'internal';
  return (
    <div className="form-error" role="alert">
      {t(`errors:${key}`)}
    </div>
  );
}
