// Entry form values (strings and flags, as the inputs hold them) and their
// translation into the core's entry input. Validation runs the core schema
// itself (entryInput) through the same zod resolver and catalogue keys as
// every other form, so a field shows the same translated message whether the
// browser or the journal found the problem.
import type { FieldError, FieldErrors, Resolver, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { FIELDS_OF_KIND, KIND_FIELD_LIST, type FieldType, type KIND_FIELDS } from '../../core/entry-fields';
import { entryInput, type EntryInput } from '../../core/schemas';
import { ApiFailure } from '../api/client';
import { encodeIssue, schemaResolver } from '../components/form';
import { todayIso } from '../../core/dates';
import type { Entry, EntryKind, Side } from '../../core/types';
import { TEMPLATE_FIELDS_OF_KIND, type TemplateValues } from '../../core/templates';

export type YesNoUnknown = 'yes' | 'no' | 'unknown';
export type ScoreValue = '' | '1' | '2' | '3' | '4' | '5';

/** What the form holds for a field of each type (entry-fields.ts): its input's value. */
type FormValueOf<F> = F extends { type: 'choice'; values: readonly (infer V)[] } ? V
  : F extends { type: 'yesNo' } ? 'yes' | 'no'
  : F extends { type: 'yesNoUnknown' } ? YesNoUnknown
  : F extends { type: 'score' } ? ScoreValue
  : string;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type KindFormValues = UnionToIntersection<{ [K in EntryKind]: { -readonly [N in keyof (typeof KIND_FIELDS)[K]]: FormValueOf<(typeof KIND_FIELDS)[K][N]> } }[EntryKind]>;

/** The form's values: the common fields, and every kind's own fields (only the entry's kind's are sent). */
export interface EntryFormValues extends KindFormValues {
  kind: EntryKind;
  date: string;
  title: string;
  body: string;
  tags: string;
  private: boolean;
  side: Side;
  /** YYYY-MM-DD or '' (none). */
  followUpOn: string;
}

export type FormField = keyof EntryFormValues;

const orNull = (s: unknown) => (typeof s !== 'string' || s.trim() === '' ? null : s);

/** A value to the form's input and back, for each type of field. */
const FORM: Record<FieldType, { toForm: (v: unknown) => unknown; fromForm: (v: unknown) => unknown }> = {
  choice: { toForm: (v) => v, fromForm: (v) => v },
  date: { toForm: (v) => v ?? '', fromForm: orNull },
  text: { toForm: (v) => v, fromForm: (v) => v },
  yesNo: { toForm: (v) => (v ? 'yes' : 'no'), fromForm: (v) => v === 'yes' },
  yesNoUnknown: { toForm: (v) => (v == null ? 'unknown' : v ? 'yes' : 'no'), fromForm: (v) => (v === 'unknown' ? null : v === 'yes') },
  score: { toForm: (v) => (v == null ? '' : String(v)), fromForm: (v) => (v === '' ? null : Number(v)) },
  tags: { toForm: (v) => (v as string[]).join(', '), fromForm: (v) => splitTags(v as string) },
};

/** Every kind's fields at the form's first values. */
const KIND_FORM_DEFAULTS = Object.fromEntries(
  KIND_FIELD_LIST.map((f) => [f.name, f.formDefault ?? FORM[f.type].toForm(f.schema.parse(undefined))]),
) as unknown as KindFormValues;

export function defaultValues(kind: EntryKind, today = todayIso()): EntryFormValues {
  return { kind, date: today, title: '', body: '', tags: '', private: false, side: 'supplier', followUpOn: '', ...KIND_FORM_DEFAULTS };
}

export function valuesFromEntry(e: Entry): EntryFormValues {
  const v = defaultValues(e.kind, e.date);
  Object.assign(v, { title: e.title, body: e.body, tags: e.tags.join(', '), private: e.private, side: e.side, followUpOn: e.followUpOn ?? '' });
  const own = e as unknown as Record<string, unknown>;
  for (const f of FIELDS_OF_KIND[e.kind]) (v as unknown as Record<string, unknown>)[f.name] = FORM[f.type].toForm(own[f.name]);
  return v;
}

/** "Finance, SLA , ,urgent" → ["Finance", "SLA", "urgent"] (the schema trims and lowercases). */
export function splitTags(text: string): string[] {
  return text.split(',').map((t) => t.trim()).filter(Boolean);
}

/** Builds the per-kind input the core schema expects: the common fields and the kind's own. */
export function toInput(v: EntryFormValues, supplierId: number): EntryInput {
  const input: Record<string, unknown> = {
    supplierId, kind: v.kind, date: v.date, title: v.title, body: v.body, tags: splitTags(v.tags), private: v.private, side: v.side,
    followUpOn: orNull(v.followUpOn),
  };
  const values = v as unknown as Record<string, unknown>;
  for (const f of FIELDS_OF_KIND[v.kind]) input[f.name] = FORM[f.type].fromForm(values[f.name]);
  // An open promise has no settled date, whatever the hidden field still holds.
  if (v.kind === 'promise' && v.status === 'open') input.settledOn = null;
  return input as unknown as EntryInput;
}

const FORM_FIELDS = new Set<string>(Object.keys(defaultValues('note')));

/** The form field an issue path points at ('tags.2' → 'tags'); null when it belongs to no field. */
export function fieldOfPath(path: (string | number)[]): FormField | null {
  // A meeting hands the form's values over as its action's `entry`: its issues name the same fields.
  const head = path.find((p) => typeof p === 'string' && p !== 'id' && p !== 'entry');
  return typeof head === 'string' && FORM_FIELDS.has(head) && head !== 'kind' ? (head as FormField) : null;
}

/**
 * The entry form's resolver: the core schema (entryInput) run by the zod
 * resolver over what toInput builds from the form's values. An issue deeper
 * than a form field ('tags.2') is shown on the field ('tags'); one that names
 * no field, above the fields (errors.root).
 */
export function entryResolver(supplierId: number): Resolver<EntryFormValues> {
  const schema = z.custom<EntryFormValues>().transform((v) => toInput(v, supplierId)).pipe(entryInput);
  const resolve = schemaResolver(schema, { raw: true });
  return async (values, context, options) => {
    const result = await resolve(values, context, options as never);
    const nested = result.errors as Record<string, unknown>;
    if (Object.keys(nested).length === 0) return { values, errors: {} };
    const errors: FieldErrors<EntryFormValues> = {};
    for (const [path, error] of leafErrors(nested)) {
      const field = fieldOfPath(path);
      if (!field) errors.root ??= error;
      else (errors as Record<string, unknown>)[field] ??= error;
    }
    return { values: {}, errors };
  };
}

/** Every error in a nested react-hook-form error tree, with its path. */
function leafErrors(tree: Record<string, unknown>, path: (string | number)[] = []): [(string | number)[], FieldError][] {
  const out: [(string | number)[], FieldError][] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (!value || typeof value !== 'object') continue;
    const here = [...path, /^\d+$/.test(key) ? Number(key) : key];
    if (typeof (value as FieldError).message === 'string') out.push([here, value as FieldError]);
    else out.push(...leafErrors(value as Record<string, unknown>, here));
  }
  return out;
}

/** Puts what the journal refused onto the fields it names; returns the first such field (null: none). */
export function applyEntryIssues(error: unknown, setError: UseFormSetError<EntryFormValues>): FormField | null {
  if (!(error instanceof ApiFailure)) return null;
  let first: FormField | null = null;
  for (const issue of error.error.issues) {
    const field = fieldOfPath(issue.path);
    if (!field) continue;
    setError(field, { type: 'server', message: encodeIssue(issue) });
    first ??= field;
  }
  return first;
}

// ---------- templates (core/templates.ts) ----------

/** A template's values as the entry form's first values: the kind's defaults, today's date, what the template fills in. */
export function valuesFromTemplate(t: TemplateValues, today = todayIso()): EntryFormValues {
  const v = defaultValues(t.kind, today);
  Object.assign(v, { title: t.title, body: t.body, tags: t.tags.join(', '), private: t.private, side: t.side });
  for (const f of TEMPLATE_FIELDS_OF_KIND[t.kind]) if (t[f.name] !== undefined) (v as unknown as Record<string, unknown>)[f.name] = FORM[f.type].toForm(t[f.name]);
  return v;
}

/** What a template keeps of the form's values (never a date, a status or the supplier). */
export function templateFromValues(v: EntryFormValues): TemplateValues {
  const values: Record<string, unknown> = { kind: v.kind, title: v.title, body: v.body, tags: splitTags(v.tags), private: v.private, side: v.side };
  const own = v as unknown as Record<string, unknown>;
  for (const f of TEMPLATE_FIELDS_OF_KIND[v.kind]) values[f.name] = FORM[f.type].fromForm(own[f.name]);
  return values as TemplateValues;
}
