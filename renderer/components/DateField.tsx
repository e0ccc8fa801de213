// A date typed in the app's language, not the browser's: a Dutch user sees
// dd-mm-jjjj, an English user dd/mm/yyyy (en-GB, as the app formats dates).
// React Aria's DateField draws one spin button per part (day, month, year),
// each labelled and keyboard-editable; values go in and out as ISO
// 'YYYY-MM-DD' strings, or null while the field is empty or incomplete.
import { parseDate, type CalendarDate } from '@internationalized/date';
import clsx from 'clsx';
import { useState, type ReactNode } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, I18nProvider, Label } from 'react-aria-components';
import { Controller, type Control, type FieldError as RhfFieldError, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatDate, localeOf } from '../i18n/format';
import { FieldMessage, LabelMarks, useFieldIds } from './field-parts';

function toCalendarDate(iso: string | null | undefined): CalendarDate | null {
  if (!iso) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

export interface DateInputFieldProps {
  label: ReactNode;
  /** ISO 'YYYY-MM-DD', or null/'' for none. */
  value: string | null | undefined;
  onChange: (iso: string | null) => void;
  onBlur?: () => void;
  /** A react-hook-form error (its message is a catalogue key, see form.ts). */
  error?: RhfFieldError;
  hint?: ReactNode;
  required?: boolean;
  /** Marks the label "(optional)". */
  optional?: boolean;
  /** Earliest and latest allowed day (ISO); told to screen readers too. */
  min?: string | null;
  max?: string | null;
  className?: string;
  /** A compact field (filters): the label beside the input. */
  inline?: boolean;
  /** react-hook-form's ref: it focuses the first part when the form shows an error here. */
  focusRef?: (el: { focus: () => void } | null) => void;
}

/** <DateInputField label="From" value={iso} onChange={(iso) => …} min? max? error? hint? />: a controlled date field. */
export function DateInputField({
  label, value, onChange, onBlur, error, hint, required, optional, min, max, className, inline, focusRef,
}: DateInputFieldProps) {
  const { i18n, t } = useTranslation();
  const range = [min && t('form.dateMin', { date: formatDate(min, i18n.language) }), max && t('form.dateMax', { date: formatDate(max, i18n.language) })]
    .filter(Boolean)
    .join(' ');
  const ids = useFieldIds(error, hint, !!range);
  // What is typed stays on screen while it is not yet a whole date: a year is
  // typed digit by digit (2, 20, 202, 2025), and the owner of `value` may well
  // refuse the year 2 and answer null. Only a new value from outside replaces it.
  const [draft, setDraft] = useState(() => toCalendarDate(value));
  const [seen, setSeen] = useState<string | null>(value || null);
  if ((value || null) !== seen) {
    setSeen(value || null);
    setDraft(toCalendarDate(value));
  }
  return (
    <I18nProvider locale={localeOf(i18n.language)}>
      <div className={clsx('field', inline && 'field-inline', className)}>
        <AriaDateField
          className="date-field"
          value={draft}
          onChange={(d) => {
            const iso = d && d.year >= 1000 ? d.toString() : null;
            setDraft(d);
            setSeen(iso);
            onChange(iso);
          }}
          onBlur={onBlur}
          minValue={toCalendarDate(min) ?? undefined}
          maxValue={toCalendarDate(max) ?? undefined}
          isInvalid={error ? true : undefined}
          isRequired={required}
          validationBehavior="aria"
          granularity="day"
          shouldForceLeadingZeros
          aria-describedby={ids.describedBy}
          ref={(el) => {
            focusRef?.(el ? { focus: () => el.querySelector<HTMLElement>('[role="spinbutton"]')?.focus() } : null);
          }}
        >
          <Label className="field-label">
            {label}
            <LabelMarks required={required} optional={optional} />
          </Label>
          <DateInput className="input date-input">{(segment) => <DateSegment className="date-segment" segment={segment} />}</DateInput>
        </AriaDateField>
        {range && <span id={ids.rangeId} className="visually-hidden">{range}</span>}
        <FieldMessage {...ids} hint={hint} error={error} />
      </div>
    </I18nProvider>
  );
}

/**
 * <DateField control={form.control} name="contractStart" label="Start" error={errors.contractStart} />:
 * a date field bound to a react-hook-form field holding an ISO date or null.
 */
export function DateField<T extends FieldValues>({
  control, name, ...rest
}: Omit<DateInputFieldProps, 'value' | 'onChange' | 'onBlur' | 'focusRef'> & { control: Control<T>; name: FieldPath<T> }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <DateInputField {...rest} value={field.value as string | null} onChange={field.onChange} onBlur={field.onBlur} focusRef={field.ref} />
      )}
    />
  );
}
