// The fields of one kind of entry (a promise's due date, an incident's
// severity, a review's scores…), drawn from their declaration in
// core/entry-fields.ts: each type of field has one input, and a field named
// in LAYOUT gets a hint, a wider cell or a list instead of buttons.
import { useWatch, type Control, type FieldError as HookFieldError, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FIELDS_OF_KIND, isLongText, type NamedField } from '../../core/entry-fields';
import { todayIso } from '../../core/dates';
import type { EntryKind } from '../../core/types';
import { DateField } from '../components/DateField';
import { Select, TextArea, TextField } from '../components/fields';
import { SegmentedField } from '../components/Segmented';
import type { EntryFormValues, FormField, ScoreValue } from './form';

type Form = UseFormReturn<EntryFormValues>;

interface Layout {
  /** A drop-down list rather than buttons (many values, or long words). */
  list?: boolean;
  /** Marked "(optional)" in the label. */
  optional?: boolean;
  /** i18n key of the hint under the field; a function for one that follows the value. */
  hint?: string | ((value: string) => string);
}

/** How the form shows a declared field, where the type alone does not say. */
const LAYOUT: Partial<Record<FormField, Layout>> = {
  channel: { list: true },
  status: { list: true },
  dueOn: { optional: true },
  obligation: { hint: (v) => `form.obligationHint.${v}` },
  resolvedOn: { optional: true, hint: 'form.resolvedOnHint' },
  ticketRef: { optional: true, hint: 'form.ticketRefHint' },
  impact: { optional: true },
  rootCause: { optional: true },
  scoreAbility: { hint: 'form.scoreAbilityHint' },
  scoreIntegrity: { hint: 'form.scoreIntegrityHint' },
  scoreBenevolence: { hint: 'form.scoreBenevolenceHint' },
};

const SCORES: ScoreValue[] = ['', '1', '2', '3', '4', '5'];

function KindField({ field, form }: { field: NamedField; form: Form }) {
  const { t } = useTranslation('journal');
  const status = useWatch({ control: form.control, name: 'status' });
  const name = field.name as FormField;
  const layout = LAYOUT[name] ?? {};
  const error = form.formState.errors[name];
  const label = t(field.label);
  const hintOf = (value: string) => (typeof layout.hint === 'function' ? t(layout.hint(value)) : layout.hint ? t(layout.hint) : undefined);

  if (field.type === 'date') {
    // A promise's settled date only means something once it is no longer open.
    if (name === 'settledOn' && status === 'open') return null;
    return <DateField control={form.control} name={name} label={label} optional={layout.optional} hint={hintOf('')} error={error} />;
  }
  if (field.type === 'text') {
    const Input = isLongText(field) ? TextArea : TextField;
    return (
      <Input
        label={label}
        registration={form.register(name)}
        error={error}
        optional={layout.optional}
        hint={hintOf('')}
        autoComplete="off"
        className={isLongText(field) ? 'span-2' : undefined}
        {...(isLongText(field) ? { rows: 2 } : {})}
      />
    );
  }
  if (field.type === 'choice' && layout.list) {
    const registration = form.register(name, {
      // Settling fills in today (if no date was given yet); reopening clears the date.
      onChange: name === 'status' ? (e: { target: { value: string } }) => {
        if (e.target.value === 'open') form.setValue('settledOn', '');
        else if (!form.getValues('settledOn')) form.setValue('settledOn', todayIso());
      } : undefined,
    });
    const options = (field.values ?? []).map((v) => ({ value: v, label: t(`${name}.${v}`) }));
    return <Select label={label} registration={registration} options={options} error={error} hint={hintOf('')} />;
  }
  const options = field.type === 'choice' ? (field.values ?? []).map((v) => ({ value: v, label: t(`${name}.${v}`) }))
    : field.type === 'yesNo' ? (['yes', 'no'] as const).map((v) => ({ value: v, label: t(v) }))
    : field.type === 'yesNoUnknown' ? (['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(v) }))
    : field.type === 'score' ? SCORES.map((v) => ({
      value: v,
      label: v === '' ? <><span aria-hidden="true">–</span><span className="visually-hidden">{t('form.notScored')}</span></> : v,
      title: v === '' ? t('form.notScored') : t(`scoreMeaning.${v}`),
    }))
    : [];
  return (
    <SegmentedField control={form.control} name={name} legend={label} options={options} hint={hintOf} error={error} />
  );
}

/** A kind's own fields (or only these of them: a template's), in their declared order, long texts last; a review's scores side by side. */
export function KindFields({ kind, form, only }: { kind: EntryKind; form: Form; only?: readonly NamedField[] }) {
  const { t } = useTranslation('journal');
  const fields = only ?? FIELDS_OF_KIND[kind];
  const short = fields.filter((f) => !isLongText(f));
  const long = fields.filter(isLongText);
  if (kind === 'review' && !only) {
    return (
      <div className="span-2 entry-scores">
        <p className="field-hint">{t('form.scoresHint')}</p>
        {fields.map((f) => <KindField key={f.name} field={f} form={form} />)}
      </div>
    );
  }
  return (
    <>
      {[...short, ...long].map((f) => <KindField key={f.name} field={f} form={form} />)}
    </>
  );
}

/** Whose entry it is (for a promise: who promised), in the entry form and the template dialog alike. */
export function SideField<T extends FieldValues>({ control, kind, error, hint }: { control: Control<T>; kind: EntryKind; error?: HookFieldError; hint?: string }) {
  const { t } = useTranslation('journal');
  const isPromise = kind === 'promise';
  return (
    <SegmentedField
      control={control}
      name={'side' as Path<T>}
      legend={isPromise ? t('form.whoPromised') : t('form.side')}
      options={[
        { value: 'supplier', label: isPromise ? t('form.sidePromise.supplier') : t('side.supplier') },
        { value: 'ours', label: isPromise ? t('form.sidePromise.ours') : t('side.ours') },
      ]}
      hint={hint}
      error={error}
    />
  );
}
