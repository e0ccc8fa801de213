// "Restore from a file…": the user picks a .sqlite file; the shell says what
// it holds (or why it cannot be used); after a yes it replaces the journal.
import { FileUp } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileSummary, RestoreResult } from '../../core/files';
import { api, ApiFailure } from '../api/client';
import { FileKeyPrompt } from '../lock/FileKeyPrompt';
import { Button } from '../components/Button';
import type { Counts } from './Holdings';
import { RestoreDialog } from './RestoreDialog';
import { fileToBase64 } from './files';
import { errorText } from './format';

export function RestoreFromFile({ current, note, onRestored, variant = 'secondary', size }: {
  current?: Counts | null;
  note: string;
  onRestored: (result: RestoreResult, fileName: string) => void | Promise<void>;
  variant?: 'primary' | 'secondary';
  size?: 'md' | 'lg';
}) {
  const { t } = useTranslation('data');
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<{ name: string; base64: string; summary: FileSummary; recoveryKey?: string } | null>(null);
  const [reading, setReading] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setReading(true);
    setReadError(null);
    setError(null);
    try {
      const base64 = await fileToBase64(file);
      const summary = await api.inspectUpload({ contentBase64: base64 });
      setPicked({ name: file.name, base64, summary });
    } catch (err) {
      setReadError(errorText(t, err));
    } finally {
      setReading(false);
      if (input.current) input.current.value = '';
    }
  };

  const restore = async () => {
    if (!picked) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.restoreUpload({ fileName: picked.name.slice(0, 255), contentBase64: picked.base64, recoveryKey: picked.recoveryKey ?? null });
      const name = picked.name;
      setPicked(null);
      await onRestored(result, name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant={variant} size={size} icon={<FileUp size={16} aria-hidden="true" />} busy={reading} onClick={() => input.current?.click()}>
        {t('restore.fromFile')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".sqlite,.db,.sqlite3,application/vnd.sqlite3,application/x-sqlite3"
        hidden
        aria-label={t('restore.fromFile')}
        data-testid="restore-file-input"
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      {readError && <div className="form-error" role="alert">{readError}</div>}
      <RestoreDialog
        open={picked !== null}
        onOpenChange={(open) => !open && setPicked(null)}
        title={t('restore.fileTitle', { name: picked?.name ?? '' })}
        summary={picked?.summary ?? null}
        fileLabel={t('holdings.inFile')}
        current={current}
        note={note}
        busy={busy}
        error={error}
        onConfirm={() => void restore()}
        askKey={
          <FileKeyPrompt
            onKey={async (recoveryKey) => {
              if (!picked) return;
              const summary = await api.inspectUpload({ contentBase64: picked.base64, recoveryKey });
              if (!summary.ok) throw new ApiFailure({ code: 'conflict', key: summary.problem ?? 'wrongKey', issues: [{ path: ['recoveryKey'], key: 'wrongRecoveryKey', params: {} }] });
              setPicked({ ...picked, summary, recoveryKey });
            }}
          />
        }
      />
    </>
  );
}
