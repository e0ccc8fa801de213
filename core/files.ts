// What the file methods of the contract (backups, restore, export, import)
// hand the screens.
import type { FieldIssue } from './errors';

/** A journal's file name in a folder the shells choose (the app's data folder, or one the manager names). */
export const DATA_FILE_NAME = 'rapport.sqlite';

/**
 * Why a journal file cannot be used; each is a translation key under errors.
 * 'locked': encrypted, and no key was given for it; 'wrongKey': the key given
 * does not open it (locked with another key, or not a journal at all).
 */
export type FileProblem = 'missing' | 'empty' | 'notADatabase' | 'newerDatabase' | 'corrupt' | 'notAJournal' | 'unreadable' | 'locked' | 'wrongKey';

export interface FileSummary {
  ok: boolean;
  size: number;
  schemaVersion: number | null;
  suppliers: number | null;
  entries: number | null;
  newestEntryOn: string | null;
  problem: FileProblem | null;
}

export interface BackupSummary extends FileSummary {
  /** The file's name in the backups folder: the only handle the renderer gets. */
  name: string;
  kind: 'auto' | 'manual' | 'before-restore' | 'before-migration';
  createdAt: string;
}

export interface JournalStatus {
  state: 'open' | 'unusable';
  dataFile: string;
  backupsDir: string;
  /** Why the journal could not be opened (state 'unusable'); the file is left as it was. */
  problem: { key: string; params: Record<string, string | number> } | null;
  /** The newest backup that can be restored, if any; looked up only when the journal is unusable (null while it is open). */
  newestGoodBackup: BackupSummary | null;
}

export interface RestoreResult {
  restored: true;
  /** The backup of the journal as it was just before: restoring it undoes this. */
  undoName: string | null;
  /** Where an unusable journal was moved aside (never overwritten). */
  setAside: string | null;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  text: string;
}

export interface CsvPreviewSummary {
  separator: string;
  header: string[];
  valid: number;
  invalid: number;
  /** The first rows, as they would be written, for the preview table. */
  rows: { row: number; title: string | null; kind: string | null; date: string | null; problems: FieldIssue[] }[];
  problems: FieldIssue[];
}

/** The largest .xlsx the import reads (its zip): a sheet of 100,000 rows is a few MB. */
export const MAX_SPREADSHEET_BYTES = 20 * 1024 * 1024;

/** One sheet of an .xlsx as the CSV text the spreadsheet import reads (db/worker/spreadsheet.ts). */
export interface SpreadsheetText {
  /** The workbook's visible sheets, in order. */
  sheets: string[];
  /** The sheet read. */
  sheet: string;
  /** Its cells as CSV text (',' between fields), row for row. */
  text: string;
}

/** What a supplier list would do (db/worker/supplier-import.ts): each row added or matched by name and updated, or its problems. */
export interface SupplierImportPreview {
  header: string[];
  /** Supplier field -> the column recognised for it. */
  columns: Record<string, string>;
  /** The first rows. */
  rows: { row: number; name: string; action: 'add' | 'update' | null; problems: FieldIssue[] }[];
  added: number;
  updated: number;
  invalid: number;
  problems: FieldIssue[];
}

/** A long import under way (or none), for the progress bar of the CSV import screen. */
export interface ImportProgress {
  running: boolean;
  phase: 'checking' | 'writing' | null;
  /** Rows done and in all, in this phase. */
  done: number;
  total: number;
  /** Since the import (or preview) began. */
  elapsedMs: number;
}

/** The journal files the manager has used: the open one first. */
export interface JournalFiles {
  current: string;
  /** Where a new journal named without a folder is made (the open journal's folder). */
  folder: string;
  recent: { file: string; exists: boolean; openedAt: string }[];
  /** Browser mode takes typed paths; the desktop app opens other files through its File menu. */
  canTypePaths: boolean;
}

/** What a typed path would mean: the file it names, and why it cannot be used, if so (a key under errors). */
export interface JournalPathCheck {
  file: string;
  problem: string | null;
}
