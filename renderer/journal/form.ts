// Entry form values (strings and flags, as the inputs hold them) and their
// translation into the core's entry input. Validation runs the core schema
// itself (entryInput / entryUpdate) and maps its issues through the same
// issueFromZod the journal uses, so a field shows the same translated message
// whether the browser or the journal found the problem.
import type { FieldErrors, Resolver } from 'react-hook-form';
import { FIELDS_OF_KIND, KIND_FIELD_LIST, type FieldType, type KIND_FIELDS } from '../../core/entry-fields';
import { issueFromZod, type FieldIssue } from '../../core/errors';
import { entryInput, type EntryInput } from '../../core/schemas';
import { todayIso } from '../../core/dates';
import type { Entry, EntryKind, Side } from '../../core/types';

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
  const head = path.find((p) => typeof p === 'string' && p !== 'id');
  return typeof head === 'string' && FORM_FIELDS.has(head) && head !== 'kind' ? (head as FormField) : null;
}

/** Encodes an issue as a react-hook-form error: `type` is the errors key, `types` its params. */
export function issueToFieldError(issue: Pick<FieldIssue, 'key' | 'params'>) {
  const types = Object.fromEntries(Object.entries(issue.params).map(([k, val]) => [k, String(val)]));
  return { type: issue.key, message: issue.key, types };
}

export function entryResolver(supplierId: number): Resolver<EntryFormValues> {
  return async (values) => {
    const result = entryInput.safeParse(toInput(values, supplierId));
    if (result.success) return { values, errors: {} };
    const errors: FieldErrors<EntryFormValues> = {};
    for (const zodIssue of result.error.issues) {
      const issue = issueFromZod(zodIssue);
      const field = fieldOfPath(issue.path);
      if (!field) errors.root ??= issueToFieldError(issue);
      else if (!errors[field]) (errors as Record<string, unknown>)[field] = issueToFieldError(issue);
    }
    return { values: {}, errors };
  };
}
