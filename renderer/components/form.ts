// Glue between the core zod schemas, react-hook-form and the translated
// error keys of core/errors.ts. Field messages travel inside react-hook-form
// as JSON {key, params}, so a field shows the same text whether the error
// came from the form's own validation or from the journal.
import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldError as RhfFieldError, FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import type { z } from 'zod';
import { issueFromZod, type FieldIssue } from '../../core/errors';
import { ApiFailure } from '../api/client';
import i18n from '../i18n';
import { parseNumber } from '../i18n/format';

type Issue = Pick<FieldIssue, 'key' | 'params'>;

export function encodeIssue(issue: Issue): string {
  return JSON.stringify({ key: issue.key, params: issue.params });
}

/** The translated-error issue behind a react-hook-form field error. */
export function decodeIssue(error: Pick<RhfFieldError, 'message'> | undefined): Issue | undefined {
  if (!error) return undefined;
  const message = error.message ?? '';
  if (message.startsWith('{')) {
    try {
      const parsed = JSON.parse(message) as Issue;
      return { key: parsed.key, params: parsed.params ?? {} };
    } catch {
      /* fall through */
    }
  }
  return { key: message || 'invalid', params: {} };
}

/** zodResolver over a core schema, with every message turned into a catalogue key. */
export function schemaResolver<S extends z.ZodType>(schema: S, options: { raw?: boolean } = {}): Resolver<z.input<S> & FieldValues, unknown, z.output<S> & FieldValues> {
  const messages = {
    error: (iss: unknown) => encodeIssue(issueFromZod({ ...(iss as z.core.$ZodIssue), path: [], message: '' } as z.core.$ZodIssue)),
  };
  // raw: handleSubmit gets the form's own values (the schema only checks them).
  const resolver = options.raw ? zodResolver(schema as never, messages, { raw: true }) : zodResolver(schema as never, messages);
  return resolver as unknown as Resolver<z.input<S> & FieldValues, unknown, z.output<S> & FieldValues>;
}

/**
 * Puts the field issues of a failed save onto the form's fields.
 * Returns true when at least one issue found a field (the rest is for a summary).
 */
export function applyServerIssues<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly string[]): boolean {
  if (!(error instanceof ApiFailure)) return false;
  let placed = false;
  for (const issue of error.error.issues) {
    const path = issue.path.join('.');
    if (!path || !fields.some((f) => path === f || path.startsWith(`${f}.`))) continue;
    setError(path as Path<T>, { type: 'server', message: encodeIssue(issue) }, { shouldFocus: !placed });
    placed = true;
  }
  return placed;
}

/** Text from a number input, read in the language on screen ('' is no value; see parseNumber). */
export function parseNumberInput(value: unknown): number | null {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return null;
  return parseNumber(String(value), i18n.language);
}

/** register() options for a number field: '' → null, text → number (NaN when unreadable). */
export const asNumber = { setValueAs: parseNumberInput } as const;
