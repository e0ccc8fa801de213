// An attachment opened or saved elsewhere in the desktop app. The page names
// only the attachment's id: main reads the file from the journal itself, so no
// path and no bytes cross from the page. "Open" writes a private copy
// (open-copies.ts: a plain name, document types only) and hands it to the
// operating system (shell.openPath); "Save elsewhere" shows the save dialog,
// suggesting the attachment's plain name in Downloads.
import { app, dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { AttachmentContent, AttachmentFileResult } from '../core/attachments';
import type { Words } from '../core/catalogue';
import type { ApiResult } from '../core/errors';
import { id } from '../core/schema-parts';
import { OPEN_ATTACHMENT_CHANNEL, SAVE_ATTACHMENT_CHANNEL } from './channels';
import { safeFileName } from './file-name';
import { OpenCopies } from './open-copies';
import { checkIpcSender } from './sender';

const request = z.object({ id }).strict();

type Call = (name: 'getAttachmentContent', input: { id: number }) => Promise<ApiResult<unknown>>;

/**
 * @param getWindow the main window: the only one that may ask
 * @param call      the journal (the same gate as every IPC call: schema first, never throws)
 * @param words     the save dialog's words, in the journal's language
 * @returns a function that removes the handlers and the copies written to open
 */
export function registerAttachmentFiles(getWindow: () => BrowserWindow | null, call: Call, words: () => Words): () => void {
  const copies = new OpenCopies(app.getPath('temp'));

  /** The sender checked, the input parsed, the file read from the journal; or why not. */
  async function read(channel: string, event: IpcMainInvokeEvent, input: unknown): Promise<{ win: BrowserWindow; file: AttachmentContent } | { error: string }> {
    const win = getWindow();
    if (!checkIpcSender(channel, event, win) || !win) return { error: 'forbidden' };
    const parsed = request.safeParse(input);
    if (!parsed.success) return { error: 'invalid' };
    const result = await call('getAttachmentContent', { id: parsed.data.id });
    if (!result.ok) return { error: result.error.key };
    return { win, file: result.value as AttachmentContent };
  }

  ipcMain.handle(OPEN_ATTACHMENT_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown): Promise<AttachmentFileResult> => {
    const got = await read(OPEN_ATTACHMENT_CHANNEL, event, input);
    if ('error' in got) return { ok: false, error: got.error };
    let copy: string | null;
    try {
      copy = copies.write(got.file.name, Buffer.from(got.file.contentBase64, 'base64'));
    } catch (err) {
      console.error('[rapport] writing a copy to open failed:', err);
      return { ok: false, error: 'failed' };
    }
    if (copy === null) return { ok: false, error: 'mustSave' };
    // openPath answers '' when the program started, else the operating system's reason.
    const problem = await shell.openPath(copy);
    if (problem) {
      console.warn(`[rapport] could not open ${copy}: ${problem}`);
      return { ok: false, error: 'noProgram' };
    }
    return { ok: true };
  });

  ipcMain.handle(SAVE_ATTACHMENT_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown): Promise<AttachmentFileResult> => {
    const got = await read(SAVE_ATTACHMENT_CHANNEL, event, input);
    if ('error' in got) return { ok: false, error: got.error };
    const name = safeFileName(got.file.name, 'attachment');
    const ext = path.extname(name).slice(1);
    const choice = await dialog.showSaveDialog(got.win, {
      title: words()('journal:attachments.save', { name }),
      defaultPath: path.join(app.getPath('downloads'), name),
      filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { ok: true, saved: null };
    try {
      fs.writeFileSync(choice.filePath, Buffer.from(got.file.contentBase64, 'base64'));
    } catch (err) {
      console.error(`[rapport] saving ${choice.filePath} failed:`, err);
      return { ok: false, error: 'failed' };
    }
    return { ok: true, saved: choice.filePath };
  });

  return () => {
    ipcMain.removeHandler(OPEN_ATTACHMENT_CHANNEL);
    ipcMain.removeHandler(SAVE_ATTACHMENT_CHANNEL);
    copies.removeAll();
  };
}
