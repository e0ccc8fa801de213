// The whole journal out and in, in the desktop app, streamed as in browser
// mode: no archive crosses the bridge. Export: the journal writes the archive
// into the transfers folder (exportArchive), main shows the save dialog
// (rapport-<date>.zip in Documents) and moves it there durably; cancelled,
// the transfer is removed. Import: main shows the open dialog and copies the
// chosen file into the transfers folder; the page then calls importUpload
// with its id, as after a browser upload. No path crosses from the page, and
// only the chosen file's name goes back to it.
import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import path from 'node:path';
import type { Words } from '../core/catalogue';
import { JournalError, type ApiResult } from '../core/errors';
import { clearTransfers, receiveFile, saveTransferAs } from '../db';
import { CHOOSE_IMPORT_FILE_CHANNEL, SAVE_JOURNAL_ARCHIVE_CHANNEL } from './channels';
import { checkIpcSender } from './sender';

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'internal', key: 'forbidden', issues: [] } };

type Call = (name: 'exportArchive', input: Record<string, never>) => Promise<ApiResult<unknown>>;

const failure = (err: unknown): ApiResult<never> => {
  if (err instanceof JournalError) return { ok: false, error: err.toApiError() };
  console.error('[rapport] journal archive:', err);
  return { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };
};

/**
 * @param getWindow   the main window: the only one that may ask
 * @param call        the journal (schema first, never throws)
 * @param transferDir the journal session's transfers folder
 * @param words       the dialogs' words, in the journal's language
 * @returns a function that removes the handlers
 */
export function registerJournalArchive(getWindow: () => BrowserWindow | null, call: Call, transferDir: string, words: () => Words): () => void {
  // What a previous run left (an archive never saved, a file never imported).
  clearTransfers(transferDir);

  ipcMain.handle(SAVE_JOURNAL_ARCHIVE_CHANNEL, async (event: IpcMainInvokeEvent): Promise<ApiResult<{ fileName: string } | null>> => {
    const win = getWindow();
    if (!checkIpcSender(SAVE_JOURNAL_ARCHIVE_CHANNEL, event, win) || !win) return FORBIDDEN;
    const made = await call('exportArchive', {});
    if (!made.ok) return made;
    const { fileName, download } = made.value as { fileName: string; download: string };
    // A dialog that failed to show is a cancel (logged): the transfer is removed either way.
    const target = await dialog.showSaveDialog(win, {
      title: words()('data:export.json'),
      defaultPath: path.join(app.getPath('documents'), fileName),
      filters: [{ name: 'ZIP', extensions: ['zip'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }).then((choice) => (choice.canceled ? null : choice.filePath || null), (err: unknown) => {
      console.error('[rapport] the save dialog failed:', err);
      return null;
    });
    try {
      await saveTransferAs(transferDir, download, target);
    } catch (err) {
      return failure(err);
    }
    if (!target) return { ok: true, value: null };
    return { ok: true, value: { fileName: path.basename(target) } };
  });

  ipcMain.handle(CHOOSE_IMPORT_FILE_CHANNEL, async (event: IpcMainInvokeEvent): Promise<ApiResult<{ name: string; upload: string } | null>> => {
    const win = getWindow();
    if (!checkIpcSender(CHOOSE_IMPORT_FILE_CHANNEL, event, win) || !win) return FORBIDDEN;
    const choice = await dialog.showOpenDialog(win, {
      title: words()('data:import.jsonButton'),
      defaultPath: app.getPath('documents'),
      filters: [{ name: 'Rapport', extensions: ['zip', 'json'] }],
      properties: ['openFile'],
    });
    const source = choice.canceled ? undefined : choice.filePaths[0];
    if (!source) return { ok: true, value: null };
    try {
      return { ok: true, value: { name: path.basename(source), upload: await receiveFile(transferDir, source) } };
    } catch (err) {
      return failure(err);
    }
  });

  return () => {
    ipcMain.removeHandler(SAVE_JOURNAL_ARCHIVE_CHANNEL);
    ipcMain.removeHandler(CHOOSE_IMPORT_FILE_CHANNEL);
  };
}
