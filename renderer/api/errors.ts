// A failed call in the manager's language: the journal answers with a
// catalogue key and its issues (core/errors.ts); anything else (the network,
// a bug) reads as the catalogue's "internal" message.
import type { TFunction } from 'i18next';
import type { ApiError, FieldIssue } from '../../core/errors';
import { ApiFailure } from './client';

export function apiError(error: unknown): ApiError {
  return error instanceof ApiFailure ? error.error : { code: 'internal', key: 'internal', issues: [] };
}

/** The translated message of a failed call. */
export function errorText(t: TFunction, error: unknown): string {
  const { key, issues } = apiError(error);
  return t([`errors:${key}`, 'errors:internal'], issues.find((i) => i.key === key)?.params ?? {});
}

/** The issues of a failure that say more than its headline. */
export function detailIssues(error: unknown): FieldIssue[] {
  const { key, issues } = apiError(error);
  return issues.filter((i) => i.key !== key);
}

/** One field issue, translated. */
export function issueMessage(t: TFunction, issue: Pick<FieldIssue, 'key' | 'params'>): string {
  return t([`errors:${issue.key}`, 'errors:invalid'], issue.params);
}
