// The security configuration, asserted so that weakening it turns this red
// (docs/security.md; scripts/security-gate.mjs checks the same packaging facts
// and runs Electronegativity):
//   - electron-builder.yml: fuses flipped, asar on, better-sqlite3-multiple-ciphers unpacked,
//     electron-builder's native rebuild off (the Electron build is made by
//     scripts/build-electron-native.mjs, run by `npm run dist`)
//   - every BrowserWindow electron/main.ts opens (captured through a fake
//     `electron`, packaged): isolated, sandboxed, no Node, webSecurity, no
//     <webview>, no devtools; the app:// scheme without CSP bypass
//   - no file in electron/ spells out a weakened web preference
//   - the CSP electron/app-protocol.ts serves: default-src 'self', no eval, no
//     inline or remote script, on every response
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { useJournalWorkerBundle } from '../db/test/worker-bundle';
import { CONTENT_SECURITY_POLICY, serveAppRequest } from './app-protocol';

const ROOT = path.resolve(__dirname, '..');

// ---------- a fake electron that records what main.ts asks for ----------

const fake = vi.hoisted(() => ({
  dir: '',
  calls: [] as string[],
  windows: [] as Array<{ webPreferences?: Record<string, unknown> }>,
  privileged: [] as Array<{ scheme: string; privileges?: Record<string, unknown> }>,
  protocolHandler: null as ((request: { url: string; method: string }) => Promise<Response>) | null,
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await vi.importActual<typeof import('node:events')>('node:events');
  /** Methods this fake does not define do nothing, so new calls in main.ts do not break the capture. */
  const lenient = <T extends object>(target: T): T =>
    new Proxy(target, {
      get: (t, key) => (key in t || typeof key === 'symbol' || key === 'then' ? Reflect.get(t, key) : () => undefined),
    });
  const mainFrame = { url: 'app://rapport/index.html', origin: 'app://rapport', parent: null, processId: 1, routingId: 1, isDestroyed: () => false };
  let nextId = 1;
  class WebContents extends EventEmitter {
    id = nextId++;
    mainFrame = mainFrame;
    setWindowOpenHandler() {}
  }
  const app = lenient(
    Object.assign(new EventEmitter(), {
      isPackaged: true,
      enableSandbox: () => fake.calls.push('enableSandbox'),
      getAppPath: () => fake.dir,
      getPath: () => fake.dir,
      getVersion: () => '0.0.0',
      getLocale: () => 'en-GB',
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      exit: (code: number) => fake.calls.push(`exit ${code}`),
      quit: () => fake.calls.push('quit'),
    }),
  );
  class BrowserWindow extends EventEmitter {
    webContents = lenient(new WebContents());
    constructor(opts: { webPreferences?: Record<string, unknown> }) {
      super();
      fake.windows.push(opts);
      app.emit('web-contents-created', {}, this.webContents);
      return lenient(this);
    }
    static getAllWindows = () => fake.windows;
    loadURL = () => Promise.resolve();
    isDestroyed = () => false;
  }
  return {
    app,
    BrowserWindow,
    protocol: lenient({
      registerSchemesAsPrivileged: (schemes: typeof fake.privileged) => fake.privileged.push(...schemes),
      handle: (_scheme: string, handler: typeof fake.protocolHandler) => (fake.protocolHandler = handler),
    }),
    session: { defaultSession: lenient({}) },
    ipcMain: lenient({}),
    dialog: lenient({ showMessageBox: async () => ({ response: 0 }) }),
    shell: lenient({ openExternal: async () => {} }),
    nativeTheme: { shouldUseDarkColors: false },
    Menu: lenient({ buildFromTemplate: (t: unknown) => t }),
    // No keychain: the journal opens plain (electron/keychain.test.ts tests the keychain).
    safeStorage: { isEncryptionAvailable: () => false },
  };
});

// ---------- electron-builder.yml ----------

function builderConfig(): Record<string, unknown> {
  // js-yaml comes with electron-builder (no dependency of our own).
  const yaml = createRequire(path.join(ROOT, 'package.json'))('js-yaml') as { load(text: string): unknown };
  return yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
}

describe('packaging (electron-builder.yml)', () => {
  const config = builderConfig();

  it('flips the fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('packs into asar and unpacks better-sqlite3-multiple-ciphers and the Electron-ABI binding', () => {
    expect(config.asar).toBe(true);
    const unpack = [config.asarUnpack ?? []].flat().map(String);
    expect(unpack).toContain('node_modules/better-sqlite3-multiple-ciphers/**');
    expect(unpack).toContain('native/electron/**');
    expect([config.files].flat()).toContain('native/electron/better_sqlite3.node');
  });

  it('leaves the native rebuild to scripts/build-electron-native.mjs, run before electron-builder', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.nodeGypRebuild).not.toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.dist).toMatch(/build-electron-native\.mjs[\s\S]*electron-builder/);
  });
});

// ---------- the window ----------

describe('the window electron/main.ts opens (packaged)', () => {
  // main.ts starts on import: ready at once, a journal in a temp folder, one window.
  // The journal runs in a worker thread: built here as scripts/build.mjs builds it.
  useJournalWorkerBundle({ env: true });
  beforeAll(async () => {
    fake.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-security-'));
    process.env.RAPPORT_DATA = path.join(fake.dir, 'journal.sqlite');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await import('./main');
    await vi.waitFor(() => expect(fake.windows.length, `no window was opened (${fake.calls.join(', ')})`).toBeGreaterThan(0), { timeout: 15_000 });
  }, 60_000);
  afterAll(async () => {
    // Quit as the app does, so the journal's workers are closed before their files are removed.
    const { app } = await import('electron');
    app.emit('will-quit', { preventDefault: () => undefined });
    await vi.waitFor(() => expect(fake.calls).toContain('quit'), { timeout: 15_000 });
    fs.rmSync(fake.dir, { recursive: true, force: true });
  }, 30_000);

  it('is isolated, sandboxed, without Node, webview or devtools', () => {
    for (const opts of fake.windows) {
      const prefs = opts.webPreferences ?? {};
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        devTools: false,
      });
      expect(prefs.enableBlinkFeatures).toBeUndefined();
      // Without this Electronegativity reports AUXCLICK_JS_CHECK (docs/security.md).
      expect(String(prefs.disableBlinkFeatures ?? '').split(',')).toContain('Auxclick');
      expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
    }
  });

  it('enables the sandbox for every renderer and registers app:// without CSP bypass', () => {
    expect(fake.calls).toContain('enableSandbox');
    const app = fake.privileged.find((s) => s.scheme === 'app');
    expect(app?.privileges).toMatchObject({ standard: true, secure: true });
    for (const { privileges = {} } of fake.privileged) {
      expect(privileges.bypassCSP ?? false).toBe(false);
      expect(privileges.corsEnabled ?? false).toBe(false);
    }
  });

  it('serves app:// through the handler with the CSP, refusing traversal', async () => {
    const out = await fake.protocolHandler!({ url: 'app://rapport/..%2f..%2fpackage.json', method: 'GET' });
    expect(out.status).toBe(403);
    expect(out.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('no file in electron/ weakens a web preference', () => {
  const weakened = [
    /\b(nodeIntegration|nodeIntegrationInWorker|nodeIntegrationInSubFrames|allowRunningInsecureContent|experimentalFeatures|webviewTag)\s*:\s*true\b/,
    /\b(contextIsolation|sandbox|webSecurity)\s*:\s*false\b/,
    /\benableBlinkFeatures\b/,
    /\bbypassCSP\s*:\s*true\b/,
    /\.loadFile\(|['"`]file:\/\//,
  ];
  const sources = fs.readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

  it.each(sources)('%s', (file) => {
    const code = fs.readFileSync(path.join(__dirname, file), 'utf8');
    for (const pattern of weakened) expect(code, `${file} matches ${pattern}`).not.toMatch(pattern);
  });
});

// ---------- the Content-Security-Policy ----------

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

describe('the CSP of electron/app-protocol.ts', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it("is default-src 'self', scripts from the app only, no eval, no plugins", () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows no remote origin anywhere', () => {
    for (const [name, values] of csp) {
      for (const value of values) expect(value, `${name} ${value}`).not.toMatch(/^\*|^https?:|^wss?:|^ftp:|^file:|\.[a-z]{2,}(:\d+)?$|^blob:/i);
    }
  });

  it('comes with every response: a page, a missing file, a refused path', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-csp-'));
    try {
      fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Rapport</title>');
      for (const [url, status] of [
        ['app://rapport/index.html', 200],
        ['app://rapport/suppliers/12', 200],
        ['app://rapport/missing.js', 404],
        ['app://rapport/..%2fsecret', 403],
        ['https://evil.example/index.html', 403],
      ] as const) {
        const res = await serveAppRequest(root, { url, method: 'GET' });
        expect(res.status, url).toBe(status);
        expect(res.headers.get('content-security-policy'), url).toBe(CONTENT_SECURITY_POLICY);
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
