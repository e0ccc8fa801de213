// One choice out of a few, drawn as a segmented control: real radio buttons
// in a fieldset with a legend, so arrow keys and screen readers work as usual.
import clsx from 'clsx';
import { useId, type ReactNode } from 'react';
import { Controller, type Control, type FieldError as RhfFieldError, type FieldValues, type Path } from 'react-hook-form';
import { FieldMessage } from './field-parts';

interface Look<V extends string> {
  legend: ReactNode;
  options: { value: V; label: ReactNode; title?: string }[];
  error?: RhfFieldError;
  className?: string;
  /** Let the segments wrap onto a second line (many or long options). */
  wrap?: boolean;
}

/**
 * <Segmented legend="Tone" name="tone" value={v} onChange={setV} options={[{ value, label, title? }]} error? hint? />
 * In a react-hook-form form, use SegmentedField.
 */
export function Segmented<V extends string>({
  legend, name, value, options, onChange, error, hint, className, onBlur, wrap,
}: Look<V> & {
  name: string;
  value: V;
  onChange: (v: V) => void;
  onBlur?: () => void;
  hint?: ReactNode;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = clsx(hint && hintId, error && errorId) || undefined;
  return (
    <fieldset
      className={clsx('field segmented-field', wrap && 'segmented-wrap', className)}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend className="field-label">{legend}</legend>
      <div className="segmented">
        {options.map((o) => (
          <label key={o.value} className="segment" title={o.title}>
            <input type="radio" name={`${name}-${id}`} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} onBlur={onBlur} />
            <span className="segment-face">{o.label}</span>
          </label>
        ))}
      </div>
      <FieldMessage errorId={errorId} hintId={hintId} hint={hint} error={error} />
    </fieldset>
  );
}

/** <SegmentedField control={form.control} name="status" legend="…" options={…} hint={(value) => …} />: a Segmented bound to a form field. */
export function SegmentedField<T extends FieldValues, V extends string = string>({ control, name, hint, ...look }: Look<V> & {
  control: Control<T>;
  name: Path<T>;
  /** A hint, or one for the value chosen. */
  hint?: ReactNode | ((value: V) => ReactNode);
}) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Segmented<V>
          {...look}
          name={name}
          value={String(field.value) as V}
          onChange={field.onChange}
          onBlur={field.onBlur}
          hint={typeof hint === 'function' ? hint(String(field.value) as V) : hint}
        />
      )}
    />
  );
}
