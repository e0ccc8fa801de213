// The attachments of an entry or a supplier: name, type, size and date, each
// opened, saved elsewhere, renamed or removed (to the trash); files added by
// choosing them or by dropping them on the list.
import { useQuery } from '@tanstack/react-query';
import { Download, ExternalLink, Paperclip, Pencil, Trash2 } from 'lucide-react';
import { useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import type { Attachment, AttachmentTarget } from '../../core/attachments';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { Button } from '../components/Button';
import { useDateTime, useFormat } from '../i18n/format';
import { fileToBase64 } from '../data/files';
import { desktopFiles, openOrSaveOnDesktop } from './desktop-files';
import { limitText, openFile, overLimit, saveFile, sizeText } from './files';

export const attachmentsKey = (target: AttachmentTarget) => ['attachments', target] as const;

export function AttachmentList({ target, label }: { target: AttachmentTarget; label: string }) {
  const { t } = useTranslation('journal');
  const f = useFormat();
  const dateTime = useDateTime();
  const list = useQuery({ queryKey: attachmentsKey(target), queryFn: () => api.listAttachments(target) });
  const [renaming, setRenaming] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);

  const add = useJournalMutation(
    async (files: File[]) => {
      const added = [];
      for (const file of files) {
        if (overLimit(file)) {
          toast.error(t('errors:attachmentTooLarge', { max: limitText() }));
          continue;
        }
        added.push(await api.addAttachment({ target, name: file.name, type: file.type, contentBase64: await fileToBase64(file) }));
      }
      return added;
    },
    {
      said: (added) => {
        if (added.length === 0) return null;
        const again = added.filter((a) => !a.storedNew).length;
        return again ? t('attachments.addedKnown', { count: added.length, known: again }) : t('attachments.added', { count: added.length });
      },
    },
  );
  const rename = useJournalMutation((input: { id: number; name: string }) => api.renameAttachment(input), {
    said: () => t('attachments.renamed'),
    onSuccess: () => setRenaming(null),
  });
  const remove = useJournalMutation((a: Attachment) => api.removeAttachment({ id: a.id }), {
    said: (_, a) => t('attachments.removed', { name: a.name }),
  });
  /** Open or save elsewhere: through main in the desktop app (desktop-files.ts), as a tab or a download in the browser. */
  const openOrSave = useJournalMutation(async ({ a, save }: { a: Attachment; save: boolean }) => {
    const desktop = desktopFiles();
    if (desktop) return openOrSaveOnDesktop(desktop, a, save, () => toast.info(t('attachments.mustSave', { name: a.name })));
    const file = await api.getAttachmentContent({ id: a.id });
    if (save) saveFile(file);
    else openFile(file);
    return null;
  }, {
    refresh: false,
    said: (result, { a }) => (result?.saved ? { text: t('attachments.savedTo', { name: a.name }), description: result.saved } : null),
  });

  const drop = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length) add.mutate(files);
  };
  const submitRename = (event: FormEvent<HTMLFormElement>, id: number) => {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '');
    rename.mutate({ id, name });
  };

  const items = list.data ?? [];
  return (
    <section
      aria-label={label}
      className={`attachments${dragging ? ' attachments--drop' : ''}`}
      data-testid="attachments"
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        event.stopPropagation();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <h3 className="attachments__title">
        <Paperclip size={15} aria-hidden="true" /> {label}
      </h3>
      {items.length === 0 ? (
        <p className="muted">{t('attachments.none')}</p>
      ) : (
        <ul className="attachments__list">
          {items.map((a) => (
            <li key={a.id} className="attachments__item">
              {renaming === a.id ? (
                <form className="attachments__rename" onSubmit={(e) => submitRename(e, a.id)}>
                  <input name="name" defaultValue={a.name} aria-label={t('attachments.newName')} autoFocus maxLength={255} required />
                  <Button size="sm" type="submit" busy={rename.isPending}>{t('attachments.saveName')}</Button>
                  <Button size="sm" variant="secondary" onClick={() => setRenaming(null)}>{t('common:actions.cancel')}</Button>
                </form>
              ) : (
                <>
                  <span className="attachments__name">{a.name}</span>
                  <span className="muted attachments__meta">
                    {[a.type || t('attachments.unknownType'), sizeText(a.size, f.number), dateTime(a.addedAt)].join(' · ')}
                  </span>
                  <span className="attachments__actions">
                    <Button size="sm" variant="secondary" aria-label={t('attachments.open', { name: a.name })} onClick={() => openOrSave.mutate({ a, save: false })}>
                      <ExternalLink size={14} aria-hidden="true" />
                    </Button>
                    <Button size="sm" variant="secondary" aria-label={t('attachments.save', { name: a.name })} onClick={() => openOrSave.mutate({ a, save: true })}>
                      <Download size={14} aria-hidden="true" />
                    </Button>
                    <Button size="sm" variant="secondary" aria-label={t('attachments.rename', { name: a.name })} onClick={() => setRenaming(a.id)}>
                      <Pencil size={14} aria-hidden="true" />
                    </Button>
                    <Button size="sm" variant="secondary" aria-label={t('attachments.remove', { name: a.name })} onClick={() => remove.mutate(a)}>
                      <Trash2 size={14} aria-hidden="true" />
                    </Button>
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="attachments__add">
        <Button size="sm" variant="secondary" busy={add.isPending} onClick={() => document.getElementById(inputId(target))?.click()}>
          {t('attachments.add')}
        </Button>
        <span className="muted">{t('attachments.dropHint', { max: limitText() })}</span>
        <input
          id={inputId(target)}
          type="file"
          multiple
          hidden
          aria-label={t('attachments.add')}
          data-testid="attachment-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length) add.mutate(files);
          }}
        />
      </div>
    </section>
  );
}

const inputId = (target: AttachmentTarget) => ('entryId' in target ? `attach-entry-${target.entryId}` : `attach-supplier-${target.supplierId}`);
