// The contract's method names as a plain list, for the preload. Importing
// METHOD_NAMES from core/contract.ts would bundle zod and every schema into the
// sandboxed preload; this list carries no code, and the compiler checks it
// against the contract both ways (no unknown name, none missing). A unit test
// also compares it with METHOD_NAMES at run time (order included).
import type { MethodName } from '../core/contract';

export const BRIDGE_METHODS = [
  'getJournalInfo',
  'getPreferences',
  'updatePreferences',
  'listSuppliers',
  'getSupplier',
  'createSupplier',
  'updateSupplier',
  'endSupplier',
  'reopenSupplier',
  'deleteSupplier',
  'listEntries',
  'getEntry',
  'createEntry',
  'updateEntry',
  'settlePromise',
  'resolveIncident',
  'deleteEntry',
  'listTags',
  'search',
  'listAttachments',
  'getAttachmentContent',
  'addAttachment',
  'renameAttachment',
  'removeAttachment',
  'saveMailEntry',
  'listEntryTemplates',
  'createEntryTemplate',
  'updateEntryTemplate',
  'deleteEntryTemplate',
  'listTrash',
  'restoreFromTrash',
  'emptyTrash',
  'getTrustSettings',
  'updateTrustSettings',
  'resetTrustSettings',
  'getTrustModelNotice',
  'keepTrustSettings',
  'getSupplierTrust',
  'getReviewWaterfall',
  'getPortfolio',
  'getAgenda',
  'getAgendaCalendar',
  'snoozeAgendaItem',
  'dismissAgendaItem',
  'markAgendaItemDone',
  'undoAgendaMark',
  'getAgendaSettings',
  'updateAgendaSettings',
  'listMeetings',
  'getMeeting',
  'prepareMeeting',
  'updateMeeting',
  'addMeetingPoint',
  'updateMeetingPoint',
  'moveMeetingPoint',
  'removeMeetingPoint',
  'saveMeetingAction',
  'removeMeetingAction',
  'finishMeeting',
  'reopenMeeting',
  'deleteMeeting',
  'loadExampleJournal',
  'getJournalStatus',
  'listBackups',
  'backupNow',
  'restoreBackup',
  'inspectUpload',
  'restoreUpload',
  'exportJson',
  'exportArchive',
  'importUpload',
  'exportCsv',
  'importJson',
  'readSpreadsheet',
  'previewCsvImport',
  'importCsv',
  'previewSupplierImport',
  'importSuppliers',
  'getImportProgress',
  'readMail',
  'getJournalFiles',
  'checkJournalPath',
  'openJournalFile',
  'createJournalFile',
  'getLockState',
  'unlock',
  'lock',
  'setPassphrase',
  'useKeychain',
  'removeProtection',
  'setLockSettings',
  'dismissPassphraseOffer',
] as const satisfies readonly MethodName[];

/** Fails to compile, naming the method, when the contract gains one this list lacks. */
type Missing = Exclude<MethodName, (typeof BRIDGE_METHODS)[number]>;
export const bridgeCoversContract: [Missing] extends [never] ? true : { missingFromBridgeMethods: Missing } = true;

/**
 * What a hidden print window may call: the reads the review pack's route
 * makes (renderer/report/data.ts, the start-up reads of renderer/startup.ts
 * and the journal gate). Nothing that writes, restores or exports: a print
 * window only shows a pack. electron/ipc.ts refuses everything else from it.
 */
export const PRINT_WINDOW_METHODS = [
  'getLockState',
  'getJournalStatus',
  'getPreferences',
  'listSuppliers',
  'getSupplier',
  'listEntries',
  'getSupplierTrust',
  'getTrustSettings',
  'getAgenda',
  'listMeetings',
  'getMeeting',
] as const satisfies readonly MethodName[];

/** Passed to a print window's preload (webPreferences.additionalArguments), so it exposes only what printing needs. */
export const PRINT_WINDOW_ARG = '--rapport-print-window';

export type WindowRole = 'main' | 'print';

export function roleFromArgv(argv: readonly string[]): WindowRole {
  return argv.includes(PRINT_WINDOW_ARG) ? 'print' : 'main';
}

/** The names the preload exposes in each kind of window: window.rapport's functions, window.rapportShell's keys. */
export function exposedSurface(role: WindowRole): { rapport: readonly MethodName[]; rapportShell: readonly string[] } {
  return role === 'print'
    ? { rapport: PRINT_WINDOW_METHODS, rapportShell: ['kind', 'platform'] }
    : { rapport: BRIDGE_METHODS, rapportShell: ['kind', 'platform', 'printToPdf', 'openJournal', 'openAttachment', 'saveAttachment', 'saveJournalArchive', 'chooseImportFile'] };
}

/** May a window of this role call this journal method? */
export function mayCall(role: WindowRole, method: string): boolean {
  return (exposedSurface(role).rapport as readonly string[]).includes(method);
}
