// Small building blocks for the journal screens: buttons, labelled fields,
// Radix dialogs and a segmented radio group. Kept here so the journal does not
// depend on shared components that may still be in the making.
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import * as Dialog from '@radix-ui/react-dialog';
import clsx from 'clsx';
import { CircleAlert, X } from 'lucide-react';
import { forwardRef, useId, useLayoutEffect, useRef, type ButtonHTMLAttributes, type ReactNode } from 'react';
import type { FieldError as HookFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import './../styles/journal.css';

type Variant = 'primary' | 'secondary' | 'ghost' | 'danger';

export const Btn = forwardRef<HTMLButtonElement, ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; small?: boolean }>(
  function Btn({ variant = 'secondary', small, className, type = 'button', ...rest }, ref) {
    return <button ref={ref} type={type} className={clsx('j-btn', `j-btn--${variant}`, small && 'j-btn--small', className)} {...rest} />;
  },
);

/** The translated message of a form error (type = errors key, types = params). */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: Pick<HookFieldError, 'type' | 'types' | 'message'> | undefined) => {
    if (!error) return '';
    const key = typeof error.type === 'string' && error.type ? error.type : (error.message ?? 'invalid');
    return t(`errors:${key}`, (error.types ?? {}) as Record<string, unknown>);
  };
}

export function ErrorText({ id, error }: { id: string; error?: Pick<HookFieldError, 'type' | 'types' | 'message'> }) {
  const text = useErrorText()(error);
  if (!error) return null;
  return (
    <p id={id} className="j-field-error" role="alert">
      <CircleAlert size={14} aria-hidden="true" className="j-field-error__icon" />
      {text}
    </p>
  );
}

/** A label, an input (render prop gets id + aria props), a hint and the error beside it. */
export function Field({
  label, hint, error, children, className, optional,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: HookFieldError;
  optional?: boolean;
  className?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  const { t } = useTranslation('journal');
  const hintId = `${id}-hint`;
  const errId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={clsx('j-field', error && 'j-field--invalid', className)}>
      <label htmlFor={id} className="j-label">
        {label}
        {optional && <span className="j-optional"> ({t('form.optional')})</span>}
      </label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="j-hint">
          {hint}
        </p>
      )}
      <ErrorText id={errId} error={error} />
    </div>
  );
}

/** A group of radio buttons drawn as a segmented control (a fieldset with a legend). */
export function Segmented<V extends string>({
  legend, name, value, options, onChange, error, hint, className, onBlur,
}: {
  legend: ReactNode;
  name: string;
  value: V;
  options: { value: V; label: ReactNode; title?: string }[];
  onChange: (v: V) => void;
  onBlur?: () => void;
  error?: HookFieldError;
  hint?: ReactNode;
  className?: string;
}) {
  const id = useId();
  const errId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={clsx('j-field j-segmented-field', error && 'j-field--invalid', className)} aria-describedby={describedBy} aria-invalid={!!error || undefined}>
      <legend className="j-label">{legend}</legend>
      <div className="j-segmented">
        {options.map((o) => (
          <label key={o.value} className={clsx('j-segment', value === o.value && 'is-checked')} title={o.title}>
            <input type="radio" name={`${name}-${id}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} onBlur={onBlur} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} className="j-hint">
          {hint}
        </p>
      )}
      <ErrorText id={errId} error={error} />
    </fieldset>
  );
}

/**
 * Radix returns focus to a Dialog.Trigger on close; these dialogs are opened
 * from rows, shortcuts and menus instead, so remember what had focus when the
 * dialog opened and go back there (if it is still in the page).
 */
function useReturnFocus(open: boolean) {
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
  const { t } = useTranslation('journal');
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="j-overlay" />
        <Dialog.Content className={clsx('j-dialog', wide && 'j-dialog--wide', className)} onCloseAutoFocus={returnFocus}>
          <header className="j-dialog__header">
            <Dialog.Title className="j-dialog__title">{title}</Dialog.Title>
          </header>
          {description ? <Dialog.Description className="j-dialog__description">{description}</Dialog.Description> : <Dialog.Description className="visually-hidden">{title}</Dialog.Description>}
          {children}
          <Dialog.Close asChild>
            <button type="button" className="j-icon-btn j-dialog__close" aria-label={t('action.close')}>
              <X size={18} aria-hidden="true" />
            </button>
          </Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A side sheet (a Radix dialog that slides in from the right). */
export function Sheet({
  open, onOpenChange, title, children, label,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  label: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('journal');
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="j-overlay j-overlay--light" />
        <Dialog.Content className="j-sheet" aria-label={label} onCloseAutoFocus={returnFocus}>
          <header className="j-dialog__header">
            <Dialog.Title className="j-dialog__title">{title}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="j-icon-btn" aria-label={t('action.close')}>
                <X size={18} aria-hidden="true" />
              </button>
            </Dialog.Close>
          </header>
          <Dialog.Description className="visually-hidden">{label}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

export function Confirm({
  open, onOpenChange, title, description, confirmLabel, onConfirm, danger, children, busy,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  danger?: boolean;
  busy?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation('journal');
  const returnFocus = useReturnFocus(open);
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="j-overlay" />
        <AlertDialog.Content className="j-dialog j-dialog--confirm" onCloseAutoFocus={returnFocus}>
          <AlertDialog.Title className="j-dialog__title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="j-dialog__description">{description}</AlertDialog.Description>
          {children}
          <div className="j-dialog__actions">
            <AlertDialog.Cancel asChild>
              <Btn variant="ghost">{t('action.cancel')}</Btn>
            </AlertDialog.Cancel>
            <Btn
              variant={danger ? 'danger' : 'primary'}
              disabled={busy}
              onClick={(e) => {
                e.preventDefault();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Btn>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
