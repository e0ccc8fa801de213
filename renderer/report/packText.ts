// The words and number formats a pack is written in: the trust vocabulary
// plus the pack's dates, in the language of the <I18nextProvider> around it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { useTrustText } from '../trust/text';

export function usePackText() {
  const { t } = useTranslation('report');
  const trustText = useTrustText();
  const text = useMemo(
    () => ({ ...trustText, date: (iso: string | null | undefined, style: 'short' | 'medium' | 'long' = 'medium') => formatDate(iso, trustText.lang, style) }),
    [trustText],
  );
  return { t, text };
}

export type PackText = ReturnType<typeof usePackText>;

/** "1 Jan 2025 – 31 Dec 2025", in the pack's language. */
export function period({ t, text }: PackText, from: string, to: string): string {
  return t('periodRange', { from: text.date(from), to: text.date(to) });
}

/** Colours a change of two points or more: down red, up green. */
export function signClass(v: number | null): string | undefined {
  if (v === null) return undefined;
  return v <= -0.02 ? 'rp-down' : v >= 0.02 ? 'rp-up' : undefined;
}
