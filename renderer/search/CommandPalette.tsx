// The command palette: Ctrl/Cmd+K from anywhere. One box to jump to a
// supplier, a screen or an entry (the journal's full-text search), or to do
// something ("New promise for Hosting BV", "Review pack", "Back up now").
// cmdk gives the combobox (role=combobox, listbox, aria-activedescendant,
// arrow keys); a live region says how many results there are.
import * as Dialog from '@radix-ui/react-dialog';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Command } from 'cmdk';
import { Building2, CalendarCheck, DatabaseBackup, Download, FilePlus2, FileText, LayoutTemplate, Lock, Search, SquareArrowOutUpRight } from 'lucide-react';
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrepareMeeting } from '../meeting/PrepareMeetingButton';
import { useNavigate } from 'react-router';
import { api, ApiFailure } from '../api/client';
import { useSuppliers, useTemplates } from '../api/queries';
import { useJournalMutation } from '../api/mutation';
import { errorText, issueMessage } from '../api/errors';
import { exportJournal as exportJournalFile } from '../data/files';
import { dataKeys } from '../data/queries';
import { useFormat } from '../i18n/format';
import { ROUTES, hrefOf } from '../routes';
import { useShortcut } from '../shortcuts';
import { useActiveDescendant } from './activeDescendant';
import { useLockNow } from '../lock/queries';
import type { CaptureTarget } from './CaptureDialog';
import { matchesWords } from './commands';
import { Marked } from './Marked';
import { HitFile } from './HitFile';
import { meetingHref, MeetingHitText } from './MeetingHit';
import '../styles/search.css';

// Loaded apart: quick capture's form (react-hook-form, zod, the date fields)
// would otherwise be read and run before the overview draws. The palette
// loads it in the first idle moment after, so "q" opens it at once.
const loadCaptureDialog = () => import('./CaptureDialog');
const CaptureDialog = lazy(() => loadCaptureDialog().then((m) => ({ default: m.CaptureDialog })));
const ReviewPackDialog = lazy(() => import('../report/ReviewPackDialog').then((m) => ({ default: m.ReviewPackDialog })));

/** The screens the palette jumps to, as the routes table offers them. */
const SCREENS = ROUTES.flatMap((r) => (r.palette ? [{ ...r.palette, path: hrefOf(r) }] : []));

export const paletteSearchKey = (query: string) => ['search', 'palette', query] as const;

/** Mount once, in the app frame: it listens for Ctrl/Cmd+K (the palette) and "q" (quick capture). */
export function CommandPalette() {
  const { t } = useTranslation('search');
  const { t: tj } = useTranslation('journal');
  const f = useFormat();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [capture, setCapture] = useState<CaptureTarget | null>(null);
  const [pack, setPack] = useState<{ supplierId: number | null; name?: string } | null>(null);
  const typed = useDeferredValue(query.trim());
  const suppliers = useSuppliers();
  const templates = useTemplates();
  const activeDescendant = useActiveDescendant();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setOpen((was) => !was);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    const idle = requestIdleCallback(() => void loadCaptureDialog());
    return () => cancelIdleCallback(idle);
  }, []);
  const quickCapture = useCallback(() => setCapture({ supplierId: null, kind: 'note' }), []);
  useShortcut('q', quickCapture);

  const results = useQuery({
    queryKey: paletteSearchKey(typed),
    queryFn: () => api.search({ query: typed, limit: 20 }),
    enabled: open && typed !== '',
    placeholderData: keepPreviousData,
    retry: false,
  });

  const shown = typed === '' ? null : results.data;
  const matchingSuppliers = useMemo(() => {
    if (typed === '') return [];
    return (suppliers.data ?? []).filter((s) => matchesWords(typed, s.name, [s.category])).slice(0, 6);
  }, [suppliers.data, typed]);

  const run = (action: () => void) => {
    setOpen(false);
    setQuery('');
    action();
  };

  const prepareMeeting = usePrepareMeeting();
  const backupNow = useJournalMutation(() => api.backupNow({}), { refresh: [dataKeys.backups], said: () => t('palette.backupMade') });
  // The same file as "Export everything (JSON)" on Backups & data, handed over at once.
  const exportJournal = useJournalMutation(() => exportJournalFile(), {
    refresh: false,
    // null: the save dialog was cancelled (desktop app).
    said: (file) => (file ? t('data:export.done', { name: file.fileName }) : null),
  });

  // The lock's own command: locked, only the unlock screen is left (renderer/lock/LockGate.tsx).
  const lockNow = useLockNow();
  const lockJournal = () => lockNow.mutate();

  const actions = [
    { id: 'lock', label: t('lock:palette.lock'), icon: Lock, run: lockJournal, keywords: ['lock', 'vergrendel'] },
    { id: 'quick-note', label: t('actions.quickNote'), icon: FilePlus2, run: () => setCapture({ supplierId: null, kind: 'note' }) },
    { id: 'review-pack', label: t('actions.reviewPackAll'), icon: FileText, run: () => setPack({ supplierId: null }) },
    { id: 'export', label: t('actions.export'), icon: Download, run: () => exportJournal.mutate() },
    { id: 'backup', label: t('actions.backupNow'), icon: DatabaseBackup, run: () => backupNow.mutate(), keywords: ['backup'] },
    ...(typed === ''
      ? []
      : (suppliers.data ?? []).filter((s) => s.status === 'active').flatMap((s) => [
          { id: `promise-${s.id}`, label: t('actions.newPromiseFor', { name: s.name }), icon: FilePlus2, run: () => setCapture({ supplierId: s.id, kind: 'promise' }) },
          { id: `entry-${s.id}`, label: t('actions.newEntryFor', { name: s.name }), icon: FilePlus2, run: () => setCapture({ supplierId: s.id, kind: 'note' }) },
          ...(templates.data ?? []).map((tp) => ({
            id: `template-${tp.id}-${s.id}`, label: t('actions.newFromTemplateFor', { template: tp.name, name: s.name }), icon: LayoutTemplate,
            run: () => setCapture({ supplierId: s.id, kind: tp.kind, template: tp }), keywords: [t('actions.templateWord')],
          })),
          { id: `pack-${s.id}`, label: t('actions.reviewPackFor', { name: s.name }), icon: FileText, run: () => setPack({ supplierId: s.id, name: s.name }) },
          { id: `meeting-${s.id}`, label: t('actions.prepareMeetingWith', { name: s.name }), icon: CalendarCheck, run: () => prepareMeeting.mutate(s.id) },
        ])),
  ].filter((a) => matchesWords(typed, a.label, 'keywords' in a ? a.keywords : [])).slice(0, 6);
  const screens = SCREENS.filter((s) => matchesWords(typed, t(s.label)));

  // A new search starts at its first (best) result, not where the last one was.
  const firstValue = matchingSuppliers[0]
    ? `supplier-${matchingSuppliers[0].id}`
    : shown?.groups[0]?.hits[0] ? `entry-${shown.groups[0].hits[0].entryId}` : shown?.meetings[0] ? `meeting-${shown.meetings[0].meetingId}` : actions[0] ? `action-${actions[0].id}` : screens[0] ? `screen-${screens[0].id}` : '';
  // The user's choice holds while the results stay the same.
  const [pick, setPick] = useState({ first: '', value: '' });
  const selected = pick.first === firstValue ? pick.value : firstValue;

  // Every matching entry counts, also those past the palette's first 20 ("All 230 results" opens them).
  const total = (shown?.total ?? 0) + (shown?.meetings.length ?? 0) + matchingSuppliers.length + actions.length + screens.length;
  const error = results.error instanceof ApiFailure ? results.error.error : null;
  const errorMessage = error ? (error.issues[0] ? issueMessage(t, error.issues[0]) : errorText(t, results.error)) : null;

  return (
    <>
      <Dialog.Root open={open} onOpenChange={(next) => { setOpen(next); if (!next) setQuery(''); }}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content className="search-palette" aria-describedby={undefined}>
            <Dialog.Title className="visually-hidden">{t('palette.title')}</Dialog.Title>
            <Command ref={activeDescendant} label={t('palette.title')} shouldFilter={false} loop value={selected} onValueChange={(value) => setPick({ first: firstValue, value })}>
              <div className="search-palette__bar">
                <Search size={18} aria-hidden="true" />
                <Command.Input value={query} onValueChange={setQuery} placeholder={t('palette.placeholder')} className="search-palette__input" />
                <kbd className="search-palette__kbd">Esc</kbd>
              </div>
              <Command.List className="search-palette__list" label={t('palette.results')}>
                {errorMessage && <p className="search-palette__error" role="alert">{errorMessage}</p>}
                {typed !== '' && !errorMessage && total === 0 && !results.isFetching && (
                  <Command.Empty className="search-palette__empty">{t('palette.nothing', { query: typed })}</Command.Empty>
                )}
                {matchingSuppliers.length > 0 && (
                  <Command.Group heading={t('palette.suppliers')}>
                    {matchingSuppliers.map((s) => (
                      <Command.Item key={s.id} value={`supplier-${s.id}`} onSelect={() => run(() => navigate(`/suppliers/${s.id}`))}>
                        <Building2 size={16} aria-hidden="true" />
                        <span className="search-item__title">{s.name}</span>
                        {s.category && <span className="search-item__meta">{s.category}</span>}
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
                {shown?.groups.map((g) => (
                  <Command.Group key={g.supplierId} heading={t('palette.entriesOf', { name: g.supplierName })}>
                    {g.hits.map((h) => (
                      <Command.Item
                        key={h.entryId}
                        value={`entry-${h.entryId}`}
                        className="search-item search-item--entry"
                        onSelect={() => run(() => navigate(`/suppliers/${g.supplierId}?entry=${h.entryId}`))}
                      >
                        <span className="search-item__line">
                          <span className={`search-kind search-kind--${h.kind}`}>{tj(`kind.${h.kind}`)}</span>
                          <span className="search-item__title"><Marked value={h.title} /></span>
                          {h.private && (
                            <span className="search-item__private">
                              <Lock size={12} aria-hidden="true" />
                              {tj('flags.private')}
                            </span>
                          )}
                          <time className="search-item__meta" dateTime={h.date}>{f.date(h.date)}</time>
                        </span>
                        {h.snippet && <span className="search-item__snippet"><Marked value={h.snippet} /></span>}
                        <HitFile name={h.file} />
                      </Command.Item>
                    ))}
                  </Command.Group>
                ))}
                {shown && shown.meetings.length > 0 && (
                  <Command.Group heading={t('palette.meetings')}>
                    {shown.meetings.map((m) => (
                      <Command.Item key={m.meetingId} value={`meeting-${m.meetingId}`} className="search-item search-item--entry" onSelect={() => run(() => navigate(meetingHref(m)))}>
                        <MeetingHitText hit={m} />
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
                {shown && shown.more && (
                  <Command.Item value="all-results" onSelect={() => run(() => navigate(`/search?q=${encodeURIComponent(typed)}`))}>
                    <Search size={16} aria-hidden="true" />
                    <span className="search-item__title">{t('palette.allResults', { query: typed, count: shown.total, number: f.number(shown.total) })}</span>
                  </Command.Item>
                )}
                {actions.length > 0 && (
                  <Command.Group heading={t('palette.actions')}>
                    {actions.map((a) => (
                      <Command.Item key={a.id} value={`action-${a.id}`} onSelect={() => run(a.run)}>
                        <a.icon size={16} aria-hidden="true" />
                        <span className="search-item__title">{a.label}</span>
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
                {screens.length > 0 && (
                  <Command.Group heading={t('palette.screens')}>
                    {screens.map((s) => (
                      <Command.Item
                        key={s.id}
                        value={`screen-${s.id}`}
                        onSelect={() => run(() => navigate(s.path))}
                      >
                        <SquareArrowOutUpRight size={16} aria-hidden="true" />
                        <span className="search-item__title">{t(s.label)}</span>
                      </Command.Item>
                    ))}
                  </Command.Group>
                )}
              </Command.List>
              <p className="visually-hidden" aria-live="polite" aria-atomic="true">
                {typed === '' || results.isFetching ? '' : errorMessage ?? t('palette.announce', { count: total, number: f.number(total) })}
              </p>
              <p className="search-palette__help" aria-hidden="true">{t('palette.help')}</p>
            </Command>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {capture && (
        <Suspense fallback={null}>
          <CaptureDialog target={capture} onClose={() => setCapture(null)} />
        </Suspense>
      )}
      {pack && (
        <Suspense fallback={null}>
          <ReviewPackDialog open onOpenChange={(next) => !next && setPack(null)} supplierId={pack.supplierId} supplierName={pack.name} />
        </Suspense>
      )}
    </>
  );
}
