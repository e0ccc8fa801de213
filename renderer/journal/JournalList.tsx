// The journal, newest first, virtualised: only the rows in view are in the
// page, so a journal of thousands of entries scrolls as lightly as ten. The
// list scrolls with whatever scrolls the page (the window or a scrolling
// ancestor), so there is never a second scrollbar.
import { useVirtualizer, useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import clsx from 'clsx';
import { Lock, UserRound } from 'lucide-react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../core/types';
import { useFormat } from '../i18n/format';
import { findScrollParent, useScrollMargin } from '../components/scroll';
import { EntryFacts } from './facts';
import { KindBadge } from './kinds';

const ESTIMATE = 92;

export function excerpt(body: string, max = 180): string {
  const line = body.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export function EntryRow({ entry, onOpen, onKeyDown, index, current }: {
  entry: Entry;
  index: number;
  /** The entry open beside the list (found by a search, or clicked): marked, and announced as current. */
  current?: boolean;
  onOpen: (entry: Entry) => void;
  onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}) {
  const { t } = useTranslation('journal');
  const f = useFormat();
  const text = excerpt(entry.body);
  return (
    <button
      type="button"
      className={clsx('j-row', `j-row--${entry.kind}`, entry.side === 'ours' && 'j-row--ours', current && 'j-row--current')}
      aria-current={current || undefined}
      onClick={() => onOpen(entry)}
      onKeyDown={(e) => onKeyDown?.(e, index)}
      data-entry-id={entry.id}
    >
      <span className="j-row__meta">
        <KindBadge kind={entry.kind} />
        <time className="j-row__date" dateTime={entry.date}>
          {f.date(entry.date)}
        </time>
      </span>
      <span className="j-row__main">
        <span className="j-row__titleline">
          <span className="j-row__title">{entry.title}</span>
          {entry.private && (
            <span className="j-flag" title={t('flags.privateHint')}>
              <Lock size={13} aria-hidden="true" />
              {t('flags.private')}
            </span>
          )}
          {entry.side === 'ours' && (
            <span className="j-flag j-flag--ours" title={t('flags.oursHint')}>
              <UserRound size={13} aria-hidden="true" />
              {t('flags.ours')}
            </span>
          )}
        </span>
        <span className="j-row__facts">
          <EntryFacts entry={entry} />
        </span>
        {text && <span className="j-row__excerpt">{text}</span>}
        {entry.tags.length > 0 && (
          <span className="j-row__tags">
            <span className="visually-hidden">{t('detail.tags')}: </span>
            {entry.tags.map((tag) => (
              <span key={tag} className="j-tag">
                {tag}
              </span>
            ))}
          </span>
        )}
      </span>
    </button>
  );
}

interface ListProps {
  entries: Entry[];
  onOpen: (entry: Entry) => void;
  label: string;
  /** The open entry: scrolled into view when it changes (a search opened it) and marked. */
  currentId?: number | null;
}

export function JournalList(props: ListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null | undefined>(undefined);
  useLayoutEffect(() => {
    setScroller(findScrollParent(ref.current));
  }, []);
  return (
    <div ref={ref} className="j-list-wrap">
      {scroller === undefined ? null : scroller === null ? (
        <WindowRows {...props} listRef={ref} />
      ) : (
        <ElementRows {...props} listRef={ref} scroller={scroller} />
      )}
    </div>
  );
}

// Sizes are cached per entry, not per position: after an entry is added,
// settled or filtered out, a position holds another entry of another height.
const keyOf = (entries: Entry[]) => (index: number) => entries[index]?.id ?? index;

function WindowRows({ listRef, ...props }: ListProps & { listRef: RefObject<HTMLDivElement | null> }) {
  const margin = useScrollMargin(listRef, null, '.supplier-page');
  const virtualizer = useWindowVirtualizer({
    count: props.entries.length, getItemKey: keyOf(props.entries), estimateSize: () => ESTIMATE, overscan: 8, scrollMargin: margin,
  });
  return <Rows {...props} virtualizer={virtualizer} margin={margin} />;
}

function ElementRows({ listRef, scroller, ...props }: ListProps & { listRef: RefObject<HTMLDivElement | null>; scroller: HTMLElement }) {
  const margin = useScrollMargin(listRef, scroller, '.supplier-page');
  const virtualizer = useVirtualizer({
    count: props.entries.length, getItemKey: keyOf(props.entries), getScrollElement: () => scroller, estimateSize: () => ESTIMATE, overscan: 8,
    scrollMargin: margin,
  });
  return <Rows {...props} virtualizer={virtualizer} margin={margin} />;
}

function Rows({ entries, onOpen, label, virtualizer, margin, currentId }: ListProps & {
  virtualizer: Virtualizer<Window, Element> | Virtualizer<HTMLElement, Element>;
  margin: number;
}) {
  const listRef = useRef<HTMLUListElement>(null);
  const focusRow = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(entries.length - 1, index));
      virtualizer.scrollToIndex(target, { align: 'auto' });
      const tryFocus = (attempt: number) => {
        const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button`);
        if (button) button.focus();
        else if (attempt < 5) requestAnimationFrame(() => tryFocus(attempt + 1));
      };
      // At once when the row is drawn: a second key pressed before the next
      // frame must start from the row it moved to, not from the old one.
      tryFocus(0);
    },
    [entries.length, virtualizer],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: entries.length - 1, PageDown: index + 8, PageUp: index - 8 };
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      focusRow(next);
    },
    [entries.length, focusRow],
  );

  // Opened from elsewhere (the search, "why it moved"): bring it into view once the list has it.
  const currentIndex = currentId == null ? -1 : entries.findIndex((e) => e.id === currentId);
  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'center' });
  }, [currentIndex, virtualizer]);

  const items = virtualizer.getVirtualItems();
  return (
    <ul ref={listRef} className="j-list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {items.map((item) => {
        const entry = entries[item.index]!;
        return (
          <li
            key={entry.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className="j-list__item"
            aria-setsize={entries.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - margin}px)` }}
          >
            <EntryRow entry={entry} index={item.index} onOpen={onOpen} onKeyDown={onKeyDown} current={entry.id === currentId} />
          </li>
        );
      })}
    </ul>
  );
}
