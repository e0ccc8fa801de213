// The `app` fixture: a fresh journal file per test, the app open on it, and
// ways to restart the shell and to call the API directly (to arrange data or
// to check that nothing was saved). Electron where its binary exists,
// otherwise the browser shell in Chromium.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InputOf, MethodName, OutputOf } from '../core/contract';
import { addDays, todayIso } from '../core/dates';
import type { ApiResult } from '../core/errors';
import { startBrowserShell, type ServerProcess } from './browser-shell';
import { electronBinaryAvailable, launchElectron } from './electron-launch';

export interface AppHandle {
  page: Page;
  dataFile: string;
  shell: 'electron' | 'browser';
  /** Stops the shell and starts it again on the same file; `beforeStart` runs while it is stopped (e.g. to damage the file). */
  restart(beforeStart?: () => void | Promise<void>): Promise<void>;
  api<M extends MethodName>(method: M, input: InputOf<M>): Promise<ApiResult<OutputOf<M>>>;
  /** Like api(), but fails the test on an error and returns the value. */
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
}

export const useElectron = electronBinaryAvailable() && process.env.RAPPORT_E2E_SHELL !== 'browser';

export const test = base.extend<{ app: AppHandle }>({
  app: async ({ page, browser }, use, testInfo) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-'));
    const dataFile = path.join(dir, 'rapport.sqlite');
    let handle: AppHandle;

    if (useElectron) {
      let running = await launchElectron(dataFile);
      handle = {
        get page() {
          return running.page;
        },
        dataFile,
        shell: 'electron',
        restart: async (beforeStart) => {
          await running.close();
          await beforeStart?.();
          running = await launchElectron(dataFile);
        },
        api: (method, input) =>
          running.page.evaluate(
            ([m, i]: [string, unknown]) =>
              (globalThis as unknown as { rapport: Record<string, (x: unknown) => Promise<unknown>> }).rapport[m]!(i),
            [method, input] as [string, unknown],
          ) as never,
        call: async (method, input) => unwrap(await handle.api(method, input)),
      };
      await use(handle);
      await running.close();
    } else {
      void browser;
      let server: ServerProcess = await startBrowserShell(dataFile);
      await page.goto(server.url);
      handle = {
        page,
        dataFile,
        shell: 'browser',
        restart: async (beforeStart) => {
          await server.stop();
          await beforeStart?.();
          server = await startBrowserShell(dataFile);
          await page.goto(server.url);
        },
        api: async (method, input) => {
          const response = await fetch(`${server.origin}/api/${method}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Rapport-Token': server.token },
            body: JSON.stringify(input ?? {}),
          });
          return (await response.json()) as never;
        },
        call: async (method, input) => unwrap(await handle.api(method, input)),
      };
      await use(handle);
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server-log', { body: server.output() });
      await server.stop();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`API call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** An ISO date `days` from today (negative: in the past). */
export function isoDaysFromToday(days: number): string {
  return addDays(todayIso(), days);
}

export { expect };
