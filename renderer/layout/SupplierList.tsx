// The sidebar's suppliers: one link each, with small badges for what needs
// attention. A long list is virtualised inside the sidebar's own scroller:
// a journal of 200 suppliers then draws the twenty or so in view, not 200.
import { useVirtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { AlertTriangle, Clock } from 'lucide-react';
import * as Tooltip from '@radix-ui/react-tooltip';
import { memo, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { SupplierSummary } from '../../core/views';
import { spacedItems, useScrollMargin } from '../components/scroll';

/** Lists of this many suppliers or more are virtualised. */
const VIRTUAL_FROM = 60;
const LINK_HEIGHT = 32;

export type Counted = (key: 'sidebar.overdue' | 'sidebar.incidents', count: number) => string;

interface LinkProps {
  supplier: SupplierSummary;
  active: boolean;
  counted: Counted;
  /** Position and length, for a screen reader, when only part of the list is in the page. */
  position?: { index: number; size: number };
  measure?: (el: HTMLLIElement | null) => void;
}

// Memoised, with the counted phrases shared. A plain link to the route's hash
// (the router follows the hash), as a router Link per row costs several hooks each.
const SupplierLink = memo(function SupplierLink({ supplier, active, counted, position, measure }: LinkProps) {
  const overdue = supplier.overduePromises > 0 ? counted('sidebar.overdue', supplier.overduePromises) : '';
  const incidents = supplier.openIncidents > 0 ? counted('sidebar.incidents', supplier.openIncidents) : '';
  const nameRef = useRef<HTMLSpanElement>(null);
  // The whole name beside a name cut off, on hover and on keyboard focus alike.
  const [showName, setShowName] = useState(false);
  const cut = () => !!nameRef.current && nameRef.current.scrollWidth > nameRef.current.clientWidth;
  return (
    <li ref={measure} data-index={position?.index} aria-posinset={position && position.index + 1} aria-setsize={position?.size}>
      <Tooltip.Root open={showName} onOpenChange={(open) => setShowName(open && cut())}>
        <Tooltip.Trigger asChild>
          <a
            href={`#/suppliers/${supplier.id}`}
            aria-current={active ? 'page' : undefined}
            className={clsx('side-link supplier-link', active && 'active', supplier.status === 'ended' && 'ended')}
          >
            <span ref={nameRef} className="supplier-link-name">{supplier.name}</span>
            <span className="supplier-badges">
              {overdue && (
                <span className="badge badge-warning" title={overdue}>
                  <Clock size={12} aria-hidden="true" />
                  <span aria-hidden="true">{supplier.overduePromises}</span>
                  <span className="visually-hidden">{overdue}</span>
                </span>
              )}
              {incidents && (
                <span className="badge badge-danger" title={incidents}>
                  <AlertTriangle size={12} aria-hidden="true" />
                  <span aria-hidden="true">{supplier.openIncidents}</span>
                  <span className="visually-hidden">{incidents}</span>
                </span>
              )}
            </span>
          </a>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content side="right" sideOffset={6} className="name-tooltip">
            {supplier.name}
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </li>
  );
});

interface ListProps {
  suppliers: SupplierSummary[];
  current: number;
  counted: Counted;
  labelledBy: string;
  /** The sidebar's scrolling element; a long list draws only what is in view there. */
  scroller: HTMLElement | null;
}

export function SupplierList(props: ListProps) {
  if (props.suppliers.length >= VIRTUAL_FROM) return <VirtualSupplierList {...props} />;
  return <PlainSupplierList {...props} />;
}

function PlainSupplierList({ suppliers, current, counted, labelledBy }: ListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // A supplier opened from elsewhere (the dashboard, a search) is shown in the sidebar too.
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest' });
  }, [current]);
  return (
    <ul ref={listRef} className="side-list" aria-labelledby={labelledBy}>
      {suppliers.map((s) => <SupplierLink key={s.id} supplier={s} active={s.id === current} counted={counted} />)}
    </ul>
  );
}

/**
 * Only the links in view (and a few either side) are in the page, between two
 * spacers. Tab still walks the whole list: focusing the last link drawn scrolls
 * it into view, which draws the next ones.
 */
function VirtualSupplierList({ suppliers, current, counted, labelledBy, scroller }: ListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  // Re-measured whenever anything in the sidebar changes height (the list of active suppliers above the ended ones).
  const margin = useScrollMargin(listRef, scroller, '.sidebar-nav__content');
  const virtualizer = useVirtualizer({
    count: suppliers.length,
    getScrollElement: () => scroller,
    estimateSize: () => LINK_HEIGHT,
    overscan: 8,
    scrollMargin: margin,
    // Before the sidebar is measured: about a screenful, so the list is never drawn empty.
    initialRect: { width: 240, height: 900 },
  });
  const { items, before, after } = spacedItems(virtualizer, margin);
  // Tab from the last link drawn (or Shift+Tab from the first) moves to the next
  // supplier even when it is not drawn yet: however fast the keys come, focus
  // walks the whole list and never jumps out of it halfway.
  const pendingFocus = useRef<number | null>(null);
  const onKeyDown = (e: ReactKeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
    const at = Number((e.target as HTMLElement).closest('li')?.dataset.index);
    if (!Number.isInteger(at)) return;
    const next = at + (e.shiftKey ? -1 : 1);
    if (next < 0 || next >= suppliers.length) return;
    if (listRef.current?.querySelector(`li[data-index="${next}"] a`)) return;
    e.preventDefault();
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  useLayoutEffect(() => {
    if (pendingFocus.current === null) return;
    const link = listRef.current?.querySelector<HTMLElement>(`li[data-index="${pendingFocus.current}"] a`);
    if (!link) return;
    pendingFocus.current = null;
    link.focus();
  });
  const currentIndex = suppliers.findIndex((s) => s.id === current);
  // A supplier opened from elsewhere is scrolled into view here, if it is out of it.
  useEffect(() => {
    if (currentIndex >= 0 && scroller) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, scroller, virtualizer]);
  return (
    <ul ref={listRef} className="side-list is-virtual" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
      {before > 0 && <li aria-hidden="true" className="side-spacer" style={{ height: before }} />}
      {items.map((item) => {
        const s = suppliers[item.index]!;
        return (
          <SupplierLink
            key={s.id}
            supplier={s}
            active={s.id === current}
            counted={counted}
            position={{ index: item.index, size: suppliers.length }}
            measure={virtualizer.measureElement}
          />
        );
      })}
      {after > 0 && <li aria-hidden="true" className="side-spacer" style={{ height: after }} />}
    </ul>
  );
}
