// Opening and making journal files in the desktop app: main shows the native
// dialogs and switches to the chosen file; the renderer never names a path
// (it may only reopen one from the recent list, db/shell/session.ts). The
// list of recent journals (db/shell/journal-files.ts) also says which to open at start.
import { app, dialog, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import type { Words } from '../core/catalogue';
import { RecentJournals } from '../db';
import { OPEN_JOURNAL_CHANNEL } from './channels';
import { checkIpcSender } from './sender';

/** Where versions before the recent list kept the last choice. */
const oldChoiceFile = () => path.join(app.getPath('userData'), 'journal-location.json');

/** The journal opened last, if it still exists. */
export function rememberedJournal(): string | null {
  const recent = new RecentJournals(app.getPath('userData')).read().find((r) => fs.existsSync(r.file));
  if (recent) return recent.file;
  try {
    const { file } = JSON.parse(fs.readFileSync(oldChoiceFile(), 'utf8')) as { file?: unknown };
    return typeof file === 'string' && fs.existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

/** The native dialog: a new file to make (create) or an existing journal to open; null when cancelled. */
export async function chooseJournalFile(win: BrowserWindow | null, create: boolean, t: Words): Promise<string | null> {
  const filters = [{ name: t('journalFile.filter'), extensions: ['sqlite', 'db'] }];
  if (create) {
    const options = {
      title: t('data:journals.newTitle'),
      defaultPath: path.join(app.getPath('documents'), `${t('data:journals.newName')}.sqlite`),
      buttonLabel: t('journalFile.create'),
      filters,
    };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return null;
    // Never over an existing file: the save dialog's "replace?" would otherwise open it as if new.
    if (fs.existsSync(choice.filePath)) {
      await dialog.showMessageBox({
        type: 'info', message: t('journalFile.exists'), detail: t('journalFile.existsDetail'), buttons: [t('ok')], noLink: true,
      });
      return null;
    }
    return path.extname(choice.filePath) ? choice.filePath : `${choice.filePath}.sqlite`;
  }
  const options = { title: t('data:journals.openTitle'), properties: ['openFile' as const], filters };
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return choice.canceled ? null : (choice.filePaths[0] ?? null);
}

/** "Open another journal" on the recovery screen: the open dialog, then the switch. */
export function registerOpenJournal(
  getWindow: () => BrowserWindow | null,
  switchTo: (file: string) => Promise<boolean>,
  words: () => Words,
): () => void {
  ipcMain.handle(OPEN_JOURNAL_CHANNEL, async (event: IpcMainInvokeEvent): Promise<{ opened: boolean }> => {
    const win = getWindow();
    if (!checkIpcSender(OPEN_JOURNAL_CHANNEL, event, win) || !win) return { opened: false };
    const file = await chooseJournalFile(win, false, words());
    return { opened: file !== null && (await switchTo(file)) };
  });
  return () => ipcMain.removeHandler(OPEN_JOURNAL_CHANNEL);
}
