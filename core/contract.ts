// The API contract, declared once: each method's name, kind, input schema and
// output type. The Electron preload, the IPC handlers, the HTTP server and the
// renderer's client are all checked against it, and the journal's layers route
// a call by its kind alone (db/shell/session.ts, db/shell/workers.ts,
// db/worker/entry.ts, db/worker/host.ts): no layer keeps a list of its own.
import { z } from 'zod';
import {
  endSupplierInput, entryFilter, entryInput, entryUpdate, id, preferencesInput, resolveIncidentInput, settlePromiseInput, supplierInput,
  supplierUpdate,
} from './schemas';
import { trustSettingsUpdate } from './trust/settings';
import type { TrustSettings } from './trust/settings';
import type { ModelNotice } from './trust/upgrade';
import { agendaSettingsUpdate, type AgendaSettings } from './agenda/settings';
import type { AgendaItem, AgendaMark, AgendaView } from './agenda/types';
import type { Entry, JournalInfo, Preferences, Supplier, TrashItem } from './types';
import type { PortfolioView, ReviewWaterfallView, SupplierSummary, SupplierTrustView } from './views';
import { MAX_SPREADSHEET_BYTES, type BackupSummary, type CsvPreviewSummary, type ExportedFile, type FileSummary, type ImportProgress, type JournalFiles, type JournalPathCheck, type JournalStatus, type RestoreResult, type SpreadsheetText, type SupplierImportPreview } from './files';
import { ENTRY_KINDS, LANGUAGES, isoDate } from './schemas';
import { searchInput, type SearchResult } from './search/result';
import { addPointInput, listMeetingsInput, movePointInput, prepareMeetingInput, saveMeetingActionInput, updateMeetingInput, updatePointInput } from './meeting/schemas';
import type { Meeting, MeetingSummary } from './meeting/types';
import { readMailInput, type MailDraft } from './mail';
import { addAttachmentInput, saveMailEntryInput, attachmentTarget, renameAttachmentInput, type AddedAttachment, type Attachment, type AttachmentContent } from './attachments';
import { createTemplateInput, updateTemplateInput, type EntryTemplate } from './templates';
import { changeProtectionInput, fileKeyInput, lockSettingsInput, setPassphraseInput, unlockInput, type LockState, type NewKey } from './lock';

/**
 * What a method does, which decides where it runs:
 * - read: reads the journal. A reading worker answers it inside one read
 *   transaction (the writer when none is up), also while a long import runs.
 * - write: changes the journal. The writing worker, one call at a time.
 * - status: tells about the file (status, backups, import progress). The
 *   writer answers it, also when the file is unusable, and without waiting
 *   while a long import runs.
 * - file: works on the file as a whole (backup, export, import). The writer, in turn.
 * - swap: replaces the file (restore). The readers let go of it first and
 *   open what is in place after.
 * - session: which journal file is open. The shell's session answers it.
 * - lock: the journal's key (unlock, lock, passphrase). The shell's session
 *   answers it, also while the journal is locked: it holds the key and
 *   starts the workers with it; the key never reaches the page.
 */
export type MethodKind = 'read' | 'write' | 'status' | 'file' | 'swap' | 'session' | 'lock';

interface MethodSpec<K extends MethodKind, In extends z.ZodType, Out> {
  kind: K;
  input: In;
  /** Phantom: carries the output type only. */
  output?: Out;
}

const method = <K extends MethodKind>(kind: K) => <Out>() => <In extends z.ZodType>(input: In): MethodSpec<K, In, Out> => ({ kind, input });
const read = method('read');
const write = method('write');
const status = method('status');
const file = method('file');
const swap = method('swap');
const session = method('session');
const lock = method('lock');

const none = z.object({}).strict().default({});
const byId = z.object({ id }).strict();

/** An agenda item's key (core/agenda/): its kind, the thing's id, and its day where it has one. */
const agendaKey = z.string().max(200).regex(/^[a-zA-Z]+:\d+(:\d{4}-\d{2}-\d{2})?$/, { error: 'invalidAgendaKey' });
/** The agenda is read on the manager's local day: the screen sends it (null: the journal's own today). */
const agendaToday = isoDate.nullable().default(null);

/** Methods the Journal service answers (synchronously, on an open journal): reads and writes. */
const journalMethods = {
  getJournalInfo: read<JournalInfo>()(none),
  getPreferences: read<Preferences>()(none),
  updatePreferences: write<Preferences>()(preferencesInput),

  listSuppliers: read<SupplierSummary[]>()(z.object({ includeEnded: z.boolean().default(true) }).strict().default({ includeEnded: true })),
  getSupplier: read<SupplierSummary>()(byId),
  createSupplier: write<Supplier>()(supplierInput),
  updateSupplier: write<Supplier>()(supplierUpdate),
  endSupplier: write<Supplier>()(endSupplierInput),
  reopenSupplier: write<Supplier>()(byId),
  deleteSupplier: write<{ deleted: true }>()(byId),

  listEntries: read<Entry[]>()(entryFilter),
  getEntry: read<Entry>()(byId),
  createEntry: write<Entry>()(entryInput),
  updateEntry: write<Entry>()(entryUpdate),
  settlePromise: write<Entry>()(settlePromiseInput),
  resolveIncident: write<Entry>()(resolveIncidentInput),
  deleteEntry: write<{ deleted: true }>()(byId),
  listTags: read<string[]>()(z.object({ supplierId: id.nullable().default(null) }).strict().default({ supplierId: null })),
  search: read<SearchResult>()(searchInput),

  // Attachments (core/attachments.ts, db/worker/attachments.ts): kept inside the journal, once per content.
  listAttachments: read<Attachment[]>()(attachmentTarget),
  getAttachmentContent: read<AttachmentContent>()(byId),
  addAttachment: write<AddedAttachment>()(addAttachmentInput),
  renameAttachment: write<Attachment>()(renameAttachmentInput),
  /** To the trash (restorable); emptying the trash frees its content when nothing else links it. */
  removeAttachment: write<{ deleted: true }>()(byId),
  /** A reviewed mail draft saved: the interaction and the mail file as its attachment, in one transaction. */
  saveMailEntry: write<Entry>()(saveMailEntryInput),

  // Entry templates (core/templates.ts, db/worker/templates.ts): a named start for an entry that recurs.
  listEntryTemplates: read<EntryTemplate[]>()(none),
  createEntryTemplate: write<EntryTemplate>()(createTemplateInput),
  /** A rename, new values, or both. */
  updateEntryTemplate: write<EntryTemplate>()(updateTemplateInput),
  /** To the trash (restorable). */
  deleteEntryTemplate: write<{ deleted: true }>()(byId),

  listTrash: read<TrashItem[]>()(none),
  restoreFromTrash: write<{ restored: true }>()(z.object({ type: z.enum(['supplier', 'entry', 'attachment', 'template']), id }).strict()),
  emptyTrash: write<{ purged: number }>()(none),

  getTrustSettings: read<TrustSettings>()(none),
  updateTrustSettings: write<TrustSettings>()(trustSettingsUpdate),
  resetTrustSettings: write<TrustSettings>()(none),
  getTrustModelNotice: read<{ notice: ModelNotice | null }>()(none),
  keepTrustSettings: write<TrustSettings>()(none),
  getSupplierTrust: read<SupplierTrustView>()(
    z.object({
      supplierId: id, from: isoDate.nullable().default(null), to: isoDate.nullable().default(null),
      /** False for a pack that leaves private entries out: trust is then computed without them. */
      includePrivate: z.boolean().default(true),
    }).strict(),
  ),
  getReviewWaterfall: read<ReviewWaterfallView>()(z.object({ supplierId: id, reviewId: id }).strict()),
  // A write: the writer keeps each supplier's line of it in the journal (db/worker/overview.ts), so the next start reads them.
  getPortfolio: write<PortfolioView>()(none),

  getAgenda: read<AgendaView>()(
    z.object({
      today: agendaToday, supplierId: id.nullable().default(null),
      /** False for a pack: items of private entries left out. */
      includePrivate: z.boolean().default(true),
    }).strict().default({ today: null, supplierId: null, includePrivate: true }),
  ),
  /** The deadlines for an iCalendar file (the screen writes it in the manager's language): private ones only when ticked. */
  getAgendaCalendar: read<{ journalId: string; items: AgendaItem[] }>()(
    z.object({ today: agendaToday, supplierId: id.nullable().default(null), includePrivate: z.boolean().default(false) }).strict(),
  ),
  snoozeAgendaItem: write<AgendaMark>()(z.object({ key: agendaKey, until: isoDate, today: agendaToday }).strict()),
  dismissAgendaItem: write<AgendaMark>()(z.object({ key: agendaKey }).strict()),
  /** A follow-up done: it leaves the agenda and its calendar event is taken back (undone by undoAgendaMark). */
  markAgendaItemDone: write<AgendaMark>()(z.object({ key: agendaKey }).strict()),
  undoAgendaMark: write<{ undone: true }>()(z.object({ key: agendaKey }).strict()),
  getAgendaSettings: read<AgendaSettings>()(none),
  updateAgendaSettings: write<AgendaSettings>()(agendaSettingsUpdate),

  // Review meetings (core/meeting/, db/worker/meetings.ts): every change is saved as it is made.
  listMeetings: read<MeetingSummary[]>()(listMeetingsInput),
  getMeeting: read<Meeting>()(byId),
  /** The supplier's next meeting with its draft agenda; the one already open when there is one (existing: true). */
  prepareMeeting: write<{ meeting: Meeting; existing: boolean }>()(prepareMeetingInput),
  updateMeeting: write<Meeting>()(updateMeetingInput),
  addMeetingPoint: write<Meeting>()(addPointInput),
  updateMeetingPoint: write<Meeting>()(updatePointInput),
  moveMeetingPoint: write<Meeting>()(movePointInput),
  removeMeetingPoint: write<Meeting>()(byId),
  saveMeetingAction: write<Meeting>()(saveMeetingActionInput),
  removeMeetingAction: write<Meeting>()(byId),
  /** Writes the meeting into the journal in one transaction (all or nothing). */
  finishMeeting: write<Meeting>()(byId),
  reopenMeeting: write<Meeting>()(byId),
  deleteMeeting: write<{ deleted: true }>()(byId),

  loadExampleJournal: write<{ suppliers: number; entries: number }>()(
    z.object({ language: z.enum(LANGUAGES).nullable().default(null) }).strict().default({ language: null }),
  ),
} as const;

const fileName = z.string().min(1).max(255).regex(/^[^/\\]+$/, { error: 'invalid' });
const csvMapping = z.record(z.string(), z.string().max(200));
const csvImportInput = z
  .object({
    text: z.string().max(50_000_000),
    mapping: csvMapping,
    supplierId: id.nullable().default(null),
    supplierColumn: z.string().max(200).nullable().default(null),
    dateFormat: z.enum(['iso', 'dmy', 'mdy']).default('iso'),
    defaultKind: z.enum(ENTRY_KINDS).default('note'),
    skipBadRows: z.boolean().default(false),
  })
  .strict();

const supplierListInput = z.object({ text: z.string().max(50_000_000), dateFormat: z.enum(['iso', 'dmy', 'mdy']).default('iso') }).strict();

/**
 * Methods about the journal file itself (status, backups, restore, export,
 * import), answered by the writing worker's JournalHost (db/worker/host.ts):
 * they work even when the file could not be opened, and a swap replaces it.
 */
const fileMethods = {
  getJournalStatus: status<JournalStatus>()(none),
  listBackups: status<BackupSummary[]>()(none),
  backupNow: file<BackupSummary>()(none),
  // recoveryKey: for a file locked with another key than the journal's (asked when the file says 'locked').
  restoreBackup: swap<RestoreResult>()(z.object({ name: fileName, recoveryKey: fileKeyInput }).strict()),
  inspectUpload: file<FileSummary>()(z.object({ contentBase64: z.string().max(300_000_000), recoveryKey: fileKeyInput }).strict()),
  restoreUpload: swap<RestoreResult>()(
    z.object({ fileName: z.string().max(255), contentBase64: z.string().max(300_000_000), recoveryKey: fileKeyInput }).strict(),
  ),
  exportJson: file<ExportedFile>()(none),
  // The journal archive (.zip: journal.json and the attachments as files), written for the shell to stream as a download.
  exportArchive: file<{ fileName: string; download: string; attachments: number }>()(none),
  // An export (archive or JSON) the shell received as an upload (db/common/transfers.ts), read from there piece by piece.
  importUpload: file<{ suppliers: number; entries: number; marks: number; marksDropped: { key: string; reason: 'markItemNotInFile' }[] }>()(
    z.object({ upload: z.string().regex(/^[A-Za-z0-9_-]{22}$/), mode: z.enum(['replace-empty', 'add-as-new']).default('replace-empty') }).strict(),
  ),
  exportCsv: file<ExportedFile>()(z.object({ table: z.enum(['suppliers', 'entries']), language: z.enum(LANGUAGES) }).strict()),
  // 'replace-empty': a whole journal into an empty one, settings included; 'add-as-new': its suppliers and entries added beside what is here.
  importJson: file<{ suppliers: number; entries: number; marks: number; marksDropped: { key: string; reason: 'markItemNotInFile' }[] }>()(
    z.object({ text: z.string().max(300_000_000), mode: z.enum(['replace-empty', 'add-as-new']).default('replace-empty') }).strict(),
  ),
  // An .xlsx sheet as CSV text, for the same mapping, preview and import (base64: 4 characters per 3 bytes).
  readSpreadsheet: file<SpreadsheetText>()(
    z.object({ contentBase64: z.string().max(Math.ceil(MAX_SPREADSHEET_BYTES / 3) * 4), sheet: z.string().max(255).nullable().default(null) }).strict(),
  ),
  previewCsvImport: file<CsvPreviewSummary>()(csvImportInput),
  importCsv: file<{ imported: number; skippedRows: number[] }>()(csvImportInput),
  // A supplier list with its contracts, matched to the suppliers here by name: all rows or none.
  previewSupplierImport: file<SupplierImportPreview>()(supplierListInput),
  importSuppliers: file<{ added: number; updated: number }>()(supplierListInput),
  getImportProgress: status<ImportProgress>()(none),
  /** A dropped .eml or .msg read into a draft to review (core/mail.ts): nothing is written. */
  readMail: file<MailDraft>()(readMailInput),
} as const;

const journalPath = z.object({ path: z.string().trim().min(1).max(1000) }).strict();

/**
 * Methods about which journal file is open: the recent ones, and opening or
 * creating another (the shell's JournalSession, db/shell/session.ts). In the
 * desktop app the page may open only a file on the recent list; other files
 * come from the native dialogs of the File menu.
 */
const sessionMethods = {
  getJournalFiles: session<JournalFiles>()(none),
  checkJournalPath: session<JournalPathCheck>()(journalPath.extend({ create: z.boolean() })),
  openJournalFile: session<{ file: string }>()(journalPath),
  createJournalFile: session<{ file: string }>()(journalPath),
} as const;

/**
 * The journal's key (the shell's JournalLock, db/shell/lock/): answered also
 * while the journal is locked. A change of the way the journal is kept
 * writes a new file, verifies it and swaps it in (db/worker/lock/convert.ts);
 * the current passphrase is asked again before it.
 */
const lockMethods = {
  getLockState: lock<LockState>()(none),
  unlock: lock<LockState>()(unlockInput),
  lock: lock<LockState>()(none),
  /** Sets or changes the passphrase: a new key, its recovery key shown once. */
  setPassphrase: lock<NewKey>()(setPassphraseInput),
  /** The desktop app: a new key kept by the system's keychain (no passphrase); also "a new recovery key" there. */
  useKeychain: lock<NewKey>()(changeProtectionInput),
  /** Unlocks the journal for good: a plain file again. */
  removeProtection: lock<LockState>()(changeProtectionInput),
  setLockSettings: lock<LockState>()(lockSettingsInput),
  dismissPassphraseOffer: lock<LockState>()(none),
} as const;

export const contract = { ...journalMethods, ...fileMethods, ...sessionMethods, ...lockMethods } as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = NonNullable<Contract[M]['output']>;

/** What the renderer calls: one async function per method. */
export type RapportApi = { [M in MethodName]: (input: InputOf<M>) => Promise<OutputOf<M>> };

/** What a shell transports: results, never thrown errors. */
export type RapportBridge = { [M in MethodName]: (input: unknown) => Promise<import('./errors').ApiResult<OutputOf<M>>> };

/** The methods of one kind, or of several. */
export type MethodOfKind<K extends MethodKind> = { [M in MethodName]: Contract[M]['kind'] extends K ? M : never }[MethodName];

export type ReadMethodName = MethodOfKind<'read'>;
export type JournalMethodName = MethodOfKind<'read' | 'write'>;
export type FileMethodName = MethodOfKind<'status' | 'file' | 'swap'>;
export type SessionMethodName = MethodOfKind<'session'>;
export type LockMethodName = MethodOfKind<'lock'>;

/** What the journal service implements (db/worker/journal.ts): parsed inputs in, plain values out. */
export type JournalHandlers = { [M in JournalMethodName]: (input: ParsedInputOf<M>) => OutputOf<M> };

/**
 * What a reading worker implements (db/worker/journal-reads.ts, on a
 * connection typed ReadableDB): a method declared 'read' that writes would
 * have to be implemented there, and a write there does not typecheck.
 */
export type ReadHandlers = Pick<JournalHandlers, ReadMethodName>;

/** What the worker's JournalHost implements (db/worker/host.ts). */
export type FileHandlers = { [M in FileMethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

/** What the shell's session implements (db/shell/session.ts). */
export type SessionHandlers = { [M in SessionMethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

/** What the shell's journal lock implements (db/shell/lock/journal-lock.ts). */
export type LockHandlers = { [M in LockMethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** A method's kind as the contract declares it; null for a name it does not know. */
export function kindOf(name: string): MethodKind | null {
  return isMethodName(name) ? contract[name].kind : null;
}

/** The names of the methods of the given kinds, in the contract's order. */
export function methodsOfKind<K extends MethodKind>(...kinds: K[]): MethodOfKind<K>[] {
  return METHOD_NAMES.filter((name) => (kinds as MethodKind[]).includes(contract[name].kind)) as MethodOfKind<K>[];
}
