// Helpers for lists virtualised inside the page's own scroller (the app's
// <main>, or the window in a bare page): which element scrolls, and where
// the list starts inside it.
import { useLayoutEffect, useState, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically, or null when the window does. */
export function findScrollParent(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    if (p === document.body || p === document.documentElement) return null;
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') && p.scrollHeight >= p.clientHeight) return p;
  }
  return null;
}

/**
 * Keeps a virtualiser's scroll margin equal to the list's offset inside its
 * scroller, re-measured whenever `container` (what sits above the list) changes size.
 */
export function useScrollMargin(listRef: RefObject<HTMLElement | null>, scroller: HTMLElement | null, containerSelector: string) {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      const list = listRef.current;
      if (!list) return;
      const top = list.getBoundingClientRect().top;
      const next = scroller ? top - scroller.getBoundingClientRect().top + scroller.scrollTop : top + window.scrollY;
      setMargin((m) => (Math.abs(m - next) > 0.5 ? next : m));
    };
    measure();
    const observer = new ResizeObserver(measure);
    const page = listRef.current?.closest(containerSelector) ?? document.body;
    observer.observe(page);
    return () => observer.disconnect();
  }, [listRef, scroller, containerSelector]);
  return margin;
}

interface VirtualWindow<T extends { start: number; end: number }> {
  getVirtualItems: () => T[];
  getTotalSize: () => number;
}

/**
 * The items a virtualiser draws, and the heights of the spacers that stand in
 * for the items above and below them (for lists and tables drawn in flow,
 * where items cannot be positioned absolutely).
 */
export function spacedItems<T extends { start: number; end: number }>(virtualizer: VirtualWindow<T>, margin: number) {
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  const before = first ? first.start - margin : 0;
  const after = last ? virtualizer.getTotalSize() - (last.end - margin) : 0;
  return { items, before, after };
}
