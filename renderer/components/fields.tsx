// Labelled form fields wired to react-hook-form: each has a <label>, sets
// aria-invalid, and points aria-describedby at its hint and at the
// translated error shown beside it.
import clsx from 'clsx';
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import type { FieldError as RhfFieldError, UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatNumberInput } from '../i18n/format';
import { FieldMessage as Message, Label, useFieldIds } from './field-parts';

export { DateField, DateInputField } from './DateField';

interface FieldBase {
  /** The visible label. */
  label: ReactNode;
  /** What register('name', options) returned. */
  registration: UseFormRegisterReturn;
  /** formState.errors.<name>; its message is shown translated beside the field. */
  error?: RhfFieldError;
  /** A short help text under the field. */
  hint?: ReactNode;
  /** Marks the label as required (the schema decides what is really required). */
  required?: boolean;
  /** Marks the label "(optional)". */
  optional?: boolean;
  className?: string;
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'onChange' | 'onBlur' | 'ref'>;

/** <TextField label="Name" registration={register('name')} error={errors.name} hint? required? type?="text|email|tel" /> */
export function TextField({ label, registration, error, hint, required, optional, className, ...input }: FieldBase & InputProps) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={clsx('field', className)}>
      <Label htmlFor={ids.id} required={required} optional={optional}>{label}</Label>
      <input id={ids.id} type="text" className="input" aria-invalid={error ? true : undefined} aria-required={required || undefined} aria-describedby={ids.describedBy} {...input} {...registration} />
      <Message {...ids} hint={hint} error={error} />
    </div>
  );
}

/** <TextArea label="Notes" registration={register('notes')} error={errors.notes} rows?={5} /> */
export function TextArea({ label, registration, error, hint, required, optional, className, ...input }: FieldBase & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'onChange' | 'onBlur' | 'ref'>) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={clsx('field', className)}>
      <Label htmlFor={ids.id} required={required} optional={optional}>{label}</Label>
      <textarea id={ids.id} className="input textarea" rows={4} aria-invalid={error ? true : undefined} aria-required={required || undefined} aria-describedby={ids.describedBy} {...input} {...registration} />
      <Message {...ids} hint={hint} error={error} />
    </div>
  );
}

/**
 * <NumberField label="Notice period" registration={register('noticeMonths', asNumber)} error={errors.noticeMonths} integer? suffix?="months" />
 * Accepts Dutch and English number writing; unreadable text shows "enter a (whole) number".
 */
export function NumberField({ label, registration, error, hint, required, optional, className, integer, suffix, ...input }: FieldBase & InputProps & { integer?: boolean; suffix?: ReactNode }) {
  const { t, i18n } = useTranslation();
  // react-hook-form writes a stored number into the field as JavaScript does ("1250.5"):
  // shown as the app's language writes it instead ("1250,5"); asNumber reads either back.
  const ref = (el: HTMLInputElement | null) => {
    registration.ref(el);
    if (el && /^-?\d+\.\d+$/.test(el.value)) el.value = formatNumberInput(Number(el.value), i18n.language);
  };
  const ids = useFieldIds(error, hint);
  // Any wrong-type answer for a number field: say how to write a number here.
  const override = (key: string) =>
    key === 'invalidType' || key === 'expectedNumber' || key === 'expectedWholeNumber' ? t(integer ? 'form.notAWholeNumber' : 'form.notANumber') : null;
  return (
    <div className={clsx('field', className)}>
      <Label htmlFor={ids.id} required={required} optional={optional}>{label}</Label>
      <div className={clsx('input-group', suffix && 'has-suffix')}>
        <input
          id={ids.id}
          type="text"
          inputMode={integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          className="input input-number"
          aria-invalid={error ? true : undefined}
          aria-required={required || undefined}
          aria-describedby={ids.describedBy}
          {...input}
          {...registration}
          ref={ref}
        />
        {suffix && <span className="input-suffix" aria-hidden="true">{suffix}</span>}
      </div>
      <Message {...ids} hint={hint} error={error} override={override} />
    </div>
  );
}

/** <Select label="Kind" registration={register('kind')} options={[{ value: 'a', label: 'A' }]} error={errors.kind} /> */
export function Select({ label, registration, error, hint, required, optional, className, options, ...select }: FieldBase & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'onChange' | 'onBlur' | 'ref'> & { options: { value: string; label: string }[] }) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={clsx('field', className)}>
      <Label htmlFor={ids.id} required={required} optional={optional}>{label}</Label>
      <select id={ids.id} className="input select" aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...select} {...registration}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      <Message {...ids} hint={hint} error={error} />
    </div>
  );
}

/** <Checkbox label="In the contract" registration={register('inContract')} error={errors.inContract} hint? /> */
export function Checkbox({ label, registration, error, hint, className, ...input }: Omit<FieldBase, 'required' | 'optional'> & InputProps) {
  const ids = useFieldIds(error, hint);
  return (
    <div className={clsx('field field-checkbox', className)}>
      <div className="checkbox-row">
        <input id={ids.id} type="checkbox" className="checkbox" aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} {...input} {...registration} />
        <label className="checkbox-label" htmlFor={ids.id}>{label}</label>
      </div>
      <Message {...ids} hint={hint} error={error} />
    </div>
  );
}
