// The one gate every call passes: known method of the kinds the caller
// answers, input parsed by its schema, errors turned into the shared ApiError
// shape. Each side of the journal calls it once (db/worker/entry.ts for the
// journal's and the file's methods, db/shell/session.ts for the session's).
import type { z } from 'zod';
import { contract, kindOf, type MethodKind, type MethodName } from './contract';
import { JournalError, storageProblem, validationError, type ApiResult } from './errors';

const UNKNOWN_METHOD: ApiResult<never> = { ok: false, error: { code: 'unknown_method', key: 'unknownMethod', issues: [] } };

type Handler<O> = (this: unknown, input: unknown) => O;

/** The journal service's own methods (db/worker/journal.ts). */
export const JOURNAL_KINDS: readonly MethodKind[] = ['read', 'write'];

/**
 * One call to `handlers`, which answer the methods of `kinds` (by default the
 * journal's reads and writes): any other name is unknown here.
 */
export function dispatch(handlers: object, name: string, rawInput: unknown, kinds: readonly MethodKind[] = JOURNAL_KINDS): ApiResult<unknown> {
  const kind = kindOf(name);
  if (kind === null || !kinds.includes(kind)) return UNKNOWN_METHOD;
  return answerCall(name, contract[name as MethodName].input, rawInput, (input) => {
    const run = (handlers as Record<string, Handler<unknown>>)[name]!;
    return run.call(handlers, input);
  });
}

/** dispatch for handlers that answer later (the host's file methods, the session's). */
export async function dispatchAsync(handlers: object, name: string, rawInput: unknown, kinds: readonly MethodKind[]): Promise<ApiResult<unknown>> {
  const kind = kindOf(name);
  if (kind === null || !kinds.includes(kind)) return UNKNOWN_METHOD;
  return answerCallAsync(name, contract[name as MethodName].input, rawInput, (input) => {
    const run = (handlers as Record<string, Handler<Promise<unknown>>>)[name]!;
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
