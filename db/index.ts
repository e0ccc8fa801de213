// The journal as the shells use it: open a file, get a Journal service.
import { Journal, registerFunctions, type JournalOptions } from './journal';
import { openDatabase, type OpenOptions } from './open';

export { Journal } from './journal';
export { DATA_FILE_NAME, backupTo, openDatabase } from './open';

export async function openJournal(
  dataFile: string,
  options: OpenOptions & Omit<JournalOptions, 'dataFile'>,
): Promise<Journal> {
  const db = await openDatabase(dataFile, options);
  registerFunctions(db);
  return new Journal(db, { ...options, dataFile });
}
