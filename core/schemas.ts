// The journal's vocabulary as zod schemas. Every input from a shell is parsed
// by one of these before the journal sees it; the renderer uses the same
// schemas to answer a form at once, beside the field.
import { z } from 'zod';
import { resolvedDateIssue, settledDateIssue } from './entry-rules';
import { COMMON_FIELDS, ENTRY_KINDS, KIND_FIELDS, type PROMISE_STATUSES, shapeOf } from './entry-fields';
import { id, isoDate, optionalDate, shortText, tag } from './schema-parts';
import { SUPPLIER_SHAPE, type contactSchema } from './supplier-fields';

export { CAUSED_BY, CHANNELS, ENTRY_KINDS, OBLIGATIONS, PROMISE_STATUSES, SEVERITIES, SIDES, TONES } from './entry-fields';
export { id, isoDate, storableText, tag } from './schema-parts';
export { contactSchema } from './supplier-fields';

export const SETTLED_STATUSES = ['kept', 'kept_late', 'broken', 'renegotiated', 'withdrawn'] as const satisfies readonly (typeof PROMISE_STATUSES)[number][];
export const LANGUAGES = ['nl', 'en'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

// ---------- suppliers ----------

// A supplier's fields come from their declaration (supplier-fields.ts).
const supplierFields = z.object(SUPPLIER_SHAPE);

function contractOrder(s: { contractStart: string | null; contractEnd: string | null }, ctx: z.RefinementCtx) {
  if (s.contractStart && s.contractEnd && s.contractEnd < s.contractStart) {
    ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'endBeforeStart' });
  }
}

export const supplierInput = supplierFields.superRefine(contractOrder);
export const supplierUpdate = supplierFields.extend({ id }).superRefine(contractOrder);

// ---------- entries ----------

// Each kind's fields come from their declaration (entry-fields.ts).
const entryBase = { supplierId: id, ...shapeOf(COMMON_FIELDS) };

const variant = <K extends keyof typeof KIND_FIELDS>(kind: K) =>
  z.object({ ...entryBase, kind: z.literal(kind), ...shapeOf(KIND_FIELDS[kind]) });

export const entryInputVariants = z.discriminatedUnion('kind', [
  variant('interaction'),
  variant('promise'),
  variant('incident'),
  variant('advice'),
  variant('review'),
  variant('note'),
]);

type EntryDraft = z.output<typeof entryInputVariants>;

/** Rules that span fields; each names the field the user must fix. */
function entryRules(e: EntryDraft, ctx: z.RefinementCtx) {
  if (e.kind === 'promise') {
    if (e.dueOn && e.dueOn < e.date) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'dueBeforeMade' });
    if (e.status === 'open' && e.settledOn) ctx.addIssue({ code: 'custom', path: ['settledOn'], message: 'openHasNoSettledDate' });
    if (e.status !== 'open' && !e.settledOn) ctx.addIssue({ code: 'custom', path: ['settledOn'], message: 'settledDateRequired' });
    const settled = settledDateIssue(e.date, e.settledOn);
    if (settled) ctx.addIssue({ code: 'custom', path: settled.path, message: settled.key });
  }
  if (e.kind === 'incident') {
    const resolved = resolvedDateIssue(e.date, e.resolvedOn);
    if (resolved) ctx.addIssue({ code: 'custom', path: resolved.path, message: resolved.key });
  }
  if (e.kind === 'review') {
    if (e.scoreAbility == null && e.scoreIntegrity == null && e.scoreBenevolence == null) {
      ctx.addIssue({ code: 'custom', path: ['scoreAbility'], message: 'scoreRequired' });
    }
  }
}

export const entryInput = entryInputVariants.superRefine(entryRules);

/** A promise as the entry form gives it back without saving (a meeting keeps it until it is finished): no supplier yet. */
export const promiseFormValues = variant('promise').omit({ supplierId: true });
export const entryUpdate = z
  .intersection(z.object({ id }), entryInputVariants)
  .superRefine((e, ctx) => entryRules(e, ctx));

/** A period of days, first to last (a chart's custom range, a report's period). */
export const datePeriod = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((p) => p.from <= p.to, { error: 'periodEndBeforeStart', path: ['to'] });

/** Ending a relationship: on a day, or without one. */
export const endSupplierInput = z.object({ id, endedOn: isoDate.nullable().default(null) }).strict();

export const settlePromiseInput = z
  .object({ id, status: z.enum(SETTLED_STATUSES), settledOn: isoDate })
  .strict();

export const resolveIncidentInput = z
  .object({ id, resolvedOn: isoDate, handledWell: z.boolean().nullable().default(null) })
  .strict();

export const entryFilter = z.object({
  supplierId: id,
  kinds: z.array(z.enum(ENTRY_KINDS)).max(6).default([]),
  tag: tag.nullable().default(null),
  from: optionalDate,
  to: optionalDate,
  text: z.string().trim().max(200).default(''),
});

// ---------- settings ----------

export const preferencesInput = z
  .object({
    language: z.enum(LANGUAGES).nullable(),
    theme: z.enum(THEMES),
    managerName: shortText(120),
    projection: z.boolean(),
  })
  .partial()
  .strict();

export type SupplierInput = z.input<typeof supplierInput>;
export type SupplierUpdate = z.input<typeof supplierUpdate>;
export type EntryInput = z.input<typeof entryInput>;
export type EntryUpdate = z.input<typeof entryUpdate>;
export type EntryFilter = z.input<typeof entryFilter>;
export type PreferencesInput = z.input<typeof preferencesInput>;
export type Contact = z.output<typeof contactSchema>;
