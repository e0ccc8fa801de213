import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../dates';
import { dayToIso, isoToDay } from './days';

describe('fast day conversions', () => {
  it('agree with core/dates for any day from 1900 to 2200', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
      const iso = fromDayNumber(day);
      expect(dayToIso(day)).toBe(iso);
      expect(isoToDay(iso)).toBe(toDayNumber(iso));
    }), { numRuns: 2000 });
  });

  it('handle leap days and century years', () => {
    expect(dayToIso(isoToDay('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dayToIso(isoToDay('2100-02-28') + 1)).toBe('2100-03-01');
    expect(dayToIso(isoToDay('2000-02-28') + 1)).toBe('2000-02-29');
    expect(isoToDay('1970-01-01')).toBe(0);
  });
});
