// Dates and numbers in the user's language, through Intl (no hand-made formats).
import { useTranslation } from 'react-i18next';
import { defaultCurrency } from './currency';

const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: string): string {
  return locales[language] ?? 'en-GB';
}

// Building an Intl formatter costs far more than using one (a dashboard of
// 200 suppliers formats a thousand values): one per locale and options.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<string, Intl.Collator>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** Sorting names in the user's language; `a.localeCompare(b, lang)` builds a collator on every call. */
export function collator(language: string): Intl.Collator {
  let c = collators.get(language);
  if (!c) collators.set(language, (c = new Intl.Collator(localeOf(language), { sensitivity: 'base', numeric: true })));
  return c;
}

/** ISO date (YYYY-MM-DD) to a local date string, read as a calendar day (no time zone shift). */
export function formatDate(iso: string | null | undefined, language: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat(localeOf(language), { dateStyle: style, timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

export function formatNumber(value: number, language: string, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(localeOf(language), options).format(value);
}

/** The decimal separator of a language, as Intl writes it (',' in Dutch, '.' in English). */
export function decimalSeparator(language: string): string {
  return numberFormat(localeOf(language)).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** A number as a field shows it for editing: the language's decimal separator, no grouping ("2,75" in Dutch). */
export function formatNumberInput(value: number, language: string): string {
  return numberFormat(localeOf(language), { useGrouping: false, maximumFractionDigits: 6 }).format(value);
}

/**
 * A number as typed, in the language on screen: '' is no value, unreadable text NaN. The language's
 * decimal separator reads as decimals ("3,5" is 3.5 in Dutch); with both separators the last one
 * does ("1.250,50" and "1,250.50" are 1250.5); a lone other separator before exactly three digits
 * groups thousands ("120.000" in Dutch, "120,000" in English), else it reads as decimals too.
 */
export function parseNumber(value: string, language: string): number | null {
  let text = value.replace(/[\s\u00a0€$£]/g, '').replace(/\u2212/g, '-');
  if (text === '') return null;
  const decimal = decimalSeparator(language);
  const lastComma = text.lastIndexOf(',');
  const lastDot = text.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    text = lastComma > lastDot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const groups = text.split(sep);
    const grouped = groups.length > 1 && groups.slice(1).every((g) => /^\d{3}$/.test(g)) && /^-?\d{1,3}$/.test(groups[0]!);
    if (grouped && (groups.length > 2 || sep !== decimal)) text = groups.join('');
    else if (groups.length === 2) text = groups.join('.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(text)) return Number.NaN;
  return Number(text);
}

/** A contract value in its currency (or the region's default), whole units: it is an order of magnitude, not an invoice. */
export function formatMoney(value: number, currency: string | null, language: string): string {
  const options = { style: 'currency', currency: currency ?? defaultCurrency(), minimumFractionDigits: 0, maximumFractionDigits: 0 } as const;
  return numberFormat(localeOf(language), options).format(value);
}

export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return {
    date: (iso: string | null | undefined, style?: 'short' | 'medium' | 'long') => formatDate(iso, lang, style),
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, lang, options),
    money: (value: number, currency: string | null) => formatMoney(value, currency, lang),
    percent: (value: number) => formatNumber(value, lang, { style: 'percent', maximumFractionDigits: 0 }),
  };
}

/** A timestamp (ISO 8601) as date and time in the language on screen. */
export function useDateTime() {
  const { i18n } = useTranslation();
  const formatter = dateFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : formatter.format(date);
  };
}
