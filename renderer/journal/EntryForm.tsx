// The form for one kind of entry, for a new entry and for editing one (the
// kind cannot change). Checked with the core schema as you save; what the
// journal refuses is shown beside the field it names.
import { useEffect, useMemo } from 'react';
import { Controller, useForm, type FieldError as HookFieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { CAUSED_BY, CHANNELS, OBLIGATIONS, PROMISE_STATUSES, SEVERITIES, TONES } from '../../core/schemas';
import { todayIso } from '../../core/dates';
import type { Entry, EntryKind } from '../../core/types';
import { ApiFailure, api } from '../api/client';
import { useJournalMutation } from '../api/queries';
import {
  defaultValues, entryResolver, fieldOfPath, issueToFieldError, splitTags, toInput, valuesFromEntry,
  type EntryFormValues, type ScoreValue,
} from './form';
import { KindBadge } from './kinds';
import { DateField } from '../components/fields';
import { Btn, ErrorText, Field, Segmented } from './ui';

const SCORES: ScoreValue[] = ['', '1', '2', '3', '4', '5'];

export function EntryForm({
  supplierId, kind, entry, onSaved, onCancel,
}: {
  supplierId: number;
  kind: EntryKind;
  entry?: Entry;
  onSaved: (entry: Entry) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('journal');
  const resolver = useMemo(() => entryResolver(supplierId), [supplierId]);
  const {
    register, handleSubmit, control, watch, setError, setValue, getValues, setFocus,
    formState: { errors, isSubmitting },
  } = useForm<EntryFormValues>({
    defaultValues: entry ? valuesFromEntry(entry) : defaultValues(kind),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });

  const create = useJournalMutation(api.createEntry);
  const update = useJournalMutation(api.updateEntry);
  const mutationError = create.error ?? update.error;

  useEffect(() => {
    setFocus('title');
  }, [setFocus]);

  const status = watch('status');
  const tags = splitTags(watch('tags')).map((s) => s.toLowerCase());

  const onSubmit = handleSubmit(async (values) => {
    const input = toInput(values, supplierId);
    try {
      const saved = entry ? await update.mutateAsync({ ...input, id: entry.id }) : await create.mutateAsync(input);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiFailure) {
        let first: keyof EntryFormValues | null = null;
        for (const issue of error.error.issues) {
          const field = fieldOfPath(issue.path);
          if (field) {
            setError(field, issueToFieldError(issue));
            first ??= field;
          }
        }
        if (first) setFocus(first);
      }
    }
  });

  const isPromise = kind === 'promise';
  const dateLabel = t(`form.dateLabel.${kind}`);
  const titleLabel = t(`form.titleLabel.${kind}`);
  const bodyLabel = t(`form.bodyLabel.${kind}`);

  return (
    <form
      className="j-form"
      noValidate
      onSubmit={onSubmit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void onSubmit();
        }
      }}
      aria-label={entry ? t('form.editTitle', { kind: t(`kind.${kind}`) }) : t('form.newTitle', { kind: t(`kind.${kind}`) })}
    >
      <div className="j-form__kind">
        <KindBadge kind={kind} />
        <span className="j-muted">{t(`kindHint.${kind}`)}</span>
      </div>

      {mutationError && !(mutationError instanceof ApiFailure && mutationError.error.issues.some((i) => fieldOfPath(i.path))) && (
        <div className="j-form-error" role="alert">
          {t(`errors:${mutationError instanceof ApiFailure ? mutationError.error.key : 'internal'}`)}
        </div>
      )}
      {errors.root && <ErrorText id="entry-form-root" error={errors.root as HookFieldError} />}

      <div className="j-form__grid">
        <Field label={titleLabel} error={errors.title} className="j-span-2">
          {(p) => <input {...p} className="j-input" type="text" autoComplete="off" {...register('title')} />}
        </Field>

        <Field label={dateLabel} error={errors.date}>
          {(p) => <input {...p} className="j-input" type="date" {...register('date')} />}
        </Field>

        <Segmented
          legend={isPromise ? t('form.whoPromised') : t('form.side')}
          name="side"
          value={watch('side')}
          onChange={(v) => setValue('side', v)}
          options={[
            { value: 'supplier', label: isPromise ? t('form.sidePromise.supplier') : t('side.supplier') },
            { value: 'ours', label: isPromise ? t('form.sidePromise.ours') : t('side.ours') },
          ]}
          hint={t('form.sideHint')}
          error={errors.side}
        />

        {kind === 'interaction' && (
          <>
            <Field label={t('form.channel')} error={errors.channel}>
              {(p) => (
                <select {...p} className="j-input" {...register('channel')}>
                  {CHANNELS.map((c) => (
                    <option key={c} value={c}>
                      {t(`channel.${c}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Controller
              control={control}
              name="tone"
              render={({ field }) => (
                <Segmented
                  legend={t('form.tone')}
                  name="tone"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  options={TONES.map((v) => ({ value: v, label: t(`tone.${v}`) }))}
                  error={errors.tone}
                />
              )}
            />
          </>
        )}

        {kind === 'promise' && (
          <>
            <Field label={t('form.dueOn')} error={errors.dueOn} optional>
              {(p) => <input {...p} className="j-input" type="date" {...register('dueOn')} />}
            </Field>
            <Controller
              control={control}
              name="obligation"
              render={({ field }) => (
                <Segmented
                  legend={t('form.obligation')}
                  name="obligation"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  options={OBLIGATIONS.map((v) => ({ value: v, label: t(`obligation.${v}`) }))}
                  hint={t(`form.obligationHint.${field.value}`)}
                  error={errors.obligation}
                />
              )}
            />
            <Controller
              control={control}
              name="inContract"
              render={({ field }) => (
                <Segmented
                  legend={t('form.inContract')}
                  name="inContract"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  options={[
                    { value: 'yes', label: t('yes') },
                    { value: 'no', label: t('no') },
                  ]}
                  error={errors.inContract}
                />
              )}
            />
            <Field label={t('form.status')} error={errors.status}>
              {(p) => (
                <select
                  {...p}
                  className="j-input"
                  {...register('status', {
                    onChange: (e: { target: { value: string } }) => {
                      if (e.target.value === 'open') setValue('settledOn', '');
                      else if (!getValues('settledOn')) setValue('settledOn', todayIso());
                    },
                  })}
                >
                  {PROMISE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {t(`status.${s}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {status !== 'open' && (
              <Field label={t('form.settledOn')} error={errors.settledOn}>
                {(p) => <input {...p} className="j-input" type="date" {...register('settledOn')} />}
              </Field>
            )}
          </>
        )}

        {kind === 'incident' && (
          <>
            <Controller
              control={control}
              name="severity"
              render={({ field }) => (
                <Segmented
                  legend={t('form.severity')}
                  name="severity"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  options={SEVERITIES.map((v) => ({ value: v, label: t(`severity.${v}`) }))}
                  error={errors.severity}
                />
              )}
            />
            <Field label={t('form.resolvedOn')} error={errors.resolvedOn} optional hint={t('form.resolvedOnHint')}>
              {(p) => <input {...p} className="j-input" type="date" {...register('resolvedOn')} />}
            </Field>
            <Controller
              control={control}
              name="causedBy"
              render={({ field }) => (
                <Segmented
                  legend={t('form.causedBy')}
                  name="causedBy"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  options={CAUSED_BY.map((v) => ({ value: v, label: t(`causedBy.${v}`) }))}
                  error={errors.causedBy}
                />
              )}
            />
            <Controller
              control={control}
              name="handledWell"
              render={({ field }) => (
                <Segmented
                  legend={t('form.handledWell')}
                  name="handledWell"
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  options={(['yes', 'no', 'unknown'] as const).map((v) => ({ value: v, label: t(v) }))}
                  error={errors.handledWell}
                />
              )}
            />
            <Field label={t('form.ticketRef')} error={errors.ticketRef} optional hint={t('form.ticketRefHint')}>
              {(p) => <input {...p} className="j-input" type="text" autoComplete="off" {...register('ticketRef')} />}
            </Field>
            <Field label={t('form.impact')} error={errors.impact} optional className="j-span-2">
              {(p) => <textarea {...p} className="j-input" rows={2} {...register('impact')} />}
            </Field>
            <Field label={t('form.rootCause')} error={errors.rootCause} optional className="j-span-2">
              {(p) => <textarea {...p} className="j-input" rows={2} {...register('rootCause')} />}
            </Field>
          </>
        )}

        {kind === 'review' && (
          <div className="j-span-2 j-scores">
            <p className="j-hint">{t('form.scoresHint')}</p>
            {(['scoreAbility', 'scoreIntegrity', 'scoreBenevolence'] as const).map((name) => (
              <Controller
                key={name}
                control={control}
                name={name}
                render={({ field }) => (
                  <Segmented
                    legend={t(`form.${name}`)}
                    name={name}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    options={SCORES.map((v) => ({
                      value: v,
                      label: v === '' ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">{t('form.notScored')}</span>
                        </>
                      ) : (
                        v
                      ),
                      title: v === '' ? t('form.notScored') : t(`scoreMeaning.${v}`),
                    }))}
                    hint={t(`form.${name}Hint`)}
                    error={errors[name]}
                  />
                )}
              />
            ))}
          </div>
        )}

        <Field label={bodyLabel} error={errors.body} optional className="j-span-2">
          {(p) => <textarea {...p} className="j-input" rows={kind === 'review' ? 5 : 4} {...register('body')} />}
        </Field>

        <Field label={t('form.tags')} error={errors.tags} optional hint={t('form.tagsHint')}>
          {(p) => <input {...p} className="j-input" type="text" autoComplete="off" {...register('tags')} />}
        </Field>
        <div className="j-field j-tags-preview" aria-hidden={tags.length === 0}>
          {tags.length > 0 && (
            <ul className="j-tags" aria-label={t('form.tagsPreview')}>
              {tags.map((tag, i) => (
                <li key={`${tag}-${i}`} className="j-tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>

        {/* DateField: the native date input for now, until the locale date field replaces it. */}
        <DateField label={t('form.followUpOn')} registration={register('followUpOn')} error={errors.followUpOn} hint={t('form.followUpOnHint')} />

        <div className="j-field j-span-2">
          <label className="j-check">
            <input type="checkbox" {...register('private')} />
            <span>
              {t('form.private')}
              <span className="j-hint j-hint--inline">{t('form.privateHint')}</span>
            </span>
          </label>
        </div>
      </div>

      <div className="j-dialog__actions">
        <span className="j-muted j-shortcut-hint">{t('form.saveShortcut')}</span>
        <Btn variant="ghost" onClick={onCancel}>
          {t('action.cancel')}
        </Btn>
        <Btn variant="primary" type="submit" disabled={isSubmitting}>
          {entry ? t('action.saveChanges') : t('action.addEntry')}
        </Btn>
      </div>
    </form>
  );
}
