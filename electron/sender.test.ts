import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkIpcSender, judgeSender, isAppUrl, type FrameLike } from './sender';

function frame(url: string, extra: Partial<FrameLike> = {}): FrameLike {
  return { url, origin: 'app://rapport', parent: null, processId: 4, routingId: 1, detached: false, isDestroyed: () => false, ...extra };
}

describe('IPC sender check', () => {
  const main = frame('app://rapport/index.html');

  it('trusts the main frame of our window on app://rapport', () => {
    expect(judgeSender(main, main)).toEqual({ trusted: true });
    // The same frame reached through another wrapper object.
    expect(judgeSender(frame('app://rapport/suppliers/3'), main).trusted).toBe(true);
  });

  it('refuses a missing, destroyed or detached frame', () => {
    expect(judgeSender(null, main).trusted).toBe(false);
    expect(judgeSender(frame('app://rapport/index.html', { isDestroyed: () => true }), main).trusted).toBe(false);
    expect(judgeSender(frame('app://rapport/index.html', { detached: true }), main).trusted).toBe(false);
  });

  it('refuses sub-frames, even on our own origin', () => {
    expect(judgeSender(frame('app://rapport/index.html', { parent: main, routingId: 2 }), main).trusted).toBe(false);
  });

  it("refuses another window's frame", () => {
    expect(judgeSender(frame('app://rapport/index.html', { processId: 9 }), main).trusted).toBe(false);
    expect(judgeSender(main, null).trusted).toBe(false);
  });

  it('refuses foreign URLs and origins', () => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html', 'app://rapport.evil/', 'app://user:pw@rapport/', 'about:blank']) {
      const f = frame(url);
      expect(judgeSender(f, f).trusted, url).toBe(false);
    }
    const f = frame('app://rapport/index.html', { origin: 'https://evil.example' });
    expect(judgeSender(f, f).trusted).toBe(false);
  });

  it('parses app URLs strictly', () => {
    expect(isAppUrl('app://rapport/index.html')).toBe(true);
    expect(isAppUrl('app://rapport:8080/index.html')).toBe(false);
    expect(isAppUrl('APP://RAPPORT/index.html')).toBe(true);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('the guard every IPC handler runs first', () => {
  const contents = (id: number, extra: Partial<FrameLike> = {}) => ({ id, mainFrame: frame('app://rapport/index.html', { processId: id, ...extra }) });
  const main = contents(1);
  const printer = contents(2);
  const stranger = contents(3);
  const win = { webContents: main, isDestroyed: () => false };
  const event = (sender: ReturnType<typeof contents>, senderFrame: FrameLike | null = sender.mainFrame) => ({ sender, senderFrame });
  const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  afterEach(() => warned.mockClear());

  it('answers the main frame of the main window', () => {
    expect(checkIpcSender('rapport:listSuppliers', event(main), win)).toBe('main');
    expect(checkIpcSender('rapport-shell:printToPdf', event(main), win, { contents: new Set([printer]), may: false })).toBe('main');
    expect(warned).not.toHaveBeenCalled();
  });

  it('refuses the main window once it is gone, and a sub-frame or foreign page in it, logging the channel', () => {
    expect(checkIpcSender('rapport:listSuppliers', event(main), { ...win, isDestroyed: () => true })).toBeNull();
    expect(checkIpcSender('rapport:listSuppliers', event(main), null)).toBeNull();
    expect(checkIpcSender('rapport:listSuppliers', event(main, frame('app://rapport/index.html', { parent: main.mainFrame, routingId: 2, processId: 1 })), win)).toBeNull();
    const foreign = contents(1, { url: 'https://evil.example/' });
    expect(checkIpcSender('rapport-shell:openJournal', event(foreign), { ...win, webContents: foreign })).toBeNull();
    expect(warned).toHaveBeenCalledTimes(4);
    expect(warned).toHaveBeenLastCalledWith('[rapport] refused IPC rapport-shell:openJournal: foreign URL https://evil.example/');
  });

  it('answers a print window only where it is named and the call is allowed', () => {
    const printWindows = new Set([printer]);
    expect(checkIpcSender('rapport:getSupplier', event(printer), win, { contents: printWindows, may: true })).toBe('print');
    expect(checkIpcSender('rapport:createEntry', event(printer), win, { contents: printWindows, may: false })).toBeNull();
    // The shell channels name no print windows: a print window may not print or open a journal.
    expect(checkIpcSender('rapport-shell:printToPdf', event(printer), win)).toBeNull();
    expect(warned.mock.calls.map((c) => String(c[0]))).toEqual([
      '[rapport] refused IPC rapport:createEntry: a print window may only read what the pack shows',
      '[rapport] refused IPC rapport-shell:printToPdf: unknown webContents #2',
    ]);
  });

  it('refuses any other webContents', () => {
    expect(checkIpcSender('rapport:listSuppliers', event(stranger), win, { contents: new Set([printer]), may: true })).toBeNull();
    expect(warned).toHaveBeenCalledWith('[rapport] refused IPC rapport:listSuppliers: unknown webContents #3');
  });
});
