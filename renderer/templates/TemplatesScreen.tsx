// "/templates": the journal's entry templates, each to change (its name and
// what it fills in) or to delete (to the trash, with an undo in the toast).
// Templates are made from an entry ("Save as template" in its details) or
// from a new entry's dialog; here the manager keeps the list tidy.
import { LayoutTemplate, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryTemplate } from '../../core/templates';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useTemplates } from '../api/queries';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { ListTable } from '../components/ListTable';
import { TemplateDialog, type TemplateStart } from './TemplateDialog';
import '../styles/journal.css';

export function TemplatesScreen() {
  const { t } = useTranslation('journal');
  const templates = useTemplates();
  const [editing, setEditing] = useState<TemplateStart | null>(null);

  const restore = useJournalMutation((tp: EntryTemplate) => api.restoreFromTrash({ type: 'template', id: tp.id }), {
    said: (_, tp) => t('templates.toast.restored', { name: tp.name }),
  });
  const remove = useJournalMutation((tp: EntryTemplate) => api.deleteEntryTemplate({ id: tp.id }), {
    said: (_, tp) => ({
      text: t('templates.toast.deleted', { name: tp.name }), neutral: true, duration: 10_000,
      action: { label: t('action.undo'), onClick: () => restore.mutate(tp) },
    }),
  });

  const list = templates.data ?? [];

  return (
    <div className="page">
      <PageHeader title={t('templates.title')} subtitle={t('templates.subtitle')} />
      {templates.isPending && <Spinner block />}
      {templates.isError && <FormError error={templates.error} />}
      {templates.isSuccess && list.length === 0 && (
        <EmptyState icon={<LayoutTemplate size={28} />} title={t('templates.emptyTitle')}>
          <p>{t('templates.emptyText')}</p>
        </EmptyState>
      )}
      {list.length > 0 && (
        <ListTable
          caption={t('templates.title')}
          className="templates-table"
          columns={[{ label: t('templates.colName') }, { label: t('templates.colKind') }, { label: t('templates.colFills') }]}
          actions={t('templates.colActions')}
        >
          {list.map((tp) => (
            <tr key={tp.id}>
              <th scope="row">{tp.name}</th>
              <td>
                <span className="kind-label">
                  <span className={`kind-dot kind-${tp.kind}`} aria-hidden="true" />
                  {t(`kind.${tp.kind}`)}
                </span>
              </td>
              <td>
                <div className="templates-fills">
                  {tp.values.title ? <span>{tp.values.title}</span> : <span className="muted">{t('templates.noTitle')}</span>}
                  {tp.values.tags.length > 0 && (
                    <span className="j-row__tags">
                      {tp.values.tags.map((tag) => <span key={tag} className="j-tag">{tag}</span>)}
                    </span>
                  )}
                </div>
              </td>
              <td className="cell-actions">
                <Button size="sm" icon={<Pencil size={14} aria-hidden="true" />} onClick={() => setEditing({ template: tp, values: tp.values })} aria-label={t('templates.editItem', { name: tp.name })}>
                  {t('action.edit')}
                </Button>{' '}
                <Button
                  size="sm"
                  variant="danger"
                  icon={<Trash2 size={14} aria-hidden="true" />}
                  busy={remove.isPending && remove.variables?.id === tp.id}
                  onClick={() => remove.mutate(tp)}
                  aria-label={t('templates.deleteItem', { name: tp.name })}
                >
                  {t('action.delete')}
                </Button>
              </td>
            </tr>
          ))}
        </ListTable>
      )}
      <TemplateDialog start={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
