// The contract value's currency: chosen per supplier, defaulting to the one of
// the computer's region (nl-NL: EUR, en-US: USD, en-GB: GBP), Intl for names.

/** The currencies offered in the supplier form, most used by Rapport's managers first. */
export const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'CAD', 'AUD', 'JPY'] as const;

const EURO = ['NL', 'BE', 'DE', 'FR', 'IE', 'ES', 'IT', 'AT', 'FI', 'PT', 'LU', 'GR', 'SK', 'SI', 'EE', 'LV', 'LT', 'MT', 'CY', 'HR'];
const BY_REGION: Record<string, string> = {
  ...Object.fromEntries(EURO.map((r) => [r, 'EUR'])),
  US: 'USD', GB: 'GBP', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK', CA: 'CAD', AU: 'AUD', JP: 'JPY',
};

/** The first of the user's locales whose region has a currency we offer; else the euro. */
export function defaultCurrency(locales: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): string {
  for (const tag of locales) {
    try {
      const region = new Intl.Locale(tag).maximize().region;
      if (region && BY_REGION[region]) return BY_REGION[region];
    } catch {
      // A malformed language tag: try the next one.
    }
  }
  return 'EUR';
}

/** "EUR – euro" in the language on screen, for the currency picker. */
export function currencyLabel(code: string, locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'currency' }).of(code);
  return name && name !== code ? `${code} – ${name}` : code;
}
