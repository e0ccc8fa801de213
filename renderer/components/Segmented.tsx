// One choice out of a few, drawn as a segmented control: real radio buttons
// in a fieldset with a legend, so arrow keys and screen readers work as usual.
import clsx from 'clsx';
import { useId, type ReactNode } from 'react';
import type { FieldError as RhfFieldError } from 'react-hook-form';
import { FieldMessage } from './field-parts';

/**
 * <Segmented legend="Tone" name="tone" value={v} onChange={setV} options={[{ value, label, title? }]} error? hint? />
 * With react-hook-form, render it from a <Controller> (value/onChange/onBlur from `field`).
 */
export function Segmented<V extends string>({
  legend, name, value, options, onChange, error, hint, className, onBlur, wrap,
}: {
  legend: ReactNode;
  name: string;
  value: V;
  options: { value: V; label: ReactNode; title?: string }[];
  onChange: (v: V) => void;
  onBlur?: () => void;
  error?: RhfFieldError;
  hint?: ReactNode;
  className?: string;
  /** Let the segments wrap onto a second line (many or long options). */
  wrap?: boolean;
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
