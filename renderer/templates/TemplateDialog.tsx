// Saving an entry as a template, and changing one: its name, and what it
// fills in (the entry form's fields without the dates, the supplier, a
// promise's status or an incident's outcome: core/templates.ts). Checked
// with the core schema as it is saved; a name already taken shows beside it.
import { useEffect, useMemo } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { issueFromZod } from '../../core/errors';
import { createTemplateInput, TEMPLATE_FIELDS_OF_KIND, type EntryTemplate, type TemplateValues } from '../../core/templates';
import { api, ApiFailure } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { FieldError } from '../components/FieldError';
import { FormDialog } from '../components/FormDialog';
import { Checkbox, TextArea, TextField } from '../components/fields';
import { decodeIssue, encodeIssue } from '../components/form';
import { fieldOfPath, splitTags, templateFromValues, valuesFromTemplate, type EntryFormValues } from '../journal/form';
import { KindFields, SideField } from '../journal/KindFields';
import { KindBadge } from '../journal/kinds';

type TemplateFormValues = EntryFormValues & { templateName: string };

/** Where an issue of the template's input shows: the name, a form field, or above the fields. */
function fieldOfIssuePath(path: (string | number)[]): keyof TemplateFormValues | 'root' {
  if (path[0] === 'name') return 'templateName';
  if (path[0] === 'values') return fieldOfPath(path.slice(1)) ?? 'root';
  return 'root';
}

/** The core schema over what the form holds: the same checks and catalogue keys as the journal's. */
const resolver: Resolver<TemplateFormValues> = async (values) => {
  const checked = createTemplateInput.safeParse({ name: values.templateName, values: templateFromValues(values) });
  if (checked.success) return { values, errors: {} };
  const errors: FieldErrors<TemplateFormValues> = {};
  for (const zodIssue of checked.error.issues) {
    const issue = issueFromZod(zodIssue);
    const field = fieldOfIssuePath(issue.path);
    (errors as Record<string, unknown>)[field] ??= { type: 'validate', message: encodeIssue(issue) };
  }
  return { values: {}, errors };
};

export interface TemplateStart {
  /** Editing this template; else a new one from `values`. */
  template?: EntryTemplate;
  values: TemplateValues;
  name?: string;
}

export function TemplateDialog({ start, onClose, onSaved }: { start: TemplateStart | null; onClose: () => void; onSaved?: (template: EntryTemplate) => void }) {
  const { t } = useTranslation('journal');
  const editing = start?.template;
  const kind = start?.values.kind ?? 'note';
  const first = useMemo<TemplateFormValues>(() => ({ ...valuesFromTemplate(start?.values ?? { kind: 'note', title: '', body: '', tags: [], private: false, side: 'supplier' }), templateName: start?.name ?? editing?.name ?? '' }), [start, editing]);
  const form = useForm<TemplateFormValues>({ defaultValues: first, resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, handleSubmit, reset, setError, setFocus, formState: { errors, isDirty } } = form;
  useEffect(() => {
    if (!start) return;
    reset(first);
    // After the dialog has drawn its fields.
    requestAnimationFrame(() => setFocus('templateName'));
  }, [start, first, reset, setFocus]);

  const save = useJournalMutation(
    (v: TemplateFormValues) => {
      const input = { name: v.templateName, values: templateFromValues(v) };
      return editing ? api.updateEntryTemplate({ id: editing.id, ...input }) : api.createEntryTemplate(input);
    },
    {
      said: (saved) => (editing ? t('templates.toast.updated', { name: saved.name }) : t('templates.toast.saved', { name: saved.name })),
      fields: (error) => {
        if (!(error instanceof ApiFailure)) return false;
        let placed = false;
        for (const issue of error.error.issues) {
          const field = fieldOfIssuePath(issue.path);
          if (field === 'root') continue;
          setError(field, { type: 'server', message: encodeIssue(issue) }, { shouldFocus: !placed });
          placed = true;
        }
        return placed;
      },
      onSuccess: (saved) => {
        onSaved?.(saved);
        onClose();
      },
    },
  );

  const tags = splitTags(useWatch({ control, name: 'tags' }) ?? '').map((s) => s.toLowerCase());
  const entryForm = form as unknown as UseFormReturn<EntryFormValues>;

  return (
    <FormDialog
      open={start !== null}
      onOpenChange={(open) => !open && onClose()}
      title={editing ? t('templates.editTitle', { name: editing.name }) : t('templates.saveTitle')}
      description={t('templates.dialogHint')}
      wide
      onSubmit={handleSubmit((v) => save.mutate(v))}
      submitLabel={editing ? t('action.saveChanges') : t('templates.save')}
      busy={save.isPending}
      failure={save.failure}
      dirty={isDirty}
    >
      <div className="entry-form-kind">
        <KindBadge kind={kind} />
        <span className="muted">{t(`kindHint.${kind}`)}</span>
      </div>
      <FieldError id="template-form-root" issue={decodeIssue(errors.root)} />
      <div className="form-grid entry-form-grid">
        <TextField label={t('templates.name')} registration={register('templateName')} error={errors.templateName} hint={t('templates.nameHint')} autoComplete="off" className="span-2" required />
        <TextField label={t(`form.titleLabel.${kind}`)} registration={register('title')} error={errors.title} optional hint={t('templates.titleHint')} autoComplete="off" className="span-2" />
        <SideField control={control} kind={kind} error={errors.side} />
        <KindFields kind={kind} form={entryForm} only={TEMPLATE_FIELDS_OF_KIND[kind]} />
        <TextArea label={t(`form.bodyLabel.${kind}`)} registration={register('body')} error={errors.body} optional rows={4} className="span-2" />
        <TextField label={t('form.tags')} registration={register('tags')} error={errors.tags} optional hint={t('form.tagsHint')} autoComplete="off" />
        <div className="field entry-tags-preview" aria-hidden={tags.length === 0}>
          {tags.length > 0 && (
            <ul className="j-tags" aria-label={t('form.tagsPreview')}>
              {tags.map((tag, i) => <li key={`${tag}-${i}`} className="j-tag">{tag}</li>)}
            </ul>
          )}
        </div>
        <Checkbox label={t('form.private')} hint={t('form.privateHint')} registration={register('private')} error={errors.private} className="span-2" />
      </div>
    </FormDialog>
  );
}
