// One IPC handler per contract method. Each first checks who is calling (the
// main frame of our window, on app://rapport; or a print window, for the
// pack's reads only), then hands the raw input to
// dispatch(), which parses it by the method's schema and returns an ApiResult.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../core/contract';
import type { ApiResult } from '../core/errors';
import { mayCall } from './bridge-methods';
import { printContents } from './print';
import { judgeSender } from './sender';

export const CHANNEL_PREFIX = 'rapport:';

const FORBIDDEN: ApiResult<never> = { ok: false, error: { code: 'internal', key: 'forbidden', issues: [] } };

/**
 * @param call      answers one call (JournalWorkers.call: schema first, never throws)
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
      // The main window, or a hidden window printing a review pack (electron/print.ts),
      // which may make only the pack's reads (PRINT_WINDOW_METHODS).
      const fromMain = win && !win.isDestroyed() && event.sender === win.webContents;
      const fromPrint = !fromMain && printContents.has(event.sender);
      const contents = fromMain ? win.webContents : fromPrint ? event.sender : null;
      const verdict = !contents
        ? { trusted: false as const, reason: `unknown webContents #${event.sender.id}` }
        : fromPrint && !mayCall('print', name)
          ? { trusted: false as const, reason: 'a print window may only read what the pack shows' }
          : judgeSender(event.senderFrame, contents.mainFrame);
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
