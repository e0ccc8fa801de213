// The browser shell's /transfer routes (db/common/transfers.ts): an upload
// needs the token and is streamed to a file under a new one-time id; an export
// the journal wrote is sent once as a download and then removed; an id that
// is not one names no file.
import crypto from 'node:crypto';
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

async function start() {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-transfer-'));
  server = await startServer({ staticDir: '.', transferDir: dir, call: async () => ({ ok: true, value: null }) });
  return `http://127.0.0.1:${server.port}`;
}

describe('/transfer', () => {
  it('takes an upload with the token, byte for byte, and refuses one without it', async () => {
    const base = await start();
    const bytes = crypto.randomBytes(3 * 1024 * 1024);
    const refused = await fetch(`${base}/transfer`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes });
    expect(refused.status).toBe(401);
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
    const sent = await fetch(`${base}/transfer`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-Rapport-Token': server!.token }, body: bytes });
    const answer = (await sent.json()) as { ok: true; value: { upload: string } };
    expect(answer.value.upload).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(fs.readFileSync(path.join(dir, answer.value.upload)).equals(bytes)).toBe(true);
  });

  it('sends an export once, as an attachment with its name, then removes it', async () => {
    const base = await start();
    const id = crypto.randomBytes(16).toString('base64url');
    const bytes = crypto.randomBytes(100_000);
    fs.writeFileSync(path.join(dir, id), bytes);
    const first = await fetch(`${base}/transfer/${id}/rapport-2026-06-15.zip`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toBe('attachment; filename="rapport-2026-06-15.zip"');
    expect(Buffer.from(await first.arrayBuffer()).equals(bytes)).toBe(true);
    await expect.poll(() => fs.existsSync(path.join(dir, id))).toBe(false);
    expect((await fetch(`${base}/transfer/${id}/rapport-2026-06-15.zip`)).status).toBe(404);
  });

  it('names no file through an id that is not one', async () => {
    const base = await start();
    fs.writeFileSync(path.join(dir, 'secret'), 'x');
    for (const id of ['secret', '..', '%2e%2e%2fsecret']) expect((await fetch(`${base}/transfer/${id}/x.zip`)).status).toBe(404);
  });
});
