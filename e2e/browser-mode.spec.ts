// Browser mode's locks: the token, the Host and Origin checks (DNS
// rebinding, other local pages), loopback only; bad input refused with a
// clear error; and the command line's words, in the journal's language.
// These start their own server, so they run whichever shell the rest of the
// suite drives.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { METHOD_NAMES } from '../core/contract';
import { runBrowserShell, startBrowserShell, type ServerProcess } from './browser-shell';

let server: ServerProcess;
let dir: string;

test.beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-sec-'));
  server = await startBrowserShell(path.join(dir, 'rapport.sqlite'));
});

test.afterEach(async () => {
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function request(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers, setHost: !options.headers?.Host },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const json = { 'Content-Type': 'application/json' };

async function supplierCount(): Promise<number> {
  const r = await request(server.port, {
    path: '/api/listSuppliers', method: 'POST', headers: { ...json, 'X-Rapport-Token': server.token }, body: '{}',
  });
  return (JSON.parse(r.body) as { value: unknown[] }).value.length;
}

test('the API answers with the token and refuses without it or with a wrong one', async () => {
  const body = JSON.stringify({ name: 'Acme Hosting' });
  const withToken = await request(server.port, { path: '/api/createSupplier', method: 'POST', headers: { ...json, 'X-Rapport-Token': server.token }, body });
  expect(withToken.status).toBe(200);
  expect(JSON.parse(withToken.body)).toMatchObject({ ok: true, value: { name: 'Acme Hosting' } });

  const without = await request(server.port, { path: '/api/createSupplier', method: 'POST', headers: json, body });
  expect(without.status).toBe(401);
  const wrong = await request(server.port, { path: '/api/createSupplier', method: 'POST', headers: { ...json, 'X-Rapport-Token': 'x'.repeat(32) }, body });
  expect(wrong.status).toBe(401);
  expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { key: 'forbidden' } });
  expect(await supplierCount()).toBe(1);
});

test('a foreign Host header (DNS rebinding) is refused, for pages and the API', async () => {
  const headers = { ...json, 'X-Rapport-Token': server.token, Host: `evil.example:${server.port}` };
  const api = await request(server.port, { path: '/api/createSupplier', method: 'POST', headers, body: '{"name":"Evil"}' });
  expect(api.status).toBe(421);
  const page = await request(server.port, { path: `/?token=${server.token}`, headers: { Host: 'evil.example' } });
  expect(page.status).toBe(421);
  expect(await supplierCount()).toBe(0);
});

test('a foreign Origin is refused', async () => {
  const headers = { ...json, 'X-Rapport-Token': server.token, Origin: 'http://evil.example' };
  const api = await request(server.port, { path: '/api/createSupplier', method: 'POST', headers, body: '{"name":"Evil"}' });
  expect(api.status).toBe(403);
  expect(await supplierCount()).toBe(0);
});

test('the page needs the link with its token; the link opens the app', async ({ page }) => {
  await page.goto(server.origin + '/');
  await expect(page.getByText('needs the link with its token').first()).toBeVisible();
  const answered = page.waitForResponse((r) => r.url().includes('/api/') && r.status() === 200);
  await page.goto(server.url);
  await answered;
  await expect(page).toHaveTitle(/Rapport/);
  expect(page.url()).not.toContain('token=');
  // Reloading the tab keeps working: the token lives in this tab's sessionStorage.
  const again = page.waitForResponse((r) => r.url().includes('/api/') && r.status() === 200);
  await page.reload();
  await again;
  await expect(page.getByText('needs the link with its token')).toHaveCount(0);
});

test('the token is never sent to another server on 127.0.0.1 (no cookie carries it)', async ({ page, context }) => {
  // Another local web server, on another port, records every Cookie header it receives.
  const received: string[] = [];
  const other = http.createServer((req, res) => {
    received.push(String(req.headers.cookie ?? ''));
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>other</title><body>other <img src="/pixel.png"></body>');
  });
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
  const otherPort = (other.address() as { port: number }).port;
  try {
    // The manager opens Rapport with its link and uses it (API calls go out).
    const answered = page.waitForResponse((r) => r.url().includes('/api/') && r.status() === 200);
    await page.goto(server.url);
    await answered;
    await page.goto(`${server.origin}/#/`);
    // Then visits the other local server, by both loopback names.
    for (const host of ['127.0.0.1', 'localhost']) {
      await page.goto(`http://${host}:${otherPort}/`);
      await expect(page.getByText('other')).toBeVisible();
    }
    expect(received.length).toBeGreaterThanOrEqual(2);
    for (const cookie of received) expect(cookie).not.toContain(server.token);
    for (const cookie of await context.cookies()) expect(cookie.value).not.toContain(server.token);
  } finally {
    await new Promise<void>((done) => other.close(() => done()));
  }
});

test('a malformed percent escape in an address answers 400, with no stack trace', async () => {
  const api = await request(server.port, { path: '/api/%E0%A4%A', method: 'POST', headers: { ...json, 'X-Rapport-Token': server.token }, body: '{}' });
  expect(api.status).toBe(400);
  expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { key: 'badRequest' } });
  const page = await request(server.port, { path: '/assets/%E0%A4%A.js' });
  expect(page.status).toBe(400);
  expect(server.output()).not.toContain('URIError');
  expect(server.output()).not.toContain('request failed');
});

test('a page on another origin cannot write to the journal', async ({ page }) => {
  // A hostile page served from another local port tries every trick a page has.
  const evil = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>evil</title><body>evil</body>');
  });
  await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done));
  const evilPort = (evil.address() as { port: number }).port;
  try {
    await page.goto(`http://127.0.0.1:${evilPort}/`);
    const outcome = await page.evaluate(async ({ target, token }) => {
      const results: string[] = [];
      const attempts: RequestInit[] = [
        { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{"name":"Evil"}' },
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Rapport-Token': token }, body: '{"name":"Evil"}' },
      ];
      for (const init of attempts) {
        try {
          const r = await fetch(`${target}/api/createSupplier`, init);
          results.push(`status ${r.status}`);
        } catch (e) {
          results.push(`blocked ${String(e)}`);
        }
      }
      return results;
    }, { target: server.origin, token: server.token });
    expect(outcome).toHaveLength(2);
    expect(await supplierCount()).toBe(0);
  } finally {
    await new Promise<void>((done) => evil.close(() => done()));
  }
});

test('the server listens on loopback only', async () => {
  // /proc/net/tcp lists listening sockets (state 0A) with their local address in hex.
  const lines = fs.readFileSync('/proc/net/tcp', 'utf8').split('\n').slice(1);
  const portHex = server.port.toString(16).toUpperCase().padStart(4, '0');
  const listening = lines
    .map((l) => l.trim().split(/\s+/))
    .filter((cols) => cols[3] === '0A' && cols[1]?.endsWith(`:${portHex}`))
    .map((cols) => cols[1]!.split(':')[0]);
  expect(listening).toEqual(['0100007F']); // 127.0.0.1, and nothing else
  const v6 = fs.existsSync('/proc/net/tcp6') ? fs.readFileSync('/proc/net/tcp6', 'utf8') : '';
  expect(v6).not.toMatch(new RegExp(`:${portHex} [0-9A-F:]+ 0A`));
});

test('pages carry a strict CSP and no cookie, and paths cannot escape', async () => {
  const page = await new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: server.port, path: `/?token=${server.token}` }, resolve).on('error', reject);
  });
  page.resume();
  expect(page.statusCode).toBe(200);
  expect(page.headers['set-cookie']).toBeUndefined();
  const csp = String(page.headers['content-security-policy']);
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const html = await request(server.port, { path: '/' });
  expect(html.body).not.toContain(server.token);

  for (const probe of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fpackage.json']) {
    const r = await request(server.port, { path: probe });
    expect(r.body, probe).not.toContain('root:');
    expect(r.body, probe).not.toContain('"name": "rapport"');
  }
});

test('a cross-site request is refused even with the token', async () => {
  const r = await request(server.port, {
    path: '/api/createSupplier', method: 'POST',
    headers: { ...json, 'X-Rapport-Token': server.token, 'Sec-Fetch-Site': 'cross-site' }, body: '{"name":"Evil"}',
  });
  expect(r.status).toBe(403);
  expect(await supplierCount()).toBe(0);
});

test('a body nested a million levels deep, or a CSV mapping 100,000 deep, answers 400 with a translated error; the next call is answered', async () => {
  const headers = { ...json, 'X-Rapport-Token': server.token };
  const tooDeep = { ok: false, error: { code: 'bad_request', key: 'inputTooDeep', issues: [] } };
  const objects = (depth: number, leaf: string) => `${'{"a":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
  const mapping = `{"text":"Titel\\n2026-01-05\\n","supplierId":1,"mapping":{"title":${objects(100_000, '"Titel"')}}}`;
  const bodies: Array<[string, string]> = [
    ['createSupplier', `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`],
    ['createSupplier', `{"name":${objects(1_000_000, '"Acme"')}}`],
    ['previewCsvImport', mapping],
    ['importCsv', mapping],
  ];
  for (const [method, body] of bodies) {
    const r = await request(server.port, { path: `/api/${method}`, method: 'POST', headers, body });
    expect(r.status, method).toBe(400);
    expect(JSON.parse(r.body), method).toEqual(tooDeep);
  }
  // Every method, the same answer (a thousand levels: deeper than any method takes, shallower than a stack gives out).
  const thousand = `${'['.repeat(1_000)}${']'.repeat(1_000)}`;
  for (const method of METHOD_NAMES) {
    const r = await request(server.port, { path: `/api/${method}`, method: 'POST', headers, body: thousand });
    expect([r.status, JSON.parse(r.body)], method).toEqual([400, tooDeep]);
  }
  // The server carries on, nothing was written, and the errors key is one the app translates.
  expect(await supplierCount()).toBe(0);
  expect(server.output()).not.toContain('request failed');
  expect(server.output()).not.toContain('RangeError');
  for (const lang of ['en', 'nl']) {
    const errors = JSON.parse(fs.readFileSync(path.join('renderer', 'i18n', 'locales', lang, 'errors.json'), 'utf8')) as Record<string, string>;
    expect(errors.inputTooDeep, lang).toMatch(/\w{3,}/);
  }
});

/** A system locale, the way a shell sets it. */
const locale = (name: string) => ({ LC_ALL: name, LC_MESSAGES: name, LANG: name });

test("the command line speaks the journal's language once it is open, else the system's", async () => {
  const file = path.join(dir, 'rapport.sqlite');
  const headers = { ...json, 'X-Rapport-Token': server.token };
  const setLanguage = async (port: number, token: string, language: string) => {
    const r = await request(port, { path: '/api/updatePreferences', method: 'POST', headers: { ...json, 'X-Rapport-Token': token }, body: `{"language":"${language}"}` });
    expect(r.status).toBe(200);
  };
  expect((await request(server.port, { path: '/api/getJournalInfo', method: 'POST', headers, body: '{}' })).status).toBe(200);
  await setLanguage(server.port, server.token, 'nl');
  await server.stop();

  // A Dutch journal on an English system: Dutch.
  server = await startBrowserShell(file, [], locale('en_US.UTF-8'));
  expect(server.output()).toContain(`Rapport (browsermodus) draait. Journaal: ${file}`);
  expect(server.output()).toMatch(/Openen: http:\/\/127\.0\.0\.1:\d+\/\?token=/);
  await expect.poll(() => server.output()).toContain('Stoppen met Ctrl+C.'); // printed after the address

  // A new journal (no preference) on a port in use: the system's language, and it ends.
  const other = path.join(dir, 'other', 'rapport.sqlite');
  const busy = ['--data', other, '--port', String(server.port)];
  const dutch = await runBrowserShell(busy, locale('nl_NL.UTF-8'), other);
  expect(dutch.code).toBe(1);
  expect(dutch.output).toContain(`Rapport: poort ${server.port} is al in gebruik, door een ander programma of een andere Rapport.`);
  const english = await runBrowserShell(busy, locale('en_GB.UTF-8'), other);
  expect(english.code).toBe(1);
  expect(english.output).toContain(`Rapport: port ${server.port} is already in use, by another program or another Rapport.`);
  expect(english.output).not.toContain('EADDRINUSE');

  // Once that journal prefers English, a Dutch system hears English.
  const second = await startBrowserShell(other, [], locale('nl_NL.UTF-8'));
  expect(second.output()).toContain(`Rapport (browsermodus) draait. Journaal: ${other}`);
  await setLanguage(second.port, second.token, 'en');
  await second.stop();
  const preferred = await runBrowserShell(busy, locale('nl_NL.UTF-8'), other);
  expect(preferred.output).toContain(`Rapport: port ${server.port} is already in use`);
});

test("bad options and a file that is not a journal are said in the system's language", async () => {
  const file = path.join(dir, 'rapport.sqlite');
  for (const [name, port, option] of [
    ['nl_BE.UTF-8', 'Rapport: --port moet een getal van 0 tot en met 65535 zijn, niet “acht”.', 'Rapport: “--poort” is hier geen optie, of de waarde ontbreekt.'],
    ['en_US.UTF-8', 'Rapport: --port must be a number from 0 to 65535, not “acht”.', 'Rapport: “--poort” is not an option here, or it lacks its value.'],
  ] as const) {
    const badPort = await runBrowserShell(['--data', file, '--port', 'acht'], locale(name), file);
    expect([badPort.code, badPort.output.trim()]).toEqual([2, port]);
    const unknown = await runBrowserShell(['--data', file, '--poort', '8080'], locale(name), file);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain(option);
  }
  // Not a journal: said, and the server starts all the same, for the page that offers to restore a backup.
  const notes = path.join(dir, 'notes.sqlite');
  fs.writeFileSync(notes, 'Not a journal.\n'.repeat(100));
  const run = await runBrowserShell(['--data', notes, '--port', '0'], locale('nl_NL.UTF-8'), notes);
  expect(run.output).toContain(`Rapport kan ${notes} niet gebruiken: Dit bestand is geen Rapport-journaal.`);
  expect(run.output).toContain('Rapport heeft niets aan dit bestand veranderd');
  expect(run.output).toContain(`Rapport (browsermodus) draait. Journaal: ${notes}`);
  expect(fs.readFileSync(notes, 'utf8')).toBe('Not a journal.\n'.repeat(100));
});
