// The `app` fixture: a fresh journal file per test, the app open on it, and
// ways to restart the shell and to call the API directly (to arrange data or
// to check that nothing was saved). Electron where its binary exists,
// otherwise the browser shell in Chromium.
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
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
  restart(beforeStart?: () => void | Promise<void>, how?: 'stop' | 'kill'): Promise<void>;
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
        restart: async (beforeStart, how = 'stop') => {
          await server.stop(how === 'kill' ? 'SIGKILL' : 'SIGTERM');
          await beforeStart?.();
          server = await startBrowserShell(dataFile);
          await page.goto(server.url);
        },
        api: (method, input) => postJson(`${server.origin}/api/${method}`, server.token, input ?? {}) as never,
        call: async (method, input) => unwrap(await handle.api(method, input)),
      };
      await use(handle);
      if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('server-log', { body: server.output() });
      await server.stop();
    }
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

/**
 * One API call on a connection of its own. fetch() would reuse a kept-alive
 * socket, and on a busy machine the server may close that socket just as the
 * next call is written to it ("other side closed"): a race of the test's
 * client, not of the app (Chromium retries a request on a reused socket).
 */
function postJson(url: string, token: string, body: unknown): Promise<unknown> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(url, {
      method: 'POST', agent: false,
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), 'X-Rapport-Token': token },
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(text));
        } catch (err) {
          reject(new Error(`not JSON from ${url} (${response.statusCode}): ${text.slice(0, 200)}`, { cause: err }));
        }
      });
    });
    request.on('error', reject);
    request.end(data);
  });
}

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`API call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** An ISO date `days` from today (negative: in the past). */
export function isoDaysFromToday(days: number): string {
  return addDays(todayIso(), days);
}

export { expect };
