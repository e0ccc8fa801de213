// "Open another journal" (offered on the recovery screen): main shows the
// native open dialog and switches to the chosen file; the renderer never
// names a path. The choice is remembered for the next start.
import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { judgeSender } from './sender';

export const OPEN_JOURNAL_CHANNEL = 'rapport-shell:openJournal';

const choiceFile = () => path.join(app.getPath('userData'), 'journal-location.json');

/** The journal the user chose last time, if it still exists. */
export function rememberedJournal(): string | null {
  try {
    const { file } = JSON.parse(fs.readFileSync(choiceFile(), 'utf8')) as { file?: unknown };
    return typeof file === 'string' && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

function remember(file: string): void {
  fs.writeFileSync(choiceFile(), JSON.stringify({ file }));
}

export function registerOpenJournal(
  getWindow: () => BrowserWindow | null,
  switchTo: (file: string) => Promise<void>,
): () => void {
  ipcMain.handle(OPEN_JOURNAL_CHANNEL, async (event: IpcMainInvokeEvent): Promise<{ opened: boolean }> => {
    const win = getWindow();
    const trusted = win && !win.isDestroyed() && event.sender === win.webContents;
    const verdict = trusted
      ? judgeSender(event.senderFrame, win.webContents.mainFrame)
      : { trusted: false as const, reason: `unknown webContents #${event.sender.id}` };
    if (!verdict.trusted || !win) {
      console.warn(`[rapport] refused IPC ${OPEN_JOURNAL_CHANNEL}: ${verdict.trusted ? 'no window' : verdict.reason}`);
      return { opened: false };
    }
    const choice = await dialog.showOpenDialog(win, {
      properties: ['openFile'],
      filters: [{ name: 'Rapport', extensions: ['sqlite', 'db'] }],
    });
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return { opened: false };
    await switchTo(file);
    remember(file);
    win.webContents.reload();
    return { opened: true };
  });
  return () => ipcMain.removeHandler(OPEN_JOURNAL_CHANNEL);
}
