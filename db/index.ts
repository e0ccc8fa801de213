// db/'s front door: the shells (server/, electron/) import the journal from
// here and nowhere else in db/ (the linter keeps it so, scripts/eslint-layering.js).
// They hold a JournalSession: the open journal in its worker threads
// (db/shell/workers.ts) and the list of recent journal files. Everything
// here is the shell side (db/shell/); what runs beside SQLite is db/worker/.
export { JournalSession, type SessionOptions } from './shell/session';
export { RecentJournals, type RecentJournal } from './shell/journal-files';
export { ShellState, type ShellStateValue } from './shell/shell-state';
// The system's keychain, as the desktop app hands it to the journal's lock.
export type { Keychain } from './shell/lock/journal-lock';
export { DATA_FILE_NAME } from '../core/files';
// The one way the shells write a file of their own (a saved PDF): durably.
export { writeFileDurably } from './common/durable-file';
export {
  clearTransfers, MAX_UPLOAD_BYTES, receiveFile, receiveUpload, removeTransfer, saveTransferAs, transferFile, UploadTooLarge,
} from './common/transfers';
