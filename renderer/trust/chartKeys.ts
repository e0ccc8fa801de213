// Reading a chart point by point from the keyboard, shared by the comparison
// chart (a point a week) and a supplier's trust chart (a point a day): which
// key goes where, and the focused point's state. The read-out starts when the
// chart is reached by Tab or a key is pressed, never on a click, and is
// announced only while the keyboard moves it.
import { useState, type FocusEvent, type KeyboardEvent } from 'react';
import { addDays, addMonths, type IsoDate } from '../../core/dates';

export interface KeyMove {
  key: string;
  shiftKey: boolean;
}

/** Index of the first date on or after `iso` (dates sorted); `dates.length` when none. */
function firstAtOrAfter(dates: readonly IsoDate[], iso: IsoDate): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]! < iso) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last date on or before `iso` (dates sorted); -1 when none. */
function lastAtOrBefore(dates: readonly IsoDate[], iso: IsoDate): number {
  const i = firstAtOrAfter(dates, iso);
  return i < dates.length && dates[i] === iso ? i : i - 1;
}

/**
 * Where a key moves the cursor on a chart of dated points: arrows by a week
 * (with Shift by a day), PageUp/PageDown by a month, Home/End to the ends of
 * `bounds` (the zoomed window), `[` / `]` to the previous / next index in
 * `marks` (the points with journal entries, sorted). Null when the key is not
 * one of these; the index itself when there is nowhere further to go.
 */
export function stepByDate(
  dates: readonly IsoDate[], index: number, { key, shiftKey }: KeyMove,
  marks: readonly number[], bounds: readonly [number, number],
): number | null {
  const [lo, hi] = bounds;
  const clamp = (i: number) => Math.max(lo, Math.min(hi, i));
  const at = clamp(index);
  const from = dates[at]!;
  const forward = (iso: IsoDate) => clamp(firstAtOrAfter(dates, iso));
  const back = (iso: IsoDate) => clamp(lastAtOrBefore(dates, iso));
  const days = shiftKey ? 1 : 7;
  switch (key) {
    case 'ArrowRight': return forward(addDays(from, days));
    case 'ArrowLeft': return back(addDays(from, -days));
    case 'PageDown': return forward(addMonths(from, 1));
    case 'PageUp': return back(addMonths(from, -1));
    case 'Home': return lo;
    case 'End': return hi;
    case ']': return marks.find((m) => m > at && m <= hi) ?? at;
    case '[': return marks.findLast((m) => m < at && m >= lo) ?? at;
    default: return null;
  }
}

/** The same keys on a chart of evenly spaced points: `perMonth` points make a month; `[` and `]` are not used. */
export function stepByIndex(index: number, { key }: KeyMove, last: number, perMonth: number): number | null {
  const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, PageUp: -perMonth, PageDown: perMonth, Home: -Infinity, End: Infinity };
  if (!(key in step)) return null;
  return Math.max(0, Math.min(last, index + step[key]!));
}

export interface ChartCursor {
  index: number;
  byKeyboard: boolean;
}

/**
 * The focused point of a chart, and the props that give the chart's box its
 * keys: `step` says where a key goes from the current index (null: not ours),
 * `start` where the cursor begins (the latest point, usually). Escape and
 * leaving the chart clear it.
 */
export function useChartCursor(step: (index: number, key: KeyMove) => number | null, start: () => number) {
  const [cursor, setCursor] = useState<ChartCursor | null>(null);
  const keyProps = {
    tabIndex: 0,
    onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
      if (e.key === 'Escape') {
        if (cursor) e.stopPropagation();
        return setCursor(null);
      }
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const index = step(cursor?.index ?? start(), e);
      if (index === null) return;
      e.preventDefault();
      setCursor({ index, byKeyboard: true });
    },
    // Reached by Tab (not by a click): show where the cursor starts.
    onFocus: (e: FocusEvent<HTMLElement>) => {
      if (e.target === e.currentTarget && e.currentTarget.matches(':focus-visible')) setCursor({ index: cursor?.index ?? start(), byKeyboard: true });
    },
    onBlur: (e: FocusEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget)) setCursor(null);
    },
  };
  return { cursor, setCursor, keyProps };
}
