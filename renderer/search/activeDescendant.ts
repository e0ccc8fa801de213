// cmdk 1.1.1 updates the combobox's aria-activedescendant only when it
// changes its own value: with the palette's controlled value it is missing at
// first and one option behind after each arrow key (dip/cmdk#413). This keeps
// it on the option marked aria-selected, so a screen reader reads that one.
import { useCallback, useRef } from 'react';

/** A ref for the Command root: keeps its input's and list's aria-activedescendant in step. */
export function useActiveDescendant(): (root: HTMLElement | null) => void {
  const observer = useRef<MutationObserver | null>(null);
  return useCallback((root: HTMLElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!root) return;
    const sync = () => {
      const id = root.querySelector('[cmdk-item][aria-selected="true"]')?.id;
      for (const el of root.querySelectorAll('[cmdk-input], [cmdk-list]')) {
        if (id && el.getAttribute('aria-activedescendant') !== id) el.setAttribute('aria-activedescendant', id);
        else if (!id && el.hasAttribute('aria-activedescendant')) el.removeAttribute('aria-activedescendant');
      }
    };
    observer.current = new MutationObserver(sync);
    observer.current.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-selected', 'aria-activedescendant'] });
    sync();
  }, []);
}
