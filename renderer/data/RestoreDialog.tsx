// The question before a restore: it first shows what the file holds beside
// what the journal holds now, says that a copy of the current journal is
// kept, and only then replaces it. A file that cannot be used says why.
import { TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileSummary } from '../../core/files';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { Holdings, type Counts } from './Holdings';

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
  /** Resolves once the restore has ended (the dialog stays open until then). */
  onConfirm: () => Promise<unknown>;
  /** A file locked with another key: what asks for its recovery key (renderer/lock/FileKeyPrompt). */
  askKey?: ReactNode;
}) {
  const { t } = useTranslation('data');
  const usable = summary?.ok === true;
  if (summary && !usable) {
    return (
      <ConfirmDialog
        open={open}
        onOpenChange={onOpenChange}
        className="dialog-md restore-dialog"
        title={t('restore.unusableTitle')}
        description={
          <div className="data-problem" role="alert">
            <TriangleAlert size={18} aria-hidden="true" />
            <p>{t([`problem.${summary.problem ?? 'unreadable'}`, 'problem.unreadable'])}</p>
          </div>
        }
        cancelLabel={t('common:actions.close')}
      >
        {(summary.problem === 'locked' || summary.problem === 'wrongKey') && askKey}
      </ConfirmDialog>
    );
  }
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      className="dialog-md restore-dialog"
      title={title}
      description={t('restore.compare')}
      confirmLabel={t('restore.confirm')}
      busy={busy}
      failure={error}
      onConfirm={onConfirm}
    >
      {summary && (
        <>
          <Holdings file={summary} fileLabel={fileLabel} current={current} />
          <p className="restore-note">{note}</p>
        </>
      )}
    </ConfirmDialog>
  );
}
