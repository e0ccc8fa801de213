import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/dates';
import { stepByDate, stepByIndex } from './chartKeys';

/** A point a day from 2026-01-01 to 2026-06-30. */
const dates = Array.from({ length: 181 }, (_, i) => addDays('2026-01-01', i));
const last = dates.length - 1;
const at = (iso: string) => dates.indexOf(iso);
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey });
const marks = [at('2026-02-10'), at('2026-03-05'), at('2026-05-20')];
const all = [0, last] as const;

describe('stepByDate', () => {
  it('moves a week with the arrows and a day with Shift', () => {
    const from = at('2026-03-10');
    expect(dates[stepByDate(dates, from, key('ArrowRight'), marks, all)!]).toBe('2026-03-17');
    expect(dates[stepByDate(dates, from, key('ArrowLeft'), marks, all)!]).toBe('2026-03-03');
    expect(dates[stepByDate(dates, from, key('ArrowRight', true), marks, all)!]).toBe('2026-03-11');
    expect(dates[stepByDate(dates, from, key('ArrowLeft', true), marks, all)!]).toBe('2026-03-09');
  });

  it('moves a calendar month with PageUp and PageDown, to the month\'s last day when it is shorter', () => {
    expect(dates[stepByDate(dates, at('2026-03-10'), key('PageDown'), marks, all)!]).toBe('2026-04-10');
    expect(dates[stepByDate(dates, at('2026-03-10'), key('PageUp'), marks, all)!]).toBe('2026-02-10');
    expect(dates[stepByDate(dates, at('2026-01-31'), key('PageDown'), marks, all)!]).toBe('2026-02-28');
  });

  it('goes to the ends with Home and End, and stops there', () => {
    expect(stepByDate(dates, 50, key('Home'), marks, all)).toBe(0);
    expect(stepByDate(dates, 50, key('End'), marks, all)).toBe(last);
    expect(stepByDate(dates, last - 2, key('ArrowRight'), marks, all)).toBe(last);
    expect(stepByDate(dates, 3, key('PageUp'), marks, all)).toBe(0);
  });

  it('jumps to the previous and next entry with [ and ], and stays put past the last', () => {
    expect(dates[stepByDate(dates, at('2026-03-01'), key(']'), marks, all)!]).toBe('2026-03-05');
    expect(dates[stepByDate(dates, at('2026-03-05'), key(']'), marks, all)!]).toBe('2026-05-20');
    expect(dates[stepByDate(dates, at('2026-03-05'), key('['), marks, all)!]).toBe('2026-02-10');
    expect(stepByDate(dates, at('2026-05-20'), key(']'), marks, all)).toBe(at('2026-05-20'));
    expect(stepByDate(dates, at('2026-02-10'), key('['), marks, all)).toBe(at('2026-02-10'));
  });

  it('keeps inside the zoomed window', () => {
    const window = [at('2026-02-01'), at('2026-03-31')] as const;
    expect(stepByDate(dates, at('2026-02-15'), key('Home'), marks, window)).toBe(window[0]);
    expect(stepByDate(dates, at('2026-03-28'), key('PageDown'), marks, window)).toBe(window[1]);
    // The entry of 20 May lies outside the window: ] stays on 5 March.
    expect(stepByDate(dates, at('2026-03-05'), key(']'), marks, window)).toBe(at('2026-03-05'));
    // A cursor left outside by a new zoom steps from the window's edge.
    expect(dates[stepByDate(dates, last, key('ArrowLeft', true), marks, window)!]).toBe('2026-03-30');
  });

  it('ignores other keys', () => {
    expect(stepByDate(dates, 10, key('a'), marks, all)).toBeNull();
    expect(stepByDate(dates, 10, key('Tab'), marks, all)).toBeNull();
  });

  it('steps over gaps between points to the nearest point on the far side', () => {
    const weekly = Array.from({ length: 10 }, (_, i) => addDays('2026-01-05', i * 7));
    expect(weekly[stepByDate(weekly, 2, key('ArrowRight', true), [], [0, 9])!]).toBe('2026-01-26');
    expect(weekly[stepByDate(weekly, 2, key('ArrowLeft', true), [], [0, 9])!]).toBe('2026-01-12');
  });
});

describe('stepByIndex', () => {
  it('moves a point with the arrows, perMonth points with PageUp/PageDown, and to the ends', () => {
    expect(stepByIndex(5, key('ArrowRight'), 20, 4)).toBe(6);
    expect(stepByIndex(5, key('PageUp'), 20, 4)).toBe(1);
    expect(stepByIndex(2, key('PageUp'), 20, 4)).toBe(0);
    expect(stepByIndex(5, key('End'), 20, 4)).toBe(20);
    expect(stepByIndex(5, key('Home'), 20, 4)).toBe(0);
    expect(stepByIndex(5, key(']'), 20, 4)).toBeNull();
  });
});
