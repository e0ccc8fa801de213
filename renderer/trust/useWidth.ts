// The width of an element, kept up to date with a ResizeObserver: the charts
// downsample to about this many points.
import { useLayoutEffect, useRef, useState } from 'react';

/**
 * `measureNow: false` leaves the first width to the observer, which reports
 * after the browser's own layout: reading it at once forces a layout of the
 * whole page in the middle of the render (about 100 ms on the dashboard).
 * For what can be drawn first at a guessed width and corrected a frame later.
 */
export function useWidth<T extends HTMLElement>(initial = 800, { measureNow = true } = {}) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (measureNow) setWidth(el.clientWidth || initial);
    const observer = new ResizeObserver((records) => {
      const w = Math.round(records[0]?.contentRect.width ?? 0);
      if (w > 0) setWidth((prev) => (Math.abs(prev - w) >= 4 ? w : prev));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [initial, measureNow]);
  return [ref, width] as const;
}
