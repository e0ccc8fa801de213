// Who may call the journal over IPC: only the main frame of our own window,
// showing our own app:// page. Free of Electron imports (structural types) so
// it can be tested under Node; electron/ipc.ts passes the real objects in.
import { APP_HOST, APP_SCHEME } from './app-protocol';

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
