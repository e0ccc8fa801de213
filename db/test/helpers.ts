import path from 'node:path';
import { dispatch } from '../../core/dispatch';
import type { InputOf, MethodName, OutputOf } from '../../core/contract';
import { JournalError, type ApiResult } from '../../core/errors';
import { openJournal, type Journal } from '../worker/journal';
import { tempDir } from './temp';

/** A Journal on this thread, for the shells' tests too (they reach db/ only through its door and db/test/). */
export { openJournal };

/** A file in a fresh temp folder, removed after the test file (db/test/temp.ts). */
export function tempFile(name = 'rapport.sqlite'): string {
  return path.join(tempDir(), name);
}

export async function freshJournal(today = '2026-06-15'): Promise<Journal> {
  return openJournal(tempFile(), { shell: 'browser', today: () => today });
}

/** Calls a method through the same gate the shells use (schema first). */
export function call<M extends MethodName>(journal: Journal, method: M, input: InputOf<M>): ApiResult<OutputOf<M>> {
  return dispatch(journal, method, input) as ApiResult<OutputOf<M>>;
}

export function ok<M extends MethodName>(journal: Journal, method: M, input: InputOf<M>): OutputOf<M> {
  const result = call(journal, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The JournalError a call throws (fails the test when it throws nothing, or something else). */
export function thrown(fn: () => unknown): JournalError {
  try {
    fn();
  } catch (err) {
    if (err instanceof JournalError) return err;
    throw err;
  }
  throw new Error('expected a JournalError');
}

/** Something that answers a call by name: a JournalHost (answer) or a JournalSession (call). */
type Answers =
  | { answer(name: string, input: unknown): Promise<ApiResult<unknown>> }
  | { call(name: string, input: unknown): Promise<ApiResult<unknown>> };

/** The value a call answers (fails the test with the error it answered instead). */
export async function value<T>(from: Answers, name: string, input: unknown = {}): Promise<T> {
  const r = 'answer' in from ? await from.answer(name, input) : await from.call(name, input);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}
