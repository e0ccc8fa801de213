// "Save the review pack (or a meeting's minutes) as PDF" (rapport-shell:printToPdf). The main window
// asks; main opens the pack's route in a hidden window locked down like the
// main one (same webPreferences and hardening from web-contents-created; its
// preload exposes only the pack's reads, and main answers it nothing else), waits until the page says it is ready (charts drawn),
// prints it with webContents.printToPDF (paper as chosen, CSS page size,
// tagged PDF with an outline, page numbers in the footer), then asks where to
// save it, writes it and offers to open it.
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent, type WebContents, type WebPreferences } from 'electron';
import path from 'node:path';
import type { Words } from '../core/catalogue';
import { printPath, printRequest, type PrintRequest, type PrintResult, type ReadyInfo } from '../core/report';
import { writeFileDurably } from '../db';
import { PRINT_WINDOW_ARG } from './bridge-methods';
import { PRINT_CHANNEL } from './channels';
import { safePdfName } from './file-name';
import { checkIpcSender } from './sender';

const READY_TIMEOUT_MS = 30_000;
const READY_POLL_MS = 100;

/** Webcontents of print windows: the journal's IPC handlers answer them the pack's reads only (electron/ipc.ts). */
export const printContents = new Set<WebContents>();

async function waitUntilReady(contents: WebContents): Promise<ReadyInfo> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (contents.isDestroyed()) throw new Error('print window closed');
    const info = (await contents.executeJavaScript(
      `(() => { const d = document.body && document.body.dataset; return d && d.reportReady === 'true'
        ? { footer: d.reportFooter || '', page: d.reportPage || '', of: d.reportOf || '', fileName: d.reportFileName || 'Rapport.pdf' } : null; })()`,
    )) as ReadyInfo | null;
    if (info) return info;
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  throw new Error('timeout');
}

/** Prints a pack or a meeting's minutes to PDF bytes in a hidden window. */
export async function printReport(
  request: PrintRequest, entryUrl: string, webPreferences: WebPreferences,
): Promise<{ pdf: Buffer; info: ReadyInfo }> {
  // The security-critical keys are repeated as literals so scanners (Electronegativity) can see them.
  const win = new BrowserWindow({
    show: false, width: 1000, height: 1300,
    webPreferences: {
      ...webPreferences,
      // Tells the preload to expose only the pack's reads (electron/bridge-methods.ts exposedSurface).
      additionalArguments: [...(webPreferences.additionalArguments ?? []), PRINT_WINDOW_ARG],
      contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick',
    },
  });
  printContents.add(win.webContents);
  try {
    await win.loadURL(`${entryUrl}#${printPath(request)}`);
    const info = await waitUntilReady(win.webContents);
    // Nothing but the pack on paper: the app's own print rules (renderer/styles/app.css, @media print) hide
    // notifications, dialogs and tooltips, and printToPDF prints with them; no CSS is injected from here.
    const pdf = await win.webContents.printToPDF({
      pageSize: request.paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      // The running footer (supplier, period, page n of m) is the pack's own CSS.
      displayHeaderFooter: false,
    });
    return { pdf, info };
  } finally {
    printContents.delete(win.webContents);
    if (!win.isDestroyed()) win.destroy();
  }
}

/**
 * @param getWindow     the main window: the only one that may ask
 * @param entryUrl      the app's entry (app://rapport/index.html)
 * @param webPreferences the main window's, reused for the print window
 * @param words         the dialogs' words, in the journal's language (the pack's own may differ)
 */
export function registerPrint(
  getWindow: () => BrowserWindow | null, entryUrl: string, webPreferences: () => WebPreferences, words: () => Words,
): () => void {
  ipcMain.handle(PRINT_CHANNEL, async (event: IpcMainInvokeEvent, input: unknown): Promise<PrintResult> => {
    const win = getWindow();
    if (!checkIpcSender(PRINT_CHANNEL, event, win) || !win) return { ok: false, error: 'forbidden' };
    const parsed = printRequest.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid' };
    const request = parsed.data;
    let printed: { pdf: Buffer; info: ReadyInfo };
    try {
      printed = await printReport(request, entryUrl, webPreferences());
    } catch (err) {
      console.error(`[rapport] printing the ${request.scope === 'minutes' ? 'minutes' : 'review pack'} failed:`, err);
      return { ok: false, error: err instanceof Error && err.message === 'timeout' ? 'timeout' : 'failed' };
    }
    const t = words();
    const choice = await dialog.showSaveDialog(win, {
      title: t('print.title'),
      // The name comes from the page: one plain file name in Documents, never a path.
      defaultPath: path.join(app.getPath('documents'), safePdfName(printed.info.fileName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (choice.canceled || !choice.filePath) return { ok: true, saved: null };
    const file = choice.filePath.toLowerCase().endsWith('.pdf') ? choice.filePath : `${choice.filePath}.pdf`;
    try {
      // Durably (temporary name, flushed, renamed): a cut never leaves a half PDF over one saved before.
      writeFileDurably(file, printed.pdf);
    } catch (err) {
      console.error(`[rapport] writing ${file} failed:`, err);
      return { ok: false, error: 'failed' };
    }
    void dialog
      .showMessageBox(win, {
        type: 'info', message: t('report:dialog.saved'), detail: file, buttons: [t('report:dialog.openFile'), t('common:actions.close')],
        defaultId: 0, cancelId: 1, noLink: true,
      })
      .then(({ response }) => {
        if (response === 0) return shell.openPath(file).then((problem) => { if (problem) console.warn(`[rapport] could not open ${file}: ${problem}`); });
        return undefined;
      });
    return { ok: true, saved: file };
  });
  return () => ipcMain.removeHandler(PRINT_CHANNEL);
}
