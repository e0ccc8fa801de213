// Electron's main process: one window, one journal.
//
// Security, in the order it is set up (the Electron security checklist):
//   - app.enableSandbox(), and every window: contextIsolation, sandbox, no Node
//     integration anywhere, webSecurity, no <webview>, no devtools when packaged
//   - the renderer is served from app://rapport (electron/app-protocol.ts), never
//     file://, with a strict Content-Security-Policy header and no path traversal
//   - navigation away from app://rapport, redirects, new windows and <webview>
//     attachment are refused for every webContents (web-contents-created)
//   - every permission request and permission check is denied
//   - IPC: one handler per contract method, sender checked (electron/ipc.ts)
//   - fuses are flipped at packaging (electron-builder.yml)
import { app, BrowserWindow, dialog, nativeTheme, protocol, session, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { languageOfLocale, shellLanguage, wordsFor, type Words } from '../core/catalogue';
import { kindOf } from '../core/contract';
import { JournalError } from '../core/errors';
import type { Language } from '../core/types';
import { DATA_FILE_NAME, JournalSession, ShellState } from '../db';
import { APP_ENTRY_URL, APP_SCHEME, serveAppRequest } from './app-protocol';
import { registerIpc } from './ipc';
import { registerPrint } from './print';
import { registerAttachmentFiles } from './attachment-files';
import { registerJournalArchive } from './journal-archive';
import { chooseJournalFile, registerOpenJournal, rememberedJournal } from './open-journal';
import { installMenu } from './menu';
import { isAppUrl } from './sender';
import { startReminders, type Reminders } from './reminders';
import { systemKeychain } from './keychain';

// ---------- before ready ----------

// The scheme must be privileged before the app is ready: "standard" gives it
// an origin and relative URLs, "secure" a secure context, "codeCache" lets V8
// keep the compiled app (~0.8 MB of scripts) for the next start, as it does for https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

app.enableSandbox();

/**
 * A separate Chromium profile (and single-instance lock) on request: the
 * end-to-end tests run several apps side by side, each with its own profile.
 * Must happen before the lock is requested: the lock lives in userData.
 */
const profileDir = process.env.RAPPORT_USER_DATA?.trim();
if (profileDir) app.setPath('userData', path.resolve(profileDir));

// ---------- paths ----------

/** dist/electron (where this bundle lives, inside app.asar when packaged). */
const bundleDir = __dirname;
const rendererRoot = path.join(bundleDir, '..', 'renderer');
const preloadPath = path.join(bundleDir, 'preload.cjs');

function iconPath(): string | undefined {
  const icon = path.join(app.getAppPath(), 'assets', 'icon.png');
  return fs.existsSync(icon) ? icon : undefined;
}

function dataFilePath(): string {
  const fromEnv = process.env.RAPPORT_DATA?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return rememberedJournal() ?? path.join(app.getPath('userData'), DATA_FILE_NAME);
}

/**
 * The journal's driver (better-sqlite3-multiple-ciphers) built for Electron's ABI by scripts/build-electron-native.mjs,
 * apart from the Node build in node_modules that the tests use. Packaged, it is
 * unpacked next to app.asar (a .node file cannot be loaded from inside it).
 */
function nativeBindingPath(): string | undefined {
  const appPath = app.getAppPath();
  const base = app.isPackaged ? appPath.replace(/app\.asar$/, 'app.asar.unpacked') : appPath;
  const binding = path.join(base, 'native', 'electron', 'better_sqlite3.node');
  if (fs.existsSync(binding)) return binding;
  console.warn(`[rapport] ${binding} not found; trying the driver's default binding (run: npm run build:electron-native)`);
  return undefined;
}

// ---------- state ----------

let journal: JournalSession | null = null;
let mainWindow: BrowserWindow | null = null;
let unregisterIpc: (() => void) | null = null;
let unregisterPrint: (() => void) | null = null;
let unregisterOpenJournal: (() => void) | null = null;
let unregisterAttachmentFiles: (() => void) | null = null;
let unregisterJournalArchive: (() => void) | null = null;
let reminders: Reminders | null = null;

// ---------- hardening ----------

function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    console.warn(`[rapport] denied permission request: ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}

function openExternally(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return;
  }
  // Only https, only links the user can see as such; never file:, smb:, custom schemes…
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) {
    console.warn(`[rapport] refused to open ${url}`);
    return;
  }
  shell.openExternal(parsed.toString()).catch((err: unknown) => console.warn('[rapport] openExternal failed:', err));
}

function hardenWebContents(contents: WebContents): void {
  // No <webview> (webviewTag is off; this also catches any other route).
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    console.warn('[rapport] refused to attach a <webview>');
  });
  // No new windows: https links go to the OS browser, the rest nowhere.
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  // No navigation away from the app, in any frame.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    console.warn(`[rapport] refused navigation to ${event.url}`);
    if (event.isMainFrame) openExternally(event.url);
  });
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    console.warn(`[rapport] refused redirect to ${event.url}`);
  });
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

// ---------- window ----------

/** Every window's: the main one and the hidden one that prints review packs (electron/print.ts). */
function webPreferences(): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Middle-click "open in new window" is refused anyway (setWindowOpenHandler); this removes the event.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false, // Chromium would fetch dictionaries from the internet: Rapport stays offline.
    devTools: !app.isPackaged,
  };
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Rapport',
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 560,
    show: false,
    icon: iconPath(),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#17181c' : '#ffffff',
    // The security-critical keys are repeated as literals so scanners (Electronegativity) can see them.
    webPreferences: { ...webPreferences(), contextIsolation: true, sandbox: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' },
  });
  win.once('ready-to-show', () => win.show());
  win.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (isMainFrame) console.error(`[rapport] failed to load ${url}: ${description} (${code})`);
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    console.error(`[rapport] renderer gone: ${details.reason} (exit code ${details.exitCode})`);
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function focusMainWindow(): void {
  if (!mainWindow || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

// ---------- the journal ----------

/** The journal's driver built for another Node or Electron ABI: Rapport's own build step was missed. */
const WRONG_NATIVE_MODULE = /NODE_MODULE_VERSION|different Node\.js version|invalid ELF|not a valid Win32/i;

/** A message for the native dialog shown when a journal cannot be opened, in the recovery screen's words where it has them. */
function describeOpenFailure(file: string, err: unknown, t: Words): { title: string; detail: string } {
  const key = err instanceof JournalError ? err.key : 'internal';
  const params = err instanceof JournalError ? (err.issues[0]?.params ?? {}) : {};
  const reason = String(params.reason ?? (err instanceof Error ? err.message : err));
  let detail: string;
  if (key === 'cannotOpen') {
    detail = WRONG_NATIVE_MODULE.test(reason) ? `${t('openFailure.nativeModule')}\n\n${reason}` : t('openFailure.reason', { reason });
  } else if (key === 'internal') {
    detail = t('openFailure.unexpected', { reason });
  } else {
    // A file that is not a journal, damaged, empty, newer…: what the recovery screen says of it, and that it was left as it is.
    const said = t([`data:recovery.problem.${key}`, `errors:${key}`, 'data:recovery.problem.cannotOpen'], { ...params, reason });
    detail = `${said} ${t('data:recovery.unchanged')}`;
  }
  return { title: t('openFailure.title'), detail: `${detail}\n\n${file}` };
}

/**
 * Opens the journal in its worker threads (db/shell/workers.ts), off this main process. A file that is unusable
 * (corrupt, empty, newer, not a journal) is left untouched and the window
 * shows the recovery screen; only a failure of Rapport itself (e.g. the
 * native module built for another ABI) ends in a dialog and quit.
 */
async function openTheJournal(file: string = dataFilePath()): Promise<JournalSession | null> {
  const host = await JournalSession.open(file, {
    shell: 'electron', nativeBinding: nativeBindingPath(), autoBackups: true, warmPortfolio: true,
    settingsDir: app.getPath('userData'), pagesMayTypePaths: false,
    // A new journal is locked with a key the system's keychain keeps (electron/keychain.ts).
    keychain: systemKeychain(),
  });
  const problem = host.unusableReason;
  if (problem && problem.key === 'cannotOpen') {
    console.error(`[rapport] cannot open journal ${file}:`, problem);
    const t = words();
    const { title, detail } = describeOpenFailure(file, problem, t);
    // Asynchronous on purpose: a synchronous box would block the main process
    // (and with it any test driving the app) until someone clicks it.
    await dialog.showMessageBox({ type: 'error', title, message: title, detail, buttons: [t('ok')], noLink: true });
    await host.close();
    return null;
  }
  if (problem) console.warn(`[rapport] journal ${file} is unusable (${problem.key}); showing the recovery screen.`);
  return host;
}

async function closeJournal(): Promise<void> {
  unregisterIpc?.();
  unregisterIpc = null;
  unregisterPrint?.();
  unregisterPrint = null;
  unregisterOpenJournal?.();
  unregisterOpenJournal = null;
  // Also removes the copies written to open attachments.
  unregisterAttachmentFiles?.();
  unregisterAttachmentFiles = null;
  unregisterJournalArchive?.();
  unregisterJournalArchive = null;
  reminders?.stop();
  reminders = null;
  const open = journal;
  journal = null;
  await open?.close().catch((err: unknown) => console.error('[rapport] closing the journal failed:', err));
}

/**
 * Switches to another journal file (from the File menu, or "Open another
 * journal" on the recovery screen); the window reloads after. A file that
 * cannot be used is refused with its reason, and the open journal stays.
 */
async function switchJournal(file: string): Promise<boolean> {
  if (!journal) return false;
  try {
    await journal.switchTo(file);
  } catch (err) {
    const t = words();
    const { title, detail } = describeOpenFailure(file, err, t);
    await dialog.showMessageBox({ type: 'warning', title, message: title, detail, buttons: [t('ok')], noLink: true });
    return false;
  }
  mainWindow?.webContents.reload();
  await followLanguage();
  return true;
}

/** File > New journal… and File > Open journal…: the native dialogs, then the switch. */
async function fromFileMenu(create: boolean): Promise<void> {
  const file = await chooseJournalFile(mainWindow, create, words());
  if (file) await switchJournal(file);
}

// ---------- the journal's language ----------

/**
 * The shell's own words (menu, dialogs, notifications) speak the journal's
 * language preference, else the system's. Read again after every call that
 * is not a read (one may have changed it: Settings, an import or a restore,
 * another journal file), and the menu is made again when it did.
 */
let language: Language = 'en';
const words = (): Words => wordsFor(language);

/** File > Lock journal: the key dropped, and the window loaded anew (nothing of the journal stays in the page). */
async function lockFromMenu(): Promise<void> {
  if (!journal) return;
  const result = await journal.call('lock', {});
  if (!result.ok) {
    const t = words();
    await dialog.showMessageBox({ type: 'info', title: t('menu.lockJournal'), message: t(`errors:${result.error.key}`), buttons: [t('ok')], noLink: true });
    return;
  }
  mainWindow?.webContents.reload();
}

function installJournalMenu(): void {
  installMenu({
    newJournal: () => void fromFileMenu(true), openJournal: () => void fromFileMenu(false), lockJournal: () => void lockFromMenu(), words: words(),
  });
}

async function followLanguage(): Promise<void> {
  const system = languageOfLocale(app.getLocale());
  const open = journal;
  const next = open ? await shellLanguage((name, input) => open.call(name, input), system) : system;
  if (next === language) return;
  language = next;
  installJournalMenu();
}

// ---------- lifecycle ----------

async function start(): Promise<void> {
  if (process.platform === 'win32') app.setAppUserModelId('nl.rapport.app');
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
  // Until the journal is open (and when it cannot be), the system's language.
  language = languageOfLocale(app.getLocale());
  installJournalMenu();

  journal = await openTheJournal();
  if (!journal) {
    app.exit(1);
    return;
  }
  const host = journal;
  await followLanguage();
  // One registration for the app's life: a switch of journal file happens inside the session.
  unregisterIpc = registerIpc(async (name, input) => {
    const result = await host.call(name, input);
    if (result.ok && kindOf(name) !== 'read') void followLanguage();
    return result;
  }, () => mainWindow);
  unregisterPrint = registerPrint(() => mainWindow, APP_ENTRY_URL, webPreferences, words);
  unregisterOpenJournal = registerOpenJournal(() => mainWindow, switchJournal, words);
  unregisterAttachmentFiles = registerAttachmentFiles(() => mainWindow, (name, input) => host.call(name, input), words);
  unregisterJournalArchive = registerJournalArchive(() => mainWindow, (name, input) => host.call(name, input), host.transferDir, words);
  mainWindow = createWindow();
  // Daily reminders and the badge (electron/reminders.ts); a click opens the agenda.
  const state = new ShellState(app.getPath('userData'));
  reminders = startReminders({
    call: (name, input) => host.call(name, input), language: () => language,
    openAgenda: () => {
      focusMainWindow();
      void mainWindow?.loadURL(`${APP_ENTRY_URL}#/agenda`);
    },
    // The day last shown, so the start notification comes once a day however often the app starts.
    lastShown: {
      get: () => {
        const day = state.get('reminders.lastShownOn');
        return typeof day === 'string' ? day : null;
      },
      set: (day) => state.set('reminders.lastShownOn', day),
    },
  });

  app.on('activate', () => {
    // macOS: clicking the dock icon with no window open shows it again.
    if (journal && BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Rapport is running with this profile: it gets focus (second-instance), we leave.
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    // The journal's workers close their connections (a clean WAL checkpoint) before the process ends.
    if (!journal) return;
    event.preventDefault();
    void closeJournal().finally(() => app.quit());
  });
  app.whenReady().then(start).catch((err: unknown) => {
    console.error('[rapport] failed to start:', err);
    app.exit(1);
  });
}
