// The chart's own period: two dates, checked as you type with the core's
// period schema; the chart follows only a valid period.
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { datePeriod } from '../../core/schemas';
import { DateField } from '../components/DateField';
import { schemaResolver } from '../components/form';

type Period = z.output<typeof datePeriod>;

export function CustomRange({ initial, onChange }: { initial: Period; onChange: (period: Period | null) => void }) {
  const { t } = useTranslation('trust');
  const [start] = useState(initial);
  const form = useForm<Period>({ resolver: schemaResolver(datePeriod) as never, defaultValues: start, mode: 'onChange' });
  const { errors } = form.formState;
  const [from, to] = useWatch({ control: form.control, name: ['from', 'to'] });
  const { trigger } = form;
  useEffect(() => {
    const parsed = datePeriod.safeParse({ from, to });
    onChange(parsed.success ? parsed.data : null);
    // The period's rule spans both fields: check both, whichever changed.
    if (from !== start.from || to !== start.to) void trigger();
  }, [from, to, start, onChange, trigger]);
  return (
    <div className="trust-custom">
      <DateField control={form.control} name="from" label={t('range.from')} max={to} error={errors.from} inline />
      <DateField control={form.control} name="to" label={t('range.to')} min={from} error={errors.to} inline />
    </div>
  );
}
