// What the browser may keep: the build's content-named scripts and styles
// (assets/name-HASH.js) for good, so a page opened again reads them and V8's
// compiled code from its cache; the page itself and everything else never.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app';

let server: RunningServer | null = null;
let dir = '';
afterEach(async () => {
  await server?.close();
  server = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the static files', () => {
  it('lets the browser keep the content-named assets, never the page or the API', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-static-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Rapport</title>');
    fs.writeFileSync(path.join(dir, 'early-reads.js'), 'void 0;');
    fs.writeFileSync(path.join(dir, 'assets', 'index-C7MB1hV5.js'), 'void 0;');
    server = await startServer({ staticDir: dir, call: async () => ({ ok: true, value: null }) });
    const get = (p: string) => fetch(`http://127.0.0.1:${server!.port}${p}`);
    const asset = await get('/assets/index-C7MB1hV5.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const p of ['/', '/index.html', '/early-reads.js']) expect((await get(p)).headers.get('cache-control')).toBe('no-store');
    // A missing asset and the way out of the folder are not kept either.
    expect((await get('/assets/gone-123.js')).headers.get('cache-control')).toBe('no-store');
    expect((await get('/assets/..%2f..%2fpackage.json')).headers.get('cache-control')).toBe('no-store');
    const api = await fetch(`http://127.0.0.1:${server.port}/api/listSuppliers`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-rapport-token': server.token }, body: '{}',
    });
    expect(api.headers.get('cache-control')).toBe('no-store');
  });
});
