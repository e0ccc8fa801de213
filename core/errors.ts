// One error shape for every shell. The renderer translates `key` (with
// `params`) and shows each field issue beside its field.
import type { z } from 'zod';
import { MAX_ATTACHMENT_BYTES, formatLimit } from './attachment-limits';

/** bad_request: the input as a whole cannot be taken (before any schema reads it, e.g. core/nesting.ts). */
export type ErrorCode = 'validation' | 'not_found' | 'conflict' | 'unknown_method' | 'unavailable' | 'bad_request' | 'internal';

export interface FieldIssue {
  /** Path into the input, e.g. ['contacts', 0, 'email']. */
  path: (string | number)[];
  /** Translation key under `errors.`, e.g. 'required', 'tooLong', 'dueBeforeMade'. */
  key: string;
  params: Record<string, string | number>;
}

export interface ApiError {
  code: ErrorCode;
  /** Translation key under `errors.` for the whole failure. */
  key: string;
  issues: FieldIssue[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class JournalError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(key);
  }
  toApiError(): ApiError {
    return { code: this.code, key: this.key, issues: this.issues };
  }
}

const customKeys = new Set([
  'required', 'invalidDate', 'invalidEmail', 'tagComma', 'endBeforeStart', 'dueBeforeMade', 'openHasNoSettledDate',
  'settledDateRequired', 'settledBeforeMade', 'resolvedBeforeStart', 'scoreRequired', 'invalidCharacter', 'invalidCurrency',
  'invalidTime', 'invalidAgendaKey', 'periodEndBeforeStart', 'duplicateWarningDays', 'passphraseTooShort',
  'attachmentTooLarge', 'invalidFileName', 'invalidContent',
]);

/** Keys whose message names a fixed value (a limit): the schema's message cannot carry it. */
const FIXED_PARAMS: Record<string, Record<string, string>> = {
  attachmentTooLarge: { max: formatLimit(MAX_ATTACHMENT_BYTES) },
};

/**
 * Was the value missing (rather than of the wrong type)? zod 4 keeps an
 * issue's `input` only when parsed with `reportInput`; otherwise its message
 * says what it received ("… received undefined"). Checked by
 * core/errors.test.ts, so a zod upgrade that changes either is caught.
 */
function missingValue(issue: z.core.$ZodIssueInvalidType): boolean {
  if ('input' in issue) return issue.input === undefined || issue.input === null;
  return /received (undefined|null)\s*$/.test(issue.message);
}

/** What a wrong-type value should have been, as a key that says so in words. */
const EXPECTED_KEYS: Record<string, string> = {
  number: 'expectedNumber', int: 'expectedWholeNumber', string: 'expectedText', boolean: 'expectedYesNo', date: 'invalidDate',
};

/** Maps a zod issue to a translation key the catalogues know. */
export function issueFromZod(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (customKeys.has(issue.message)) return { path, key: issue.message, params: FIXED_PARAMS[issue.message] ?? {} };
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return { path, key: 'required', params: {} };
      return { path, key: issue.origin === 'array' ? 'tooFew' : 'tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return {
        path,
        key: issue.origin === 'string' ? 'tooLong' : issue.origin === 'array' ? 'tooMany' : 'tooBig',
        params: { max: Number(issue.maximum) },
      };
    case 'invalid_type':
      if (missingValue(issue)) return { path, key: 'required', params: {} };
      return { path, key: EXPECTED_KEYS[String(issue.expected)] ?? 'invalidType', params: {} };
    case 'invalid_value':
    case 'invalid_union':
      return { path, key: 'invalidChoice', params: {} };
    case 'unrecognized_keys':
      return { path, key: 'unknownField', params: { fields: issue.keys.join(', ') } };
    default:
      return { path, key: 'invalid', params: {} };
  }
}

export function validationError(error: z.ZodError): JournalError {
  return new JournalError('validation', 'validation', error.issues.map(issueFromZod));
}

/**
 * A storage failure (SQLite or file system, by its error code) as an error the
 * manager can act on, or null for anything else: a full disk is not a bug.
 * The one classifier: the dispatcher, the host, backups and imports all use it.
 */
export function storageProblem(err: unknown): JournalError | null {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  const make = (key: string) => new JournalError('conflict', key, [{ path: [], key, params: {} }]);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return make('diskFull');
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return make('readOnlyJournal');
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM') return make('noPermission');
  if (code.startsWith('SQLITE_CANTOPEN')) return make('cannotOpen');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return make('journalBusy');
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return make('corruptJournal');
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return make('ioError');
  return null;
}
