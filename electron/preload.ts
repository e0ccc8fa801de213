// The sandboxed preload: the renderer's only door to the main process.
// It exposes exactly two globals through contextBridge, and in each kind of
// window only what exposedSurface (electron/bridge-methods.ts) lists:
//   window.rapport      functions named after contract methods, nothing else (never ipcRenderer)
//                       main window: every method; print window: the pack's reads only
//   window.rapportShell which shell this is; in the main window also printToPdf, openJournal,
//                       openAttachment, saveAttachment, saveJournalArchive and chooseImportFile
// docs/security.md lists the same, and electron/preload.test.ts compares the two.
// A sandboxed preload may only require('electron'); esbuild bundles the rest,
// and this file imports only plain lists at run time (bridge-methods.ts,
// channels.ts; from core, types only) to stay lean: preload.test.ts checks.
import { contextBridge, ipcRenderer } from 'electron';
import type { RapportBridge } from '../core/contract';
import { exposedSurface, roleFromArgv } from './bridge-methods';
import {
  CHOOSE_IMPORT_FILE_CHANNEL, journalChannel, OPEN_ATTACHMENT_CHANNEL, OPEN_JOURNAL_CHANNEL, PRINT_CHANNEL, SAVE_ATTACHMENT_CHANNEL, SAVE_JOURNAL_ARCHIVE_CHANNEL,
} from './channels';

// The main process marks print windows with an argument (electron/print.ts).
const surface = exposedSurface(roleFromArgv(process.argv));

function buildBridge(): RapportBridge {
  const bridge: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const name of surface.rapport) {
    // Only the input crosses: no event objects, no ipcRenderer, no channel choice.
    bridge[name] = (input: unknown) => ipcRenderer.invoke(journalChannel(name), input);
  }
  return Object.freeze(bridge) as RapportBridge;
}

const shellParts: Record<string, unknown> = {
  kind: 'electron' as const,
  platform: process.platform,
  // The review pack: main prints it, asks where to save it and offers to open it (electron/print.ts).
  printToPdf: (request: unknown) => ipcRenderer.invoke(PRINT_CHANNEL, request),
  // "Open another journal": main shows the open dialog; no path crosses from the page.
  openJournal: () => ipcRenderer.invoke(OPEN_JOURNAL_CHANNEL),
  // An attachment, by id only: main reads it from the journal, opens a private copy or shows the save dialog (electron/attachment-files.ts).
  openAttachment: (request: unknown) => ipcRenderer.invoke(OPEN_ATTACHMENT_CHANNEL, request),
  saveAttachment: (request: unknown) => ipcRenderer.invoke(SAVE_ATTACHMENT_CHANNEL, request),
  // The journal archive out and in: main shows the dialogs and streams the file; nothing crosses but its name (electron/journal-archive.ts).
  saveJournalArchive: () => ipcRenderer.invoke(SAVE_JOURNAL_ARCHIVE_CHANNEL),
  chooseImportFile: () => ipcRenderer.invoke(CHOOSE_IMPORT_FILE_CHANNEL),
};
const rapportShell = Object.freeze(Object.fromEntries(surface.rapportShell.map((key) => [key, shellParts[key]])));

contextBridge.exposeInMainWorld('rapport', buildBridge());
contextBridge.exposeInMainWorld('rapportShell', rapportShell);
