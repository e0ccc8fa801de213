// A dialog in the middle of the window, and a sheet that slides in from the
// right, both on Radix Dialog (focus trapped, Escape closes, a title and a
// description for screen readers). A form inside that holds typed work
// (DialogForm reports it) is never thrown away silently: Escape, a click
// beside the dialog or its close button first ask whether to discard it.
import * as RadixDialog from '@radix-ui/react-dialog';
import clsx from 'clsx';
import { X } from 'lucide-react';
import { createContext, useCallback, useContext, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/** A form inside a dialog says here whether it holds typed work that is not saved. */
const DraftContext = createContext<((dirty: boolean) => void) | null>(null);
export const useReportDraft = () => useContext(DraftContext);

/**
 * Closing a dialog that holds typed work asks first: keep writing (the dialog
 * stays as it was) or discard. A save closes it through its owner, unasked.
 */
function useDraftGuard(onOpenChange: (open: boolean) => void) {
  const { t } = useTranslation();
  const dirty = useRef(false);
  const [asking, setAsking] = useState(false);
  const change = (next: boolean) => {
    if (!next && dirty.current) setAsking(true);
    else onOpenChange(next);
  };
  const question = (
    <ConfirmDialog
      open={asking}
      onOpenChange={(open) => { if (!open) setAsking(false); }}
      title={t('draft.title')}
      description={t('draft.text')}
      cancelLabel={t('draft.keep')}
      confirmLabel={t('draft.discard')}
      danger
      onConfirm={() => {
        dirty.current = false;
        setAsking(false);
        onOpenChange(false);
      }}
    />
  );
  const report = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  return { change, question, report };
}

/**
 * Radix returns focus to a Dialog.Trigger on close; these dialogs are opened
 * from rows, shortcuts and menus instead, so remember what had focus when the
 * dialog opened and go back there (if it is still in the page).
 */
export function useReturnFocus(open: boolean) {
  const previous = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open) previous.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }, [open]);
  return (event: Event) => {
    const el = previous.current;
    if (el && el !== document.body && document.contains(el)) {
      event.preventDefault();
      el.focus();
    }
  };
}

function CloseButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  return (
    <RadixDialog.Close asChild>
      <button type="button" className={clsx('icon-button', className)} aria-label={t('actions.close')}>
        <X size={18} aria-hidden="true" />
      </button>
    </RadixDialog.Close>
  );
}

/** <Modal open onOpenChange title="…" description? wide?>content</Modal> */
export function Modal({
  open, onOpenChange, title, description, children, wide, className,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  wide?: boolean;
  className?: string;
}) {
  const returnFocus = useReturnFocus(open);
  const draft = useDraftGuard(onOpenChange);
  return (
    <DraftContext.Provider value={draft.report}>
    <RadixDialog.Root open={open} onOpenChange={draft.change}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className={clsx('dialog', wide && 'dialog-wide', className)} onCloseAutoFocus={returnFocus}>
          <header className="dialog-head">
            <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
          </header>
          {description ? (
            <RadixDialog.Description className="dialog-description">{description}</RadixDialog.Description>
          ) : (
            <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
          )}
          {children}
          <CloseButton className="dialog-close" />
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
    {draft.question}
    </DraftContext.Provider>
  );
}

/** <Sheet open onOpenChange title="…" label="…">content</Sheet>: a side sheet for details. */
export function Sheet({
  open, onOpenChange, title, children, label,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  label: string;
  children: ReactNode;
}) {
  const returnFocus = useReturnFocus(open);
  const draft = useDraftGuard(onOpenChange);
  return (
    <DraftContext.Provider value={draft.report}>
    <RadixDialog.Root open={open} onOpenChange={draft.change}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay dialog-overlay-light" />
        <RadixDialog.Content className="sheet" aria-label={label} onCloseAutoFocus={returnFocus}>
          <header className="dialog-head">
            <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
            <CloseButton />
          </header>
          <RadixDialog.Description className="visually-hidden">{label}</RadixDialog.Description>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
    {draft.question}
    </DraftContext.Provider>
  );
}
