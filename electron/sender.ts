// Who may send us IPC: only the main frame of our own window, showing our own
// app:// page (and, for the journal's pack reads, a hidden print window).
// Every IPC handler runs checkIpcSender first (electron/ipc.ts, print.ts,
// open-journal.ts). Free of Electron imports (structural types) so it can be
// tested under Node; the handlers pass the real objects in.
import { APP_HOST, APP_SCHEME } from './app-protocol';
import type { WindowRole } from './bridge-methods';

/** The parts of Electron's WebFrameMain the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly origin?: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly routingId: number;
  readonly detached?: boolean;
  isDestroyed(): boolean;
}

/** True for app://rapport/… and nothing else (no port, no credentials). */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // WHATWG URL gives non-special schemes an opaque origin ("null") and keeps
  // their host's case (Chromium lowercases it for a standard scheme), so the
  // parts are compared one by one rather than through url.origin.
  return url.protocol === `${APP_SCHEME}:` && url.host.toLowerCase() === APP_HOST && url.username === '' && url.password === '';
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

/**
 * @param frame     event.senderFrame (null once the frame navigated or died)
 * @param mainFrame the main frame of the one window we trust (null if there is none)
 */
export function judgeSender(frame: FrameLike | null | undefined, mainFrame: FrameLike | null | undefined): SenderVerdict {
  if (!frame) return { trusted: false, reason: 'no sender frame (navigated away or destroyed)' };
  if (frame.isDestroyed() || frame.detached) return { trusted: false, reason: 'sender frame is gone' };
  if (!mainFrame || mainFrame.isDestroyed()) return { trusted: false, reason: 'no main window' };
  if (frame.parent !== null) return { trusted: false, reason: `sub-frame ${frame.url}` };
  if (frame !== mainFrame && (frame.processId !== mainFrame.processId || frame.routingId !== mainFrame.routingId)) {
    return { trusted: false, reason: `not the main window's frame (${frame.url})` };
  }
  if (!isAppUrl(frame.url)) return { trusted: false, reason: `foreign URL ${frame.url}` };
  // Chromium's own view of the origin, when it is known, must agree.
  if (frame.origin !== undefined && frame.origin !== '' && frame.origin !== `${APP_SCHEME}://${APP_HOST}`) {
    return { trusted: false, reason: `foreign origin ${frame.origin}` };
  }
  return { trusted: true };
}

/** The parts of an IpcMainInvokeEvent the guard reads. */
export interface IpcEventLike {
  readonly sender: { readonly id: number; readonly mainFrame: FrameLike };
  readonly senderFrame: FrameLike | null;
}

/** The parts of the main BrowserWindow the guard reads. */
export interface WindowLike {
  readonly webContents: unknown;
  isDestroyed(): boolean;
}

export interface PrintWindows {
  /** The webContents of hidden print windows (electron/print.ts printContents). */
  contents: ReadonlySet<unknown>;
  /** Whether a print window may make this call. */
  may: boolean;
}

/**
 * The one check every IPC handler makes first. The sender must be the main
 * window's webContents (or, when `print` is given and allows the call, a
 * print window's), and the frame that sent it its main frame (judgeSender).
 * A refusal is logged with the channel.
 * @returns who sent it, or null when it is refused
 */
export function checkIpcSender(
  channel: string, event: IpcEventLike, mainWindow: WindowLike | null | undefined, print?: PrintWindows,
): WindowRole | null {
  const fromMain = !!mainWindow && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents;
  const fromPrint = !fromMain && !!print?.contents.has(event.sender);
  const verdict: SenderVerdict = !fromMain && !fromPrint
    ? { trusted: false, reason: `unknown webContents #${event.sender.id}` }
    : fromPrint && !print?.may
      ? { trusted: false, reason: 'a print window may only read what the pack shows' }
      : judgeSender(event.senderFrame, event.sender.mainFrame);
  if (!verdict.trusted) {
    console.warn(`[rapport] refused IPC ${channel}: ${verdict.reason}`);
    return null;
  }
  return fromMain ? 'main' : 'print';
}
