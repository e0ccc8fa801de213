// The browser shell's body limit: a request over it is answered with the
// named error (413, requestTooLarge with the limit), never a cut connection,
// and the journal is not called; one within it reaches the journal.
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './app';

let server: RunningServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('the body limit', () => {
  it('answers a body over the limit with requestTooLarge naming it, without calling the journal', async () => {
    const calls: string[] = [];
    server = await startServer({ staticDir: '.', maxBody: 1024 * 1024, call: async (method) => { calls.push(method); return { ok: true, value: null }; } });
    const post = (body: string) => fetch(`http://127.0.0.1:${server!.port}/api/addAttachment`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-rapport-token': server!.token }, body,
    });
    const over = await post(JSON.stringify({ contentBase64: 'A'.repeat(1024 * 1024) }));
    expect(over.status).toBe(413);
    expect(await over.json()).toEqual({ ok: false, error: { code: 'bad_request', key: 'requestTooLarge', issues: [{ path: [], key: 'requestTooLarge', params: { max: '1 MB' } }] } });
    expect(calls).toEqual([]);
    const within = await post(JSON.stringify({ contentBase64: 'AAAA' }));
    expect(within.status).toBe(200);
    expect(calls).toEqual(['addAttachment']);
  });
});
