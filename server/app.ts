// Browser mode: the same Journal on loopback HTTP. Every request must carry
// the session token and a Host (and, when sent, an Origin) naming this
// server on loopback, which shuts out other local users' pages and DNS
// rebinding. The API is POST /api/<method> with the JSON input as body.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ApiResult, ErrorCode } from '../core/errors';
import { CONTENT_SECURITY_POLICY } from '../core/csp';
import { formatLimit } from '../core/attachments';
import { INPUT_TOO_DEEP, jsonNestsDeeperThan, MAX_INPUT_DEPTH } from '../core/nesting';
import { MAX_UPLOAD_BYTES, receiveUpload, removeTransfer, transferFile, UploadTooLarge } from '../db';

export interface ServerOptions {
  /** Answers one API call (JournalWorkers.call: schema first, never throws). */
  call: (method: string, input: unknown) => Promise<ApiResult<unknown>>;
  staticDir: string;
  token?: string;
  port?: number;
  host?: string;
  /** The largest request body taken (default MAX_BODY; tests set a small one). */
  maxBody?: number;
  /** Where exports wait to be downloaded and uploads to be imported (db/common/transfers.ts); none: no /transfer routes. */
  transferDir?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

// Large enough for a whole journal uploaded for restore (base64), and for an
// attachment at its limit (core/attachments.ts) as base64 with room to spare.
const MAX_BODY = 300 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The HTTP status of a failed call, by its error's code. */
const STATUS: Record<ErrorCode, number> = {
  validation: 422, not_found: 422, conflict: 422, unknown_method: 404, unavailable: 503, bad_request: 400, internal: 500,
};

// The same policy the desktop shell serves its app:// pages with.
const CSP = CONTENT_SECURITY_POLICY;

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

/** decodeURIComponent, or null for a malformed escape (e.g. %E0%A4%A): a bad request, not a crash. */
function decodePath(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', extra: http.OutgoingHttpHeaders = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: ApiResult<unknown>) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

function readBody(req: http.IncomingMessage, maxBody: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Over the limit the rest is read and dropped (not kept), so the page receives the answer rather than a cut connection.
      if (size > maxBody) chunks.length = 0;
      else chunks.push(chunk);
    });
    req.on('end', () => (size > maxBody ? reject(new Error('tooLarge')) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

export function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const host = options.host ?? '127.0.0.1';
  const maxBody = options.maxBody ?? MAX_BODY;
  const staticDir = path.resolve(options.staticDir);
  const assetsDir = path.join(staticDir, 'assets');
  let allowedHosts: Set<string> = new Set();

  const failure = (key: string) => ({ ok: false as const, error: { code: 'internal' as const, key, issues: [] } });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    // DNS rebinding: the Host header must name this server by a loopback name.
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 421, 'Misdirected request: unknown Host.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')) ) return send(res, 403, 'Forbidden: foreign Origin.');
    if (req.headers['sec-fetch-site'] === 'cross-site') return send(res, 403, 'Forbidden: cross-site request.');

    if (url.pathname.startsWith('/transfer') && options.transferDir) return transfer(url.pathname, req, res, options.transferDir);

    if (url.pathname.startsWith('/api/')) {
      const given = String(req.headers['x-rapport-token'] ?? '');
      if (!safeEqual(given, token)) return sendJson(res, 401, failure('forbidden'));
      if (req.method !== 'POST') return sendJson(res, 405, failure('methodNotAllowed'));
      if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return sendJson(res, 415, failure('badRequest'));
      let input: unknown;
      try {
        const body = await readBody(req, maxBody);
        // Refused before it is parsed: a body of '[' alone would make the parser build millions of arrays.
        if (jsonNestsDeeperThan(body, MAX_INPUT_DEPTH)) return sendJson(res, 400, { ok: false, error: INPUT_TOO_DEEP });
        input = body.trim() === '' ? undefined : JSON.parse(body);
      } catch (err) {
        // Over the body limit: named, so the manager knows what was refused (core/attachments.ts names the per-file one).
        if (err instanceof Error && err.message === 'tooLarge') {
          const key = 'requestTooLarge';
          return sendJson(res, 413, { ok: false, error: { code: 'bad_request', key, issues: [{ path: [], key, params: { max: formatLimit(maxBody) } }] } });
        }
        return sendJson(res, 400, failure('badRequest'));
      }
      const method = decodePath(url.pathname.slice(5));
      if (method === null) return sendJson(res, 400, failure('badRequest'));
      const result = await options.call(method, input);
      return sendJson(res, result.ok ? 200 : STATUS[result.error.code], result);
    }

    // Pages and assets hold no secret and need no token. The token is never
    // put in a cookie (cookies ignore ports: every other server on 127.0.0.1
    // would receive it): the page reads it from the link once, keeps it in
    // sessionStorage (per origin, so per port) and sends it as a header.
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed.');
    return serveStatic(url.pathname, res);
  }

  /**
   * Large files in and out, streamed (db/common/transfers.ts). POST /transfer
   * takes an upload (the token required, as for the API) and answers its id.
   * GET /transfer/<id>/<name> sends an export the journal wrote, once: a
   * download is a navigation and cannot carry the token, so the id (128
   * random bits, made for this one export) is its proof, and it is removed
   * once sent.
   */
  async function transfer(pathname: string, req: http.IncomingMessage, res: http.ServerResponse, dir: string) {
    if (pathname === '/transfer' && req.method === 'POST') {
      if (!safeEqual(String(req.headers['x-rapport-token'] ?? ''), token)) return sendJson(res, 401, failure('forbidden'));
      try {
        const upload = await receiveUpload(dir, req, MAX_UPLOAD_BYTES);
        return sendJson(res, 200, { ok: true, value: { upload } });
      } catch (err) {
        if (!(err instanceof UploadTooLarge)) throw err;
        const key = 'requestTooLarge';
        res.setHeader('Connection', 'close');
        return sendJson(res, 413, { ok: false, error: { code: 'bad_request', key, issues: [{ path: [], key, params: { max: formatLimit(MAX_UPLOAD_BYTES) } }] } });
      }
    }
    const [, , id = '', name = ''] = pathname.split('/');
    const file = transferFile(dir, id);
    if (req.method !== 'GET' || !file || !fs.existsSync(file)) return send(res, 404, 'Not found.');
    const fileName = (decodePath(name) ?? '').replace(/[^A-Za-z0-9._-]/g, '') || 'rapport-export.zip';
    res.writeHead(200, {
      'Content-Type': 'application/zip',
      'Content-Length': fs.statSync(file).size,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    const stream = fs.createReadStream(file);
    // Sent or broken off: either way it is not sent twice.
    res.once('close', () => {
      stream.destroy();
      removeTransfer(dir, id);
    });
    stream.pipe(res);
  }

  function serveStatic(pathname: string, res: http.ServerResponse) {
    const decoded = decodePath(pathname);
    if (decoded === null) return send(res, 400, 'Bad request: malformed address.');
    const relative = decoded.replace(/^\/+/, '');
    let file = path.resolve(staticDir, relative || 'index.html');
    if (!file.startsWith(staticDir + path.sep) && file !== staticDir) return send(res, 403, 'Forbidden.');
    const ext = path.extname(file);
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (ext) return send(res, 404, 'Not found.');
      file = path.join(staticDir, 'index.html'); // client-side routes
    }
    const body: Buffer = fs.readFileSync(file);
    // The build names each script and style by its content (assets/name-HASH.js): kept by the browser, so a page
    // opened again in the same run reads them, and V8's compiled code, from its cache. The page itself is never kept.
    const kept = path.dirname(file) === assetsDir ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    return send(res, 200, body, MIME[path.extname(file)] ?? 'application/octet-stream', { 'Content-Security-Policy': CSP, ...kept });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[rapport] request failed:', err);
      if (!res.headersSent) sendJson(res, 500, failure('internal'));
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise<void>((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}
