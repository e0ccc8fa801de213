// db/'s front door: the shells (server/, electron/) import the journal from
// here and nowhere else in db/ (the linter keeps it so, scripts/eslint-layering.js).
// They hold a JournalSession: the open journal in its worker threads
// (db/journal-workers.ts) and the list of recent journal files.
// openJournal gives a Journal on this thread, for tests and benchmarks.
import { Journal, type JournalOptions } from './journal';
import { openDatabase, type OpenOptions } from './open';

export { JournalSession, type SessionOptions } from './journal-session';
export { RecentJournals, type RecentJournal } from './journal-files';
export { ShellState, type ShellStateValue } from './shell-state';
export { Journal } from './journal';
export { DATA_FILE_NAME, backupTo, openDatabase } from './open';

export async function openJournal(
  dataFile: string,
  options: OpenOptions & Omit<JournalOptions, 'dataFile'>,
): Promise<Journal> {
  const db = await openDatabase(dataFile, options);
  return new Journal(db, { ...options, dataFile });
}
