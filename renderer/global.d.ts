import type { RapportBridge } from '../core/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in browser mode. */
    rapport?: RapportBridge;
    /** Answers asked for by early-reads.js before the app loaded (api/transport.ts). */
    rapportEarlyReads?: Map<string, Promise<import('../core/errors').ApiResult<unknown>>>;
    rapportShell?: {
      kind: 'electron';
      platform: string;
      /** Prints a review pack to PDF, asks where to save it and offers to open it (electron/print.ts). */
      printToPdf(request: import('../core/report/route').PrintRequest): Promise<import('../core/report/print').PrintResult>;
      /** Shows the native open dialog and switches to the chosen journal (electron/open-journal.ts). */
      openJournal(): Promise<{ opened: boolean }>;
      /** Opens a private copy of the attachment with the operating system's program for its type (electron/attachment-files.ts). */
      openAttachment(request: { id: number }): Promise<import('../core/attachments').AttachmentFileResult>;
      /** Shows the save dialog and writes the attachment where the manager chose. */
      saveAttachment(request: { id: number }): Promise<import('../core/attachments').AttachmentFileResult>;
      /** Has the journal write its archive, shows the save dialog and moves it there; null when cancelled (electron/journal-archive.ts). */
      saveJournalArchive(): Promise<import('../core/errors').ApiResult<{ fileName: string } | null>>;
      /** Shows the open dialog and copies the chosen export in, for importUpload; null when cancelled. */
      chooseImportFile(): Promise<import('../core/errors').ApiResult<{ name: string; upload: string } | null>>;
    };
  }
}
export {};
