// Every field of a supplier, declared once: its value (a zod schema), its
// column in SQLite, its name in the JSON export and the CSV file (the field's
// own name), its label, and where search finds it. The schemas (schemas.ts),
// the stored type (types.ts), the row mapping and the INSERT / UPDATE
// (db/worker/rows.ts, db/worker/supplier-write.ts), the export's key order
// (export-format.ts), the CSV columns (db/worker/export.ts), the search's
// snippets (db/worker/search.ts), the form (renderer/screens/SupplierForm.tsx)
// and the supplier's facts on its page and in the review pack all derive from it.
//
// To add a field: declare it here and add a migration with its column (and,
// for a field search finds, the search view and trigger of migration 005 made
// again with it); place it in the form's LAYOUT (SupplierForm.tsx).
import { z } from 'zod';
import { optionalDate, requiredText, shapeOf, shortText } from './schema-parts';

export const contactSchema = z.object({
  name: requiredText(120),
  role: shortText(120).default(''),
  email: z.union([z.literal(''), z.email({ error: 'invalidEmail' })]).default(''),
  phone: shortText(40).default(''),
});

/**
 * What a field holds; each consumer knows how to store, read, show and edit
 * each type, so a new field of a known type needs no code beyond its declaration.
 */
export type SupplierFieldType =
  | 'text' // trimmed text, '' when empty
  | 'date' // an ISO date (YYYY-MM-DD), or null
  | 'months' // a whole number of months, or null
  | 'amount' // a sum of money (0 or more), or null
  | 'currency' // an ISO 4217 code (EUR, USD…), or null
  | 'yesNo' // a boolean, stored 0/1
  | 'contacts'; // a list of contacts, stored as JSON

interface FieldMeta {
  /** The column in `suppliers`. */
  column: string;
  /** i18n key of the field's label, with its namespace (the form, the page's facts, the pack). */
  label: string;
  /**
   * Where the supplier search finds the field (supplier_search): 'name' weighs
   * most, 'details' holds the rest. The view supplier_search_source must read
   * exactly these columns (db/test/supplier-fields.test.ts checks it).
   */
  search?: 'name' | 'details';
}

interface TextMeta extends FieldMeta {
  /** Shown among the contract facts on the supplier's page and in the review pack's header, when it holds a value. */
  fact?: boolean;
}

export interface SupplierField extends TextMeta {
  type: SupplierFieldType;
  schema: z.ZodType;
  /** A new supplier's value before anything is filled in (the schema's default, or '' for the name). */
  empty: unknown;
  /** A text's longest length. */
  max?: number;
}

const field = <T extends SupplierFieldType, S extends z.ZodType>(type: T, schema: S, empty: z.output<S>, meta: TextMeta) => ({ ...meta, type, schema, empty });

const text = (max: number, meta: TextMeta) => ({ ...field('text', shortText(max).default(''), '', meta), max });
const date = (meta: FieldMeta) => field('date', optionalDate, null, meta);
const months = (min: number, max: number, fallback: number | null, meta: FieldMeta) =>
  field('months', z.number().int().min(min).max(max).nullable().default(fallback), fallback, meta);
const yesNo = (fallback: boolean, meta: FieldMeta) => field('yesNo', z.boolean().default(fallback), fallback, meta);

/** A supplier's fields, in the order the export and the CSV file list them (after `id`). */
export const SUPPLIER_FIELDS = {
  name: { ...field('text', requiredText(120), '', { column: 'name', label: 'common:supplierForm.name', search: 'name' }), max: 120 },
  category: text(120, { column: 'category', label: 'common:supplierForm.category', search: 'details' }),
  /** The contract or purchase-order number, as the finance department knows it (PO-2025-0117). */
  contractRef: text(100, { column: 'contract_ref', label: 'common:supplierForm.contractRef', search: 'details', fact: true }),
  contractStart: date({ column: 'contract_start', label: 'common:supplierForm.contractStart' }),
  contractEnd: date({ column: 'contract_end', label: 'common:supplierForm.contractEnd' }),
  noticeMonths: months(0, 60, null, { column: 'notice_months', label: 'common:supplierForm.noticeMonths' }),
  contractValue: field('amount', z.number().min(0).max(1e12).nullable().default(null), null, { column: 'contract_value', label: 'common:supplierForm.contractValue' }),
  /** ISO 4217 code of the contract value; null: the language's default currency. */
  contractCurrency: field('currency', z.string().regex(/^[A-Z]{3}$/, 'invalidCurrency').nullable().default(null), null, {
    column: 'contract_currency', label: 'common:supplierForm.contractCurrency',
  }),
  reviewIntervalMonths: months(1, 36, 3, { column: 'review_interval_months', label: 'common:supplierForm.reviewInterval' }),
  /** The contract renews itself (tacitly) at its end unless notice is given. */
  autoRenews: yesNo(false, { column: 'auto_renews', label: 'agenda:supplierForm.autoRenews' }),
  /** How long each renewal runs; null: as long as 12 months. */
  renewalMonths: months(1, 120, null, { column: 'renewal_months', label: 'agenda:supplierForm.renewalMonths' }),
  contacts: field('contacts', z.array(contactSchema).max(50).default([]), [], { column: 'contacts', label: 'common:supplierForm.sectionContacts', search: 'details' }),
  notes: text(20_000, { column: 'notes', label: 'common:supplierForm.notes', search: 'details' }),
} satisfies Record<string, SupplierField>;

// ---------- derived types and lists ----------

type Outputs<F> = { -readonly [K in keyof F]: F[K] extends { schema: infer S extends z.ZodType } ? z.output<S> : never };

/** The values of a supplier's declared fields. */
export type SupplierValues = Outputs<typeof SUPPLIER_FIELDS>;
export type SupplierFieldName = keyof typeof SUPPLIER_FIELDS;

/** The zod shape of the declared fields (for z.object). */
export const SUPPLIER_SHAPE = shapeOf(SUPPLIER_FIELDS);

/** A declared field with its name. */
export interface NamedSupplierField extends SupplierField {
  name: SupplierFieldName;
}

/** The declared fields, in order. */
export const SUPPLIER_FIELD_LIST: readonly NamedSupplierField[] = Object.entries(SUPPLIER_FIELDS).map(([name, f]) => ({ ...f, name: name as SupplierFieldName }));

export const SUPPLIER_FIELD_NAMES: readonly SupplierFieldName[] = SUPPLIER_FIELD_LIST.map((f) => f.name);

/** The fields every supplier has besides its declared ones: set by the journal, never by a form. */
export const SUPPLIER_META_KEYS = ['status', 'endedOn', 'createdAt', 'updatedAt'] as const;

/** A new supplier's values before anything is filled in (for forms, fixtures and generators). */
export function supplierDefaults(): SupplierValues {
  return Object.fromEntries(SUPPLIER_FIELD_LIST.map((f) => [f.name, structuredClone(f.empty)])) as SupplierValues;
}

/** One of the supplier's declared facts, as its page and the review pack show it. */
export interface SupplierFact {
  name: SupplierFieldName;
  /** i18n key, with its namespace. */
  label: string;
  value: string;
}

/** The declared facts (`fact`) that hold a value, in declared order. */
export function supplierFacts(s: SupplierValues): SupplierFact[] {
  return SUPPLIER_FIELD_LIST.flatMap((f) => {
    const value = s[f.name];
    return f.fact && f.type === 'text' && typeof value === 'string' && value !== '' ? [{ name: f.name, label: f.label, value }] : [];
  });
}
