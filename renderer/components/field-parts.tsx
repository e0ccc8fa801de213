// The parts every labelled field shares: its ids, its label, and the hint and
// translated error under it that aria-describedby points at.
import clsx from 'clsx';
import { useId, type ReactNode } from 'react';
import type { FieldError as RhfFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FieldError } from './FieldError';
import { decodeIssue } from './form';

/** The ids of a field, its hint and its error (and a range text, for dates), and what aria-describedby lists. */
export function useFieldIds(error: RhfFieldError | undefined, hint: ReactNode, range = false) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const rangeId = `${id}-range`;
  const describedBy = clsx(hint && hintId, range && rangeId, error && errorId) || undefined;
  return { id, errorId, hintId, rangeId, describedBy };
}

/** What the label says after its text: " *" when required, " (optional)" when optional. */
export function LabelMarks({ required, optional }: { required?: boolean; optional?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {required && <span className="field-required" aria-hidden="true"> *</span>}
      {optional && <span className="field-optional"> ({t('form.optional')})</span>}
    </>
  );
}

export function Label({ htmlFor, required, optional, children }: { htmlFor: string; required?: boolean; optional?: boolean; children: ReactNode }) {
  return (
    <label className="field-label" htmlFor={htmlFor}>
      {children}
      <LabelMarks required={required} optional={optional} />
    </label>
  );
}

/** The hint and the error under a field (override: a text of its own for some error keys). */
export function FieldMessage({ errorId, hintId, hint, error, override }: {
  errorId: string; hintId: string; hint?: ReactNode; error?: Pick<RhfFieldError, 'message'>; override?: (key: string) => string | null;
}) {
  const issue = decodeIssue(error);
  const replaced = issue && override ? override(issue.key) : null;
  return (
    <>
      {hint && <p id={hintId} className="field-hint">{hint}</p>}
      <FieldError id={errorId} issue={issue} text={replaced ?? undefined} />
    </>
  );
}
