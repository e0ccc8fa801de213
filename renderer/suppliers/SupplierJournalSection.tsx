// The journal on a supplier's page: its filters and the entries, newest
// first; or, when there are none, how to write the first, and when the
// filters hide them all, how to clear them.
import { BookOpen, FilterX, Plus, SearchX } from 'lucide-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../core/types';
import { ApiFailure } from '../api/client';
import { FilterBar, type useJournalFilters } from '../journal/Filters';
import { JournalList } from '../journal/JournalList';
import { Button } from '../components/Button';

type Filters = ReturnType<typeof useJournalFilters>;

export function SupplierJournalSection({ supplier: s, filters: { filters, update, clear, active }, tags, entries, searchRef, onNew, onOpen, currentId }: {
  supplier: { name: string; entryCount: number };
  filters: Filters;
  tags: string[];
  /** The entries the filters let through (data undefined while loading). */
  entries: { data?: Entry[]; isError: boolean; error: unknown };
  searchRef: RefObject<HTMLInputElement | null>;
  onNew: () => void;
  onOpen: (e: Entry) => void;
  /** The entry open in the details (marked in the list). */
  currentId: number | null;
}) {
  const { t } = useTranslation('journal');
  const list = entries.data ?? [];
  const noEntriesAtAll = s.entryCount === 0 && !active;
  // A section: the app has one main landmark, the pane this page is in.
  return (
    <section className="j-journal" id="journal" aria-labelledby="journal-title">
      <div className="j-journal__head">
        <h2 id="journal-title" className="j-section-title">
          <BookOpen size={17} aria-hidden="true" /> {t('page.journal')}
        </h2>
      </div>
      {!noEntriesAtAll && (
        <FilterBar
          filters={filters}
          update={update}
          clear={clear}
          active={active}
          tags={tags}
          shown={entries.data ? list.length : null}
          total={s.entryCount}
          searchRef={searchRef}
        />
      )}
      {noEntriesAtAll ? (
        <div className="j-empty">
          <BookOpen size={28} aria-hidden="true" />
          <h3 className="j-empty__title">{t('empty.title')}</h3>
          <p className="muted">{t('empty.text', { name: s.name })}</p>
          <Button variant="primary" onClick={onNew}>
            <Plus size={16} aria-hidden="true" /> {t('empty.action')}
          </Button>
        </div>
      ) : entries.isError ? (
        <div className="form-error" role="alert">
          {t(`errors:${entries.error instanceof ApiFailure ? entries.error.error.key : 'internal'}`)}
        </div>
      ) : entries.data && list.length === 0 ? (
        <div className="j-empty">
          <SearchX size={28} aria-hidden="true" />
          <h3 className="j-empty__title">{t('empty.noMatchTitle')}</h3>
          <p className="muted">{t('empty.noMatchText')}</p>
          <Button onClick={clear}>
            <FilterX size={15} aria-hidden="true" /> {t('filters.clear')}
          </Button>
        </div>
      ) : (
        <JournalList entries={list} onOpen={onOpen} label={t('page.entriesLabel', { name: s.name })} currentId={currentId} />
      )}
    </section>
  );
}
