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

function browserToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="rapport-token"]')?.content ?? '';
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
  return bridge ? bridge[method](input) : overHttp(method, input);
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
