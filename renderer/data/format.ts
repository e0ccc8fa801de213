// Small formatting and error helpers shared by the data screens.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldIssue } from '../../core/errors';
import { ApiFailure } from '../api/client';
import { localeOf, numberFormat } from '../i18n/format';

/** A file size in the language on screen: "820 kB", "1,4 MB". */
export function useFileSize() {
  const { i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  return (bytes: number) => {
    const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
    return numberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 ? 1 : 0 }).format(value);
  };
}

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
