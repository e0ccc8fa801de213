// A field of the meeting that saves itself: what is typed shows at once and
// is written a moment after the last key (and at once when the field is left
// or the screen closes), so a closed window or a crash loses at most that moment.
import { useCallback, useEffect, useRef, useState } from 'react';

const PAUSE_MS = 400;

export function useAutosaved<T>(initial: T, save: (value: T) => void): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState(initial);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next) saveRef.current(next.value);
  }, []);
  const change = useCallback((next: T) => {
    setValue(next);
    pending.current = { value: next };
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, PAUSE_MS);
  }, [flush]);
  useEffect(() => flush, [flush]);
  return [value, change, flush];
}
