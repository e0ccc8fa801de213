// The journal's IPC handlers (electron/ipc.ts) with a recording ipcMain: the
// main window may call every method; a hidden print window only the pack's
// reads; anyone else nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../core/contract';
import { PRINT_WINDOW_METHODS } from './bridge-methods';

const handlers = vi.hoisted(() => new Map<string, (event: unknown, input: unknown) => Promise<unknown>>());
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, input: unknown) => Promise<unknown>) => handlers.set(channel, fn),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc } = await import('./ipc');
const { printContents } = await import('./print');

function frame(processId: number) {
  return { url: 'app://rapport/index.html', origin: 'app://rapport', parent: null, processId, routingId: 1, detached: false, isDestroyed: () => false };
}
function contents(id: number) {
  const mainFrame = frame(id);
  return { id, mainFrame, isDestroyed: () => false };
}

describe('who may call which journal method over IPC', () => {
  const main = contents(1);
  const printer = contents(2);
  const stranger = contents(3);
  const win = { isDestroyed: () => false, webContents: main };
  const calls: string[] = [];
  registerIpc(async (name) => { calls.push(name); return { ok: true, value: null }; }, () => win as never);
  printContents.add(printer as never);
  const ask = (sender: ReturnType<typeof contents>, name: string) =>
    handlers.get(`rapport:${name}`)!({ sender, senderFrame: sender.mainFrame }, {}) as Promise<{ ok: boolean; error?: { key: string } }>;

  it('the main window may call every method', async () => {
    for (const name of METHOD_NAMES) expect(await ask(main, name), name).toEqual({ ok: true, value: null });
  });

  it('a print window may call only the pack\'s reads', async () => {
    calls.length = 0;
    for (const name of METHOD_NAMES) {
      const answer = await ask(printer, name);
      if ((PRINT_WINDOW_METHODS as readonly string[]).includes(name)) expect(answer.ok, name).toBe(true);
      else expect(answer, name).toMatchObject({ ok: false, error: { key: 'forbidden' } });
    }
    expect(calls).toEqual([...PRINT_WINDOW_METHODS].sort((a, b) => METHOD_NAMES.indexOf(a) - METHOD_NAMES.indexOf(b)));
    for (const writes of ['createEntry', 'deleteSupplier', 'restoreUpload', 'exportJson', 'importCsv', 'emptyTrash']) {
      expect(PRINT_WINDOW_METHODS as readonly string[]).not.toContain(writes);
    }
  });

  it('any other webContents may call nothing', async () => {
    calls.length = 0;
    for (const name of METHOD_NAMES) expect(await ask(stranger, name), name).toMatchObject({ ok: false, error: { key: 'forbidden' } });
    expect(calls).toEqual([]);
  });

  it('the review pack reads nothing beyond what print windows may call', () => {
    // Every api.<method> of the pack's code: a new read there must be allowed here too, or printing breaks.
    const dir = path.join(__dirname, '..', 'renderer', 'report');
    const used = new Set<string>();
    for (const file of fs.readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.') && f !== 'ReviewPackDialog.tsx')) {
      for (const m of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\bapi\.(\w+)\(/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(PRINT_WINDOW_METHODS as readonly string[], name).toContain(name);
  });
});
