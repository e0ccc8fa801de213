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
  'loadExampleJournal',
  'getJournalStatus',
  'listBackups',
  'backupNow',
  'restoreBackup',
  'inspectUpload',
  'restoreUpload',
  'exportJson',
  'exportCsv',
  'importJson',
  'previewCsvImport',
  'importCsv',
] as const satisfies readonly MethodName[];

/** Fails to compile, naming the method, when the contract gains one this list lacks. */
type Missing = Exclude<MethodName, (typeof BRIDGE_METHODS)[number]>;
export const bridgeCoversContract: [Missing] extends [never] ? true : { missingFromBridgeMethods: Missing } = true;
