// "Journal files" on Backups & data: which file is open, the recent ones to
// switch to, and making or opening another. Browser mode asks for a path and
// says, while you type, where the file will live; the desktop app uses its
// File menu's native dialogs. After a switch the page starts afresh on the
// other journal.
import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { FilePlus2, FolderOpen } from 'lucide-react';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalPathCheck } from '../../core/files';
import { api } from '../api/client';
import { Button, buttonClass } from '../components/Button';
import { useDateTime } from '../i18n/format';
import { errorText } from './format';

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
export function JournalPathDialog(props: PathDialogProps) {
  const { open, onOpenChange } = props;
  // Once the other journal is open, closing the dialog must not leave the page showing the old one.
  const [switched, setSwitched] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (switched && !next ? reloadOnNewJournal() : !busy && onOpenChange(next))}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        {/* Mounted only while open: each opening starts with a fresh form. */}
        <PathForm {...props} switched={switched} onSwitched={() => setSwitched(true)} busy={busy} setBusy={setBusy} />
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PathForm({ create, title, afterSwitch, switched, onSwitched, busy, setBusy }: PathDialogProps & {
  switched: boolean;
  onSwitched: () => void;
  busy: boolean;
  setBusy: (busy: boolean) => void;
}) {
  const { t } = useTranslation('data');
  const id = useId();
  const [typed, setTyped] = useState(() => (create ? t('journals.newName') : ''));
  const [failure, setFailure] = useState<string | null>(null);
  const check = usePathCheck(typed, create);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(null);
    try {
      if (!switched) {
        if (create) await api.createJournalFile({ path: typed });
        else await api.openJournalFile({ path: typed });
        onSwitched();
      }
      await afterSwitch?.();
      reloadOnNewJournal();
    } catch (err) {
      setFailure(errorText(t, err));
      setBusy(false);
    }
  };

  const problem = check?.problem ? t([`errors:${check.problem}`, `problem.${check.problem}`, 'errors:invalid'], { file: check.file }) : null;
  return (
    <Dialog.Content className="dialog dialog-md" aria-describedby={`${id}-text`}>
      <Dialog.Title className="dialog-title">{title ?? (create ? t('journals.newTitle') : t('journals.openTitle'))}</Dialog.Title>
      <p id={`${id}-text`} className="dialog-description">{create ? t('journals.newText') : t('journals.openText')}</p>
      <form className="journal-path-form" onSubmit={(event) => void submit(event)} noValidate>
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
        {failure && <p className="field-error" role="alert">{failure}</p>}
        <div className="dialog-actions">
          <Dialog.Close className={buttonClass({ variant: 'secondary' })} disabled={busy}>{t('common:actions.cancel')}</Dialog.Close>
          <Button type="submit" variant="primary" busy={busy} disabled={typed.trim() === '' || problem !== null}>
            {create ? t('journals.create') : t('journals.open')}
          </Button>
        </div>
      </form>
    </Dialog.Content>
  );
}

export function JournalFilesSection() {
  const { t } = useTranslation('data');
  const dateTime = useDateTime();
  const files = useJournalFiles();
  const [prompt, setPrompt] = useState<'create' | 'open' | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const openRecent = async (file: string) => {
    setOpening(file);
    setFailure(null);
    try {
      await api.openJournalFile({ path: file });
      reloadOnNewJournal();
    } catch (err) {
      setFailure(errorText(t, err));
      setOpening(null);
    }
  };

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
                <Button size="sm" disabled={!r.exists || opening !== null} busy={opening === r.file} onClick={() => void openRecent(r.file)} aria-label={t('journals.openThis', { file: r.file })}>
                  {t('journals.open')}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
      {failure && <p className="field-error" role="alert">{failure}</p>}
      <JournalPathDialog open={prompt !== null} onOpenChange={(open) => !open && setPrompt(null)} create={prompt === 'create'} />
    </section>
  );
}
