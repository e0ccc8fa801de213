// Settle a promise (kept, kept late, broken, renegotiated, withdrawn, on a date)
// and resolve an incident (on a date, handled well or not). Both check the
// core's schema and date rule as you save, and show what is wrong beside the
// field, as every form does. With `keep` they save nothing and give their
// checked values back (a meeting keeps them until it is finished).
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { resolvedDateIssue, settledDateIssue } from '../../core/entry-rules';
import type { FieldIssue } from '../../core/errors';
import { resolveIncidentInput, settlePromiseInput, SETTLED_STATUSES } from '../../core/schemas';
import { todayIso } from '../../core/dates';
import type { IncidentEntry, PromiseEntry } from '../../core/types';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { DateField } from '../components/DateField';
import { FormDialog } from '../components/FormDialog';
import { applyServerIssues, schemaResolver } from '../components/form';
import { SegmentedField } from '../components/Segmented';
import type { YesNoUnknown } from './form';

/** A core date rule (entry-rules.ts) as a refinement of a dialog's schema. */
function withRule<S extends z.ZodType>(schema: S, rule: (value: z.output<S>) => FieldIssue | null) {
  return schema.superRefine((value, ctx) => {
    const issue = rule(value as z.output<S>);
    if (issue) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.key });
  });
}

const settleFields = settlePromiseInput.omit({ id: true });
type SettleValues = z.input<typeof settleFields>;
type SettleInput = z.input<typeof settlePromiseInput>;
type ResolveInput = z.input<typeof resolveIncidentInput>;

/** What the dialogs do with their checked values instead of saving, and how they say so. */
interface Keep<I> {
  keep?: (input: I) => Promise<unknown>;
  /** The first day (default today). */
  day?: string;
  submitLabel?: string;
}

export function SettleDialog(props: { promise: PromiseEntry | null; onClose: () => void } & Keep<SettleInput>) {
  return <SettleDialogInner key={props.promise?.id ?? 0} {...props} />;
}

function SettleDialogInner({ promise, onClose, keep, day, submitLabel }: { promise: PromiseEntry | null; onClose: () => void } & Keep<SettleInput>) {
  const { t } = useTranslation('journal');
  const madeOn = promise?.date ?? '';
  const resolver = useMemo(() => schemaResolver(withRule(settleFields, (v) => settledDateIssue(madeOn, v.settledOn))), [madeOn]);
  const form = useForm<SettleValues, unknown, SettleValues>({ resolver, defaultValues: { status: 'kept', settledOn: day ?? todayIso() } });
  const { errors } = form.formState;
  const settle = useJournalMutation(keep ?? api.settlePromise, {
    said: (_, { status }) => (keep ? null : t('toast.settled', { title: promise?.title ?? '', status: t(`status.${status}`) })),
    fields: (error) => applyServerIssues(error, form.setError, ['status', 'settledOn']),
    onSuccess: onClose,
  });

  const submit = form.handleSubmit((values) => promise && settle.mutate({ id: promise.id, ...values }));

  return (
    <FormDialog
      open={promise !== null}
      onOpenChange={(o) => !o && onClose()}
      title={t('settle.title')}
      description={promise ? t('settle.description', { title: promise.title }) : undefined}
      onSubmit={submit}
      submitLabel={submitLabel ?? t('action.settle')}
      busy={settle.isPending}
      failure={settle.failure}
    >
      <SegmentedField
        control={form.control}
        name="status"
        legend={t('settle.status')}
        options={SETTLED_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        hint={(status) => t(`settle.statusHint.${status}`)}
        error={errors.status}
        wrap
      />
      <DateField control={form.control} name="settledOn" label={t('form.settledOn')} error={errors.settledOn} />
    </FormDialog>
  );
}

const handledOf = (v: YesNoUnknown) => (v === 'unknown' ? null : v === 'yes');
/** The core's schema, but the form holds yes/no/unknown where the journal takes true/false/null. */
const resolveForm = resolveIncidentInput.omit({ id: true }).extend({
  handledWell: z.enum(['yes', 'no', 'unknown']).transform(handledOf).pipe(resolveIncidentInput.shape.handledWell.removeDefault()),
});
type ResolveValues = { resolvedOn: string; handledWell: YesNoUnknown };

export function ResolveDialog(props: { incident: IncidentEntry | null; onClose: () => void } & Keep<ResolveInput>) {
  return <ResolveDialogInner key={props.incident?.id ?? 0} {...props} />;
}

function ResolveDialogInner({ incident, onClose, keep, day, submitLabel }: { incident: IncidentEntry | null; onClose: () => void } & Keep<ResolveInput>) {
  const { t } = useTranslation('journal');
  const startedOn = incident?.date ?? '';
  const resolver = useMemo(
    () => schemaResolver(withRule(resolveForm, (v) => resolvedDateIssue(startedOn, v.resolvedOn)), { raw: true }),
    [startedOn],
  );
  const form = useForm<ResolveValues>({
    resolver: resolver as never,
    defaultValues: {
      resolvedOn: incident?.resolvedOn ?? day ?? todayIso(),
      handledWell: incident?.handledWell == null ? 'unknown' : incident.handledWell ? 'yes' : 'no',
    },
  });
  const { errors } = form.formState;
  const resolve = useJournalMutation(keep ?? api.resolveIncident, {
    said: () => (keep ? null : t('toast.resolved', { title: incident?.title ?? '' })),
    fields: (error) => applyServerIssues(error, form.setError, ['resolvedOn', 'handledWell']),
    onSuccess: onClose,
  });

  const submit = form.handleSubmit((values) => incident && resolve.mutate({ id: incident.id, resolvedOn: values.resolvedOn, handledWell: handledOf(values.handledWell) }));

  return (
    <FormDialog
      open={incident !== null}
      onOpenChange={(o) => !o && onClose()}
      title={t('resolve.title')}
      description={incident ? t('resolve.description', { title: incident.title }) : undefined}
      onSubmit={submit}
      submitLabel={submitLabel ?? t('action.resolve')}
      busy={resolve.isPending}
      failure={resolve.failure}
    >
      <DateField control={form.control} name="resolvedOn" label={t('form.resolvedOn')} error={errors.resolvedOn} />
      <SegmentedField
        control={form.control}
        name="handledWell"
        legend={t('form.handledWell')}
        options={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(v) }))}
        hint={t('resolve.handledHint')}
        error={errors.handledWell}
      />
    </FormDialog>
  );
}
