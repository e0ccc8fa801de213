// A question before something that cannot easily be undone, on Radix AlertDialog
// (focus trapped, Escape cancels, focus returns to the trigger).
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from './Button';

/**
 * <ConfirmDialog trigger?={<Button>…</Button>} open? onOpenChange? title="…" description="…" confirmLabel="…" danger? busy? onConfirm={…}>fields?</ConfirmDialog>
 * Give either a trigger (uncontrolled) or open/onOpenChange (controlled). onConfirm runs, then the dialog closes;
 * when onConfirm returns a promise (a form to check and save first), the dialog stays open and its caller closes it.
 */
export function ConfirmDialog({
  trigger, open, onOpenChange, title, description, confirmLabel, cancelLabel, danger, busy, onConfirm, children,
}: {
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  danger?: boolean;
  /** Disables the confirm button (the action is under way). */
  busy?: boolean;
  onConfirm: () => void | Promise<unknown>;
  /** Fields the question needs (e.g. a date), between the description and the buttons. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  // Without a trigger, Radix has nowhere to return focus to: remember where it was.
  const returnTo = useRef<HTMLElement | null>(null);
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog dialog-sm"
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
          <AlertDialog.Description className="dialog-description">{description}</AlertDialog.Description>
          {children}
          <div className="dialog-actions">
            <AlertDialog.Cancel className={buttonClass({ variant: 'secondary' })}>{cancelLabel ?? t('actions.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action
              className={buttonClass({ variant: danger ? 'danger' : 'primary' })}
              disabled={busy}
              aria-busy={busy || undefined}
              onClick={(event) => {
                if (onConfirm() instanceof Promise) event.preventDefault();
              }}
            >
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
