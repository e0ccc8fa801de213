// "Import a Rapport export…": a JSON export into an empty journal. When the
// file cannot be imported, a dialog says why (every problem, by where it is).
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { FileJson } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { toast } from 'sonner';
import { api } from '../api/client';
import { Button, buttonClass, type ButtonSize } from '../components/Button';
import { fileToText } from './files';
import { detailIssues, errorText, issueMessage } from './format';
import { useRefreshEverything } from './queries';

const SHOWN = 12;

export function ImportJsonButton({ disabled, size }: { disabled?: boolean; size?: ButtonSize }) {
  const { t } = useTranslation('data');
  const navigate = useNavigate();
  const refresh = useRefreshEverything();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ name: string; error: unknown } | null>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const text = await fileToText(file);
      const result = await api.importJson({ text });
      await refresh();
      toast.success(t('import.jsonDone', {
        suppliers: t('backups.suppliers', { count: result.suppliers, formatted: result.suppliers }),
        entries: t('backups.entries', { count: result.entries, formatted: result.entries }),
      }));
      void navigate('/');
    } catch (error) {
      setFailure({ name: file.name, error });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  const issues = failure ? detailIssues(failure.error) : [];
  return (
    <>
      <Button size={size} icon={<FileJson size={size === 'lg' ? 18 : 16} aria-hidden="true" />} busy={busy} disabled={disabled} onClick={() => input.current?.click()}>
        {t('import.jsonButton')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={t('import.jsonButton')}
        data-testid="import-json-input"
        onChange={(event) => void onFile(event.target.files?.[0])}
      />
      <AlertDialog.Root open={failure !== null} onOpenChange={(open) => !open && setFailure(null)}>
        <AlertDialog.Portal>
          <AlertDialog.Overlay className="dialog-overlay" />
          <AlertDialog.Content className="dialog dialog-md">
            <AlertDialog.Title className="dialog-title">{t('import.jsonFailed', { name: failure?.name ?? '' })}</AlertDialog.Title>
            <AlertDialog.Description className="dialog-description">
              {failure ? errorText(t, failure.error) : ''} {t('import.nothingChanged')}
            </AlertDialog.Description>
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
            <div className="dialog-actions">
              <AlertDialog.Cancel className={buttonClass({ variant: 'primary' })}>{t('common:actions.close')}</AlertDialog.Cancel>
            </div>
          </AlertDialog.Content>
        </AlertDialog.Portal>
      </AlertDialog.Root>
    </>
  );
}
