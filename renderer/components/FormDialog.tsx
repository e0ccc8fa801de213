// A dialog that is one form, and the form part on its own (for a form that
// sits in a sheet or beside a preview): the fields, the failure that names
// no field (FormError; a field's own issue shows beside it), and Cancel
// beside the submit button. While the form is being saved the submit button
// is busy and the dialog stays open.
import clsx from 'clsx';
import { useEffect, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Modal, useReportDraft } from './Dialog';
import { FormError } from './FieldError';

export interface DialogFormProps {
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  submitLabel: ReactNode;
  /** The submit button says that it takes something away (as ConfirmDialog's danger). */
  danger?: boolean;
  /** Saving: the submit button shows it, Cancel and closing wait. */
  busy?: boolean;
  /** The submit button cannot be used yet (nothing to send). */
  disabled?: boolean;
  /** A failure that names no field (useJournalMutation's `failure`). */
  failure?: unknown;
  /** Beside the buttons: a keyboard shortcut, say. */
  hint?: ReactNode;
  /** A button of the form's own, first in the row of buttons ("Save as template…"). */
  extra?: ReactNode;
  /** The form's accessible name, where the dialog's title does not give it. */
  label?: string;
  className?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  /**
   * The form holds work not yet saved (react-hook-form's isDirty): closing the dialog asks first.
   * Without it, anything typed into the form counts.
   */
  dirty?: boolean;
  children: ReactNode;
}

/**
 * Ctrl+Enter (Cmd+Enter) saves from any field, read before the field sees the key:
 * a date field's segments keep their keys to themselves.
 */
function saveOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  event.stopPropagation();
  event.currentTarget.requestSubmit();
}

/** <DialogForm onSubmit onCancel submitLabel="…" busy failure>fields</DialogForm> */
export function DialogForm({ onSubmit, onCancel, submitLabel, danger, busy, disabled, failure, hint, extra, label, className, onKeyDown, dirty, children }: DialogFormProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(false);
  const report = useReportDraft();
  const holdsWork = dirty ?? typed;
  useEffect(() => {
    report?.(holdsWork);
    return () => report?.(false);
  }, [report, holdsWork]);
  return (
    <form className={clsx('dialog-form', className)} noValidate onSubmit={onSubmit} onKeyDown={onKeyDown} onKeyDownCapture={saveOnCtrlEnter} onInput={() => setTyped(true)} aria-label={label}>
      {children}
      <FormError error={failure} />
      <div className="dialog-actions">
        {extra}
        {hint && <span className="muted form-shortcut-hint">{hint}</span>}
        <Button variant="secondary" onClick={onCancel} disabled={busy}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" variant={danger ? 'danger' : 'primary'} busy={busy} disabled={disabled}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}

/** <FormDialog open onOpenChange title="…" description? onSubmit submitLabel="…" busy failure>fields</FormDialog> */
export function FormDialog({ open, onOpenChange, title, description, wide, dialogClassName, ...form }: Omit<DialogFormProps, 'onCancel'> & {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  wide?: boolean;
  dialogClassName?: string;
}) {
  const change = (next: boolean) => {
    if (!form.busy) onOpenChange(next);
  };
  return (
    <Modal open={open} onOpenChange={change} title={title} description={description} wide={wide} className={dialogClassName}>
      <DialogForm {...form} onCancel={() => change(false)} />
    </Modal>
  );
}
