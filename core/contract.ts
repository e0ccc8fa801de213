// The API contract, declared once: each method's name, input schema and
// output type. The Electron preload, the IPC handlers, the HTTP server and the
// renderer's client are all checked against it.
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
import type { Entry, JournalInfo, Preferences, Supplier, SupplierSummary, TrashItem } from './types';
import type { PortfolioView, ReviewWaterfallView, SupplierTrustView } from './views';
import type { BackupSummary, CsvPreviewSummary, ExportedFile, FileSummary, ImportProgress, JournalFiles, JournalPathCheck, JournalStatus, RestoreResult } from './files';
import { ENTRY_KINDS, LANGUAGES, isoDate } from './schemas';
import { searchInput, type SearchResult } from './search/result';

interface MethodSpec<In extends z.ZodType, Out> {
  input: In;
  /** Phantom: carries the output type only. */
  output?: Out;
}

const method = <Out>() => <In extends z.ZodType>(input: In): MethodSpec<In, Out> => ({ input });

const none = z.object({}).strict().default({});
const byId = z.object({ id }).strict();

/** An agenda item's key (core/agenda/): its kind, the thing's id, and its day where it has one. */
const agendaKey = z.string().max(200).regex(/^[a-zA-Z]+:\d+(:\d{4}-\d{2}-\d{2})?$/, { error: 'invalidAgendaKey' });
/** The agenda is read on the manager's local day: the screen sends it (null: the journal's own today). */
const agendaToday = isoDate.nullable().default(null);

/** Methods the Journal service answers (synchronously, on an open journal). */
export const journalMethods = {
  getJournalInfo: method<JournalInfo>()(none),
  getPreferences: method<Preferences>()(none),
  updatePreferences: method<Preferences>()(preferencesInput),

  listSuppliers: method<SupplierSummary[]>()(z.object({ includeEnded: z.boolean().default(true) }).strict().default({ includeEnded: true })),
  getSupplier: method<SupplierSummary>()(byId),
  createSupplier: method<Supplier>()(supplierInput),
  updateSupplier: method<Supplier>()(supplierUpdate),
  endSupplier: method<Supplier>()(endSupplierInput),
  reopenSupplier: method<Supplier>()(byId),
  deleteSupplier: method<{ deleted: true }>()(byId),

  listEntries: method<Entry[]>()(entryFilter),
  getEntry: method<Entry>()(byId),
  createEntry: method<Entry>()(entryInput),
  updateEntry: method<Entry>()(entryUpdate),
  settlePromise: method<Entry>()(settlePromiseInput),
  resolveIncident: method<Entry>()(resolveIncidentInput),
  deleteEntry: method<{ deleted: true }>()(byId),
  listTags: method<string[]>()(z.object({ supplierId: id.nullable().default(null) }).strict().default({ supplierId: null })),
  search: method<SearchResult>()(searchInput),

  listTrash: method<TrashItem[]>()(none),
  restoreFromTrash: method<{ restored: true }>()(z.object({ type: z.enum(['supplier', 'entry']), id }).strict()),
  emptyTrash: method<{ purged: number }>()(none),

  getTrustSettings: method<TrustSettings>()(none),
  updateTrustSettings: method<TrustSettings>()(trustSettingsUpdate),
  resetTrustSettings: method<TrustSettings>()(none),
  getTrustModelNotice: method<{ notice: ModelNotice | null }>()(none),
  keepTrustSettings: method<TrustSettings>()(none),
  getSupplierTrust: method<SupplierTrustView>()(
    z.object({
      supplierId: id, from: isoDate.nullable().default(null), to: isoDate.nullable().default(null),
      /** False for a pack that leaves private entries out: trust is then computed without them. */
      includePrivate: z.boolean().default(true),
    }).strict(),
  ),
  getReviewWaterfall: method<ReviewWaterfallView>()(z.object({ supplierId: id, reviewId: id }).strict()),
  getPortfolio: method<PortfolioView>()(none),

  getAgenda: method<AgendaView>()(
    z.object({
      today: agendaToday, supplierId: id.nullable().default(null),
      /** False for a pack: items of private entries left out. */
      includePrivate: z.boolean().default(true),
    }).strict().default({ today: null, supplierId: null, includePrivate: true }),
  ),
  /** The deadlines for an iCalendar file (the screen writes it in the manager's language): private ones only when ticked. */
  getAgendaCalendar: method<{ journalId: string; items: AgendaItem[] }>()(
    z.object({ today: agendaToday, supplierId: id.nullable().default(null), includePrivate: z.boolean().default(false) }).strict(),
  ),
  snoozeAgendaItem: method<AgendaMark>()(z.object({ key: agendaKey, until: isoDate, today: agendaToday }).strict()),
  dismissAgendaItem: method<AgendaMark>()(z.object({ key: agendaKey }).strict()),
  /** A follow-up done: it leaves the agenda and its calendar event is taken back (undone by undoAgendaMark). */
  markAgendaItemDone: method<AgendaMark>()(z.object({ key: agendaKey }).strict()),
  undoAgendaMark: method<{ undone: true }>()(z.object({ key: agendaKey }).strict()),
  getAgendaSettings: method<AgendaSettings>()(none),
  updateAgendaSettings: method<AgendaSettings>()(agendaSettingsUpdate),

  loadExampleJournal: method<{ suppliers: number; entries: number }>()(
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

/**
 * Methods about the journal file itself (status, backups, restore, export,
 * import), answered by the shell's JournalHost: they work even when the file
 * could not be opened, and some of them replace the open connection.
 */
export const fileMethods = {
  getJournalStatus: method<JournalStatus>()(none),
  listBackups: method<BackupSummary[]>()(none),
  backupNow: method<BackupSummary>()(none),
  restoreBackup: method<RestoreResult>()(z.object({ name: fileName }).strict()),
  inspectUpload: method<FileSummary>()(z.object({ contentBase64: z.string().max(300_000_000) }).strict()),
  restoreUpload: method<RestoreResult>()(z.object({ fileName: z.string().max(255), contentBase64: z.string().max(300_000_000) }).strict()),
  exportJson: method<ExportedFile>()(none),
  exportCsv: method<ExportedFile>()(z.object({ table: z.enum(['suppliers', 'entries']), language: z.enum(LANGUAGES) }).strict()),
  // 'replace-empty': a whole journal into an empty one, settings included; 'add-as-new': its suppliers and entries added beside what is here.
  importJson: method<{ suppliers: number; entries: number; marks: number; marksDropped: { key: string; reason: 'markItemNotInFile' }[] }>()(
    z.object({ text: z.string().max(300_000_000), mode: z.enum(['replace-empty', 'add-as-new']).default('replace-empty') }).strict(),
  ),
  previewCsvImport: method<CsvPreviewSummary>()(csvImportInput),
  importCsv: method<{ imported: number; skippedRows: number[] }>()(csvImportInput),
  getImportProgress: method<ImportProgress>()(none),
} as const;

const journalPath = z.object({ path: z.string().trim().min(1).max(1000) }).strict();

/**
 * Methods about which journal file is open: the recent ones, and opening or
 * creating another (the shell's JournalSession, db/shell/session.ts). In the
 * desktop app the page may open only a file on the recent list; other files
 * come from the native dialogs of the File menu.
 */
export const sessionMethods = {
  getJournalFiles: method<JournalFiles>()(none),
  checkJournalPath: method<JournalPathCheck>()(journalPath.extend({ create: z.boolean() })),
  openJournalFile: method<{ file: string }>()(journalPath),
  createJournalFile: method<{ file: string }>()(journalPath),
} as const;

export const contract = { ...journalMethods, ...fileMethods, ...sessionMethods } as const;

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

export type JournalMethodName = keyof typeof journalMethods;
export type FileMethodName = keyof typeof fileMethods;

/** What the journal service implements: parsed inputs in, plain values out. */
export type JournalHandlers = { [M in JournalMethodName]: (input: ParsedInputOf<M>) => OutputOf<M> };

/** What the JournalHost implements for the file methods. */
export type FileHandlers = { [M in FileMethodName]: (input: ParsedInputOf<M>) => Promise<OutputOf<M>> };

/**
 * The journal methods that only read. The shells answer them from reading
 * workers beside the one that writes, so a long import or a portfolio being
 * computed holds up no read (db/shell/workers.ts); those workers' connections
 * refuse writes, so a method listed here that writes fails loudly in the tests.
 */
const READ_METHOD_NAMES = [
  'getJournalInfo', 'getPreferences', 'listSuppliers', 'getSupplier', 'listEntries', 'getEntry', 'listTags', 'listTrash',
  'getTrustSettings', 'getTrustModelNotice', 'getSupplierTrust', 'getReviewWaterfall', 'getPortfolio', 'search',
  'getAgenda', 'getAgendaCalendar', 'getAgendaSettings',
] as const satisfies readonly JournalMethodName[];

export type ReadMethodName = (typeof READ_METHOD_NAMES)[number];
export const READ_METHODS: ReadonlySet<ReadMethodName> = new Set(READ_METHOD_NAMES);

/**
 * What a reading worker implements (db/worker/journal-reads.ts, on a connection
 * typed ReadableDB): a write method listed in READ_METHODS would have to be
 * implemented there, and a write there does not typecheck.
 */
export type ReadHandlers = Pick<JournalHandlers, ReadMethodName>;

export function isReadMethod(name: string): name is ReadMethodName {
  return (READ_METHODS as ReadonlySet<string>).has(name);
}

export function isFileMethod(name: string): name is FileMethodName {
  return Object.prototype.hasOwnProperty.call(fileMethods, name);
}

export type SessionMethodName = keyof typeof sessionMethods;

export function isSessionMethod(name: string): name is SessionMethodName {
  return Object.prototype.hasOwnProperty.call(sessionMethods, name);
}

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
