// A day in words in the manager's language, through Intl (no hand-made
// formats): the screens (renderer/i18n/format.ts) and the texts the journal
// writes itself in a language (a meeting's points, its minutes) say a date alike.
const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

export function localeOf(language: string): string {
  return locales[language] ?? 'en-GB';
}

// Building an Intl formatter costs far more than using one: one per locale and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** ISO date (YYYY-MM-DD) to a local date string, read as a calendar day (no time zone shift). */
export function formatDate(iso: string | null | undefined, language: string, style: 'short' | 'medium' | 'long' = 'medium'): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return dateFormat(localeOf(language), { dateStyle: style, timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A translation's parameters with every ISO day among them in words (a point's "overdue since …"). */
export function datesInWords<P extends Record<string, string | number>>(params: P, language: string): P {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'string' && ISO_DAY.test(v) ? formatDate(v, language) : v])) as P;
}
