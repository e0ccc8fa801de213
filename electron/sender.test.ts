import { describe, expect, it } from 'vitest';
import { judgeSender, isAppUrl, type FrameLike } from './sender';

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
