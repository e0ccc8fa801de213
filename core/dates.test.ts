import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, fromDayNumber, isIsoDate, isoWeek, toDayNumber, todayIso } from './dates';

/** The same conversions through Date, to check the fast ones against. */
const viaDate = {
  toDay: (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000,
  fromDay: (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10),
};

describe('day numbers', () => {
  it('agree with Date for any day from 1900 to 2200', () => {
    fc.assert(fc.property(fc.integer({ min: -25_567, max: 84_000 }), (day) => {
      const iso = viaDate.fromDay(day);
      expect(fromDayNumber(day)).toBe(iso);
      expect(toDayNumber(iso)).toBe(viaDate.toDay(iso));
    }), { numRuns: 2000 });
  });

  it('handle leap days and century years', () => {
    expect(fromDayNumber(toDayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(fromDayNumber(toDayNumber('2100-02-28') + 1)).toBe('2100-03-01');
    expect(fromDayNumber(toDayNumber('2000-02-28') + 1)).toBe('2000-02-29');
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2026-11-27T23:59:59.000Z')).toBe(toDayNumber('2026-11-27'));
  });
});

describe('date arithmetic', () => {
  it('adds days and months, and counts the days between', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28'); // the month's last day, not March
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('tells valid ISO dates from others', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
  });

  it("gives today as the machine's calendar shows it", () => {
    expect(todayIso(new Date(2026, 10, 27, 23, 30))).toBe('2026-11-27');
  });
});

describe('isoWeek', () => {
  it('numbers weeks as ISO 8601 does, with the year the Thursday decides', () => {
    expect(isoWeek('2026-11-27')).toBe('2026-W48');
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeek('2024-12-30')).toBe('2025-W01'); // a Monday: already week 1 of 2025
    expect(isoWeek('2026-11-27T23:59:59.000Z')).toBe('2026-W48');
  });

  it('changes week on Mondays only', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 40_000 }), (day) => {
      const iso = fromDayNumber(day);
      const monday = new Date(`${iso}T00:00:00Z`).getUTCDay() === 1;
      expect(isoWeek(fromDayNumber(day - 1)) !== isoWeek(iso)).toBe(monday);
    }), { numRuns: 500 });
  });
});
