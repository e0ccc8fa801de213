// The main process wired to a fake `electron` module: the real one cannot run
// here (and importing it without its binary starts a download). Checks the
// order of setup, the window's web preferences, IPC sender checks, the app://
// protocol and the refusals, on a real journal file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { todayIso } from '../core/dates';
import { ok, openJournal } from '../db/test/helpers';
import { useJournalWorkerBundle } from '../db/test/worker-bundle';

const fake = vi.hoisted(() => {
  type Contents = { emit(event: string, ...args: unknown[]): boolean; openHandler: unknown };
  const state = {
    ready: false,
    readyResolve: () => {},
    protocolHandler: null as ((request: { url: string; method: string }) => Promise<Response>) | null,
    permissionRequest: null as ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null,
    permissionCheck: null as (() => boolean) | null,
    windows: [] as Array<{ opts: { webPreferences: Record<string, unknown> }; webContents: Contents }>,
  };
  const ready = new Promise<void>((resolve) => (state.readyResolve = resolve));
  const mainFrame = { url: 'app://rapport/index.html', origin: 'app://rapport', parent: null, processId: 3, routingId: 1, detached: false, isDestroyed: () => false };
  type MenuItem = { label?: string; role?: string; accelerator?: string; submenu?: MenuItem[]; click?: () => void };
  return {
    calls: [] as string[], handlers: new Map<string, (event: unknown, input: unknown) => unknown>(), state, ready, mainFrame, dir: '',
    /** The system's locale (app.getLocale()), the application menu as last set, and what the native dialogs and notifications showed. */
    locale: 'en-GB',
    menu: [] as MenuItem[],
    dialogs: [] as Array<{ title?: string; message?: string; detail?: string; buttons?: string[]; filters?: Array<{ name: string }>; defaultPath?: string }>,
    notifications: [] as Array<{ title: string; body: string }>,
    /** What the next open dialog answers. */
    chosenFile: '',
    /** What the next save dialog answers ('' cancels it). */
    savedFile: '',
  };
});

vi.mock('electron', async () => {
  const { EventEmitter } = await vi.importActual<typeof import('node:events')>('node:events');
  const path = await vi.importActual<typeof import('node:path')>('node:path');
  let nextId = 1;
  class WebContents extends EventEmitter {
    id = nextId++;
    mainFrame = fake.mainFrame;
    openHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
  }
  class BrowserWindow extends EventEmitter {
    webContents = new WebContents();
    constructor(readonly opts: { webPreferences: Record<string, unknown> }) {
      super();
      fake.state.windows.push(this as never);
      app.emit('web-contents-created', {}, this.webContents);
    }
    static getAllWindows() {
      return fake.state.windows;
    }
    loadURL(url: string) {
      fake.calls.push(`loadURL ${url}`);
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    show() {}
    focus() {}
    restore() {}
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    enableSandbox: () => fake.calls.push('enableSandbox'),
    setPath: () => {},
    getPath: () => fake.dir,
    getAppPath: () => path.resolve(__dirname, '..'),
    getVersion: () => '0.0.0',
    getLocale: () => fake.locale,
    requestSingleInstanceLock: () => true,
    whenReady: () => fake.ready,
    quit: () => fake.calls.push('quit'),
    exit: (code: number) => fake.calls.push(`exit ${code}`),
    setAboutPanelOptions: () => {},
    setAppUserModelId: () => {},
    setBadgeCount: (n: number) => fake.calls.push(`badge ${n}`) > 0,
  });
  const defaultSession = {
    setPermissionRequestHandler: (h: never) => (fake.state.permissionRequest = h),
    setPermissionCheckHandler: (h: never) => (fake.state.permissionCheck = h),
    setDevicePermissionHandler: () => {},
    setDisplayMediaRequestHandler: () => {},
  };
  return {
    app,
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => fake.calls.push(`privileged ${JSON.stringify(schemes)} ready=${fake.state.ready}`),
      handle: (scheme: string, handler: never) => {
        fake.state.protocolHandler = handler;
        fake.calls.push(`handle ${scheme}`);
      },
    },
    session: { defaultSession },
    ipcMain: {
      handle: (channel: string, handler: never) => fake.handlers.set(channel, handler),
      removeHandler: (channel: string) => fake.handlers.delete(channel),
    },
    dialog: {
      showMessageBox: async (o: { title: string }) => {
        fake.dialogs.push(o);
        fake.calls.push(`dialog ${o.title}`);
        return { response: 0 };
      },
      showOpenDialog: async (_win: unknown, o: { title: string }) => {
        fake.dialogs.push(o);
        return { canceled: false, filePaths: [fake.chosenFile] };
      },
      showSaveDialog: async (_win: unknown, o: { title: string }) => {
        fake.dialogs.push(o);
        return fake.savedFile ? { canceled: false, filePath: fake.savedFile } : { canceled: true, filePath: '' };
      },
    },
    shell: { openExternal: async (url: string) => fake.calls.push(`openExternal ${url}`) },
    // No keychain here: the journal (made plain before the app starts) stays plain. electron/keychain.test.ts tests the keychain.
    safeStorage: { isEncryptionAvailable: () => false },
    nativeTheme: { shouldUseDarkColors: false },
    Menu: {
      buildFromTemplate: (t: unknown) => t,
      setApplicationMenu: (menu: typeof fake.menu) => {
        fake.menu = menu;
        fake.calls.push('menu');
      },
    },
    Notification: Object.assign(
      class extends EventEmitter {
        constructor(readonly opts: { title: string; body: string }) {
          super();
        }
        show() {
          fake.notifications.push(this.opts);
          fake.calls.push('notification');
        }
      },
      { isSupported: () => true },
    ),
  };
});

// The journal runs in a worker thread: built here as scripts/build.mjs builds it.
useJournalWorkerBundle({ env: true });

beforeAll(async () => {
  fake.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-main-'));
  process.env.RAPPORT_DATA = path.join(fake.dir, 'journal.sqlite');
  // A Dutch manager's journal, with a promise overdue since yesterday: the start's notification names it.
  const journal = await openJournal(process.env.RAPPORT_DATA, { shell: 'electron' });
  const day = (offset: number) => todayIso(new Date(Date.now() + offset * 86_400_000));
  ok(journal, 'updatePreferences', { language: 'nl' });
  const supplier = ok(journal, 'createSupplier', { name: 'Noordlicht IT', reviewIntervalMonths: null });
  ok(journal, 'createEntry', { supplierId: supplier.id, kind: 'promise', date: day(-10), title: 'Capaciteitsrapport', dueOn: day(-1) });
  journal.db.close();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  await import('./main');
  fake.state.ready = true;
  fake.state.readyResolve();
  await vi.waitFor(() => expect(fake.state.windows.length).toBe(1), { timeout: 10_000 });
});
afterAll(() => {
  fs.rmSync(fake.dir, { recursive: true, force: true });
});

const win = () => fake.state.windows[0]!;
const call = (name: string, input: unknown, frame: unknown = fake.mainFrame, sender: unknown = win().webContents) =>
  fake.handlers.get(`rapport:${name}`)!({ sender, senderFrame: frame }, input);

describe('main process (fake electron)', () => {
  it('makes app:// privileged before ready, sandboxes, then serves and loads it', () => {
    expect(fake.calls[0]).toMatch(/^privileged .*"scheme":"app".*"standard":true.*"secure":true.*"supportFetchAPI":true.*"codeCache":true.* ready=false$/);
    expect(fake.calls).toContain('enableSandbox');
    expect(fake.calls).toContain('handle app');
    expect(fake.calls).toContain('loadURL app://rapport/index.html');
  });

  it('opens the window locked down', () => {
    expect(win().opts.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(win().opts.webPreferences.preload)).toMatch(/preload\.cjs$/);
  });

  it('answers the main frame and refuses everyone else', async () => {
    const info = (await call('getJournalInfo', {})) as { ok: boolean; value: { shell: string; dataFile: string } };
    expect(info.ok).toBe(true);
    expect(info.value.shell).toBe('electron');
    expect(info.value.dataFile).toBe(process.env.RAPPORT_DATA);
    const forbidden = { ok: false, error: { code: 'internal', key: 'forbidden', issues: [] } };
    expect(await call('getJournalInfo', {}, { ...fake.mainFrame, parent: fake.mainFrame, routingId: 2 })).toEqual(forbidden);
    expect(await call('getJournalInfo', {}, { ...fake.mainFrame, url: 'https://evil.example/' })).toEqual(forbidden);
    expect(await call('getJournalInfo', {}, null)).toEqual(forbidden);
    expect(await call('getJournalInfo', {}, fake.mainFrame, { id: 99 })).toEqual(forbidden);
    expect(((await call('getSupplier', { id: 'nope', extra: 1 })) as { ok: boolean }).ok).toBe(false);
  });

  it('refuses an input nested a million levels deep with a clear error, and answers the next call', async () => {
    const deep = (depth: number, leaf: unknown) => {
      let value = leaf;
      for (let i = 0; i < depth; i++) value = { a: value };
      return value;
    };
    const tooDeep = { ok: false, error: { code: 'bad_request', key: 'inputTooDeep', issues: [] } };
    // Before, the structured clone that carries an input to the journal's worker overflowed the stack: no answer at all.
    expect(await call('createSupplier', { name: deep(1_000_000, 'Acme') })).toEqual(tooDeep);
    expect(await call('listSuppliers', deep(1_000_000, true))).toEqual(tooDeep);
    expect(await call('previewCsvImport', { text: 'Titel\nx\n', supplierId: 1, mapping: { title: deep(100_000, 'Titel') } })).toEqual(tooDeep);
    const suppliers = (await call('listSuppliers', {})) as { ok: boolean; value: Array<{ name: string }> };
    expect(suppliers.ok).toBe(true);
    expect(suppliers.value.map((s) => s.name)).toEqual(['Noordlicht IT']);
  });

  it('serves the renderer with a CSP and refuses traversal', async () => {
    const ok = await fake.state.protocolHandler!({ url: 'app://rapport/index.html', method: 'GET' });
    expect(ok.headers.get('content-security-policy')).toContain("script-src 'self'");
    const out = await fake.state.protocolHandler!({ url: 'app://rapport/..%2f..%2fpackage.json', method: 'GET' });
    expect(out.status).toBe(403);
  });

  it('refuses navigation, redirects, webviews, new windows and permissions', () => {
    const wc = win().webContents;
    const event = (url: string) => {
      const e = { url, isMainFrame: true, defaultPrevented: false, preventDefault: () => (e.defaultPrevented = true) };
      return e;
    };
    const away = event('https://example.com/');
    wc.emit('will-frame-navigate', away);
    expect(away.defaultPrevented).toBe(true);
    expect(fake.calls).toContain('openExternal https://example.com/');
    const inside = event('app://rapport/suppliers');
    wc.emit('will-frame-navigate', inside);
    expect(inside.defaultPrevented).toBe(false);
    const redirect = event('http://example.com/');
    wc.emit('will-redirect', redirect);
    expect(redirect.defaultPrevented).toBe(true);
    const webview = event('');
    wc.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    const open = wc.openHandler as (d: { url: string }) => { action: string };
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.calls).not.toContain('openExternal file:///etc/passwd');
    let granted: boolean | null = null;
    fake.state.permissionRequest!(wc, 'media', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(fake.state.permissionCheck!()).toBe(false);
  });

  /** The File menu as the application menu has it now. */
  const fileMenu = () => fake.menu.find((m) => m.label !== undefined)!;
  const menuWords = () => [fileMenu().label, ...fileMenu().submenu!.filter((i) => i.label).map((i) => i.label)];
  /** File > Open journal… on a file that is not a journal: the open dialog, then the refusal. */
  async function openNotAJournal() {
    fake.chosenFile = path.join(fake.dir, 'notes.sqlite');
    fs.writeFileSync(fake.chosenFile, 'These are not the notes you are looking for.\n'.repeat(200));
    const before = fake.dialogs.length;
    fileMenu().submenu!.find((i) => i.accelerator === 'CmdOrCtrl+O')!.click!();
    await vi.waitFor(() => expect(fake.dialogs.length).toBe(before + 2), { timeout: 10_000 });
    return fake.dialogs.slice(before);
  }
  const setLanguage = async (language: 'en' | 'nl' | null) => {
    expect(await call('updatePreferences', { language })).toMatchObject({ ok: true, value: { language } });
  };

  it("speaks the journal's language from the start: the menu and the start's notification in Dutch", async () => {
    expect(menuWords()).toEqual(['Bestand', 'Nieuw journaal…', 'Journaal openen…', 'Journaal vergrendelen']);
    await vi.waitFor(() => expect(fake.notifications).toHaveLength(1), { timeout: 10_000 });
    expect(fake.notifications[0]).toEqual({ title: 'Rapport: 1 punt vraagt aandacht', body: 'Toezegging: Noordlicht IT (Capaciteitsrapport)' });
  });

  it("follows a change of the journal's language: the menu is made again, the dialogs speak it", async () => {
    const dutch = await openNotAJournal();
    expect(dutch[0]).toMatchObject({ title: 'Ander journaal openen', filters: [{ name: 'Rapport-journaal' }] });
    expect(dutch[1]).toMatchObject({ title: 'Rapport kan het journaal niet openen', buttons: ['OK'] });
    expect(dutch[1]!.detail).toContain('Dit bestand is geen Rapport-journaal.');
    expect(dutch[1]!.detail).toContain('Rapport heeft niets aan dit bestand veranderd');

    await setLanguage('en');
    await vi.waitFor(() => expect(menuWords()).toEqual(['File', 'New journal…', 'Open journal…', 'Lock journal']));
    const english = await openNotAJournal();
    expect(english[0]).toMatchObject({ title: 'Open another journal', filters: [{ name: 'Rapport journal' }] });
    expect(english[1]).toMatchObject({ title: 'Rapport cannot open the journal' });
    expect(english[1]!.detail).toContain('This file is not a Rapport journal.');
    expect(english[1]!.detail).toContain('Rapport has not changed this file in any way');
    // The journal that was open stays open.
    expect(await call('getPreferences', {})).toMatchObject({ ok: true, value: { language: 'en' } });

    await setLanguage('nl');
    await vi.waitFor(() => expect(menuWords()).toEqual(['Bestand', 'Nieuw journaal…', 'Journaal openen…', 'Journaal vergrendelen']));
  });

  it("without a language preference, the system's", async () => {
    fake.locale = 'nl-NL';
    await setLanguage(null);
    await setLanguage('en');
    await vi.waitFor(() => expect(fileMenu().label).toBe('File'));
    await setLanguage(null);
    await vi.waitFor(() => expect(fileMenu().label).toBe('Bestand'));
    fake.locale = 'en-GB';
    await setLanguage(null);
    await vi.waitFor(() => expect(fileMenu().label).toBe('File'));
  });

  const shellCall = (channel: string, frame: unknown = fake.mainFrame) =>
    fake.handlers.get(`rapport-shell:${channel}`)!({ sender: win().webContents, senderFrame: frame }, undefined);
  /** The transfers folder main cleared at start, in the settings folder. */
  const transfers = () => fs.readdirSync(path.join(fake.dir, 'transfers'));

  it('exports the journal archive where the save dialog says, and imports a chosen export streamed, as in browser mode', async () => {
    const forbidden = { ok: false, error: { code: 'internal', key: 'forbidden', issues: [] } };
    expect(await shellCall('saveJournalArchive', { ...fake.mainFrame, url: 'https://evil.example/' })).toEqual(forbidden);
    expect(await shellCall('chooseImportFile', null)).toEqual(forbidden);

    // Cancelled: nothing written, the archive the journal wrote removed.
    fake.savedFile = '';
    expect(await shellCall('saveJournalArchive')).toEqual({ ok: true, value: null });
    expect(fake.dialogs.at(-1)).toMatchObject({ title: 'Export everything (.zip)', defaultPath: path.join(fake.dir, `rapport-${todayIso()}.zip`) });
    expect(transfers()).toEqual([]);

    fake.savedFile = path.join(fake.dir, 'exports', 'noordlicht.zip');
    expect(await shellCall('saveJournalArchive')).toEqual({ ok: true, value: { fileName: 'noordlicht.zip' } });
    expect(fs.readFileSync(fake.savedFile).subarray(0, 2).toString()).toBe('PK');
    expect(transfers()).toEqual([]);
    expect(fs.readdirSync(path.dirname(fake.savedFile))).toEqual(['noordlicht.zip']);

    // Imported beside what is there: the page gets the file's name and a transfer id, then calls importUpload.
    fake.chosenFile = fake.savedFile;
    const picked = (await shellCall('chooseImportFile')) as { ok: true; value: { name: string; upload: string } };
    expect(picked).toMatchObject({ ok: true, value: { name: 'noordlicht.zip' } });
    expect(fake.dialogs.at(-1)).toMatchObject({ title: 'Import a Rapport export…', filters: [{ name: 'Rapport', extensions: ['zip', 'json'] }] });
    expect(transfers()).toEqual([picked.value.upload]);
    expect(await call('importUpload', { upload: picked.value.upload, mode: 'add-as-new' })).toMatchObject({ ok: true, value: { suppliers: 1, entries: 1 } });
    expect(transfers()).toEqual([]);
    const suppliers = (await call('listSuppliers', {})) as { ok: true; value: Array<{ name: string }> };
    expect(suppliers.value.map((s) => s.name).sort()).toEqual(['Noordlicht IT', 'Noordlicht IT (2)']);

    // A file that is gone by the time it is read: the journal's translated error, nothing left behind.
    fake.chosenFile = path.join(fake.dir, 'exports', 'gone.zip');
    expect(await shellCall('chooseImportFile')).toMatchObject({ ok: false, error: { key: 'missing' } });
    expect(transfers()).toEqual([]);
  });

  it('keeps no copy of what the journal answers: the main process only passes the workers\' answers on', async () => {
    const supplier = ((await call('createSupplier', { name: 'Wolkendek Hosting' })) as { ok: true; value: { id: number } }).value;
    const rows = Array.from({ length: 4_000 }, (_, i) => `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')};Overleg ${i};Besproken: planning, capaciteit en de storing van week ${i % 52}`);
    const text = ['Datum;Onderwerp;Omschrijving', ...rows].join('\n');
    expect(await call('importCsv', { text, mapping: { date: 'Datum', title: 'Onderwerp', body: 'Omschrijving' }, supplierId: supplier.id })).toMatchObject({ ok: true, value: { imported: 4_000 } });
    // The main thread's heap after a full collection: what it still holds.
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    const held = () => {
      collect();
      return process.memoryUsage().heapUsed;
    };
    const answer = async () => {
      const r = (await call('listEntries', { supplierId: supplier.id })) as { ok: true; value: unknown[] };
      return JSON.stringify(r.value).length;
    };
    const size = await answer();
    expect(size).toBeGreaterThan(1_000_000);
    const before = held();
    for (let i = 0; i < 20; i++) await answer();
    await call('getPortfolio', {});
    // Twenty answers of over a megabyte each went through: kept, they would be 20 MB or more.
    expect(held() - before).toBeLessThan(size * 3);
  }, 120_000);

  it('closes the journal and drops the handlers on quit, then quits once the journal is closed', async () => {
    const { app } = await import('electron');
    let held = false;
    app.emit('will-quit', { preventDefault: () => (held = true) });
    expect(held).toBe(true); // the quit waits for the journal's workers to close their connections
    expect(fake.handlers.size).toBe(0);
    // Closing the workers' connections takes more than waitFor's default second on a busy machine
    // (and the reminders' first read of the agenda may still be answered first: the close waits for it).
    await vi.waitFor(() => expect(fake.calls).toContain('quit'), { timeout: 15_000 });
    // Closed cleanly: the WAL was folded into the journal file.
    expect(fs.existsSync(`${process.env.RAPPORT_DATA}-wal`)).toBe(false);
  });
});
