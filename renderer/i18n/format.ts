// Dates and numbers in the user's language, through Intl (no hand-made formats).
import { useTranslation } from 'react-i18next';

const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: string): string {
  return locales[language] ?? 'en-GB';
}

/** ISO date (YYYY-MM-DD) to a local date string, read as a calendar day (no time zone shift). */
export function formatDate(iso: string | null | undefined, language: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return new Intl.DateTimeFormat(localeOf(language), { dateStyle: style, timeZone: 'UTC' }).format(date);
}

export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(localeOf(language), options).format(value);
}

export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    date: (iso: string | null | undefined, style?: 'short' | 'medium' | 'long') => formatDate(iso, lang, style),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, lang, options),
    percent: (value: number) => formatNumber(value, lang, { style: 'percent', maximumFractionDigits: 0 }),
  };
}
