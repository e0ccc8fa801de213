// "/suppliers/new" and "/suppliers/:supplierId/edit": the supplier's details,
// checked with the journal's own schema before anything is saved; the
// journal's answer is shown beside the fields too.
import { Plus, Trash2, UserRound } from 'lucide-react';
import { useFieldArray, useForm, type FieldError as RhfFieldError, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { z } from 'zod';
import { supplierInput, type SupplierInput } from '../../core/schemas';
import { SUPPLIER_FIELD_LIST, SUPPLIER_FIELD_NAMES, supplierDefaults, type NamedSupplierField, type SupplierFieldName, type SupplierValues } from '../../core/supplier-fields';
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
type Form = UseFormReturn<FormIn, unknown, FormOut>;

// ---------- layout ----------

/** The form's sections, in order (i18n keys of their title and text). */
const SECTIONS = {
  general: { title: 'supplierForm.sectionGeneral' },
  contract: { title: 'supplierForm.sectionContract', text: 'supplierForm.contractText' },
  review: { title: 'supplierForm.sectionReview', text: 'supplierForm.reviewText' },
  contacts: { title: 'supplierForm.sectionContacts', text: 'supplierForm.contactsText' },
  notes: { title: 'supplierForm.sectionNotes' },
} satisfies Record<string, { title: string; text?: string }>;

interface Placement {
  section: keyof typeof SECTIONS;
  /** The field takes both columns of its section. */
  wide?: boolean;
  /** i18n key of the hint under the field (with its namespace, where not `common`). */
  hint?: string;
}

/**
 * Where each declared field (core/supplier-fields.ts) sits, in order within
 * its section; its input follows from its type. Every field must be placed:
 * a field added to the declaration and not here fails the typecheck.
 */
const LAYOUT: Record<SupplierFieldName, Placement> = {
  name: { section: 'general', wide: true },
  category: { section: 'general', wide: true, hint: 'supplierForm.categoryHint' },
  contractRef: { section: 'contract', wide: true, hint: 'supplierForm.contractRefHint' },
  contractStart: { section: 'contract' },
  contractEnd: { section: 'contract' },
  noticeMonths: { section: 'contract' },
  contractValue: { section: 'contract', hint: 'supplierForm.contractValueHint' },
  contractCurrency: { section: 'contract' },
  // Renewal terms: the agenda rolls a tacitly renewing contract's notice deadline forward by itself.
  autoRenews: { section: 'contract', wide: true, hint: 'agenda:supplierForm.autoRenewsHint' },
  renewalMonths: { section: 'contract', hint: 'agenda:supplierForm.renewalMonthsHint' },
  reviewIntervalMonths: { section: 'review', hint: 'supplierForm.reviewIntervalHint' },
  contacts: { section: 'contacts' },
  notes: { section: 'notes', hint: 'supplierForm.notesHint' },
};

const FIELD_BY_NAME = new Map(SUPPLIER_FIELD_LIST.map((f) => [f.name, f]));

/** A section's fields in LAYOUT's order. */
const fieldsOf = (section: keyof typeof SECTIONS): NamedSupplierField[] =>
  (Object.keys(LAYOUT) as SupplierFieldName[]).filter((name) => LAYOUT[name].section === section).map((name) => FIELD_BY_NAME.get(name)!);

/** A field that needs a block of its own rather than a cell of the grid: the contacts, a text of paragraphs. */
const isBlock = (f: NamedSupplierField) => f.type === 'contacts' || (f.type === 'text' && (f.max ?? 0) > 200);

/** A field the schema requires (it has no default): marked required. */
const isRequired = (f: NamedSupplierField) => !f.schema.safeParse(undefined).success;

/** A field's value as the form holds it: a currency not chosen yet shows (and saves) the region's currency. */
function formValues(values: SupplierValues): FormIn {
  const out: Record<string, unknown> = {};
  for (const f of SUPPLIER_FIELD_LIST) {
    const value = structuredClone(values[f.name]);
    out[f.name] = f.type === 'currency' ? (value ?? defaultCurrency()) : value;
  }
  return out as FormIn;
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
  const { t } = useTranslation();
  const navigate = useNavigate();
  const editing = supplier !== null;

  const form = useForm<FormIn, unknown, FormOut>({
    resolver: schemaResolver(supplierInput),
    defaultValues: formValues(supplier ?? supplierDefaults()),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { handleSubmit, setError, formState } = form;
  const errors: FieldErrors<FormIn> = formState.errors;

  const save = useJournalMutation(
    (values: FormOut): Promise<Supplier> => (supplier ? api.updateSupplier({ ...values, id: supplier.id }) : api.createSupplier(values)),
    {
      said: (saved) => (editing ? t('supplierForm.updated', { name: saved.name }) : t('supplierForm.created', { name: saved.name })),
      fields: (error) => applyServerIssues(error, setError, SUPPLIER_FIELD_NAMES),
      onSuccess: (saved) => void navigate(`/suppliers/${saved.id}`),
    },
  );

  // A new supplier's title comes from the routes table; an edited one is named.
  useDocumentTitle(editing ? t('supplierForm.editTitle', { name: supplier.name }) : null);

  const hasErrors = Object.keys(errors).length > 0;
  const cancelTo = supplier ? `/suppliers/${supplier.id}` : '/';
  // A new supplier's form starts in its first field.
  const first = SUPPLIER_FIELD_NAMES.find((name) => LAYOUT[name].section === Object.keys(SECTIONS)[0]);

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

        {(Object.entries(SECTIONS) as [keyof typeof SECTIONS, { title: string; text?: string }][]).map(([id, section]) => {
          const fields = fieldsOf(id);
          const cells = fields.filter((f) => !isBlock(f));
          return (
            <section key={id} className="form-section" aria-labelledby={`sec-${id}`}>
              <div className="form-section-head">
                <h2 id={`sec-${id}`} className="section-title">{t(section.title)}</h2>
                {section.text && <p className="section-text">{t(section.text)}</p>}
              </div>
              {cells.length > 0 && (
                <div className="form-grid">
                  {cells.map((f) => <SupplierField key={f.name} field={f} form={form} autoFocus={!editing && f.name === first} />)}
                </div>
              )}
              {fields.filter(isBlock).map((f) => <SupplierField key={f.name} field={f} form={form} />)}
            </section>
          );
        })}

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

/** One declared field, with the input of its type. */
function SupplierField({ field: f, form, autoFocus }: { field: NamedSupplierField; form: Form; autoFocus?: boolean }) {
  const { t, i18n } = useTranslation();
  const placement = LAYOUT[f.name];
  const label = t(f.label);
  const hint = placement.hint ? t(placement.hint) : undefined;
  const error = form.formState.errors[f.name] as RhfFieldError | undefined;
  const className = placement.wide ? 'span-2' : undefined;
  switch (f.type) {
    case 'text':
      return isBlock(f)
        ? <TextArea label={label} registration={form.register(f.name)} error={error} rows={5} hint={hint} className={className} />
        : <TextField label={label} registration={form.register(f.name)} error={error} hint={hint} className={className} required={isRequired(f)} autoFocus={autoFocus} autoComplete="off" />;
    case 'date':
      return <DateField label={label} control={form.control} name={f.name} error={error} hint={hint} className={className} />;
    case 'months':
    case 'amount':
      return (
        <NumberField
          label={label}
          registration={form.register(f.name, asNumber)}
          error={error}
          hint={hint}
          className={className}
          integer={f.type === 'months'}
          suffix={f.type === 'months' ? t('supplierForm.months') : undefined}
        />
      );
    case 'currency':
      return (
        <Select
          label={label}
          registration={form.register(f.name)}
          error={error}
          hint={hint}
          className={className}
          options={CURRENCIES.map((code) => ({ value: code, label: currencyLabel(code, localeOf(i18n.language)) }))}
        />
      );
    case 'yesNo':
      return <Checkbox label={label} registration={form.register(f.name)} error={error} hint={hint} className={className} />;
    case 'contacts':
      return <ContactsEditor form={form} />;
  }
}

/** The supplier's contacts: one group of fields each, added and removed in place. */
function ContactsEditor({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { register, control, formState } = form;
  const errors: FieldErrors<FormIn> = formState.errors;
  const contacts = useFieldArray({ control, name: 'contacts' });
  return (
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
  );
}
