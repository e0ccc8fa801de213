// The renderer's one way to the journal: the Electron preload bridge when it
// is there, else POST /api/<method> to the browser-mode server. Both answer
// with an ApiResult; failures become ApiFailure, which forms show per field.
import type { MethodName, RapportApi } from '../../core/contract';
import type { ApiError, ApiResult } from '../../core/errors';

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.key);
  }
}

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

function call(method: MethodName, input: unknown): Promise<ApiResult<unknown>> {
  const bridge = window.rapport;
  if (!bridge) return overHttp(method, input);
  // A print window's bridge has only the pack's reads.
  if (typeof bridge[method] !== 'function') return Promise.resolve({ ok: false, error: { code: 'internal', key: 'forbidden', issues: [] } });
  return bridge[method](input);
}

export const shellKind: 'electron' | 'browser' = window.rapportShell?.kind ?? 'browser';

// A proxy rather than a table built from the contract: the contract's
// runtime part is zod and every schema, which the start screen never needs
// (the types still allow only the contract's methods).
const methods = new Map<string, (input: unknown) => Promise<unknown>>();
export const api = new Proxy({} as RapportApi, {
  get(_target, method) {
    if (typeof method !== 'string') return undefined;
    let fn = methods.get(method);
    if (!fn) {
      fn = async (input: unknown) => {
        const result = await call(method as MethodName, input);
        if (!result.ok) throw new ApiFailure(result.error);
        return result.value;
      };
      methods.set(method, fn);
    }
    return fn;
  },
});
