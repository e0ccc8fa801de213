import { describe, expect, it } from 'vitest';
import { decimalSeparator, formatNumberInput, parseNumber } from './format';

describe('numbers typed and shown in the app’s language', () => {
  it('shows a number for editing with the language’s decimal separator and no grouping', () => {
    expect(decimalSeparator('nl')).toBe(',');
    expect(decimalSeparator('en')).toBe('.');
    expect(formatNumberInput(2.75, 'nl')).toBe('2,75');
    expect(formatNumberInput(2.75, 'en')).toBe('2.75');
    expect(formatNumberInput(120000, 'nl')).toBe('120000');
    expect(formatNumberInput(0.01, 'nl')).toBe('0,01');
  });

  it('reads what a Dutch manager types', () => {
    expect(parseNumber('3,5', 'nl')).toBe(3.5);
    expect(parseNumber('2,75', 'nl')).toBe(2.75);
    expect(parseNumber('0,5', 'nl')).toBe(0.5);
    expect(parseNumber('120.000', 'nl')).toBe(120000);
    expect(parseNumber('1.250,50', 'nl')).toBe(1250.5);
    expect(parseNumber('2.75', 'nl')).toBe(2.75);
    expect(parseNumber('−2', 'nl')).toBe(-2);
    expect(parseNumber(' ', 'nl')).toBeNull();
    expect(parseNumber('drie', 'nl')).toBeNaN();
  });

  it('reads what an English manager types', () => {
    expect(parseNumber('3.5', 'en')).toBe(3.5);
    expect(parseNumber('120,000', 'en')).toBe(120000);
    expect(parseNumber('1,250.50', 'en')).toBe(1250.5);
    expect(parseNumber('3,5', 'en')).toBe(3.5);
  });

  it('reads back every number it shows, in both languages', () => {
    for (const language of ['nl', 'en']) {
      for (const n of [0, 0.05, 1.5, 2.75, 10, 270, 1234.5, -0.75]) expect(parseNumber(formatNumberInput(n, language), language)).toBe(n);
    }
  });
});
