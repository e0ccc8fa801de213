// Which journal files the manager uses: the list of recent ones (kept in a
// small JSON file in the app's settings folder, never in a journal), and what
// a typed path means: where the file will live, and whether it can be opened
// or made there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileDurably } from '../common/durable-file';
import { inspectJournalFile } from '../worker/inspect-file';
import { journalNotYetMade } from '../worker/new-journal';

const KEEP = 8;
const LIST_NAME = 'recent-journals.json';

export interface RecentJournal {
  file: string;
  openedAt: string;
}

export class RecentJournals {
  private readonly listFile: string;

  constructor(settingsDir: string) {
    this.listFile = path.join(settingsDir, LIST_NAME);
  }

  /** The recent files, newest first; a list that cannot be read is an empty one (it is only a convenience). */
  read(): RecentJournal[] {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.listFile, 'utf8')) as { recent?: unknown };
      if (!Array.isArray(parsed.recent)) return [];
      return parsed.recent
        .filter((r): r is RecentJournal => typeof r?.file === 'string' && typeof r?.openedAt === 'string' && path.isAbsolute(r.file))
        .slice(0, KEEP);
    } catch {
      return [];
    }
  }

  /** Puts `file` first. Written durably (db/common/durable-file.ts): a crash or a power cut leaves the old list or the new one, never half or none. */
  remember(file: string, now = new Date()): void {
    const recent = [{ file, openedAt: now.toISOString() }, ...this.read().filter((r) => r.file !== file)].slice(0, KEEP);
    try {
      writeFileDurably(this.listFile, JSON.stringify({ recent }, null, 2));
    } catch (err) {
      console.warn('[rapport] could not keep the list of recent journals:', err);
    }
  }
}

/**
 * The file a typed path names: `~` is the home folder, a bare name lives in
 * `folder` (the open journal's), and `.sqlite` is added when no extension is
 * given. Relative paths with folders are refused: where they would land
 * depends on how the app was started.
 */
export function resolveJournalPath(typed: string, folder: string, home = os.homedir()): string | null {
  let p = typed.trim();
  if (p === '' || p.includes('\0')) return null;
  if (p === '~' || p.startsWith('~/') || p.startsWith('~\\')) p = path.join(home, p.slice(1));
  else if (!p.includes('/') && !p.includes('\\')) p = path.join(folder, p);
  if (!path.isAbsolute(p)) return null;
  if (path.extname(p) === '') p += '.sqlite';
  return path.normalize(p);
}

/**
 * Why `file` cannot be opened (create false) or made (create true), as a key
 * under errors, or null when it can. Reads the file at most; never writes.
 */
export function journalPathProblem(file: string, create: boolean, options: { nativeBinding?: string } = {}): string | null {
  if (create) {
    if (fs.existsSync(file)) return 'journalFileExists';
    const dir = path.dirname(file);
    try {
      if (!fs.statSync(dir).isDirectory()) return 'journalFolderMissing';
      fs.accessSync(dir, fs.constants.W_OK);
    } catch (err) {
      return (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'journalFolderMissing' : 'journalFolderNotWritable';
    }
    return null;
  }
  if (!fs.existsSync(file)) return 'journalFileMissing';
  if (fs.statSync(file).isDirectory()) return 'journalFileIsFolder';
  // A file with no data is a journal not yet made: opening it makes one there (db/worker/new-journal.ts).
  if (journalNotYetMade(file, options)) return null;
  const report = inspectJournalFile(file, options);
  // A locked journal is opened locked: its passphrase or recovery key is asked then.
  return report.ok || report.reason === 'locked' ? null : report.reason;
}
