// "Import a Rapport export…": an export (.zip or JSON) into an empty journal. Into one
// that already holds suppliers, the manager chooses: add them as new
// suppliers beside these, or open a new journal for it (browser mode; the
// desktop app's File menu makes one). When the file cannot be imported, a
// dialog says why (every problem, by where it is).
import { FileJson } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { api, shellKind, upload } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button, type ButtonSize } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FilePickButton } from '../components/FilePickButton';
import { shellAnswer } from './files';
import { detailIssues, errorText, issueMessage } from '../api/errors';
import { JournalPathDialog, useJournalFiles } from './JournalFiles';

const SHOWN = 12;

/** An export picked to import: a browser File, or one the desktop app already copied in (its transfer id). */
type Picked = { name: string; file: File } | { name: string; upload: string };

/**
 * An export (a journal archive .zip, or a JSON file) imported, never read
 * whole: browser mode uploads the file as it is (streamed from the disk), the
 * desktop app's main process has copied the file it chose; either way the
 * journal reads it piece by piece (importUpload).
 */
async function importExport(picked: Picked, mode: 'replace-empty' | 'add-as-new') {
  return api.importUpload({ upload: 'upload' in picked ? picked.upload : await upload(picked.file), mode });
}

export function ImportJsonButton({ empty = true, disabled, size }: { empty?: boolean; disabled?: boolean; size?: ButtonSize }) {
  const { t } = useTranslation('data');
  const navigate = useNavigate();
  const files = useJournalFiles();
  /** A file picked for a journal that is not empty: how to import it is asked first. */
  const [choosing, setChoosing] = useState<Picked | null>(null);
  const [newJournalFor, setNewJournalFor] = useState<Picked | null>(null);

  // A refusal is shown in its own dialog, with every problem by where it is.
  const importing = useJournalMutation(({ picked, mode }: { picked: Picked; mode: 'replace-empty' | 'add-as-new' }) => importExport(picked, mode), {
    failure: 'inline',
    said: (result) => t('import.jsonDone', {
      suppliers: t('backups.suppliers', { count: result.suppliers, formatted: result.suppliers }),
      entries: t('backups.entries', { count: result.entries, formatted: result.entries }),
    }),
    onSuccess: (result) => {
      if (result.marksDropped.length) toast.warning(t('import.marksDropped', { count: result.marksDropped.length }));
      void navigate('/');
    },
  });

  const onPick = (picked: Picked) => {
    if (empty) importing.mutate({ picked, mode: 'replace-empty' });
    else setChoosing(picked);
  };
  // The desktop app: main shows the open dialog and copies the chosen file in (electron/journal-archive.ts).
  const shell = shellKind === 'electron' ? window.rapportShell : undefined;
  const choosingOnDesktop = useJournalMutation(() => shellAnswer(shell!.chooseImportFile()), {
    refresh: false,
    onSuccess: (picked) => {
      if (picked) onPick(picked);
    },
  });

  const failure = importing.failure ? { name: importing.variables?.picked.name ?? '', error: importing.failure } : null;
  const issues = failure ? detailIssues(failure.error) : [];
  return (
    <>
      {shell?.chooseImportFile ? (
        <Button
          size={size}
          icon={<FileJson size={size === 'lg' ? 18 : 16} aria-hidden="true" />}
          busy={importing.isPending || choosingOnDesktop.isPending}
          disabled={disabled}
          onClick={() => choosingOnDesktop.mutate()}
        >
          {t('import.jsonButton')}
        </Button>
      ) : (
        <FilePickButton
          size={size}
          icon={<FileJson size={size === 'lg' ? 18 : 16} aria-hidden="true" />}
          busy={importing.isPending}
          disabled={disabled}
          accept=".zip,.json,application/zip,application/json"
          label={t('import.jsonButton')}
          testId="import-json-input"
          onPick={(file) => onPick({ name: file.name, file })}
        >
          {t('import.jsonButton')}
        </FilePickButton>
      )}
      <ConfirmDialog
        open={choosing !== null}
        onOpenChange={(open) => !open && setChoosing(null)}
        className="dialog-md"
        title={t('import.chooseTitle', { name: choosing?.name ?? '' })}
        description={`${t('import.chooseText')} ${files.data?.canTypePaths === false ? t('import.chooseNewInMenu') : ''}`}
        otherAction={files.data?.canTypePaths && (
          <Button onClick={() => { setNewJournalFor(choosing); setChoosing(null); }}>{t('import.chooseNewJournal')}</Button>
        )}
        confirmLabel={t('import.chooseAddAsNew')}
        onConfirm={() => {
          if (choosing) importing.mutate({ picked: choosing, mode: 'add-as-new' });
        }}
      />
      <JournalPathDialog
        open={newJournalFor !== null}
        onOpenChange={(open) => !open && setNewJournalFor(null)}
        create
        title={t('import.newJournalTitle', { name: newJournalFor?.name ?? '' })}
        afterSwitch={async () => {
          if (newJournalFor) await importExport(newJournalFor, 'replace-empty');
        }}
      />
      <ConfirmDialog
        open={failure !== null}
        onOpenChange={(open) => !open && importing.reset()}
        className="dialog-md"
        title={t('import.jsonFailed', { name: failure?.name ?? '' })}
        description={`${failure ? errorText(t, failure.error) : ''} ${t('import.nothingChanged')}`}
        cancelLabel={t('common:actions.close')}
      >
        {issues.length > 0 && (
          <ul className="issue-list">
            {issues.slice(0, SHOWN).map((issue, i) => (
              <li key={i}>
                {issue.path.length > 0 && <code className="issue-path">{issue.path.join('.')}</code>} {issueMessage(t, issue)}
              </li>
            ))}
            {issues.length > SHOWN && <li className="muted">{t('import.moreIssues', { count: issues.length - SHOWN })}</li>}
          </ul>
        )}
      </ConfirmDialog>
    </>
  );
}
