// The one gate every shell passes a call through: known method, input parsed
// by its schema, errors turned into the shared ApiError shape. answerCall is
// that shape on its own, for the journal's methods here and the file and
// session methods of the shells (db/worker/host.ts, db/shell/session.ts).
import type { z } from 'zod';
import { contract, isFileMethod, isMethodName, isReadMethod, isSessionMethod, type JournalHandlers, type MethodName, type OutputOf, type ReadHandlers } from './contract';
import { JournalError, storageProblem, validationError, type ApiResult } from './errors';

const UNKNOWN_METHOD: ApiResult<never> = { ok: false, error: { code: 'unknown_method', key: 'unknownMethod', issues: [] } };

export function dispatch(handlers: JournalHandlers, name: string, rawInput: unknown): ApiResult<unknown> {
  // File and session methods belong to the shell (JournalHost, JournalSession), not to the journal itself.
  if (!isMethodName(name) || isFileMethod(name) || isSessionMethod(name)) return UNKNOWN_METHOD;
  return answerCall(name, contract[name].input, rawInput, (input) => {
    const run = handlers[name] as (this: JournalHandlers, input: unknown) => OutputOf<MethodName>;
    return run.call(handlers, input);
  });
}

/** dispatch for a reading worker: only the read methods, so only what a ReadHandlers has. */
export function dispatchRead(handlers: ReadHandlers, name: string, rawInput: unknown): ApiResult<unknown> {
  if (!isReadMethod(name)) return UNKNOWN_METHOD;
  return answerCall(name, contract[name].input, rawInput, (input) => {
    const run = handlers[name] as (this: ReadHandlers, input: unknown) => OutputOf<MethodName>;
    return run.call(handlers, input);
  });
}

/**
 * One call, answered and never thrown: the raw input parsed by `schema` (null
 * reads as no input, so defaults apply), then `run`. A validation failure, a
 * JournalError or a storage problem comes back as its ApiError; anything
 * else is logged and answered `internal`.
 */
export function answerCall<S extends z.ZodType, O>(
  name: string, schema: S, rawInput: unknown, run: (input: z.output<S>) => O,
): ApiResult<O> {
  const parsed = schema.safeParse(rawInput === null ? undefined : rawInput);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error).toApiError() };
  try {
    return { ok: true, value: run(parsed.data) };
  } catch (err) {
    return failedCall(name, err);
  }
}

/** answerCall for work that finishes later: a rejection is answered as a throw would be. */
export async function answerCallAsync<S extends z.ZodType, O>(
  name: string, schema: S, rawInput: unknown, run: (input: z.output<S>) => Promise<O>,
): Promise<ApiResult<O>> {
  const started = answerCall(name, schema, rawInput, run);
  if (!started.ok) return started;
  try {
    return { ok: true, value: await started.value };
  } catch (err) {
    return failedCall(name, err);
  }
}

function failedCall(name: string, err: unknown): ApiResult<never> {
  const known = err instanceof JournalError ? err : storageProblem(err);
  if (known) return { ok: false, error: known.toApiError() };
  console.error(`[rapport] ${name} failed:`, err);
  return { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };
}
