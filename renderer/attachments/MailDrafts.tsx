// Mails dropped or chosen on a supplier: each read into a draft interaction
// (readMail, core/mail.ts) and reviewed one after another; saving writes the
// interaction with the mail kept on it (saveMailEntry). A file that is no
// mail says so and nothing is written.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toast } from 'sonner';
import { todayIso } from '../../core/dates';
import { personLabel, type MailDraft } from '../../core/mail';
import { api } from '../api/client';
import { errorText } from '../api/errors';
import { useJournalMutation } from '../api/mutation';
import { DateInputField } from '../components/DateField';
import { FormDialog } from '../components/FormDialog';
import { fileToBase64 } from '../data/files';
import { limitText, overLimit } from './files';

interface Review {
  draft: MailDraft;
  contentBase64: string;
}

/** Local time of a moment, "14:32". */
const localTime = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** The entry's text: who wrote to whom and when (local time), then the mail's own text. */
function entryBody(draft: MailDraft, t: (key: string, o?: Record<string, unknown>) => string, body: string): string {
  const lines = [
    draft.from ? `${t('mail.from')}: ${personLabel(draft.from)}` : null,
    draft.to.length ? `${t('mail.to')}: ${draft.to.map(personLabel).join(', ')}` : null,
    draft.cc.length ? `${t('mail.cc')}: ${draft.cc.map(personLabel).join(', ')}` : null,
    draft.sentAt ? `${t('mail.sentAt')}: ${localTime(draft.sentAt)}` : null,
  ].filter(Boolean);
  return `${lines.join('\n')}\n\n${body}`.trim();
}

export function useMailDrafts(supplierId: number) {
  const { t } = useTranslation('journal');
  const [queue, setQueue] = useState<Review[]>([]);

  const read = useJournalMutation(
    async (files: File[]) => {
      const read: Review[] = [];
      for (const file of files) {
        if (overLimit(file)) {
          toast.error(t('errors:attachmentTooLarge', { max: limitText() }));
          continue;
        }
        const contentBase64 = await fileToBase64(file);
        try {
          read.push({ draft: await api.readMail({ supplierId, name: file.name, contentBase64 }), contentBase64 });
        } catch (err) {
          // One file that is no mail does not stop the others.
          toast.error(`${file.name}: ${errorText(t, err)}`);
        }
      }
      return read;
    },
    { refresh: false, onSuccess: (read) => setQueue((q) => [...q, ...read]) },
  );

  const next = () => setQueue((q) => q.slice(1));
  const current = queue[0] ?? null;
  const dialog = current ? (
    <MailReview key={`${current.draft.fileName}-${queue.length}`} review={current} supplierId={supplierId} remaining={queue.length - 1} onDone={next} />
  ) : null;
  return { readMails: (files: File[]) => read.mutate(files), busy: read.isPending, dialog };
}

function MailReview({ review, supplierId, remaining, onDone }: { review: Review; supplierId: number; remaining: number; onDone: () => void }) {
  const { t } = useTranslation('journal');
  const { draft } = review;
  const id = useId();
  const [date, setDate] = useState<string | null>(draft.sentAt ? todayIso(new Date(draft.sentAt)) : todayIso());
  const [title, setTitle] = useState(draft.subject || draft.fileName);
  const [body, setBody] = useState(() => entryBody(draft, t, draft.body));
  const save = useJournalMutation(
    () => api.saveMailEntry({
      entry: { supplierId, kind: 'interaction', channel: 'email', date: date ?? todayIso(), title: title.trim().slice(0, 200), body },
      mail: { name: draft.fileName, type: draft.fileType, contentBase64: review.contentBase64 },
    }),
    { failure: 'inline', said: () => t('mail.saved'), onSuccess: onDone },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <FormDialog
      open
      wide
      onOpenChange={(open) => !open && onDone()}
      title={t('mail.reviewTitle')}
      description={remaining ? t('mail.moreWaiting', { count: remaining }) : draft.fileName}
      onSubmit={submit}
      submitLabel={t('mail.save')}
      busy={save.isPending}
      failure={save.failure}
      dirty={false}
    >
      <div className="field">
        <label className="field-label" htmlFor={`${id}-title`}>{t('mail.subject')}</label>
        <input id={`${id}-title`} className="input" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <DateInputField label={t('mail.date')} value={date} onChange={setDate} required />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-body`}>{t('mail.body')}</label>
        <textarea id={`${id}-body`} className="input textarea" rows={10} value={body} onChange={(e) => setBody(e.target.value)} />
      </div>
      {draft.quoted && (
        <details className="mail-quoted">
          <summary>{t('mail.quoted')}</summary>
          <pre>{draft.quoted}</pre>
        </details>
      )}
      <p className="muted">{t('mail.keptAs', { name: draft.fileName })}</p>
    </FormDialog>
  );
}
