// "Journal files" on Backups & data: which file is open, the recent ones to
// switch to, and making or opening another. Browser mode asks for a path and
// says, while you type, where the file will live; the desktop app uses its
// File menu's native dialogs. After a switch the page starts afresh on the
// other journal.
import { useQuery } from '@tanstack/react-query';
import { FilePlus2, FolderOpen } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalPathCheck } from '../../core/files';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { Modal } from '../components/Dialog';
import { DialogForm } from '../components/FormDialog';
import { FormError } from '../components/FieldError';
import { useDateTime } from '../i18n/format';

export function useJournalFiles() {
  return useQuery({ queryKey: ['journalFiles'], queryFn: () => api.getJournalFiles({}) });
}

/** Starts the app afresh on the journal that is now open (every cached answer belonged to the other one). */
export function reloadOnNewJournal(): void {
  window.location.assign('/');
}

/** The typed path's meaning, asked again a moment after each keystroke (null until it is known). */
function usePathCheck(typed: string, create: boolean): JournalPathCheck | null {
  const [answer, setAnswer] = useState<{ typed: string; create: boolean; check: JournalPathCheck } | null>(null);
  useEffect(() => {
    if (typed.trim() === '') return;
    let stale = false;
    const timer = setTimeout(() => {
      api.checkJournalPath({ path: typed, create }).then((check) => !stale && setAnswer({ typed, create, check }), () => undefined);
    }, 200);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [typed, create]);
  return answer && answer.typed === typed && answer.create === create ? answer.check : null;
}

interface PathDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  create: boolean;
  title?: string;
  afterSwitch?: () => Promise<void>;
}

/**
 * The path prompt (browser mode). `create`: a new journal; else an existing
 * one. `afterSwitch` runs once the other journal is open, before the page
 * starts afresh (the JSON import uses it to import into the new journal).
 */
export function JournalPathDialog({ open, onOpenChange, create, title, afterSwitch }: PathDialogProps) {
  const { t } = useTranslation('data');
  // Once the other journal is open, closing the dialog must not leave the page showing the old one.
  const [switched, setSwitched] = useState(false);
  // After the switch the page starts afresh: nothing to fetch again here.
  const opening = useJournalMutation(async (path: string) => {
    if (!switched) {
      if (create) await api.createJournalFile({ path });
      else await api.openJournalFile({ path });
      setSwitched(true);
    }
    await afterSwitch?.();
  }, { refresh: false, failure: 'inline', onSuccess: reloadOnNewJournal });
  const change = (next: boolean) => {
    if (switched && !next) return reloadOnNewJournal();
    if (opening.isPending) return;
    if (!next) opening.reset();
    onOpenChange(next);
  };
  return (
    <Modal
      open={open}
      onOpenChange={change}
      className="dialog-md"
      title={title ?? (create ? t('journals.newTitle') : t('journals.openTitle'))}
      description={create ? t('journals.newText') : t('journals.openText')}
    >
      {/* Mounted only while open: each opening starts with a fresh path. */}
      <PathForm create={create} switched={switched} busy={opening.isPending} failure={opening.failure} onSubmit={(path) => opening.mutate(path)} onCancel={() => change(false)} />
    </Modal>
  );
}

function PathForm({ create, switched, busy, failure, onSubmit, onCancel }: {
  create: boolean;
  switched: boolean;
  busy: boolean;
  failure: unknown;
  onSubmit: (path: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('data');
  const id = useId();
  const [typed, setTyped] = useState(() => (create ? t('journals.newName') : ''));
  const check = usePathCheck(typed, create);
  const problem = check?.problem ? t([`errors:${check.problem}`, `problem.${check.problem}`, 'errors:invalid'], { file: check.file }) : null;
  return (
    <DialogForm
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(typed);
      }}
      onCancel={onCancel}
      submitLabel={create ? t('journals.create') : t('journals.open')}
      busy={busy}
      disabled={typed.trim() === '' || problem !== null}
      failure={failure}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-path`}>{t('journals.pathLabel')}</label>
        <input
          id={`${id}-path`}
          className="input"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          readOnly={switched}
          autoFocus
          spellCheck={false}
          autoComplete="off"
          aria-invalid={problem !== null || failure !== null}
          aria-describedby={`${id}-where`}
        />
        <p id={`${id}-where`} className={problem ? 'field-error' : 'field-hint'} aria-live="polite" data-testid="journal-path-where">
          {problem ?? (check?.file ? t(create ? 'journals.willLive' : 'journals.willOpen', { file: check.file }) : t('journals.pathHint'))}
        </p>
      </div>
    </DialogForm>
  );
}

export function JournalFilesSection() {
  const { t } = useTranslation('data');
  const dateTime = useDateTime();
  const files = useJournalFiles();
  const [prompt, setPrompt] = useState<'create' | 'open' | null>(null);
  const openRecent = useJournalMutation((file: string) => api.openJournalFile({ path: file }), { refresh: false, failure: 'inline', onSuccess: reloadOnNewJournal });

  const data = files.data;
  return (
    <section className="settings-card" aria-labelledby="data-journals">
      <div className="data-section-head">
        <div>
          <h2 id="data-journals" className="section-title">{t('journals.title')}</h2>
          <p className="section-text">
            {t('journals.current')} <code className="journal-path" data-testid="journal-current">{data?.current ?? ''}</code>
          </p>
        </div>
        {data?.canTypePaths && (
          <div className="data-section-actions">
            <Button icon={<FilePlus2 size={16} aria-hidden="true" />} onClick={() => setPrompt('create')}>{t('journals.newButton')}</Button>
            <Button icon={<FolderOpen size={16} aria-hidden="true" />} onClick={() => setPrompt('open')}>{t('journals.openButton')}</Button>
          </div>
        )}
      </div>
      {data && !data.canTypePaths && <p className="section-text">{t('journals.fileMenu')}</p>}
      {data && data.recent.length > 0 && (
        <>
          <h3 className="data-subtitle">{t('journals.recent')}</h3>
          <ul className="journal-recent" aria-label={t('journals.recent')}>
            {data.recent.map((r) => (
              <li key={r.file} className="journal-recent-item">
                <span className="journal-recent-text">
                  <code className="journal-path">{r.file}</code>
                  <span className="muted">{r.exists ? t('journals.lastOpened', { when: dateTime(r.openedAt) }) : t('journals.missing')}</span>
                </span>
                <Button size="sm" disabled={!r.exists || openRecent.isPending} busy={openRecent.isPending && openRecent.variables === r.file} onClick={() => openRecent.mutate(r.file)} aria-label={t('journals.openThis', { file: r.file })}>
                  {t('journals.open')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      <FormError error={openRecent.failure} />
      <JournalPathDialog open={prompt !== null} onOpenChange={(open) => !open && setPrompt(null)} create={prompt === 'create'} />
    </section>
  );
}
