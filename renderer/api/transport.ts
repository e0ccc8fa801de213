// How a call reaches the journal: the Electron preload bridge when it is
// there, else POST /api/<method> to the browser-mode server. Shared by the
// app (api/client.ts) and the start's early reads (early-reads.ts, built to
// a small script of its own), which ask the first screen's questions before
// the app's code has even loaded.
import type { MethodName } from '../../core/contract';
import type { ApiResult } from '../../core/errors';

const TOKEN_KEY = 'rapport-token';

/**
 * Browser mode: the printed link carries ?token= once. It is moved into
 * sessionStorage (kept per origin, i.e. per port, and per tab) and taken out
 * of the address bar and history; it travels only in the X-Rapport-Token
 * header, never in a cookie, which every other server on 127.0.0.1 would get.
 */
function takeTokenFromAddress(): void {
  if (typeof window === 'undefined' || window.rapport) return;
  const url = new URL(window.location.href);
  const given = url.searchParams.get('token');
  if (given === null) return;
  if (given !== '') window.sessionStorage.setItem(TOKEN_KEY, given);
  url.searchParams.delete('token');
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}
takeTokenFromAddress();

function browserToken(): string {
  return window.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** False in browser mode when the page was opened without the link that carries the token. */
export function hasBrowserToken(): boolean {
  return Boolean(window.rapport) || browserToken() !== '';
}

async function overHttp(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Rapport-Token': browserToken() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return { ok: false, error: { code: 'internal', key: 'offline', issues: [] } };
  }
  try {
    return (await response.json()) as ApiResult<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };
  }
}

function send(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  const bridge = window.rapport;
  if (!bridge) return overHttp(method, input);
  // A print window's bridge has only the pack's reads.
  if (typeof bridge[method] !== 'function') return Promise.resolve({ ok: false, error: { code: 'internal', key: 'forbidden', issues: [] } });
  return bridge[method](input);
}

/** One call's key: the method and its input, whatever the order of the input's fields. */
function keyOf(method: MethodName, input: unknown): string {
  // Plain code-unit order: localeCompare would load the collator's data first (some 50 ms on the start's path).
  const fields = input && typeof input === 'object' ? Object.entries(input).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : [];
  return `${method} ${JSON.stringify(fields)}`;
}

// Answers asked for before the app asked: each is used once, only while the
// start lasts (a journal written to later must be read again), and never
// when it failed (a locked journal's "locked" is asked again once unlocked).
// Kept on the window: early-reads.js is a script of its own, bundled apart.
const early = (window.rapportEarlyReads ??= new Map<string, Promise<ApiResult<unknown>>>());
const EARLY_KEPT_MS = 15_000;

/** Asks now; the app's first identical call takes this answer. */
export function askEarly(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  const key = keyOf(method, input);
  const answer = send(method, input);
  early.set(key, answer);
  setTimeout(() => early.delete(key), EARLY_KEPT_MS);
  return answer;
}

/** Any write ends the start: an answer asked before it may no longer be true. */
export function forgetEarlyReads(): void {
  early.clear();
}

/** A call to the journal, answered by an early read where one is waiting. */
export function callJournal(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  const key = keyOf(method, input);
  const asked = early.get(key);
  if (!asked) return send(method, input);
  early.delete(key);
  return asked.then((result) => (result.ok ? result : send(method, input)));
}

/**
 * A large file to the journal without holding it in the page: browser mode
 * posts the picked file itself (the browser streams it from the disk) to
 * /transfer, which keeps it for one import and answers its id.
 */
export async function uploadFile(file: Blob): Promise<ApiResult<{ upload: string }>> {
  try {
    const response = await fetch('/transfer', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Rapport-Token': browserToken() },
      body: file,
    });
    return (await response.json()) as ApiResult<{ upload: string }>;
  } catch {
    return { ok: false, error: { code: 'internal', key: 'offline', issues: [] } };
  }
}

/** Where an export written for download (exportArchive) is fetched, once, by a plain link: the browser streams it to the disk. */
export function transferUrl(download: string, fileName: string): string {
  return `/transfer/${encodeURIComponent(download)}/${encodeURIComponent(fileName)}`;
}

