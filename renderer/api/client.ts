// The renderer's one way to the journal (api/transport.ts: the Electron
// preload bridge or the browser-mode server). Both answer with an
// ApiResult; failures become ApiFailure, which forms show per field.
import type { MethodName, RapportApi } from '../../core/contract';
import type { ApiError } from '../../core/errors';
import { callJournal, transferUrl, uploadFile } from './transport';

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.key);
  }
}

export { hasBrowserToken } from './transport';
export { transferUrl };

/** Uploads a picked file for one import (browser mode), answering its id for importUpload. */
export async function upload(file: Blob): Promise<string> {
  const result = await uploadFile(file);
  if (!result.ok) throw new ApiFailure(result.error);
  return result.value.upload;
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
        const result = await callJournal(method as MethodName, input);
        if (!result.ok) throw new ApiFailure(result.error);
        return result.value;
      };
      methods.set(method, fn);
    }
    return fn;
  },
});
