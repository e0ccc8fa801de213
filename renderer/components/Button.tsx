// Buttons and button-looking links in one visual language.
import clsx from 'clsx';
import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router';

export type ButtonVariant = 'primary' | 'secondary' | 'ghost' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';

interface Look {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** An icon element (e.g. <Plus />) shown before the label. */
  icon?: ReactNode;
}

export function buttonClass({ variant = 'secondary', size = 'md' }: Look, extra?: string) {
  return clsx('btn', `btn-${variant}`, `btn-${size}`, extra);
}

/** <Button variant="primary|secondary|ghost|danger" size="sm|md|lg" icon={<Plus />} busy>Label</Button>; type defaults to "button". */
export function Button({
  variant, size, icon, busy, className, children, type = 'button', disabled, ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & Look & { busy?: boolean }) {
  return (
    <button
      type={type}
      className={buttonClass({ variant, size }, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
      {...rest}
    >
      {busy ? <span className="spinner spinner-sm" aria-hidden="true" /> : icon}
      {children}
    </button>
  );
}

/** <LinkButton to="/path" variant=… size=… icon=…>Label</LinkButton>: a router link that looks like a button. */
export function LinkButton({ variant, size, icon, className, children, ...rest }: LinkProps & Look) {
  return (
    <Link className={buttonClass({ variant, size }, className)} {...rest}>
      {icon}
      {children}
    </Link>
  );
}
