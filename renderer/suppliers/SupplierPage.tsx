// One supplier: its header and counts, its open promises, and its journal
// (filterable, newest first: SupplierJournalSection), with new / edit /
// settle / resolve / delete.
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Entry, IncidentEntry, PromiseEntry } from '../../core/types';
import type { SupplierSummary } from '../../core/views';
import { ApiFailure, api } from '../api/client';
import { Button, buttonClass } from '../components/Button';
import { useJournalMutation } from '../api/mutation';
import { keys, useSupplier, useTags } from '../api/queries';
import { useDocumentTitle } from '../layout/documentTitle';
import { useShortcut } from '../shortcuts';
import { EntryDetail } from '../journal/EntryDetail';
import { useJournalFilters } from '../journal/Filters';
import { NewEntryDialog } from '../journal/NewEntryDialog';
import { OpenPromises, sortOpenPromises } from '../journal/OpenPromises';
import { ResolveDialog, SettleDialog } from '../journal/SettleDialogs';
import { SupplierHeader } from '../journal/SupplierHeader';
import { SupplierTrustSection } from '../trust/SupplierTrustSection';
import { ReviewPackButton } from '../report/ReviewPackButton';
import { SupplierJournalSection } from './SupplierJournalSection';
import { MeetingHistory } from '../meeting/MeetingHistory';
import { SupplierNotFound } from './SupplierNotFound';
import { AttachmentList } from '../attachments/AttachmentList';
import { useMailDrafts } from '../attachments/MailDrafts';
import '../styles/journal.css';

/** Past the header and the charts, to the newest entry (or the journal's heading when it has none). */
function skipToJournal(event: MouseEvent<HTMLAnchorElement>) {
  // The router lives in the hash: move focus without touching the URL.
  event.preventDefault();
  const journal = document.getElementById('journal');
  const first = journal?.querySelector<HTMLElement>('.j-list button');
  if (first) first.focus();
  else {
    const heading = document.getElementById('journal-title');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }
}

export function SupplierPage() {
  const { supplierId: param } = useParams();
  const supplierId = Number(param);
  if (!Number.isInteger(supplierId) || supplierId <= 0) return <SupplierNotFound />;
  return <SupplierJournal key={supplierId} supplierId={supplierId} />;
}

function SupplierJournal({ supplierId }: { supplierId: number }) {
  const { t } = useTranslation('journal');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const supplier = useSupplier(supplierId);
  const mail = useMailDrafts();
  const mailInput = useRef<HTMLInputElement>(null);
  useDocumentTitle(supplier.data?.name);
  const tags = useTags(supplierId);
  const journalFilters = useJournalFilters();
  const { filters } = journalFilters;
  const filter = useMemo(
    () => ({ supplierId, kinds: filters.kinds, tag: filters.tag, from: filters.from, to: filters.to, text: filters.text.trim() }),
    [supplierId, filters],
  );
  const entries = useQuery({
    queryKey: keys.entries(filter),
    queryFn: () => api.listEntries(filter),
    placeholderData: keepPreviousData,
    enabled: supplier.isSuccess,
  });
  const promiseFilter = useMemo(() => ({ supplierId, kinds: ['promise' as const] }), [supplierId]);
  const promises = useQuery({ queryKey: keys.entries(promiseFilter), queryFn: () => api.listEntries(promiseFilter), enabled: supplier.isSuccess });
  const openPromises = useMemo(() => sortOpenPromises(promises.data ?? []), [promises.data]);

  const [newOpen, setNewOpen] = useState(false);
  const [settling, setSettling] = useState<PromiseEntry | null>(null);
  const [resolving, setResolving] = useState<IncidentEntry | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // The open entry lives in the URL (?entry=<id>): "Why it moved" links to it, and Back closes it.
  const [searchParams, setSearchParams] = useSearchParams();
  const entryParam = Number(searchParams.get('entry'));
  const openId = Number.isInteger(entryParam) && entryParam > 0 ? entryParam : null;
  const setOpenId = useCallback(
    (id: number | null) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        if (id === null) next.delete('entry');
        else next.set('entry', String(id));
        return next;
      }),
    [setSearchParams],
  );

  const openNew = useCallback(() => setNewOpen(true), []);
  const focusSearch = useCallback(() => searchRef.current?.focus(), []);
  useShortcut('n', openNew, supplier.isSuccess);
  useShortcut('/', focusSearch, supplier.isSuccess);

  const openEntry: Entry | null = useMemo(() => {
    if (openId === null) return null;
    return entries.data?.find((e) => e.id === openId) ?? promises.data?.find((e) => e.id === openId) ?? null;
  }, [openId, entries.data, promises.data]);
  // The entry being deleted: its details are never fetched again, whatever
  // order the address change and the refetch after the deletion come in.
  const [deletingId, setDeletingId] = useState<number | null>(null);
  const detail = useQuery({
    queryKey: keys.entry(openId ?? 0),
    queryFn: () => api.getEntry({ id: openId! }),
    enabled: openId !== null && openId !== deletingId,
    initialData: openEntry ?? undefined,
  });

  const restore = useJournalMutation((item: { type: 'entry' | 'supplier'; id: number }) => api.restoreFromTrash(item), {
    said: (_, { type }) => (type === 'entry' ? t('toast.entryRestored') : t('toast.supplierRestored')),
    onSuccess: (_, { type, id }) => {
      if (type === 'entry' && id === deletingId) setDeletingId(null);
      if (type === 'supplier') void navigate(`/suppliers/${id}`);
    },
  });
  const offerUndo = (type: 'entry' | 'supplier', id: number) => ({ label: t('action.undo'), onClick: () => restore.mutate({ type, id }) });

  // The entry's details close as the deletion starts (back if it fails), and its
  // query is dropped before every query is refetched: refetching it would ask
  // for an entry that is gone (a 422 in the console).
  const deleteEntry = useJournalMutation(async (entry: Entry) => {
    const out = await api.deleteEntry({ id: entry.id });
    queryClient.removeQueries({ queryKey: keys.entry(entry.id), exact: true });
    return out;
  }, {
    onMutate: (entry) => {
      // Rendered before the request goes out, so the details' query is off
      // before the deletion's refetch of every query.
      flushSync(() => setDeletingId(entry.id));
      setOpenId(null);
    },
    onError: (_, entry) => {
      setDeletingId(null);
      setOpenId(entry.id);
    },
    said: (_, entry) => ({ text: t('toast.entryDeleted', { title: entry.title }), neutral: true, action: offerUndo('entry', entry.id), duration: 10_000 }),
  });

  // Each takes the supplier as shown, so its toast can name it.
  const endSupplier = useJournalMutation(({ id, endedOn }: { id: number; name: string; endedOn: string | null }) => api.endSupplier({ id, endedOn }), {
    said: (_, { name }) => t('toast.ended', { name }),
  });
  const reopenSupplier = useJournalMutation(({ id }: SupplierSummary) => api.reopenSupplier({ id }), { said: (_, { name }) => t('toast.reopened', { name }) });
  const deleteSupplier = useJournalMutation(({ id }: SupplierSummary) => api.deleteSupplier({ id }), {
    said: (_, { id, name }) => ({ text: t('toast.supplierDeleted', { name }), neutral: true, action: offerUndo('supplier', id), duration: 10_000 }),
    onSuccess: () => void navigate('/'),
  });

  if (supplier.isPending) {
    return (
      <div className="supplier-page" aria-busy="true">
        <p className="muted j-loading">{t('page.loading')}</p>
      </div>
    );
  }
  if (supplier.isError) {
    const key = supplier.error instanceof ApiFailure ? supplier.error.error.key : 'internal';
    return <SupplierNotFound message={t(`errors:${key}`)} />;
  }

  const s = supplier.data;
  return (
    <div className="supplier-page">
      <a href="#journal" className="skip-link" onClick={skipToJournal}>{t('page.skipToJournal')}</a>
      <SupplierHeader
        supplier={s}
        actions={<ReviewPackButton supplierId={s.id} supplierName={s.name} className={buttonClass({ variant: 'secondary' })} />}
        busy={endSupplier.isPending || reopenSupplier.isPending || deleteSupplier.isPending}
        onNewEntry={openNew}
        onEnd={(endedOn) => endSupplier.mutateAsync({ id: s.id, name: s.name, endedOn }).catch(() => undefined)}
        onReopen={() => reopenSupplier.mutate(s)}
        onDelete={() => deleteSupplier.mutate(s)}
      />

      <SupplierTrustSection supplierId={s.id} />

      <div className="j-layout">
        <SupplierJournalSection
          supplier={s}
          filters={journalFilters}
          tags={tags.data ?? []}
          entries={entries}
          searchRef={searchRef}
          onNew={openNew}
          onOpen={(e) => setOpenId(e.id)}
          currentId={openId}
        />
        <aside className="j-aside">
          <OpenPromises promises={openPromises} loading={promises.isPending} onSettle={setSettling} onOpen={(p) => setOpenId(p.id)} />
          <MeetingHistory supplierId={s.id} active={s.status === 'active'} />
          <AttachmentList target={{ supplierId: s.id }} label={t('journal:attachments.supplierTitle')} />
          <div className="mail-pick">
            <Button size="sm" variant="secondary" busy={mail.busy} onClick={() => mailInput.current?.click()}>
              {t('journal:mail.pick')}
            </Button>
            <input
              ref={mailInput}
              type="file"
              accept=".eml,.msg"
              multiple
              hidden
              aria-label={t('journal:mail.pick')}
              data-testid="mail-input"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                if (files.length) mail.readMails(files, s.id);
              }}
            />
            <span className="muted">{t('journal:mail.dropHint')}</span>
          </div>
        </aside>
      </div>

      <NewEntryDialog supplierId={s.id} open={newOpen} onOpenChange={setNewOpen} />
      <EntryDetail
        entry={openId === null ? null : (detail.data ?? openEntry)}
        onClose={() => setOpenId(null)}
        onDelete={(entry) => deleteEntry.mutate(entry)}
        onSettle={setSettling}
        onResolve={setResolving}
      />
      
      <SettleDialog promise={settling} onClose={() => setSettling(null)} />
      <ResolveDialog incident={resolving} onClose={() => setResolving(null)} />
    </div>
  );
}
