// Launches the built Electron app (dist/electron/main.cjs, from `npm run build`)
// on one journal file, for the shared fixture (e2e/fixtures.ts).
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// package.json says "type": "module": Playwright loads this file as ESM (no __dirname).
const REPO_ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON_DIR = path.join(REPO_ROOT, 'node_modules', 'electron');

/**
 * The Electron executable, or null when it is not installed. Deliberately not
 * require('electron'): without its binary that module tries to download it.
 */
export function electronBinaryPath(): string | null {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt');
  let relative = '';
  try {
    relative = fs.readFileSync(pathFile, 'utf8').trim();
  } catch {
    relative = '';
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, relative || 'electron');
    return fs.existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(ELECTRON_DIR, 'dist', relative);
  return fs.existsSync(candidate) ? candidate : null;
}

export function electronBinaryAvailable(): boolean {
  return electronBinaryPath() !== null;
}

export interface RunningElectron {
  page: Page;
  app: ElectronApplication;
  /** Everything main printed, for the test report. */
  output(): string;
  close(): Promise<void>;
}

/**
 * Starts Rapport on `dataFile` with its own Chromium profile next to it (so
 * parallel tests neither share state nor trip the single-instance lock) and
 * returns the first window once its page has loaded.
 */
export async function launchElectron(dataFile: string): Promise<RunningElectron> {
  const executablePath = electronBinaryPath();
  if (!executablePath) throw new Error('Electron is not installed (node_modules/electron has no binary)');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env.RAPPORT_DATA = dataFile;
  env.RAPPORT_USER_DATA = path.join(path.dirname(dataFile), 'electron-profile');
  delete env.ELECTRON_RUN_AS_NODE;

  const app = await _electron.launch({ executablePath, args: ['.'], cwd: REPO_ROOT, env, timeout: 30_000 });
  let log = '';
  const proc = app.process();
  proc.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));

  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('load');
    return {
      page,
      app,
      output: () => log,
      close: async () => {
        await app.close().catch(() => undefined);
      },
    };
  } catch (err) {
    await app.close().catch(() => undefined);
    throw new Error(`Electron did not open a window: ${(err as Error).message}\n${log}`);
  }
}
