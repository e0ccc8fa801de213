// "Restore from a file…": the user picks a .sqlite file; the shell says what
// it holds (or why it cannot be used); after a yes it replaces the journal.
import { FileUp } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileSummary, RestoreResult } from '../../core/files';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { FormError } from '../components/FieldError';
import { FilePickButton } from '../components/FilePickButton';
import { FileKeyPrompt } from '../lock/FileKeyPrompt';
import type { Counts } from './Holdings';
import { RestoreDialog } from './RestoreDialog';
import { fileToBase64 } from './files';

interface Picked {
  name: string;
  base64: string;
  summary: FileSummary;
  /** A file locked with another key than the journal's: the recovery key it was read with. */
  recoveryKey?: string;
}

export function RestoreFromFile({ current, note, onRestored, refresh = true, variant = 'secondary', size }: {
  current?: Counts | null;
  note: string;
  onRestored: (result: RestoreResult, fileName: string) => void;
  /** Fetch every read again once restored; not on the recovery screen, which opens the journal itself. */
  refresh?: boolean;
  variant?: 'primary' | 'secondary';
  size?: 'md' | 'lg';
}) {
  const { t } = useTranslation('data');
  const [picked, setPicked] = useState<Picked | null>(null);

  const inspect = useJournalMutation(async (file: File): Promise<Picked> => {
    const base64 = await fileToBase64(file);
    return { name: file.name, base64, summary: await api.inspectUpload({ contentBase64: base64 }) };
  }, { refresh: false, failure: 'inline', onSuccess: setPicked });

  const restore = useJournalMutation((file: Picked) => api.restoreUpload({ fileName: file.name.slice(0, 255), contentBase64: file.base64, recoveryKey: file.recoveryKey ?? null }), {
    refresh,
    failure: 'inline',
    onSuccess: (result, file) => {
      setPicked(null);
      onRestored(result, file.name);
    },
  });

  return (
    <>
      <FilePickButton
        variant={variant}
        size={size}
        icon={<FileUp size={16} aria-hidden="true" />}
        busy={inspect.isPending}
        accept=".sqlite,.db,.sqlite3,application/vnd.sqlite3,application/x-sqlite3"
        label={t('restore.fromFile')}
        testId="restore-file-input"
        onPick={(file) => {
          restore.reset();
          inspect.mutate(file);
        }}
      >
        {t('restore.fromFile')}
      </FilePickButton>
      <FormError error={inspect.failure} />
      <RestoreDialog
        open={picked !== null}
        onOpenChange={(open) => !open && setPicked(null)}
        title={t('restore.fileTitle', { name: picked?.name ?? '' })}
        summary={picked?.summary ?? null}
        fileLabel={t('holdings.inFile')}
        current={current}
        note={note}
        busy={restore.isPending}
        error={restore.failure}
        onConfirm={() => (picked ? restore.mutateAsync(picked).catch(() => undefined) : Promise.resolve())}
        askKey={
          picked && (
            <FileKeyPrompt
              read={(recoveryKey) => api.inspectUpload({ contentBase64: picked.base64, recoveryKey })}
              onRead={(summary, recoveryKey) => setPicked({ ...picked, summary, recoveryKey })}
            />
          )
        }
      />
    </>
  );
}
