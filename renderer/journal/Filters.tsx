// Filters above the journal: kinds, tag, date range and text. They live in the
// URL's search params, so a reload (or a link) shows the same selection.
import * as ToggleGroup from '@radix-ui/react-toggle-group';
import { FilterX, Search } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isIsoDate } from '../../core/dates';
import { ENTRY_KINDS } from '../../core/schemas';
import type { EntryKind } from '../../core/types';
import { KindIcon } from './kinds';
import { Button } from '../components/Button';
import { DateInputField } from '../components/DateField';

export interface JournalFilters {
  kinds: EntryKind[];
  tag: string | null;
  from: string | null;
  to: string | null;
  text: string;
}

const PARAMS = ['kinds', 'tag', 'from', 'to', 'q'] as const;

/** The query of the hash route in the address bar now (HashRouter: after the '?' in the hash). */
function currentSearch(): string | null {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return hash.startsWith('#/') ? (at >= 0 ? hash.slice(at + 1) : '') : null;
}

export function useJournalFilters() {
  const [params, setParams] = useSearchParams();
  const filters: JournalFilters = useMemo(() => {
    const kinds = (params.get('kinds') ?? '').split(',').filter((k): k is EntryKind => (ENTRY_KINDS as readonly string[]).includes(k));
    const date = (v: string | null) => (v && isIsoDate(v) ? v : null);
    return {
      kinds,
      tag: params.get('tag')?.trim().toLowerCase() || null,
      from: date(params.get('from')),
      to: date(params.get('to')),
      text: params.get('q') ?? '',
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<JournalFilters>) => {
      setParams(
        (prev) => {
          // Start from the address as it is now, not as it was at the last
          // render: two changes in one frame (From, then To) must both stay.
          const next = new URLSearchParams(currentSearch() ?? prev);
          const set = (k: string, v: string | null | undefined) => (v ? next.set(k, v) : next.delete(k));
          if ('kinds' in patch) set('kinds', patch.kinds?.join(','));
          if ('tag' in patch) set('tag', patch.tag);
          if ('from' in patch) set('from', patch.from);
          if ('to' in patch) set('to', patch.to);
          if ('text' in patch) set('q', patch.text);
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const k of PARAMS) next.delete(k);
        return next;
      },
      { replace: true },
    );
  }, [setParams]);

  const active = filters.kinds.length > 0 || !!filters.tag || !!filters.from || !!filters.to || filters.text.trim() !== '';
  return { filters, update, clear, active };
}

export function FilterBar({
  filters, update, clear, active, tags, shown, total, searchRef,
}: {
  filters: JournalFilters;
  update: (patch: Partial<JournalFilters>) => void;
  clear: () => void;
  active: boolean;
  tags: string[];
  shown: number | null;
  total: number;
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const { t } = useTranslation('journal');
  const [text, setText] = useState(filters.text);
  const last = useRef(filters.text);

  // Follow the URL when it changes from elsewhere (clear, back/forward).
  useEffect(() => {
    if (filters.text !== last.current) {
      last.current = filters.text;
      setText(filters.text);
    }
  }, [filters.text]);

  useEffect(() => {
    if (text === last.current) return;
    const timer = setTimeout(() => {
      last.current = text;
      update({ text });
    }, 250);
    return () => clearTimeout(timer);
  }, [text, update]);

  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [filters.tag, ...tags] : tags;

  return (
    <section className="j-filters" aria-label={t('filters.label')}>
      <div className="j-filters__row">
        <div className="j-search">
          <Search size={15} aria-hidden="true" className="j-search__icon" />
          <label htmlFor="journal-search" className="visually-hidden">
            {t('filters.search')}
          </label>
          <input
            id="journal-search"
            ref={searchRef}
            className="input input-sm j-search__input"
            type="search"
            placeholder={t('filters.searchPlaceholder')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && text) {
                e.preventDefault();
                setText('');
              }
            }}
          />
          <kbd className="kbd kbd-quiet" aria-hidden="true">
            /
          </kbd>
        </div>
        <ToggleGroup.Root
          type="multiple"
          className="j-kind-toggles"
          aria-label={t('filters.kinds')}
          value={filters.kinds}
          onValueChange={(v) => update({ kinds: ENTRY_KINDS.filter((k) => v.includes(k)) })}
        >
          {ENTRY_KINDS.map((k) => (
            <ToggleGroup.Item key={k} value={k} className={`j-kind-toggle j-kind-toggle--${k}`}>
              <KindIcon kind={k} size={14} />
              <span>{t(`kindPlural.${k}`)}</span>
            </ToggleGroup.Item>
          ))}
        </ToggleGroup.Root>
      </div>
      <div className="j-filters__row">
        <label className="j-inline-field">
          <span>{t('filters.tag')}</span>
          <select className="input input-sm" value={filters.tag ?? ''} onChange={(e) => update({ tag: e.target.value || null })}>
            <option value="">{t('filters.anyTag')}</option>
            {tagOptions.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </label>
        <DateInputField label={t('filters.from')} value={filters.from} max={filters.to} onChange={(from) => update({ from })} inline />
        <DateInputField label={t('filters.to')} value={filters.to} min={filters.from} onChange={(to) => update({ to })} inline />
        <span className="j-filters__spacer" />
        <span className="j-count" role="status" aria-live="polite">
          {shown === null ? '' : active ? t('filters.countFiltered', { count: shown, total }) : t('filters.count', { count: shown })}
        </span>
        {active && (
          <Button
            variant="ghost"
            size="sm"
            onClick={() => {
              last.current = '';
              setText('');
              clear();
            }}
          >
            <FilterX size={14} aria-hidden="true" /> {t('filters.clear')}
          </Button>
        )}
      </div>
    </section>
  );
}
