// A question before something that cannot easily be undone, on Radix AlertDialog
// (focus trapped, Escape cancels, focus returns to the trigger).
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from './Button';

/**
 * <ConfirmDialog trigger?={<Button>…</Button>} open? onOpenChange? title="…" description="…" confirmLabel="…" danger? onConfirm={…} />
 * Give either a trigger (uncontrolled) or open/onOpenChange (controlled). onConfirm runs, then the dialog closes.
 */
export function ConfirmDialog({
  trigger, open, onOpenChange, title, description, confirmLabel, cancelLabel, danger, onConfirm,
}: {
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: ReactNode;
  danger?: boolean;
  onConfirm: () => void;
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
          <div className="dialog-actions">
            <AlertDialog.Cancel className={buttonClass({ variant: 'secondary' })}>{cancelLabel ?? t('actions.cancel')}</AlertDialog.Cancel>
            <AlertDialog.Action className={buttonClass({ variant: danger ? 'danger' : 'primary' })} onClick={onConfirm}>
              {confirmLabel}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
