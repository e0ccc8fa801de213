// The IPC channel names, declared once for both sides: main's handlers
// (electron/ipc.ts, print.ts, open-journal.ts) and the sandboxed preload.
// Plain strings only, so the preload bundle stays free of zod and Node.

/** The journal's channels: one per contract method, `rapport:<method>`. */
const JOURNAL_CHANNEL_PREFIX = 'rapport:';

export function journalChannel(method: string): string {
  return JOURNAL_CHANNEL_PREFIX + method;
}

/** "Save the review pack as PDF" (electron/print.ts). */
export const PRINT_CHANNEL = 'rapport-shell:printToPdf';

/** "Open another journal" on the recovery screen (electron/open-journal.ts). */
export const OPEN_JOURNAL_CHANNEL = 'rapport-shell:openJournal';

/** "Open" an attachment: main writes a private copy and hands it to the operating system (electron/attachment-files.ts). */
export const OPEN_ATTACHMENT_CHANNEL = 'rapport-shell:openAttachment';

/** "Save elsewhere" for an attachment: main shows the save dialog and writes the file (electron/attachment-files.ts). */
export const SAVE_ATTACHMENT_CHANNEL = 'rapport-shell:saveAttachment';

/** "Export everything (.zip)": the journal writes the archive, main shows the save dialog and moves it there (electron/journal-archive.ts). */
export const SAVE_JOURNAL_ARCHIVE_CHANNEL = 'rapport-shell:saveJournalArchive';

/** "Import a Rapport export…": main shows the open dialog and copies the chosen file in for importUpload (electron/journal-archive.ts). */
export const CHOOSE_IMPORT_FILE_CHANNEL = 'rapport-shell:chooseImportFile';
