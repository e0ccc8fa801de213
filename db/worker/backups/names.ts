// Where backups live (a backups folder beside the data file) and what their
// names say: kind and time, sortable as text. A name no listing recognises
// (".name.partial") is how a backup in the making stays invisible.
import fs from 'node:fs';
import path from 'node:path';

export type BackupKind = 'auto' | 'manual' | 'before-restore' | 'before-migration';
/** The kinds backupNow writes; before-migration copies are written by db/worker/open.ts. */
export type WritableBackupKind = Exclude<BackupKind, 'before-migration'>;

/** The backups folder beside the data file. */
export function backupsDir(dataFile: string): string {
  return path.join(path.dirname(path.resolve(dataFile)), 'backups');
}

/** "2026-11-27T10:00:00.123Z" -> "2026-11-27T10-00-00Z": sortable as text, legal on every file system. */
function stampOf(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** A backup's file name, e.g. rapport-2026-11-27T10-00-00Z-auto.sqlite. */
export function backupFileName(kind: WritableBackupKind, now: Date, sequence = 1): string {
  return `rapport-${stampOf(now)}-${kind}${sequence > 1 ? `-${sequence}` : ''}.sqlite`;
}

const OURS = /^rapport-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(auto|manual|before-restore)(?:-(\d+))?\.sqlite$/;
const MIGRATION = /^before-migration-v(\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

/** Reads kind and time from a backup's file name; null for any other file. */
export function parseBackupName(name: string): { kind: BackupKind; createdAt: string } | null {
  const m = OURS.exec(name);
  if (m) return { kind: m[5] as BackupKind, createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.000Z` };
  const g = MIGRATION.exec(name);
  if (g) return { kind: 'before-migration', createdAt: `${g[2]}T${g[3]}:${g[4]}:${g[5]}.${g[6]}Z` };
  return null;
}

export interface NamedBackup {
  file: string;
  name: string;
  kind: BackupKind;
  createdAt: string;
}

/** The backups in the folder, by their names only (none is opened), newest first. */
export function backupFiles(dataFile: string): NamedBackup[] {
  const dir = backupsDir(dataFile);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const found: NamedBackup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (parsed) found.push({ file: path.join(dir, name), name, ...parsed });
  }
  // Newest first; same second: the higher sequence number first.
  const sequence = (name: string) => Number(OURS.exec(name)?.[6] ?? 1);
  return found.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || sequence(b.name) - sequence(a.name));
}
