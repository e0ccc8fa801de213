// "/suppliers/new" and "/suppliers/:supplierId/edit": the supplier's details,
// checked with the journal's own schema before anything is saved; the
// journal's answer is shown beside the fields too.
import { Plus, Trash2, UserRound } from 'lucide-react';
import { useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { supplierInput, type SupplierInput } from '../../core/schemas';
import type { Supplier } from '../../core/types';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useSupplier } from '../api/queries';
import { Button, LinkButton } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FieldError';
import { applyServerIssues, asNumber, schemaResolver } from '../components/form';
import { Checkbox, DateField, NumberField, Select, TextArea, TextField } from '../components/fields';
import { CURRENCIES, currencyLabel, defaultCurrency } from '../i18n/currency';
import { localeOf } from '../i18n/format';
import { PageHeader } from '../components/PageHeader';
import { useDocumentTitle } from '../layout/documentTitle';
import { Spinner } from '../components/Spinner';

type FormIn = SupplierInput;
type FormOut = z.output<typeof supplierInput>;

const FIELDS = ['name', 'category', 'contractStart', 'contractEnd', 'noticeMonths', 'contractValue', 'contractCurrency', 'autoRenews', 'renewalMonths', 'reviewIntervalMonths', 'contacts', 'notes'] as const;

const EMPTY: FormIn = {
  name: '',
  category: '',
  contractStart: null,
  contractEnd: null,
  noticeMonths: null,
  contractValue: null,
  contractCurrency: null,
  autoRenews: false,
  renewalMonths: null,
  reviewIntervalMonths: 3,
  contacts: [],
  notes: '',
};

function valuesOf(s: Supplier): FormIn {
  return {
    name: s.name,
    category: s.category,
    contractStart: s.contractStart,
    contractEnd: s.contractEnd,
    noticeMonths: s.noticeMonths,
    contractValue: s.contractValue,
    // Shown (and saved) in the region's currency until the manager picks another.
    contractCurrency: s.contractCurrency ?? defaultCurrency(),
    autoRenews: s.autoRenews,
    renewalMonths: s.renewalMonths,
    reviewIntervalMonths: s.reviewIntervalMonths,
    contacts: s.contacts.map((c) => ({ ...c })),
    notes: s.notes,
  };
}

export function SupplierForm() {
  const { supplierId } = useParams();
  const id = supplierId ? Number(supplierId) : null;
  if (id === null) return <SupplierFormBody supplier={null} />;
  if (!Number.isInteger(id) || id <= 0) return <SupplierMissing />;
  return <EditSupplier id={id} />;
}

function EditSupplier({ id }: { id: number }) {
  const supplier = useSupplier(id);
  if (supplier.isPending) return <Spinner block />;
  if (supplier.isError) return <SupplierMissing error={supplier.error} />;
  return <SupplierFormBody key={supplier.data.id} supplier={supplier.data} />;
}

function SupplierMissing({ error }: { error?: unknown }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <EmptyState title={t('supplierForm.missingTitle')} actions={<LinkButton to="/" variant="primary">{t('notFound.home')}</LinkButton>}>
        {error ? <FormError error={error} /> : <p>{t('notFound.text')}</p>}
      </EmptyState>
    </div>
  );
}

function SupplierFormBody({ supplier }: { supplier: Supplier | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const editing = supplier !== null;

  const form = useForm<FormIn, unknown, FormOut>({
    resolver: schemaResolver(supplierInput),
    defaultValues: supplier ? valuesOf(supplier) : { ...EMPTY, contractCurrency: defaultCurrency() },
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, control, setError, formState } = form;
  const errors: FieldErrors<FormIn> = formState.errors;
  const contacts = useFieldArray({ control, name: 'contacts' });

  const save = useJournalMutation(
    (values: FormOut): Promise<Supplier> => (supplier ? api.updateSupplier({ ...values, id: supplier.id }) : api.createSupplier(values)),
    {
      said: (saved) => (editing ? t('supplierForm.updated', { name: saved.name }) : t('supplierForm.created', { name: saved.name })),
      fields: (error) => applyServerIssues(error, setError, FIELDS),
      onSuccess: (saved) => void navigate(`/suppliers/${saved.id}`),
    },
  );

  // A new supplier's title comes from the routes table; an edited one is named.
  useDocumentTitle(editing ? t('supplierForm.editTitle', { name: supplier.name }) : null);

  const hasErrors = Object.keys(errors).length > 0;
  const cancelTo = supplier ? `/suppliers/${supplier.id}` : '/';

  return (
    <div className="page page-form">
      <PageHeader
        eyebrow={editing ? t('supplierForm.editEyebrow') : undefined}
        title={editing ? supplier.name : t('supplierForm.newTitle')}
        subtitle={editing ? undefined : t('supplierForm.newSubtitle')}
      />

      <form className="form" noValidate onSubmit={handleSubmit((values) => save.mutate(values))}>
        {formState.submitCount > 0 && hasErrors && (
          <div className="form-error" role="alert">{t('errors:validation')}</div>
        )}
        {!hasErrors && <FormError error={save.failure} />}

        <section className="form-section" aria-labelledby="sec-general">
          <div className="form-section-head">
            <h2 id="sec-general" className="section-title">{t('supplierForm.sectionGeneral')}</h2>
          </div>
          <div className="form-grid">
            <TextField label={t('supplierForm.name')} registration={register('name')} error={errors.name} required autoFocus={!editing} autoComplete="off" className="span-2" />
            <TextField
              label={t('supplierForm.category')}
              registration={register('category')}
              error={errors.category}
              hint={t('supplierForm.categoryHint')}
              className="span-2"
            />
          </div>
        </section>

        <section className="form-section" aria-labelledby="sec-contract">
          <div className="form-section-head">
            <h2 id="sec-contract" className="section-title">{t('supplierForm.sectionContract')}</h2>
            <p className="section-text">{t('supplierForm.contractText')}</p>
          </div>
          <div className="form-grid">
            <DateField label={t('supplierForm.contractStart')} control={form.control} name="contractStart" error={errors.contractStart} />
            <DateField label={t('supplierForm.contractEnd')} control={form.control} name="contractEnd" error={errors.contractEnd} />
            <NumberField
              label={t('supplierForm.noticeMonths')}
              registration={register('noticeMonths', asNumber)}
              error={errors.noticeMonths}
              integer
              suffix={t('supplierForm.months')}
            />
            <NumberField
              label={t('supplierForm.contractValue')}
              registration={register('contractValue', asNumber)}
              error={errors.contractValue}
              hint={t('supplierForm.contractValueHint')}
            />
            <Select
              label={t('supplierForm.contractCurrency')}
              registration={register('contractCurrency')}
              error={errors.contractCurrency}
              options={CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, localeOf(i18n.language)) }))}
            />
            {/* Renewal terms: the agenda rolls a tacitly renewing contract's notice deadline forward by itself. */}
            <Checkbox
              label={t('agenda:supplierForm.autoRenews')}
              registration={register('autoRenews')}
              error={errors.autoRenews}
              hint={t('agenda:supplierForm.autoRenewsHint')}
              className="span-2"
            />
            <NumberField
              label={t('agenda:supplierForm.renewalMonths')}
              registration={register('renewalMonths', asNumber)}
              error={errors.renewalMonths}
              integer
              suffix={t('supplierForm.months')}
              hint={t('agenda:supplierForm.renewalMonthsHint')}
            />
          </div>
        </section>

        <section className="form-section" aria-labelledby="sec-review">
          <div className="form-section-head">
            <h2 id="sec-review" className="section-title">{t('supplierForm.sectionReview')}</h2>
            <p className="section-text">{t('supplierForm.reviewText')}</p>
          </div>
          <div className="form-grid">
            <NumberField
              label={t('supplierForm.reviewInterval')}
              registration={register('reviewIntervalMonths', asNumber)}
              error={errors.reviewIntervalMonths}
              integer
              suffix={t('supplierForm.months')}
              hint={t('supplierForm.reviewIntervalHint')}
            />
          </div>
        </section>

        <section className="form-section" aria-labelledby="sec-contacts">
          <div className="form-section-head">
            <h2 id="sec-contacts" className="section-title">{t('supplierForm.sectionContacts')}</h2>
            <p className="section-text">{t('supplierForm.contactsText')}</p>
          </div>
          <div className="contacts">
            {contacts.fields.length === 0 && <p className="muted contacts-empty">{t('supplierForm.noContacts')}</p>}
            {contacts.fields.map((field, index) => {
              const rowErrors = errors.contacts?.[index];
              const n = index + 1;
              return (
                <fieldset key={field.id} className="contact-row">
                  <legend className="contact-legend">
                    <UserRound size={14} aria-hidden="true" />
                    {t('supplierForm.contactN', { n })}
                  </legend>
                  <div className="contact-grid">
                    <TextField label={t('supplierForm.contactName')} registration={register(`contacts.${index}.name`)} error={rowErrors?.name} required autoComplete="off" />
                    <TextField label={t('supplierForm.contactRole')} registration={register(`contacts.${index}.role`)} error={rowErrors?.role} autoComplete="off" />
                    <TextField label={t('supplierForm.contactEmail')} type="email" registration={register(`contacts.${index}.email`)} error={rowErrors?.email} autoComplete="off" />
                    <TextField label={t('supplierForm.contactPhone')} type="tel" registration={register(`contacts.${index}.phone`)} error={rowErrors?.phone} autoComplete="off" />
                  </div>
                  <Button
                    variant="ghost"
                    size="sm"
                    className="contact-remove"
                    icon={<Trash2 size={15} aria-hidden="true" />}
                    aria-label={t('supplierForm.removeContactN', { n })}
                    title={t('supplierForm.removeContact')}
                    onClick={() => contacts.remove(index)}
                  />
                </fieldset>
              );
            })}
            {errors.contacts?.root && <p className="field-error" role="alert">{t('errors:invalid')}</p>}
            <div>
              <Button size="sm" icon={<Plus size={15} aria-hidden="true" />} onClick={() => contacts.append({ name: '', role: '', email: '', phone: '' })}>
                {t('supplierForm.addContact')}
              </Button>
            </div>
          </div>
        </section>

        <section className="form-section" aria-labelledby="sec-notes">
          <div className="form-section-head">
            <h2 id="sec-notes" className="section-title">{t('supplierForm.sectionNotes')}</h2>
          </div>
          <TextArea label={t('supplierForm.notes')} registration={register('notes')} error={errors.notes} rows={5} hint={t('supplierForm.notesHint')} />
        </section>

        <div className="form-footer">
          <LinkButton to={cancelTo} variant="secondary">{t('actions.cancel')}</LinkButton>
          <Button type="submit" variant="primary" busy={save.isPending}>
            {editing ? t('actions.saveChanges') : t('supplierForm.create')}
          </Button>
        </div>
      </form>
    </div>
  );
}
