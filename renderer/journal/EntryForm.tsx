// The form for one kind of entry, for a new entry and for editing one (the
// kind cannot change): the fields every entry has here, the kind's own in
// KindFields. Checked with the core schema as you save; what the journal
// refuses is shown beside the field it names. With `keep` it saves nothing:
// it gives its checked values back (a meeting keeps them until it is finished).
import { BookmarkPlus } from 'lucide-react';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { EntryInput } from '../../core/schemas';
import type { Entry, EntryKind } from '../../core/types';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { DateField } from '../components/DateField';
import { FieldError } from '../components/FieldError';
import { DialogForm } from '../components/FormDialog';
import { Checkbox, TextArea, TextField } from '../components/fields';
import { decodeIssue } from '../components/form';
import { applyEntryIssues, defaultValues, entryResolver, splitTags, toInput, valuesFromEntry, type EntryFormValues } from './form';
import { KindFields, SideField } from './KindFields';
import { KindBadge } from './kinds';

export function EntryForm({
  supplierId, kind, entry, addedText, onSaved, onCancel, keep, initial, submitLabel, onSaveAsTemplate, onDirtyChange, children,
}: {
  supplierId: number;
  kind: EntryKind;
  /** Editing this entry; else a new one. */
  entry?: Entry;
  /** What the toast says once a new entry is added (an edit says its changes are saved). */
  addedText?: (entry: Entry) => string;
  onSaved: (entry: Entry | null) => void;
  onCancel: () => void;
  /** Gives the checked values to this instead of saving an entry; its refusal shows beside the fields as the journal's does. */
  keep?: (input: EntryInput) => Promise<unknown>;
  /** First values for a new entry beside the kind's defaults (a meeting's day). */
  initial?: Partial<EntryFormValues>;
  submitLabel?: string;
  /** Offers "Save as template…": gets the form's values as they are (a new entry's dialog). */
  onSaveAsTemplate?: (values: EntryFormValues) => void;
  /** Told whether the form holds typed work (a template chosen over it asks first). */
  onDirtyChange?: (dirty: boolean) => void;
  /** Fields of the caller's own after the form's (a meeting's owner of a promise). */
  children?: ReactNode;
}) {
  const { t } = useTranslation('journal');
  const resolver = useMemo(() => entryResolver(supplierId), [supplierId]);
  const form = useForm<EntryFormValues>({
    defaultValues: entry ? valuesFromEntry(entry) : { ...defaultValues(kind), ...initial },
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });
  const { register, handleSubmit, control, setError, setFocus, formState: { errors, isSubmitting, isDirty } } = form;

  const write = (input: EntryInput): Promise<Entry | null> => {
    if (keep) return keep(input).then(() => null);
    return entry ? api.updateEntry({ ...input, id: entry.id }) : api.createEntry(input);
  };
  const save = useJournalMutation(write, {
    said: (saved) => (!saved ? null : entry ? t('toast.updated', { title: saved.title }) : (addedText?.(saved) ?? null)),
    fields: (error) => {
      const first = applyEntryIssues(error, setError);
      if (first) setFocus(first);
      return first !== null;
    },
    onSuccess: (saved) => onSaved(saved),
  });

  useEffect(() => {
    setFocus('title');
  }, [setFocus]);
  useEffect(() => {
    onDirtyChange?.(isDirty);
  }, [onDirtyChange, isDirty]);

  const tags = splitTags(useWatch({ control, name: 'tags' })).map((s) => s.toLowerCase());

  const onSubmit = handleSubmit((values) => save.mutate(toInput(values, supplierId)));

  const kindName = t(`kind.${kind}`);

  return (
    <DialogForm
      className="entry-form"
      onSubmit={onSubmit}
      label={entry ? t('form.editTitle', { kind: kindName }) : t('form.newTitle', { kind: kindName })}
      onCancel={onCancel}
      submitLabel={submitLabel ?? (entry ? t('action.saveChanges') : t('action.addEntry'))}
      busy={save.isPending}
      disabled={isSubmitting}
      failure={save.failure}
      hint={t('form.saveShortcut')}
      dirty={isDirty}
      extra={onSaveAsTemplate && (
        <Button variant="ghost" className="entry-form-template" onClick={() => onSaveAsTemplate(form.getValues())}>
          <BookmarkPlus size={15} aria-hidden="true" /> {t('templates.saveAs')}
        </Button>
      )}
    >
      <div className="entry-form-kind">
        <KindBadge kind={kind} />
        <span className="muted">{t(`kindHint.${kind}`)}</span>
      </div>

      <FieldError id="entry-form-root" issue={decodeIssue(errors.root)} />

      <div className="form-grid entry-form-grid">
        <TextField label={t(`form.titleLabel.${kind}`)} registration={register('title')} error={errors.title} autoComplete="off" className="span-2" />
        <DateField control={control} name="date" label={t(`form.dateLabel.${kind}`)} error={errors.date} />
        <SideField control={control} kind={kind} hint={t('form.sideHint')} error={errors.side} />

        <KindFields kind={kind} form={form} />

        <TextArea
          label={t(`form.bodyLabel.${kind}`)}
          registration={register('body')}
          error={errors.body}
          optional
          rows={kind === 'review' ? 5 : 4}
          className="span-2"
        />
        <TextField label={t('form.tags')} registration={register('tags')} error={errors.tags} optional hint={t('form.tagsHint')} autoComplete="off" />
        <div className="field entry-tags-preview" aria-hidden={tags.length === 0}>
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
        <DateField control={control} name="followUpOn" label={t('form.followUpOn')} optional hint={t('form.followUpOnHint')} error={errors.followUpOn} />

        <Checkbox label={t('form.private')} hint={t('form.privateHint')} registration={register('private')} error={errors.private} className="span-2" />
        {children}
      </div>
    </DialogForm>
  );
}
