import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, resolveAppUrl, serveAppRequest } from './app-protocol';

let root: string;
let outside: string;

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-app-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Rapport</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(path.join(root, '.hidden'), 'no');
  fs.writeFileSync(outside, 'journal secrets');
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest(root, { url, method });

describe('app:// protocol', () => {
  it('serves index.html with a strict CSP', async () => {
    const res = await get('app://rapport/index.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>Rapport</title>');
  });

  it('serves assets with their MIME type', async () => {
    expect((await get('app://rapport/assets/index-abc.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('app://rapport/assets/index-abc.css')).headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('serves / as index.html and client-side routes (no extension) as index.html', async () => {
    expect(await (await get('app://rapport/')).text()).toContain('Rapport');
    const route = await get('app://rapport/suppliers/12/entries');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Rapport');
  });

  it('answers 404 for a missing file with an extension', async () => {
    expect((await get('app://rapport/assets/missing.js')).status).toBe(404);
  });

  it('never leaves the renderer folder', async () => {
    for (const url of [
      'app://rapport/../secret.txt',
      'app://rapport/%2e%2e/secret.txt',
      'app://rapport/assets/%2e%2e/%2e%2e/secret.txt',
      'app://rapport/..%2fsecret.txt',
      'app://rapport/..%5csecret.txt',
      'app://rapport/%00index.html',
    ]) {
      const res = await get(url);
      expect(res.status, url).not.toBe(200);
      expect(await res.text(), url).not.toContain('journal secrets');
    }
  });

  it('refuses dot-files, other hosts, other schemes, bad encodings and writes', async () => {
    expect((await get('app://rapport/.hidden')).status).toBe(404);
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect((await get('file:///etc/passwd')).status).toBe(403);
    expect((await get('app://rapport/%E0%A4%A')).status).toBe(400);
    expect((await get('app://rapport/index.html', 'POST')).status).toBe(405);
  });

  it('answers HEAD without a body', async () => {
    const res = await get('app://rapport/index.html', 'HEAD');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('resolves URLs without touching the disk', () => {
    expect(resolveAppUrl('/r', 'app://rapport/a/b.js')).toEqual({ kind: 'file', file: path.resolve('/r/a/b.js'), spaFallback: false });
    expect(resolveAppUrl('/r', 'app://rapport/trash')).toEqual({ kind: 'file', file: path.resolve('/r/trash'), spaFallback: true });
    expect(resolveAppUrl('/r', 'not a url')).toEqual({ kind: 'error', status: 400 });
  });
});
