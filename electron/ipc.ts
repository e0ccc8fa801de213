// One IPC handler per contract method, on its channel (electron/channels.ts).
// Each first checks who is calling (checkIpcSender: the main frame of our
// window, on app://rapport; or a print window, for the pack's reads only),
// then hands the raw input to the journal, which parses it by the method's
// schema and returns an ApiResult (an input nested deeper than any method
// takes, which the structured clone to its worker could not carry, is refused
// first: core/nesting.ts).
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../core/contract';
import type { ApiResult } from '../core/errors';
import { mayCall } from './bridge-methods';
import { journalChannel } from './channels';
import { printContents } from './print';
import { checkIpcSender } from './sender';

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
    const channel = journalChannel(name);
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      // The main window, or a hidden window printing a review pack (electron/print.ts),
      // which may make only the pack's reads (PRINT_WINDOW_METHODS).
      const print = { contents: printContents, may: mayCall('print', name) };
      if (!checkIpcSender(channel, event, getWindow(), print)) return FORBIDDEN;
      return call(name, input);
    });
  }
  return () => {
    for (const name of METHOD_NAMES) ipcMain.removeHandler(journalChannel(name));
  };
}
