// The renderer's one way to the journal: the Electron preload bridge when it
// is there, else POST /api/<method> to the browser-mode server. Both answer
// with an ApiResult; failures become ApiFailure, which forms show per field.
import { METHOD_NAMES, type MethodName, type RapportApi } from '../../core/contract';
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

export const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const result = await call(method, input);
      if (!result.ok) throw new ApiFailure(result.error);
      return result.value;
    },
  ]),
) as RapportApi;
