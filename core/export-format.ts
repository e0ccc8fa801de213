// The journal's JSON export format, version 1 (documented in
// docs/export-format.md). Pure: no Node, no SQLite, so the renderer may use it
// to preview a file before the journal sees it.
//
// What it holds: every supplier and every entry that is NOT in the trash, with
// their ids and timestamps, and every setting. The trash is deliberately left
// out (an export is "what the journal shows"); the SQLite backups in the
// backups folder are full copies, trash included.
//
// Validation is two-layered: the envelope is parsed here; each supplier and
// entry is then parsed by the same core schemas as any user input
// (supplierInput / entryInput), so an import can store nothing the app itself
// would refuse. Unknown fields are refused, never silently dropped: a file
// from a newer Rapport must not lose data by passing through this one.
import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES, attachmentName } from './attachments';
import { COMMON_FIELD_LIST, FIELDS_OF_KIND, perKind } from './entry-fields';
import { SUPPLIER_FIELD_NAMES, SUPPLIER_META_KEYS } from './supplier-fields';
import { issueFromZod, type FieldIssue } from './errors';
import { entryInput, entryInputVariants, id, isoDate, preferencesInput, storableText, supplierInput } from './schemas';
import { storedSettingsSchemaFor } from './trust/upgrade';
import type { Entry, Supplier } from './types';
import { parseItemKey } from './agenda/keys';
import { MARK_ACTIONS, type AgendaMark } from './agenda/types';
import { entryIdsOf, exportedMeeting, type ExportedMeeting } from './meeting/export';
import { TEMPLATE_KEYS, templateName, templateNameKey, templateValues, type EntryTemplate, type TemplateValues } from './templates';

export const EXPORT_FORMAT = 'rapport-journal';
export const EXPORT_VERSION = 1;
/** More problems than this are summarised in one last issue ('moreProblems'). */
export const MAX_ISSUES = 200;

export type SettingValue = z.infer<ReturnType<typeof z.json>>;

export interface JournalExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  app: { schemaVersion: number };
  settings: Record<string, SettingValue>;
  suppliers: Supplier[];
  entries: Entry[];
  /**
   * What the manager snoozed or dismissed on the agenda (table agenda_marks),
   * sorted by key. Added after format 1 first shipped: a file without it
   * imports with none.
   */
  agendaMarks: AgendaMark[];
  /**
   * Review meetings with their points and actions (core/meeting/export.ts),
   * sorted by id. Added after format 1 first shipped: a file without it
   * imports with none.
   */
  meetings: ExportedMeeting[];
  /**
   * Attachments (core/attachments.ts), sorted by id, and their content once
   * per SHA-256 as base64 (attachmentFiles, sorted by hash). Added after
   * format 1 first shipped: a file without them imports with none.
   */
  attachments: ExportedAttachment[];
  attachmentFiles: ExportedAttachmentFile[];
  /**
   * Entry templates (core/templates.ts), sorted by id. Added after format 1
   * first shipped: a file without them imports with none.
   */
  templates: ExportedTemplate[];
}

export type ExportedTemplate = Omit<EntryTemplate, 'kind'>;

/** Puts a template's fields in the export's key order (its kind is the one in its values). */
export function orderTemplate(t: EntryTemplate | ExportedTemplate): ExportedTemplate {
  return pick(t, TEMPLATE_KEYS) as unknown as ExportedTemplate;
}

export interface ExportedAttachment {
  id: number;
  entryId: number | null;
  supplierId: number | null;
  name: string;
  type: string;
  addedAt: string;
  sha256: string;
}

export interface ExportedAttachmentFile {
  sha256: string;
  size: number;
  /** The content as base64 in a plain JSON export; absent in a journal archive's journal.json (the content is its files/<sha256>). */
  contentBase64?: string;
}

/** Key order of an agenda mark in an export. */
export const MARK_KEYS = ['key', 'action', 'until', 'createdAt'] as const satisfies readonly (keyof AgendaMark)[];

/** Puts a mark's fields in the export's key order. */
export function orderMark(m: AgendaMark): AgendaMark {
  return pick(m, MARK_KEYS) as unknown as AgendaMark;
}

/** Key order of a supplier in an export: its id, its fields as declared in supplier-fields.ts, then status and timestamps. */
export const SUPPLIER_KEYS: readonly (keyof Supplier)[] = ['id', ...SUPPLIER_FIELD_NAMES, ...SUPPLIER_META_KEYS];

/** Key order of an entry in an export: common fields, then the kind's own fields (as declared in entry-fields.ts). */
export const ENTRY_COMMON_KEYS = ['id', 'supplierId', 'kind', ...COMMON_FIELD_LIST.map((f) => f.name)] as const;
export const ENTRY_KIND_KEYS: Record<Entry['kind'], readonly string[]> = perKind((k) => FIELDS_OF_KIND[k].map((f) => f.name));
export const ENTRY_STAMP_KEYS = ['createdAt', 'updatedAt'] as const;

/** Copies `source` with exactly `keys`, in that order (stable JSON key order). */
export function pick<T extends object>(source: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = (source as Record<string, unknown>)[k];
  return out;
}

/** Puts a supplier's fields in the export's key order. */
export function orderSupplier(s: Supplier): Supplier {
  return pick(s, SUPPLIER_KEYS) as unknown as Supplier;
}

/** Puts an entry's fields in the export's key order. */
export function orderEntry(e: Entry): Entry {
  return pick(e, [...ENTRY_COMMON_KEYS, ...ENTRY_KIND_KEYS[e.kind], ...ENTRY_STAMP_KEYS]) as unknown as Entry;
}

/** The same export with `exportedAt` blanked: two exports of one journal compare equal this way. */
export function withoutExportedAt(e: JournalExport): JournalExport {
  return { ...e, exportedAt: '' };
}

/** True when two export texts hold the same journal (ignoring when each was made). */
export function sameJournalContent(a: string, b: string): boolean {
  const strip = (t: string) => JSON.stringify(withoutExportedAt(JSON.parse(t) as JournalExport));
  return strip(a) === strip(b);
}

// ---------- validation ----------

/** Keys of this module's own messages (core/errors.ts knows the schemas' ones). */
const OWN_KEYS = new Set(['invalidTimestamp', 'invalidSettingKey', 'invalidAgendaKey']);

const stamp = z.iso.datetime({ offset: true, error: 'invalidTimestamp' });

/** A settings key: plain identifiers only (no '__proto__', no spaces). */
const settingKey = z.string().regex(/^[A-Za-z][A-Za-z0-9_.-]{0,99}$/, { error: 'invalidSettingKey' });

const envelope = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: stamp,
    app: z.object({ schemaVersion: z.number().int().min(0).max(1_000_000) }).strict(),
    settings: z.record(settingKey, z.json()),
    suppliers: z.array(z.record(z.string(), z.unknown())).max(100_000),
    entries: z.array(z.record(z.string(), z.unknown())).max(1_000_000),
    agendaMarks: z.array(z.unknown()).max(1_000_000).optional(),
    meetings: z.array(z.unknown()).max(100_000).optional(),
    attachments: z.array(z.unknown()).max(1_000_000).optional(),
    attachmentFiles: z.array(z.unknown()).max(1_000_000).optional(),
    templates: z.array(z.unknown()).max(10_000).optional(),
  })
  .strict();

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'invalid' });

const exportedAttachment = z
  .object({
    id,
    entryId: id.nullable(),
    supplierId: id.nullable(),
    name: attachmentName,
    type: z.string().max(200),
    addedAt: stamp,
    sha256,
  })
  .strict();

const exportedAttachmentFile = z
  .object({
    sha256,
    size: z.number().int().min(0).max(MAX_ATTACHMENT_BYTES, { error: 'attachmentTooLarge' }),
    contentBase64: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'invalidContent' }).optional(),
  })
  .strict();

const exportedTemplate = z.object({ id, name: templateName, values: templateValues, createdAt: stamp, updatedAt: stamp }).strict();

const markSchema = z
  .object({
    key: z.string().max(200).refine((k) => parseItemKey(k) !== null, { error: 'invalidAgendaKey' }),
    action: z.enum(MARK_ACTIONS),
    until: isoDate.nullable(),
    createdAt: stamp,
  })
  .strict();

const supplierMeta = z.object({
  id,
  status: z.enum(['active', 'ended']),
  endedOn: isoDate.nullable(),
  createdAt: stamp,
  updatedAt: stamp,
});
const entryMeta = z.object({ id, createdAt: stamp, updatedAt: stamp });

const SUPPLIER_INPUT_KEYS = Object.keys(supplierInput.shape);
const SUPPLIER_ALLOWED = new Set([...SUPPLIER_INPUT_KEYS, ...Object.keys(supplierMeta.shape)]);
const ENTRY_ALLOWED = new Map<string, Set<string>>(
  entryInputVariants.options.map((o) => [o.shape.kind.value, new Set([...Object.keys(o.shape), ...Object.keys(entryMeta.shape)])]),
);
/** The settings key of the trust model's settings (db/worker/trust.ts). */
const TRUST_SETTINGS_KEY = 'trust';
const PREFERENCE_KEYS = new Set(Object.keys(preferencesInput.shape).map((k) => `pref.${k}`));

/**
 * Paths of every string inside `value` that holds a NUL character or a lone
 * surrogate (storableText). SQLite's length() stops at the first NUL, and a
 * lone surrogate would come back as U+FFFD: the importers refuse both up front.
 */
export function nulPaths(value: unknown, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (typeof value === 'string') return storableText(value) ? [] : [prefix];
  if (typeof value !== 'object' || value === null || depth > 8) return [];
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...nulPaths(v, [...prefix, i], depth + 1)));
  else for (const [k, v] of Object.entries(value)) out.push(...nulPaths(v, [...prefix, k], depth + 1));
  return out;
}

export type ExportCheck = { ok: true; value: JournalExport } | { ok: false; key: string; issues: FieldIssue[] };

class Issues {
  readonly list: FieldIssue[] = [];
  private dropped = 0;
  add(issue: FieldIssue) {
    if (this.list.length < MAX_ISSUES) this.list.push(issue);
    else this.dropped += 1;
  }
  fromZod(prefix: (string | number)[], error: z.ZodError, rename?: (path: (string | number)[]) => (string | number)[]) {
    for (const i of error.issues) {
      const issue = OWN_KEYS.has(i.message) ? { path: i.path.filter((p) => typeof p !== 'symbol') as (string | number)[], key: i.message, params: {} } : issueFromZod(i);
      this.add({ ...issue, path: [...prefix, ...(rename ? rename(issue.path) : issue.path)] });
    }
  }
  unknownKeys(prefix: (string | number)[], raw: Record<string, unknown>, allowed: Set<string>) {
    const extra = Object.keys(raw).filter((k) => !allowed.has(k));
    if (extra.length) this.add({ path: prefix, key: 'unknownField', params: { fields: extra.join(', ') } });
  }
  done(): FieldIssue[] {
    if (this.dropped) return [...this.list, { path: [], key: 'moreProblems', params: { count: this.dropped } }];
    return this.list;
  }
}

/**
 * Checks a parsed JSON value against export format 1 and the core schemas.
 * Returns the normalised export (fields in export order) or every problem,
 * each with a path such as ['entries', 12, 'dueOn'].
 */
export function checkExport(data: unknown): ExportCheck {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, key: 'notAnExport', issues: [] };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > EXPORT_VERSION) {
    return { ok: false, key: 'exportTooNew', issues: [{ path: ['version'], key: 'exportTooNew', params: { found: version, supported: EXPORT_VERSION } }] };
  }
  const issues = new Issues();
  const env = envelope.safeParse(data);
  if (!env.success) {
    issues.fromZod([], env.error);
    return { ok: false, key: 'validation', issues: issues.done() };
  }
  const { settings } = env.data;
  // zod's record leaves a "__proto__" key out without a word: the raw keys are checked here.
  for (const key of Object.keys((data as { settings: object }).settings)) {
    if (!settingKey.safeParse(key).success) issues.add({ path: ['settings', key], key: 'invalidSettingKey', params: {} });
  }
  // The records are read from the parsed JSON itself, not from zod's copy: a
  // JSON key "__proto__" stays an own property there and is refused as unknown.
  const rawSuppliers = (data as { suppliers: Record<string, unknown>[] }).suppliers;
  const rawEntries = (data as { entries: Record<string, unknown>[] }).entries;

  for (const [key, value] of Object.entries(settings)) {
    // Settings the app reads are checked by their own schemas: the journal
    // falls back to defaults on a bad stored value, which would silently lose it.
    if (key === TRUST_SETTINGS_KEY) {
      // Settings of model version 1 (an older export) are read as the journal reads them.
      const trust = storedSettingsSchemaFor(value).safeParse(value);
      if (!trust.success) issues.fromZod(['settings', key], trust.error);
      continue;
    }
    if (!key.startsWith('pref.')) continue;
    if (!PREFERENCE_KEYS.has(key)) {
      issues.add({ path: ['settings', key], key: 'unknownField', params: { fields: key } });
      continue;
    }
    const pref = preferencesInput.safeParse({ [key.slice(5)]: value });
    if (!pref.success) issues.fromZod(['settings', key], pref.error, (p) => p.slice(1));
  }

  const suppliers: Supplier[] = [];
  const supplierIds = new Set<number>();
  rawSuppliers.forEach((raw, i) => {
    const at = ['suppliers', i];
    issues.unknownKeys(at, raw, SUPPLIER_ALLOWED);
    for (const p of nulPaths(raw, at)) issues.add({ path: p, key: 'invalidCharacter', params: {} });
    const meta = supplierMeta.safeParse(raw);
    const input = supplierInput.safeParse(pickPresent(raw, SUPPLIER_INPUT_KEYS));
    if (!meta.success) issues.fromZod(at, meta.error);
    if (!input.success) issues.fromZod(at, input.error);
    if (!meta.success || !input.success || nulPaths(raw).length) return;
    const m = meta.data;
    if (supplierIds.has(m.id)) issues.add({ path: [...at, 'id'], key: 'duplicateId', params: { id: m.id } });
    supplierIds.add(m.id);
    if (m.status === 'ended' && m.endedOn === null) issues.add({ path: [...at, 'endedOn'], key: 'required', params: {} });
    if (m.status === 'active' && m.endedOn !== null) issues.add({ path: [...at, 'endedOn'], key: 'activeHasNoEndDate', params: {} });
    suppliers.push(orderSupplier({ ...input.data, ...m }));
  });

  const entries: Entry[] = [];
  const entryIds = new Set<number>();
  rawEntries.forEach((raw, i) => {
    const at = ['entries', i];
    const allowed = ENTRY_ALLOWED.get(String(raw.kind));
    if (allowed) issues.unknownKeys(at, raw, allowed);
    for (const p of nulPaths(raw, at)) issues.add({ path: p, key: 'invalidCharacter', params: {} });
    const meta = entryMeta.safeParse(raw);
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = raw;
    const input = entryInput.safeParse(rest);
    if (!meta.success) issues.fromZod(at, meta.error);
    if (!input.success) issues.fromZod(at, input.error);
    if (!meta.success || !input.success || nulPaths(raw).length) return;
    const m = meta.data;
    if (entryIds.has(m.id)) issues.add({ path: [...at, 'id'], key: 'duplicateId', params: { id: m.id } });
    entryIds.add(m.id);
    if (!supplierIds.has(input.data.supplierId)) issues.add({ path: [...at, 'supplierId'], key: 'unknownSupplier', params: { id: input.data.supplierId } });
    const e = input.data;
    // Stored form: an incident we caused belongs to our side (db/worker/rows.ts entryColumns does the same).
    const side = e.kind === 'incident' && e.causedBy === 'ours' ? 'ours' : e.side;
    const tags = [...new Set(e.tags)].sort();
    entries.push(orderEntry({ ...e, side, tags, ...m } as Entry));
  });

  const agendaMarks: AgendaMark[] = [];
  const markKeys = new Set<string>();
  (env.data.agendaMarks ?? []).forEach((raw, i) => {
    const at = ['agendaMarks', i];
    const mark = markSchema.safeParse(raw);
    if (!mark.success) return issues.fromZod(at, mark.error);
    const m = mark.data;
    if (markKeys.has(m.key)) issues.add({ path: [...at, 'key'], key: 'duplicateAgendaMark', params: { key: m.key } });
    markKeys.add(m.key);
    // The journal's own rules (migrations 004, 009): a snooze has its day, a dismissal none, done is a follow-up's and has none.
    if (m.action === 'snoozed' && m.until === null) issues.add({ path: [...at, 'until'], key: 'required', params: {} });
    if (m.action === 'dismissed' && m.until !== null) issues.add({ path: [...at, 'until'], key: 'dismissedHasNoUntil', params: {} });
    if (m.action === 'done' && m.until !== null) issues.add({ path: [...at, 'until'], key: 'doneHasNoUntil', params: {} });
    if (m.action === 'done' && parseItemKey(m.key)?.kind !== 'followUp') issues.add({ path: [...at, 'key'], key: 'doneOnlyFollowUp', params: {} });
    agendaMarks.push(orderMark(m));
  });

  const meetings = checkMeetings(env.data.meetings ?? [], supplierIds, entryIds, issues);
  const { attachments, attachmentFiles } = checkAttachments(env.data.attachments ?? [], env.data.attachmentFiles ?? [], supplierIds, entryIds, issues);

  const templates = checkTemplates(env.data.templates ?? [], issues);

  const list = issues.done();
  if (list.length) return { ok: false, key: 'validation', issues: list };
  templates.sort((a, b) => a.id - b.id);
  meetings.sort((a, b) => a.id - b.id);
  agendaMarks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  suppliers.sort((a, b) => a.id - b.id);
  entries.sort((a, b) => a.id - b.id);
  const sortedSettings: Record<string, SettingValue> = {};
  for (const k of Object.keys(settings).sort()) sortedSettings[k] = settings[k] as SettingValue;
  return {
    ok: true,
    value: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: env.data.exportedAt,
      app: { schemaVersion: env.data.app.schemaVersion },
      settings: sortedSettings,
      suppliers,
      entries,
      agendaMarks,
      meetings,
      attachments,
      attachmentFiles,
      templates,
    },
  };
}

/** The file's templates: each by its schema, each id and each name (case aside) once. */
function checkTemplates(raw: readonly unknown[], issues: Issues): ExportedTemplate[] {
  const out: ExportedTemplate[] = [];
  const ids = new Set<number>();
  const names = new Set<string>();
  raw.forEach((value, i) => {
    const at = ['templates', i];
    for (const p of nulPaths(value, at)) issues.add({ path: p, key: 'invalidCharacter', params: {} });
    const parsed = exportedTemplate.safeParse(value);
    if (!parsed.success) return issues.fromZod(at, parsed.error);
    const t = parsed.data;
    if (ids.has(t.id)) issues.add({ path: [...at, 'id'], key: 'duplicateId', params: { id: t.id } });
    ids.add(t.id);
    const key = templateNameKey(t.name);
    if (names.has(key)) issues.add({ path: [...at, 'name'], key: 'templateNameTaken', params: { name: t.name } });
    names.add(key);
    out.push(orderTemplate({ ...t, values: t.values as TemplateValues }));
  });
  return out;
}

/**
 * The file's attachments: each on an entry or a supplier the file holds,
 * each content there once. That a content matches its hash is checked as it
 * is written (db/worker/import.ts): hashing is the journal's work.
 */
function checkAttachments(
  rawLinks: unknown[], rawFiles: unknown[], supplierIds: Set<number>, entryIds: Set<number>, issues: Issues,
): { attachments: ExportedAttachment[]; attachmentFiles: ExportedAttachmentFile[] } {
  const attachmentFiles: ExportedAttachmentFile[] = [];
  const hashes = new Set<string>();
  rawFiles.forEach((raw, i) => {
    const at = ['attachmentFiles', i];
    const file = exportedAttachmentFile.safeParse(raw);
    if (!file.success) return issues.fromZod(at, file.error);
    if (hashes.has(file.data.sha256)) issues.add({ path: [...at, 'sha256'], key: 'duplicateId', params: { id: file.data.sha256 } });
    hashes.add(file.data.sha256);
    attachmentFiles.push(file.data);
  });
  const attachments: ExportedAttachment[] = [];
  const ids = new Set<number>();
  rawLinks.forEach((raw, i) => {
    const at = ['attachments', i];
    const link = exportedAttachment.safeParse(raw);
    if (!link.success) return issues.fromZod(at, link.error);
    const a = link.data;
    if (ids.has(a.id)) issues.add({ path: [...at, 'id'], key: 'duplicateId', params: { id: a.id } });
    ids.add(a.id);
    if ((a.entryId === null) === (a.supplierId === null)) issues.add({ path: [...at, 'entryId'], key: 'invalid', params: {} });
    if (a.entryId !== null && !entryIds.has(a.entryId)) issues.add({ path: [...at, 'entryId'], key: 'unknownEntry', params: { id: a.entryId } });
    if (a.supplierId !== null && !supplierIds.has(a.supplierId)) issues.add({ path: [...at, 'supplierId'], key: 'unknownSupplier', params: { id: a.supplierId } });
    if (!hashes.has(a.sha256)) issues.add({ path: [...at, 'sha256'], key: 'missingAttachmentFile', params: {} });
    attachments.push(a);
  });
  attachments.sort((a, b) => a.id - b.id);
  attachmentFiles.sort((a, b) => (a.sha256 < b.sha256 ? -1 : a.sha256 > b.sha256 ? 1 : 0));
  return { attachments, attachmentFiles };
}

/** The file's meetings, each checked by its schema and against what the file holds. */
function checkMeetings(raw: readonly unknown[], supplierIds: Set<number>, entryIds: Set<number>, issues: Issues): ExportedMeeting[] {
  const out: ExportedMeeting[] = [];
  const meetingIds = new Set<number>();
  const pointIds = new Set<number>();
  const actionIds = new Set<number>();
  const open = new Set<number>();
  raw.forEach((value, i) => {
    const at = ['meetings', i];
    for (const p of nulPaths(value, at)) issues.add({ path: p, key: 'invalidCharacter', params: {} });
    const parsed = exportedMeeting.safeParse(value);
    if (!parsed.success) return issues.fromZod(at, parsed.error);
    const m = parsed.data;
    if (meetingIds.has(m.id)) issues.add({ path: [...at, 'id'], key: 'duplicateId', params: { id: m.id } });
    meetingIds.add(m.id);
    if (!supplierIds.has(m.supplierId)) issues.add({ path: [...at, 'supplierId'], key: 'unknownSupplier', params: { id: m.supplierId } });
    if (m.status !== 'finished') {
      if (open.has(m.supplierId)) issues.add({ path: [...at, 'status'], key: 'meetingAlreadyOpen', params: {} });
      open.add(m.supplierId);
    }
    for (const entryId of entryIdsOf(m)) if (!entryIds.has(entryId)) issues.add({ path: at, key: 'unknownEntry', params: { id: entryId } });
    const own = new Set(m.points.map((p) => p.id));
    m.points.forEach((p, j) => {
      if (pointIds.has(p.id)) issues.add({ path: [...at, 'points', j, 'id'], key: 'duplicateId', params: { id: p.id } });
      pointIds.add(p.id);
    });
    m.actions.forEach((a, j) => {
      if (actionIds.has(a.id)) issues.add({ path: [...at, 'actions', j, 'id'], key: 'duplicateId', params: { id: a.id } });
      actionIds.add(a.id);
      if (a.pointId !== null && !own.has(a.pointId)) issues.add({ path: [...at, 'actions', j, 'pointId'], key: 'unknownMeetingPoint', params: { id: a.pointId } });
    });
    out.push(m);
  });
  // A carried point names a point of an earlier meeting in the file.
  out.forEach((m, i) => m.points.forEach((p, j) => {
    if (p.carriedFrom !== null && !pointIds.has(p.carriedFrom)) issues.add({ path: ['meetings', i, 'points', j, 'carriedFrom'], key: 'unknownMeetingPoint', params: { id: p.carriedFrom } });
  }));
  return out;
}

function pickPresent(raw: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (Object.prototype.hasOwnProperty.call(raw, k)) out[k] = raw[k];
  return out;
}
