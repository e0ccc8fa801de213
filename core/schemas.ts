// The journal's vocabulary as zod schemas. Every input from a shell is parsed
// by one of these before the journal sees it; the renderer uses the same
// schemas to answer a form at once, beside the field.
import { z } from 'zod';
import { isIsoDate } from './dates';

export const ENTRY_KINDS = ['interaction', 'promise', 'incident', 'advice', 'review', 'note'] as const;
export const SIDES = ['supplier', 'ours'] as const;
export const CHANNELS = ['meeting', 'call', 'email', 'visit', 'review_meeting'] as const;
export const TONES = ['positive', 'neutral', 'negative'] as const;
export const OBLIGATIONS = ['result', 'effort'] as const;
export const PROMISE_STATUSES = ['open', 'kept', 'kept_late', 'broken', 'renegotiated', 'withdrawn'] as const;
export const SETTLED_STATUSES = ['kept', 'kept_late', 'broken', 'renegotiated', 'withdrawn'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const CAUSED_BY = ['supplier', 'ours', 'third_party'] as const;
export const LANGUAGES = ['nl', 'en'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;

export const id = z.number().int().positive();

export const isoDate = z
  .string()
  .refine((v) => isIsoDate(v), { error: 'invalidDate' });

const optionalDate = isoDate.nullable().default(null);

// NUL cannot be stored faithfully (SQLite's length() stops at it), nor can a
// lone UTF-16 surrogate ("a\ud800b": SQLite would store invalid UTF-8 and give
// back "a\ufffdb"): refuse both up front rather than change the text silently.
export const storableText = (v: string) => !v.includes('\u0000') && !/\p{Cs}/u.test(v);
const noNul = storableText;
const shortText = (max: number) => z.string().trim().max(max).refine(noNul, { error: 'invalidCharacter' });
const requiredText = (max: number) => shortText(max).min(1, { error: 'required' });

export const tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(40)
  .regex(/^[^,]+$/, { error: 'tagComma' })
  .refine(noNul, { error: 'invalidCharacter' });

export const contactSchema = z.object({
  name: requiredText(120),
  role: shortText(120).default(''),
  email: z.union([z.literal(''), z.email({ error: 'invalidEmail' })]).default(''),
  phone: shortText(40).default(''),
});

// ---------- suppliers ----------

const supplierFields = z.object({
  name: requiredText(120),
  category: shortText(120).default(''),
  contractStart: optionalDate,
  contractEnd: optionalDate,
  noticeMonths: z.number().int().min(0).max(60).nullable().default(null),
  contractValue: z.number().min(0).max(1e12).nullable().default(null),
  /** ISO 4217 code of the contract value; null: the language's default currency. */
  contractCurrency: z.string().regex(/^[A-Z]{3}$/, 'invalidCurrency').nullable().default(null),
  reviewIntervalMonths: z.number().int().min(1).max(36).nullable().default(3),
  contacts: z.array(contactSchema).max(50).default([]),
  notes: shortText(20_000).default(''),
});

function contractOrder(s: { contractStart: string | null; contractEnd: string | null }, ctx: z.RefinementCtx) {
  if (s.contractStart && s.contractEnd && s.contractEnd < s.contractStart) {
    ctx.addIssue({ code: 'custom', path: ['contractEnd'], message: 'endBeforeStart' });
  }
}

export const supplierInput = supplierFields.superRefine(contractOrder);
export const supplierUpdate = supplierFields.extend({ id }).superRefine(contractOrder);

// ---------- entries ----------

const entryBase = {
  supplierId: id,
  date: isoDate,
  title: requiredText(200),
  body: shortText(50_000).default(''),
  tags: z.array(tag).max(30).default([]),
  private: z.boolean().default(false),
  side: z.enum(SIDES).default('supplier'),
};

const score = z.number().int().min(1).max(5).nullable().default(null);

export const entryInputVariants = z.discriminatedUnion('kind', [
  z.object({
    ...entryBase,
    kind: z.literal('interaction'),
    channel: z.enum(CHANNELS).default('meeting'),
    tone: z.enum(TONES).default('neutral'),
  }),
  z.object({
    ...entryBase,
    kind: z.literal('promise'),
    dueOn: optionalDate,
    obligation: z.enum(OBLIGATIONS).default('effort'),
    inContract: z.boolean().default(false),
    status: z.enum(PROMISE_STATUSES).default('open'),
    settledOn: optionalDate,
  }),
  z.object({
    ...entryBase,
    kind: z.literal('incident'),
    severity: z.enum(SEVERITIES).default('medium'),
    resolvedOn: optionalDate,
    impact: shortText(5_000).default(''),
    rootCause: shortText(5_000).default(''),
    causedBy: z.enum(CAUSED_BY).default('supplier'),
    handledWell: z.boolean().nullable().default(null),
  }),
  z.object({ ...entryBase, kind: z.literal('advice') }),
  z.object({
    ...entryBase,
    kind: z.literal('review'),
    scoreAbility: score,
    scoreIntegrity: score,
    scoreBenevolence: score,
  }),
  z.object({ ...entryBase, kind: z.literal('note') }),
]);

type EntryDraft = z.output<typeof entryInputVariants>;

/** Rules that span fields; each names the field the user must fix. */
function entryRules(e: EntryDraft, ctx: z.RefinementCtx) {
  if (e.kind === 'promise') {
    if (e.dueOn && e.dueOn < e.date) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: 'dueBeforeMade' });
    if (e.status === 'open' && e.settledOn) ctx.addIssue({ code: 'custom', path: ['settledOn'], message: 'openHasNoSettledDate' });
    if (e.status !== 'open' && !e.settledOn) ctx.addIssue({ code: 'custom', path: ['settledOn'], message: 'settledDateRequired' });
    if (e.settledOn && e.settledOn < e.date) ctx.addIssue({ code: 'custom', path: ['settledOn'], message: 'settledBeforeMade' });
  }
  if (e.kind === 'incident') {
    if (e.resolvedOn && e.resolvedOn < e.date) ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: 'resolvedBeforeStart' });
  }
  if (e.kind === 'review') {
    if (e.scoreAbility == null && e.scoreIntegrity == null && e.scoreBenevolence == null) {
      ctx.addIssue({ code: 'custom', path: ['scoreAbility'], message: 'scoreRequired' });
    }
  }
}

export const entryInput = entryInputVariants.superRefine(entryRules);
export const entryUpdate = z
  .intersection(z.object({ id }), entryInputVariants)
  .superRefine((e, ctx) => entryRules(e, ctx));

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
