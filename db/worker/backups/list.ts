// The backups beside a data file and what each holds, for the backups
// screen: every one is inspected read-only (db/worker/inspect-file.ts).
import path from 'node:path';
import { inspectJournalFile, type FileOptions, type JournalFileProblem } from '../inspect-file';
import { backupFiles, type BackupKind } from './names';

export interface BackupInfo {
  file: string;
  name: string;
  kind: BackupKind;
  /** When it was made (from its name), ISO 8601 UTC. */
  createdAt: string;
  size: number;
  schemaVersion: number | null;
  suppliers: number | null;
  entries: number | null;
  newestEntryOn: string | null;
  /** Why this backup cannot be restored, or null when it can. */
  problem: JournalFileProblem | null;
}

/** What one backup file holds, or why it cannot be restored. */
export function backupInfo(file: string, kind: BackupKind, createdAt: string, options: FileOptions): BackupInfo {
  const report = inspectJournalFile(file, { ...options, ownBackup: true });
  return {
    file, name: path.basename(file), kind, createdAt, size: report.size,
    schemaVersion: report.ok ? report.schemaVersion : null,
    suppliers: report.ok ? report.suppliers : null,
    entries: report.ok ? report.entries : null,
    newestEntryOn: report.ok ? report.newestEntryOn : null,
    problem: report.ok ? null : report.reason,
  };
}

/** Every backup beside the data file, newest first: date, size, kind, and what it holds (each opened read-only). */
export function listBackups(dataFile: string, options: FileOptions = {}): BackupInfo[] {
  return backupFiles(dataFile).map((b) => backupInfo(b.file, b.kind, b.createdAt, options));
}
