// The one gate every shell passes a call through: known method, input parsed
// by its schema, errors turned into the shared ApiError shape.
import { contract, isFileMethod, isMethodName, isSessionMethod, type JournalHandlers, type MethodName, type OutputOf } from './contract';
import { JournalError, storageProblem, validationError, type ApiResult } from './errors';

export function dispatch(handlers: JournalHandlers, name: string, rawInput: unknown): ApiResult<unknown> {
  // File and session methods belong to the shell (JournalHost, JournalSession), not to the journal itself.
  if (!isMethodName(name) || isFileMethod(name) || isSessionMethod(name)) return { ok: false, error: { code: 'unknown_method', key: 'unknownMethod', issues: [] } };
  const parsed = contract[name].input.safeParse(rawInput === null ? undefined : rawInput);
  if (!parsed.success) return { ok: false, error: validationError(parsed.error).toApiError() };
  try {
    const run = handlers[name] as (this: JournalHandlers, input: unknown) => OutputOf<MethodName>;
    return { ok: true, value: run.call(handlers, parsed.data) };
  } catch (err) {
    if (err instanceof JournalError) return { ok: false, error: err.toApiError() };
    const storage = storageProblem(err);
    if (storage) return { ok: false, error: storage.toApiError() };
    console.error(`[rapport] ${name} failed:`, err);
    return { ok: false, error: { code: 'internal', key: 'internal', issues: [] } };
  }
}
