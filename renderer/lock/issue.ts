// The one issue a refused lock action shows beside its field: the issue the
// error is named after, else its first, else the error itself.
import type { FieldIssue } from '../../core/errors';
import { apiError } from '../api/errors';

export type Issue = Pick<FieldIssue, 'key' | 'params'> & { path?: FieldIssue['path'] };

export function issueOf(error: unknown): Issue {
  const { key, issues } = apiError(error);
  return issues.find((i) => i.key === key) ?? issues[0] ?? { key, params: {} };
}
