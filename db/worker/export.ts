// Exports: the lossless JSON format (core/export-format.ts, documented in
// docs/export-format.md) and CSV for reading the journal in a spreadsheet.
// Both read inside one transaction, so a write between two queries can never
// produce an export that is half before and half after it.
import {
  EXPORT_FORMAT, EXPORT_VERSION, SUPPLIER_KEYS, orderEntry, orderMark, orderSupplier, orderTemplate,
  type ExportedAttachment, type ExportedTemplate, type ExportedAttachmentFile, type JournalExport, type SettingValue,
} from '../../core/export-format';
import { parseItemKey } from '../../core/agenda/keys';
import type { AgendaMark } from '../../core/agenda';
import type { Contact } from '../../core/schemas';
import { SUPPLIER_FIELD_LIST } from '../../core/supplier-fields';
import type { Entry, Supplier } from '../../core/types';
import { CSV_FIELDS, csvSeparatorFor, toCsv, type CsvSeparator } from '../../core/csv';
import { choiceWord, entryColumnTitle, supplierColumnTitle } from '../../core/csv-columns';
import { ALL_FIELDS } from '../../core/entry-fields';
import type { ReadableDB } from './handles';
import { entryFromRow, supplierFromRow, type EntryRow, type SupplierRow } from './rows';
import { exportMeetings } from './meetings';
import { exportAttachmentRefs, readContent, type ExportedContentRef } from './attachments';
import { exportTemplates } from './templates';
import type { ExportedMeeting } from '../../core/meeting/export';

export { csvSeparatorFor } from '../../core/csv';

interface Snapshot {
  schemaVersion: number;
  settings: Record<string, SettingValue>;
  suppliers: Supplier[];
  entries: Entry[];
  marks: AgendaMark[];
  meetings: ExportedMeeting[];
  attachments: ExportedAttachment[];
  /** Each content once, by reference: read one at a time (readContent), never all with the rows. */
  contents: ExportedContentRef[];
  templates: ExportedTemplate[];
}

/** Reads everything an export holds (trash excluded), sorted by id (marks by key), in one read transaction. */
export function readSnapshot(db: ReadableDB): Snapshot {
  return db.transaction(() => {
    const settings: Record<string, SettingValue> = {};
    const rows = db.prepare('SELECT key, value FROM settings ORDER BY key').all() as { key: string; value: string }[];
    for (const r of rows) settings[r.key] = JSON.parse(r.value) as SettingValue;
    const suppliers = (db.prepare('SELECT * FROM suppliers WHERE deleted_at IS NULL ORDER BY id').all() as SupplierRow[]).map(supplierFromRow);
    const entries = (
      db
        .prepare(
          `SELECT e.*, (SELECT group_concat(tag, char(31)) FROM entry_tags t WHERE t.entry_id = e.id) AS tags
           FROM entries e JOIN suppliers s ON s.id = e.supplier_id
           WHERE e.deleted_at IS NULL AND s.deleted_at IS NULL ORDER BY e.id`,
        )
        .all() as EntryRow[]
    ).map(entryFromRow);
    // Marks of what the export holds: one about an entry or supplier in the trash (or purged) stays behind with it.
    const supplierIds = new Set(suppliers.map((s) => s.id));
    const entryIds = new Set(entries.map((e) => e.id));
    const marks = (db.prepare('SELECT item_key AS key, action, until, created_at AS createdAt FROM agenda_marks ORDER BY item_key').all() as AgendaMark[])
      .filter((m) => {
        const parts = parseItemKey(m.key);
        return parts !== null && (parts.about === 'entry' ? entryIds : supplierIds).has(parts.id);
      });
    const meetings = exportMeetings(db, supplierIds, entryIds);
    const { attachments, contents } = exportAttachmentRefs(db, supplierIds, entryIds);
    const templates = exportTemplates(db).map(orderTemplate);
    return { schemaVersion: db.pragma('user_version', { simple: true }) as number, settings, suppliers, entries, marks, meetings, attachments, contents, templates };
  }).deferred();
}

/**
 * The export object (format 1) of a snapshot: suppliers and entries sorted by
 * id, keys in a fixed order. `content` gives each attachmentFile its bytes as
 * base64 (the plain JSON export); without it they are left out (an archive
 * holds them as files of their own).
 */
export function exportOf(snap: Snapshot, now: Date, content: ((ref: ExportedContentRef) => Buffer) | null): JournalExport {
  const attachmentFiles: ExportedAttachmentFile[] = snap.contents.map((ref) =>
    content ? { sha256: ref.sha256, size: ref.size, contentBase64: content(ref).toString('base64') } : { sha256: ref.sha256, size: ref.size },
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    app: { schemaVersion: snap.schemaVersion },
    settings: snap.settings,
    suppliers: snap.suppliers.map(orderSupplier),
    entries: snap.entries.map(orderEntry),
    agendaMarks: snap.marks.map(orderMark),
    meetings: snap.meetings,
    attachments: snap.attachments,
    attachmentFiles,
    templates: snap.templates,
  };
}

/** The journal as an export object with every attachment's content inline (the plain JSON export). */
export function buildExport(db: ReadableDB, now: Date = new Date()): JournalExport {
  return exportOf(readSnapshot(db), now, (ref) => readContent(db, ref));
}

/** The journal as JSON text; two exports of one journal differ only in exportedAt (see sameJournalContent). */
export function exportJson(db: ReadableDB, options: { now?: Date } = {}): string {
  return `${JSON.stringify(buildExport(db, options.now), null, 2)}\n`;
}

export type CsvTable = 'suppliers' | 'entries';

export interface CsvOptions {
  /** ';' for languages with a decimal comma (csvSeparatorFor), ',' otherwise. Default: csvSeparatorFor(language). */
  separator?: CsvSeparator;
  /** Language of yes/no (ja/nee) and, with separator ';', of the decimal comma. Default 'en'. */
  language?: 'nl' | 'en';
}

/** The suppliers table: the JSON export's keys, in its order (from the declaration, core/supplier-fields.ts). */
export const SUPPLIER_CSV_COLUMNS = SUPPLIER_KEYS;

/** Columns whose cell is a list of contacts. */
const CONTACT_COLUMNS = new Set<string>(SUPPLIER_FIELD_LIST.filter((f) => f.type === 'contacts').map((f) => f.name));

/** The entries table: ids and the supplier's name, every field a spreadsheet can map (CSV_FIELDS), the timestamps. */
export const ENTRY_CSV_COLUMNS = ['id', 'supplierId', 'supplier', ...CSV_FIELDS, 'createdAt', 'updatedAt'] as const;

const YES_NO = { en: ['yes', 'no'], nl: ['ja', 'nee'] } as const;

/** One contact per line inside the cell: "Name (role) <email> phone". */
function contactsCell(contacts: readonly Contact[]): string {
  return contacts
    .map((c) => [c.name, c.role && `(${c.role})`, c.email && `<${c.email}>`, c.phone].filter(Boolean).join(' '))
    .join('\n');
}

/** A day as the language writes it in a spreadsheet: 31-12-2026 in Dutch; in English ISO 2026-12-31, which Excel reads as a date in any region (en-US and en-GB disagree on 12/31 and 31/12). */
function dayIn(iso: string, language: 'nl' | 'en'): string {
  return language === 'nl' ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : iso;
}

const ENTRY_DATE_COLUMNS = new Set<string>(['date', ...ALL_FIELDS.filter((f) => f.type === 'date').map((f) => f.name)]);
const CHOICE_COLUMNS = new Set<string>(['kind', ...ALL_FIELDS.filter((f) => f.type === 'choice').map((f) => f.name)]);
const SUPPLIER_DATE_COLUMNS = new Set<string>(SUPPLIER_FIELD_LIST.filter((f) => f.type === 'date').map((f) => f.name));

/**
 * One table as CSV for a spreadsheet (trash excluded), in the language
 * chosen. Choices, documented in docs/export-format.md: UTF-8 with BOM, CRLF,
 * RFC 4180 quoting; headers are the fields' labels in the language (the
 * importer recognises them in either language, core/csv-columns.ts); kinds
 * and other choices as the screens name them (Toezegging, Kept late); dates
 * 31-12-2026 in Dutch and 2026-12-31 in English, timestamps ISO 8601 UTC;
 * booleans as words (yes/no, ja/nee); an empty cell for "none"; tags joined
 * with ", " (a tag can never hold a comma); numbers with a decimal comma when
 * the separator is ';'; cells that start with = + - @ get a leading ' so no
 * spreadsheet runs them.
 */
export function exportCsv(db: ReadableDB, table: CsvTable, options: CsvOptions = {}): string {
  const language = options.language ?? 'en';
  const separator = options.separator ?? csvSeparatorFor(language);
  const [yes, no] = YES_NO[language];
  const snap = readSnapshot(db);
  const text = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'boolean') return v ? yes : no;
    if (typeof v === 'number') return separator === ';' ? String(v).replace('.', ',') : String(v);
    if (Array.isArray(v)) return v.join(', ');
    return String(v);
  };
  if (table === 'suppliers') {
    const rows = snap.suppliers.map((s) =>
      SUPPLIER_CSV_COLUMNS.map((c) => {
        if (CONTACT_COLUMNS.has(c)) return contactsCell(s[c] as Contact[]);
        const v = s[c];
        return SUPPLIER_DATE_COLUMNS.has(c) && typeof v === 'string' ? dayIn(v, language) : text(v);
      }),
    );
    return toCsv([SUPPLIER_CSV_COLUMNS.map((c) => supplierColumnTitle(c, language)), ...rows], separator);
  }
  const names = new Map(snap.suppliers.map((s) => [s.id, s.name]));
  const rows = snap.entries.map((e) =>
    ENTRY_CSV_COLUMNS.map((c) => {
      if (c === 'supplier') return names.get(e.supplierId) ?? '';
      const v = (e as unknown as Record<string, unknown>)[c];
      if (ENTRY_DATE_COLUMNS.has(c) && typeof v === 'string') return dayIn(v, language);
      if (CHOICE_COLUMNS.has(c) && typeof v === 'string') return choiceWord(c, v, language);
      return text(v);
    }),
  );
  return toCsv([ENTRY_CSV_COLUMNS.map((c) => entryColumnTitle(c, language)), ...rows], separator);
}
