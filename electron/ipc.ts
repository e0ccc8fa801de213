// One IPC handler per contract method. Each first checks who is calling (the
// main frame of our window, on app://rapport), then hands the raw input to
// dispatch(), which parses it by the method's schema and returns an ApiResult.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../core/contract';
import type { ApiResult } from '../core/errors';
import { printContents } from './print';
import { judgeSender } from './sender';

export const CHANNEL_PREFIX = 'rapport:';

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'internal', key: 'forbidden', issues: [] } };

/**
 * @param call      answers one call (JournalHost.call: schema first, never throws)
 * @param getWindow the one window whose main frame may call
 * @returns a function that removes the handlers again
 */
export function registerIpc(
  call: (name: string, input: unknown) => Promise<ApiResult<unknown>>,
  getWindow: () => BrowserWindow | null,
): () => void {
  for (const name of METHOD_NAMES) {
    const channel = CHANNEL_PREFIX + name;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      const win = getWindow();
      // The main window, or a hidden window printing a review pack (electron/print.ts).
      const contents = win && !win.isDestroyed() && event.sender === win.webContents ? win.webContents
        : printContents.has(event.sender) ? event.sender : null;
      const verdict = contents
        ? judgeSender(event.senderFrame, contents.mainFrame)
        : { trusted: false as const, reason: `unknown webContents #${event.sender.id}` };
      if (!verdict.trusted) {
        console.warn(`[rapport] refused IPC ${channel}: ${verdict.reason}`);
        return FORBIDDEN;
      }
      return call(name, input);
    });
  }
  return () => {
    for (const name of METHOD_NAMES) ipcMain.removeHandler(CHANNEL_PREFIX + name);
  };
}
