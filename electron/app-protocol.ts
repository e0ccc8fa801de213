// The app:// protocol: serves the built renderer (dist/renderer) to the window,
// nothing else. Kept free of Electron imports so it can be tested under Node.
//
//   app://rapport/index.html          -> <root>/index.html
//   app://rapport/assets/index-x.js   -> <root>/assets/index-x.js
//   app://rapport/suppliers/12        -> <root>/index.html   (SPA route: no extension)
//   app://rapport/../../etc/passwd    -> 403                 (never leaves <root>)
import fs from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'rapport';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export { CONTENT_SECURITY_POLICY } from '../core/csp';
import { CONTENT_SECURITY_POLICY } from '../core/csp';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type Resolved =
  | { kind: 'file'; file: string; spaFallback: boolean }
  | { kind: 'error'; status: 400 | 403 | 404 | 405 };

/**
 * Maps a request URL to a file under `root`, or to the HTTP status to answer.
 * Pure (no I/O): whether the file exists is decided by the caller.
 */
export function resolveAppUrl(root: string, rawUrl: string, method = 'GET'): Resolved {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'error', status: 405 };
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { kind: 'error', status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST) return { kind: 'error', status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'error', status: 400 };
  }
  // NUL bytes and backslashes have no business in our URLs (the latter is a
  // separator on Windows and could smuggle "..\" past the URL parser).
  if (pathname.includes('\0') || pathname.includes('\\')) return { kind: 'error', status: 403 };
  if (pathname === '' || pathname === '/') pathname = '/index.html';

  const base = path.resolve(root);
  const file = path.resolve(base, `.${pathname}`);
  if (file !== base && !file.startsWith(base + path.sep)) return { kind: 'error', status: 403 };
  if (file === base) return { kind: 'file', file: path.join(base, 'index.html'), spaFallback: false };
  // Dot-files (e.g. .DS_Store, .vite/manifest.json) are never part of the app.
  if (path.relative(base, file).split(path.sep).some((part) => part.startsWith('.'))) return { kind: 'error', status: 404 };
  return { kind: 'file', file, spaFallback: path.extname(file) === '' };
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function errorResponse(status: number): Response {
  const text = status === 404 ? 'Not found' : status === 405 ? 'Method not allowed' : status === 400 ? 'Bad request' : 'Forbidden';
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

async function readRegularFile(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return null;
    return await fs.readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return null;
    throw err;
  }
}

/** Answers one app:// request from the files under `root`. Never throws. */
export async function serveAppRequest(root: string, request: { url: string; method: string }): Promise<Response> {
  const resolved = resolveAppUrl(root, request.url, request.method);
  if (resolved.kind === 'error') return errorResponse(resolved.status);
  try {
    let file = resolved.file;
    let body = await readRegularFile(file);
    if (body === null && resolved.spaFallback) {
      // An unknown path without an extension is a client-side route.
      file = path.join(path.resolve(root), 'index.html');
      body = await readRegularFile(file);
    }
    if (body === null) return errorResponse(404);
    const headers = securityHeaders(mimeTypeOf(file));
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  } catch (err) {
    console.error('[rapport] app:// could not serve', request.url, err);
    return errorResponse(500);
  }
}
