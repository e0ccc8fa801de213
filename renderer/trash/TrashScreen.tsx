// "/trash": deleted suppliers and entries, each restorable, and a way to
// empty the trash for good (after a question).
import { LayoutTemplate, Building2, FileText, Paperclip, RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrashItem } from '../../core/types';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useTrash } from '../api/queries';
import { Button } from '../components/Button';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { ListTable } from '../components/ListTable';
import { useDateTime } from '../i18n/format';

export function TrashScreen() {
  const { t } = useTranslation();
  const dateTime = useDateTime();
  const trash = useTrash();
  const [confirming, setConfirming] = useState(false);

  const restore = useJournalMutation((item: TrashItem) => api.restoreFromTrash({ type: item.type, id: item.id }), {
    said: (_, item) => t('trash.restored', { title: item.title }),
  });
  const empty = useJournalMutation(() => api.emptyTrash({}), { said: (result) => t('trash.emptied', { count: result.purged }) });

  const items = trash.data ?? [];

  return (
    <div className="page">
      <PageHeader
        title={t('trash.title')}
        subtitle={t('trash.subtitle')}
        actions={
          items.length > 0 && (
            <Button variant="danger" icon={<Trash2 size={16} aria-hidden="true" />} busy={empty.isPending} onClick={() => setConfirming(true)}>
              {t('trash.empty')}
            </Button>
          )
        }
      />

      {trash.isPending && <Spinner block />}
      {trash.isError && <FormError error={trash.error} />}
      {trash.isSuccess && items.length === 0 && (
        <EmptyState icon={<Trash2 size={28} />} title={t('trash.emptyTitle')}>
          <p>{t('trash.emptyText')}</p>
        </EmptyState>
      )}

      {items.length > 0 && (
        <ListTable
          caption={t('trash.title')}
          columns={[{ label: t('trash.colItem') }, { label: t('trash.colType') }, { label: t('trash.colSupplier') }, { label: t('trash.colDeleted') }]}
          actions={t('trash.colActions')}
        >
          {items.map((item) => (
            <tr key={`${item.type}-${item.id}`}>
              <th scope="row">
                <span className="trash-title">
                  {item.type === 'supplier' ? <Building2 size={15} aria-hidden="true" className="muted" /> : item.type === 'attachment' ? <Paperclip size={15} aria-hidden="true" className="muted" /> : item.type === 'template' ? <LayoutTemplate size={15} aria-hidden="true" className="muted" /> : <FileText size={15} aria-hidden="true" className="muted" />}
                  {item.title}
                </span>
              </th>
              <td>
                {item.type === 'supplier' ? (
                  t('trash.typeSupplier')
                ) : item.type === 'attachment' ? (
                  t('trash.typeAttachment')
                ) : item.type === 'template' ? (
                  t('trash.typeTemplate')
                ) : (
                  <span className="kind-label">
                    <span className={`kind-dot kind-${item.kind ?? 'note'}`} aria-hidden="true" />
                    {t(`kinds.${item.kind ?? 'note'}`)}
                  </span>
                )}
              </td>
              <td className="cell-muted">{item.type === 'supplier' || item.type === 'template' ? '—' : item.supplierName}</td>
              <td className="cell-muted">{dateTime(item.deletedAt)}</td>
              <td className="cell-actions">
                <Button
                  size="sm"
                  icon={<RotateCcw size={14} aria-hidden="true" />}
                  busy={restore.isPending && restore.variables?.id === item.id && restore.variables.type === item.type}
                  onClick={() => restore.mutate(item)}
                  aria-label={t('trash.restoreItem', { title: item.title })}
                >
                  {t('trash.restore')}
                </Button>
              </td>
            </tr>
          ))}
        </ListTable>
      )}

      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('trash.confirmTitle')}
        description={t('trash.confirmText', { count: items.length })}
        confirmLabel={t('trash.confirmAction')}
        danger
        onConfirm={() => empty.mutate()}
      />
    </div>
  );
}
