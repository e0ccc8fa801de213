import { describe, expect, it } from 'vitest';
import { currencyLabel, defaultCurrency } from './currency';
import { formatMoney } from './format';

describe('contract currency', () => {
  it('defaults to the currency of the computer’s region', () => {
    expect(defaultCurrency(['nl-NL'])).toBe('EUR');
    expect(defaultCurrency(['en-US'])).toBe('USD');
    expect(defaultCurrency(['en-GB', 'nl'])).toBe('GBP');
    expect(defaultCurrency(['nl'])).toBe('EUR'); // maximised to nl-Latn-NL
    expect(defaultCurrency(['xx-invalid-tag-!', 'de-CH'])).toBe('CHF');
    expect(defaultCurrency([])).toBe('EUR');
  });

  it('formats a value in its currency, in the language on screen', () => {
    expect(formatMoney(168000, 'EUR', 'nl')).toBe('€\u00a0168.000');
    expect(formatMoney(168000, 'USD', 'en')).toBe('US$168,000');
    expect(formatMoney(168000.5, 'GBP', 'en')).toBe('£168,001');
    expect(currencyLabel('EUR', 'nl-NL')).toBe('EUR – Euro');
  });
});
