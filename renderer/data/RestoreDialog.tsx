// The question before a restore: it first shows what the file holds beside
// what the journal holds now, says that a copy of the current journal is
// kept, and only then replaces it. A file that cannot be used says why.
import * as AlertDialog from '@radix-ui/react-alert-dialog';
import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileSummary } from '../../core/files';
import { Button, buttonClass } from '../components/Button';
import { Holdings, type Counts } from './Holdings';
import { errorText } from './format';

export function RestoreDialog({
  open, onOpenChange, title, summary, fileLabel, current, note, busy, error, onConfirm, askKey,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  summary: FileSummary | null;
  fileLabel: string;
  /** The journal now; undefined leaves the column out (no usable journal). */
  current?: Counts | null;
  /** What is kept of the journal being replaced. */
  note: ReactNode;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  /** A file locked with another key: what asks for its recovery key (renderer/lock/FileKeyPrompt). */
  askKey?: ReactNode;
}) {
  const { t } = useTranslation('data');
  const usable = summary?.ok === true;
  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !busy && onOpenChange(next)}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog dialog-md restore-dialog">
          <AlertDialog.Title className="dialog-title">{usable ? title : t('restore.unusableTitle')}</AlertDialog.Title>
          {summary && usable && (
            <>
              <AlertDialog.Description className="dialog-description">{t('restore.compare')}</AlertDialog.Description>
              <Holdings file={summary} fileLabel={fileLabel} current={current} />
              <p className="restore-note">{note}</p>
            </>
          )}
          {summary && !usable && (
            <AlertDialog.Description asChild>
              <div className="data-problem" role="alert">
                <TriangleAlert size={18} aria-hidden="true" />
                <p>{t([`problem.${summary.problem ?? 'unreadable'}`, 'problem.unreadable'])}</p>
              </div>
            </AlertDialog.Description>
          )}
          {summary && !usable && (summary.problem === 'locked' || summary.problem === 'wrongKey') && askKey}
          {error ? <div className="form-error" role="alert">{errorText(t, error)}</div> : null}
          <div className="dialog-actions">
            <AlertDialog.Cancel className={buttonClass({ variant: 'secondary' })} disabled={busy}>
              {usable ? t('common:actions.cancel') : t('common:actions.close')}
            </AlertDialog.Cancel>
            {usable && (
              <Button variant="primary" busy={busy} onClick={onConfirm}>
                {t('restore.confirm')}
              </Button>
            )}
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
