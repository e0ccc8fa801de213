// Every field of a journal entry, declared once: its value (a zod schema), its
// column in SQLite, its name in the JSON export and the CSV files (the field's
// own name), the header words a spreadsheet may use for it, and its label.
// The schemas (schemas.ts), the stored types (types.ts), the row mapping
// (db/worker/rows.ts), the engine's read (db/worker/trust.ts), the export's key order
// (export-format.ts), the CSV columns (csv.ts, db/worker/export.ts, db/worker/import.ts), the
// import screen and the entry form and details (renderer/) all derive from it.
//
// To add a field: declare it here under its kind and add a migration with its
// column; the entry form draws it from its type (renderer/journal/KindFields.tsx,
// where LAYOUT may give it a hint or a wider cell).
import { z } from 'zod';
import { isoDate, optionalDate, requiredText, shapeOf, shortText, tag } from './schema-parts';

export const ENTRY_KINDS = ['interaction', 'promise', 'incident', 'advice', 'review', 'note'] as const;
export const SIDES = ['supplier', 'ours'] as const;
export const CHANNELS = ['meeting', 'call', 'email', 'visit', 'review_meeting'] as const;
export const TONES = ['positive', 'neutral', 'negative'] as const;
export const OBLIGATIONS = ['result', 'effort'] as const;
export const PROMISE_STATUSES = ['open', 'kept', 'kept_late', 'broken', 'renegotiated', 'withdrawn'] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const CAUSED_BY = ['supplier', 'ours', 'third_party'] as const;

type EntryKind = (typeof ENTRY_KINDS)[number];

/**
 * What a field holds; each consumer knows how to store, read, show and edit
 * each type, so a new field of a known type needs no code beyond its declaration.
 */
export type FieldType =
  | 'choice' // one of `values`
  | 'date' // an ISO date (YYYY-MM-DD), or null when optional
  | 'text' // trimmed text, '' when empty
  | 'yesNo' // a boolean, stored 0/1
  | 'yesNoUnknown' // a boolean or null, stored 0/1/NULL
  | 'score' // 1..5 or null
  | 'tags'; // a list of tags, stored in their own table

interface FieldMeta {
  /** The column in `entries`; null for tags (their own table). */
  column: string | null;
  /** i18n key of the field's label (namespace `journal`), in the form and the details. */
  label: string;
  /** i18n key (namespace `data`) of the label on the CSV mapping screen, where it says more than `label`. */
  csvLabel?: string;
  /** Header words that name this field in a spreadsheet besides its own name: squashed (lower case, no spaces, accents or punctuation). */
  csv: { en: readonly string[]; nl: readonly string[] };
  /** Also shown on the entry's row in the journal (a chip), not only in its details. */
  inRow?: boolean;
  /** i18n key of what the details show for an empty value; 'hide' leaves the row out. Default 'detail.none'. */
  whenEmpty?: string;
}

export interface EntryField extends FieldMeta {
  type: FieldType;
  schema: z.ZodType;
  /** A choice's values. */
  values?: readonly string[];
  /** A text's longest length. */
  max?: number;
  /** i18n key of a choice's value. */
  valueKey?: (value: string) => string;
  /** The form's first value for a new entry, where it is not the schema's default. */
  formDefault?: string;
}

const field = <T extends FieldType, S extends z.ZodType>(type: T, schema: S, meta: FieldMeta) => ({ ...meta, type, schema });

function choice<const V extends readonly [string, ...string[]]>(
  values: V, fallback: V[number], meta: FieldMeta & { valueKey?: (value: string) => string; formDefault?: V[number] },
) {
  return { ...field('choice', z.enum(values).default(fallback), meta), values };
}
const date = (meta: FieldMeta) => field('date', optionalDate, meta);
const text = (max: number, meta: FieldMeta) => ({ ...field('text', shortText(max).default(''), meta), max });
const yesNo = (fallback: boolean, meta: FieldMeta) => field('yesNo', z.boolean().default(fallback), meta);
const yesNoUnknown = (meta: FieldMeta) => field('yesNoUnknown', z.boolean().nullable().default(null), meta);
const score = (meta: FieldMeta) => field('score', z.number().int().min(1).max(5).nullable().default(null), meta);

/** The fields every entry has, whatever its kind (besides its id, supplier, kind and timestamps). */
export const COMMON_FIELDS = {
  date: field('date', isoDate, { column: 'date', label: 'form.dateLabel.note', csv: { en: ['day', 'when'], nl: ['datum', 'dag'] } }),
  title: field('text', requiredText(200), {
    column: 'title', label: 'form.titleLabel.note', csv: { en: ['subject', 'summary', 'heading'], nl: ['titel', 'onderwerp', 'kop'] },
  }),
  body: text(50_000, {
    column: 'body', label: 'form.bodyLabel.note',
    csv: {
      en: ['description', 'notes', 'note', 'text', 'details', 'comment', 'comments'],
      nl: ['omschrijving', 'beschrijving', 'tekst', 'toelichting', 'notitie', 'opmerking', 'opmerkingen', 'inhoud'],
    },
  }),
  tags: field('tags', z.array(tag).max(30).default([]), { column: null, label: 'form.tags', csv: { en: ['labels', 'tag'], nl: ['label'] } }),
  private: yesNo(false, { column: 'private', label: 'form.private', csv: { en: ['confidential'], nl: ['prive', 'vertrouwelijk'] } }),
  side: choice(SIDES, 'supplier', { column: 'side', label: 'form.side', csvLabel: 'fields.side', csv: { en: ['whoseside'], nl: ['kant', 'zijde'] } }),
  /** A day to come back to this entry: it then shows on the agenda (core/agenda/). */
  followUpOn: date({
    column: 'follow_up_on', label: 'form.followUpOn', whenEmpty: 'hide', csv: { en: ['followup', 'followupdate', 'reminder'], nl: ['opvolgen', 'opvolgdatum', 'herinnering'] },
  }),
} satisfies Record<string, EntryField>;

/** Header words that name the entry's kind in a spreadsheet (squashed, as `csv` above). */
export const KIND_CSV_WORDS = { en: ['type', 'entrytype', 'category'], nl: ['soort'] } as const;

/** Each kind's own fields, in the order the export and the CSV files list them. */
export const KIND_FIELDS = {
  interaction: {
    channel: choice(CHANNELS, 'meeting', { column: 'channel', label: 'form.channel', csv: { en: [], nl: ['kanaal'] } }),
    tone: choice(TONES, 'neutral', { column: 'tone', label: 'form.tone', csv: { en: [], nl: ['toon', 'sfeer'] } }),
  },
  promise: {
    dueOn: date({ column: 'due_on', label: 'form.dueOn', csv: { en: ['due', 'duedate', 'deadline'], nl: ['deadlinedatum', 'uiterlijk', 'vervaldatum'] } }),
    obligation: choice(OBLIGATIONS, 'effort', {
      column: 'obligation', label: 'form.obligation', csvLabel: 'fields.obligation', csv: { en: [], nl: ['verplichting'] },
      valueKey: (v) => `obligation.${v}Long`,
      // A new promise in the form starts at 'result' (as it always has); a file or an API call that names none gets 'effort'.
      formDefault: 'result',
    }),
    inContract: yesNo(false, { column: 'in_contract', label: 'form.inContract', csv: { en: ['contractual', 'incontract'], nl: ['incontracten', 'contractueel'] } }),
    status: choice(PROMISE_STATUSES, 'open', { column: 'status', label: 'form.status', csv: { en: [], nl: ['staat'] } }),
    settledOn: date({ column: 'settled_on', label: 'form.settledOn', whenEmpty: 'hide', csv: { en: ['settled', 'settleddate'], nl: ['afgehandeld', 'afgehandeldop'] } }),
  },
  incident: {
    severity: choice(SEVERITIES, 'medium', { column: 'severity', label: 'form.severity', csv: { en: [], nl: ['ernst', 'prioriteit'] } }),
    resolvedOn: date({
      column: 'resolved_on', label: 'form.resolvedOn', whenEmpty: 'facts.unresolved', csv: { en: ['resolved', 'resolveddate'], nl: ['opgelost', 'opgelostop'] },
    }),
    impact: text(5_000, { column: 'impact', label: 'form.impact', csv: { en: [], nl: ['gevolgen', 'impactop'] } }),
    rootCause: text(5_000, { column: 'root_cause', label: 'form.rootCause', csvLabel: 'fields.rootCause', csv: { en: ['cause'], nl: ['oorzaak', 'grondoorzaak'] } }),
    causedBy: choice(CAUSED_BY, 'supplier', { column: 'caused_by', label: 'form.causedBy', csv: { en: ['causedby'], nl: ['veroorzaaktdoor'] } }),
    handledWell: yesNoUnknown({ column: 'handled_well', label: 'form.handledWell', csv: { en: [], nl: ['goedafgehandeld'] } }),
    /** The supplier's own reference for the incident, e.g. INC-2024-0042. */
    ticketRef: text(100, {
      column: 'ticket_ref', label: 'form.ticketRef', inRow: true,
      csv: { en: ['ticket', 'ticketreference', 'ticketnumber', 'ticketno', 'ticketid', 'reference'], nl: ['ticketnummer', 'ticketreferentie', 'meldingnummer', 'meldingsnummer', 'referentie'] },
    }),
  },
  advice: {},
  review: {
    scoreAbility: score({ column: 'score_ability', label: 'form.scoreAbility', csvLabel: 'fields.scoreAbility', csv: { en: ['ability'], nl: ['kunde', 'bekwaamheid'] } }),
    scoreIntegrity: score({ column: 'score_integrity', label: 'form.scoreIntegrity', csvLabel: 'fields.scoreIntegrity', csv: { en: ['integrity'], nl: ['integriteit'] } }),
    scoreBenevolence: score({
      column: 'score_benevolence', label: 'form.scoreBenevolence', csvLabel: 'fields.scoreBenevolence',
      csv: { en: ['benevolence'], nl: ['welwillendheid', 'betrokkenheid'] },
    }),
  },
  note: {},
} satisfies Record<EntryKind, Record<string, EntryField>>;

// ---------- derived types ----------

type Outputs<F> = { -readonly [K in keyof F]: F[K] extends { schema: infer S extends z.ZodType } ? z.output<S> : never };

/** The values of the fields every entry has. */
export type CommonValues = Outputs<typeof COMMON_FIELDS>;
/** The values of one kind's own fields, e.g. KindValues<'incident'>. */
export type KindValues<K extends EntryKind> = Outputs<(typeof KIND_FIELDS)[K]>;
export type CommonFieldName = keyof typeof COMMON_FIELDS;
export type KindFieldName = { [K in EntryKind]: keyof (typeof KIND_FIELDS)[K] }[EntryKind] & string;
export type EntryFieldName = CommonFieldName | KindFieldName;

export { shapeOf } from './schema-parts';

// ---------- derived lists ----------

/** A declared field with its name and the kind it belongs to (null: every kind). */
export interface NamedField extends EntryField {
  name: EntryFieldName;
  kind: EntryKind | null;
}

const named = (fields: Record<string, EntryField>, kind: EntryKind | null): NamedField[] =>
  Object.entries(fields).map(([name, f]) => ({ ...f, name: name as EntryFieldName, kind }));

/** The common fields, in order. */
export const COMMON_FIELD_LIST: readonly NamedField[] = named(COMMON_FIELDS, null);

/** One value per kind. */
export function perKind<T>(make: (kind: EntryKind) => T): Record<EntryKind, T> {
  return Object.fromEntries(ENTRY_KINDS.map((k) => [k, make(k)])) as Record<EntryKind, T>;
}

/** Each kind's own fields, in order. */
export const FIELDS_OF_KIND: Record<EntryKind, readonly NamedField[]> = perKind((k) => named(KIND_FIELDS[k], k));

/** Every kind's own fields, kind after kind (in ENTRY_KINDS order). */
export const KIND_FIELD_LIST: readonly NamedField[] = ENTRY_KINDS.flatMap((k) => FIELDS_OF_KIND[k]);

/** Every declared field: the common ones, then each kind's. */
export const ALL_FIELDS: readonly NamedField[] = [...COMMON_FIELD_LIST, ...KIND_FIELD_LIST];

/** A text of paragraphs rather than a line (an incident's impact): the details show these after the short facts. */
export const isLongText = (f: EntryField) => f.type === 'text' && (f.max ?? 0) > 200;

/** The declared field of this name. */
export function fieldNamed(name: string): NamedField | undefined {
  return ALL_FIELDS.find((f) => f.name === name);
}

const DEFAULTS = perKind((k) => z.object(shapeOf(KIND_FIELDS[k] as Record<string, EntryField>)).parse({}));

/** A kind's own fields at their schema defaults (for builders of whole entries: fixtures, generators). */
export function kindDefaults<K extends EntryKind>(kind: K): KindValues<K> {
  return { ...DEFAULTS[kind] } as KindValues<K>;
}
