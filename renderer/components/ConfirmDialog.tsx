// A question before something that cannot easily be undone, on Radix AlertDialog
// (focus trapped, Escape cancels, focus returns to the trigger).
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import clsx from 'clsx';
import { isValidElement, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from './Button';
import { FormError } from './FieldError';

/**
 * <ConfirmDialog trigger?={<Button>…</Button>} open? onOpenChange? title="…" description="…" confirmLabel="…" danger? busy? failure? onConfirm={…}>fields?</ConfirmDialog>
 * Give either a trigger (uncontrolled) or open/onOpenChange (controlled). onConfirm runs, then the dialog closes;
 * when onConfirm returns a promise (a form to check and save first), the dialog stays open and its caller closes it.
 * Without a confirmLabel there is nothing to confirm: one button (cancelLabel, say "Close") closes it.
 */
export function ConfirmDialog({
  trigger, open, onOpenChange, title, description, confirmLabel, cancelLabel, otherAction, danger, busy, failure, className, onConfirm, children,
}: {
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  /** A text, or an element that is the description itself (a warning block, say). */
  description: ReactNode;
  confirmLabel?: ReactNode;
  cancelLabel?: ReactNode;
  /** A second way forward, between cancel and confirm (a button). */
  otherAction?: ReactNode;
  danger?: boolean;
  /** The action is under way: confirm shows it, cancel and closing wait. */
  busy?: boolean;
  /** Why the action failed (useJournalMutation's `failure`), above the buttons. */
  failure?: unknown;
  /** The dialog's size and look; small by default. */
  className?: string;
  onConfirm?: () => void | Promise<unknown>;
  /** Fields the question needs (e.g. a date), between the description and the buttons. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  // Without a trigger, Radix has nowhere to return focus to: remember where it was.
  const returnTo = useRef<HTMLElement | null>(null);
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !busy && onOpenChange?.(next)}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className={clsx('dialog', className ?? 'dialog-sm')}
          onOpenAutoFocus={() => {
            returnTo.current = document.activeElement as HTMLElement | null;
          }}
          onCloseAutoFocus={(event) => {
            if (trigger || !returnTo.current?.isConnected) return;
            event.preventDefault();
            returnTo.current.focus();
          }}
        >
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>{isValidElement(description) ? description : <p className="dialog-description">{description}</p>}</AlertDialog.Description>
          {children}
          <FormError error={failure} />
          <div className="dialog-actions">
            <AlertDialog.Cancel className={buttonClass({ variant: confirmLabel ? 'secondary' : 'primary' })} disabled={busy}>
              {cancelLabel ?? t('actions.cancel')}
            </AlertDialog.Cancel>
            {otherAction}
            {confirmLabel && (
              <AlertDialog.Action
                className={buttonClass({ variant: danger ? 'danger' : 'primary' })}
                disabled={busy}
                aria-busy={busy || undefined}
                onClick={(event) => {
                  if (onConfirm?.() instanceof Promise) event.preventDefault();
                }}
              >
                {busy && <span className="spinner spinner-sm" aria-hidden="true" />}
                {confirmLabel}
              </AlertDialog.Action>
            )}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
