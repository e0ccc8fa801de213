// The list of backups: when, which kind, what each holds, its size, and a
// restore button on each usable one (an unusable one says why).
import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { BackupSummary } from '../../core/files';
import { Button } from '../components/Button';
import { ListTable } from '../components/ListTable';
import { useDateTime, useFormat } from '../i18n/format';
import { useFileSize } from './fileSize';

function BackupRow({ backup, onRestore }: { backup: BackupSummary; onRestore: (b: BackupSummary) => void }) {
  const { t } = useTranslation('data');
  const dateTime = useDateTime();
  const size = useFileSize();
  const format = useFormat();
  const when = dateTime(backup.createdAt);
  return (
    <tr>
      <th scope="row" className="backup-when">{when}</th>
      <td>
        <span className={`backup-kind backup-kind-${backup.kind}`}>{t(`kind.${backup.kind}`)}</span>
      </td>
      {/* The one column that may wrap: at 1024 px the restore button then fits beside it. */}
      <td className="cell-wrap">
        {backup.ok ? (
          <>
            {t('backups.suppliers', { count: backup.suppliers ?? 0, formatted: format.number(backup.suppliers ?? 0) })}
            {' · '}
            {t('backups.entries', { count: backup.entries ?? 0, formatted: format.number(backup.entries ?? 0) })}
          </>
        ) : (
          <span className="badge badge-warning backup-unusable" title={t([`problem.${backup.problem ?? 'unreadable'}`, 'problem.unreadable'])}>
            <TriangleAlert size={12} aria-hidden="true" />
            {t('backups.unusable')}
          </span>
        )}
      </td>
      <td className="num">{size(backup.size)}</td>
      <td className="cell-actions">
        {backup.ok && (
          <Button size="sm" onClick={() => onRestore(backup)} aria-label={t('backups.restoreThis', { when })}>
            {t('backups.restore')}
          </Button>
        )}
      </td>
    </tr>
  );
}

export function BackupTable({ list, onRestore }: { list: BackupSummary[]; onRestore: (b: BackupSummary) => void }) {
  const { t } = useTranslation('data');
  return (
    <ListTable
      caption={t('backups.title')}
      cardClassName="backup-table"
      columns={[{ label: t('backups.colWhen') }, { label: t('backups.colKind') }, { label: t('backups.colHolds') }, { label: t('backups.colSize'), className: 'num' }]}
      actions={t('backups.colActions')}
    >
      {list.map((b) => <BackupRow key={b.name} backup={b} onRestore={onRestore} />)}
    </ListTable>
  );
}
