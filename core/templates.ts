// Entry templates: a named start for an entry that recurs ("Monthly service
// call"), kept in the journal (db/worker/templates.ts). A template holds what
// describes the kind of entry (its kind, title, body outline, tags, side, and
// the kind's choices and flags, such as a promise's obligation and contract
// flag), never what belongs to one occasion: dates, the supplier, a promise's
// status, an incident's outcome or ticket, a review's scores.
import { z } from 'zod';
import { COMMON_FIELDS, FIELDS_OF_KIND, KIND_FIELDS, perKind, shapeOf, type NamedField } from './entry-fields';
import { id, shortText, storableText } from './schema-parts';
import type { Entry, EntryKind } from './types';

/** Some of a kind's declared fields, by name (typed: the schemas below know them). */
const pickFields = <K extends EntryKind, N extends keyof (typeof KIND_FIELDS)[K] & string>(kind: K, names: readonly N[]) =>
  Object.fromEntries(names.map((n) => [n, KIND_FIELDS[kind][n]])) as Pick<(typeof KIND_FIELDS)[K], N>;

/**
 * Each kind's own fields a template keeps: its choices, flags and texts that
 * describe the kind of occasion. Left out: dates, a promise's status, an
 * incident's ticket and whether it was handled well, a review's scores.
 */
export const TEMPLATE_KIND_FIELDS = {
  interaction: pickFields('interaction', ['channel', 'tone']),
  promise: pickFields('promise', ['obligation', 'inContract']),
  incident: pickFields('incident', ['severity', 'impact', 'rootCause', 'causedBy']),
  advice: {},
  review: {},
  note: {},
} satisfies Record<EntryKind, Record<string, unknown>>;

/** The same, as declared fields with their names, in their declared order. */
export const TEMPLATE_FIELDS_OF_KIND: Record<EntryKind, readonly NamedField[]> = perKind((k) =>
  FIELDS_OF_KIND[k].filter((f) => f.name in TEMPLATE_KIND_FIELDS[k]),
);

/** The common fields a template keeps (the title may stay empty: the manager types it each time). */
const commonShape = {
  title: shortText(200).default(''),
  body: COMMON_FIELDS.body.schema,
  tags: COMMON_FIELDS.tags.schema,
  private: COMMON_FIELDS.private.schema,
  side: COMMON_FIELDS.side.schema,
};

const variant = <K extends EntryKind>(kind: K) =>
  z.object({ kind: z.literal(kind), ...commonShape, ...shapeOf(TEMPLATE_KIND_FIELDS[kind] as (typeof TEMPLATE_KIND_FIELDS)[K]) }).strict();

/** What a template fills in: one shape per kind. */
export const templateValues = z.discriminatedUnion('kind', [
  variant('interaction'), variant('promise'), variant('incident'), variant('advice'), variant('review'), variant('note'),
]);

export type TemplateValues = z.output<typeof templateValues> & Record<string, unknown>;

export const TEMPLATE_NAME_MAX = 80;
export const templateName = z.string().trim().min(1, { error: 'required' }).max(TEMPLATE_NAME_MAX).refine(storableText, { error: 'invalidCharacter' });

export const createTemplateInput = z.object({ name: templateName, values: templateValues }).strict();
export const updateTemplateInput = z.object({ id, name: templateName, values: templateValues }).strict();

export interface EntryTemplate {
  id: number;
  name: string;
  kind: EntryKind;
  values: TemplateValues;
  createdAt: string;
  updatedAt: string;
}

/** Two names are the same template's when they differ only in case (and Unicode's ways of writing one letter). */
export const templateNameKey = (name: string) => name.trim().normalize('NFC').toLocaleLowerCase('und');

/** What a template keeps of an entry: its kind and the fields that describe the kind of occasion. */
export function templateValuesOf(entry: Entry): TemplateValues {
  const own = entry as unknown as Record<string, unknown>;
  const values: Record<string, unknown> = {
    kind: entry.kind, title: entry.title, body: entry.body, tags: entry.tags, private: entry.private, side: entry.side,
  };
  for (const f of TEMPLATE_FIELDS_OF_KIND[entry.kind]) values[f.name] = own[f.name];
  return templateValues.parse(values) as TemplateValues;
}

/** Key order of a template in an export. */
export const TEMPLATE_KEYS = ['id', 'name', 'values', 'createdAt', 'updatedAt'] as const;
