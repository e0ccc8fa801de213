// The review of one mail draft (MailDrafts.tsx keeps the queue): the
// supplier confirmed or chosen, the subject, date and text as the entry will
// have them; saving writes the interaction with the mail kept on it.
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../core/dates';
import { nameDraft, personLabel, type MailDraft } from '../../core/mail';
import type { SupplierSummary } from '../../core/views';
import { api } from '../api/client';
import { useJournalMutation } from '../api/mutation';
import { useSuppliers } from '../api/queries';
import { DateInputField } from '../components/DateField';
import { FieldError } from '../components/FieldError';
import { FormDialog } from '../components/FormDialog';

export interface Review {
  draft: MailDraft;
  contentBase64: string;
  /** Dropped or chosen on a supplier's page: its supplier is not asked. */
  fixed: boolean;
  /** Its own, so a mail dropped twice is reviewed twice afresh. */
  key: number;
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

export function MailReview({ review, remaining, onDone }: { review: Review; remaining: number; onDone: () => void }) {
  const { t } = useTranslation('journal');
  const { draft } = review;
  const id = useId();
  const suppliers = useSuppliers();
  const [supplierId, setSupplierId] = useState<number | null>(draft.supplierId);
  const [unchosen, setUnchosen] = useState(false);
  const supplierSelect = useRef<HTMLSelectElement>(null);
  const [date, setDate] = useState<string | null>(draft.sentAt ? todayIso(new Date(draft.sentAt)) : todayIso());
  const [title, setTitle] = useState(draft.subject || draft.fileName);
  const [body, setBody] = useState(() => entryBody(draft, t, draft.body));
  const choices = useMemo(() => supplierChoices(suppliers.data ?? [], draft.supplierId), [suppliers.data, draft.supplierId]);
  const chosen = choices.find((s) => s.id === supplierId);

  /** Another supplier chosen: the people named from its contacts, unless the manager already changed the text. */
  const choose = (value: string) => {
    const next = value ? Number(value) : null;
    setSupplierId(next);
    setUnchosen(false);
    const before = entryBody(nameDraft(draft, chosen?.contacts ?? []), t, draft.body);
    const nextSupplier = choices.find((s) => s.id === next);
    if (body === before) setBody(entryBody(nameDraft(draft, nextSupplier?.contacts ?? []), t, draft.body));
  };

  const save = useJournalMutation(
    (target: { id: number; name: string }) => api.saveMailEntry({
      entry: { supplierId: target.id, kind: 'interaction', channel: 'email', date: date ?? todayIso(), title: title.trim().slice(0, 200), body },
      mail: { name: draft.fileName, type: draft.fileType, contentBase64: review.contentBase64 },
    }),
    { failure: 'inline', said: (_, target) => (review.fixed ? t('mail.saved') : t('mail.savedTo', { supplier: target.name })), onSuccess: onDone },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (review.fixed && supplierId !== null) return save.mutate({ id: supplierId, name: '' });
    if (!chosen) {
      setUnchosen(true);
      supplierSelect.current?.focus();
      return;
    }
    save.mutate({ id: chosen.id, name: chosen.name });
  };
  const hint = choices.length === 0 ? t('mail.noSuppliers') : draft.supplierId !== null ? t('mail.matched') : t('mail.notMatched');
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
      disabled={!review.fixed && choices.length === 0}
      failure={save.failure}
      dirty={false}
    >
      {!review.fixed && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-supplier`}>{t('mail.supplier')}</label>
          <select
            ref={supplierSelect}
            id={`${id}-supplier`}
            className="input select"
            value={supplierId ?? ''}
            onChange={(e) => choose(e.target.value)}
            aria-invalid={unchosen || undefined}
            aria-describedby={`${id}-supplier-hint${unchosen ? ` ${id}-supplier-error` : ''}`}
          >
            <option value="">{t('mail.chooseSupplier')}</option>
            {choices.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
          <p id={`${id}-supplier-hint`} className="field-hint">{hint}</p>
          <FieldError id={`${id}-supplier-error`} issue={unchosen ? { key: 'supplierRequired', params: {} } : undefined} text={t('mail.supplierRequired')} />
        </div>
      )}
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

/** The suppliers a mail may go to: the active ones, and the matched one even when its relationship has ended. */
function supplierChoices(suppliers: readonly SupplierSummary[], matched: number | null): SupplierSummary[] {
  return suppliers.filter((s) => s.status === 'active' || s.id === matched);
}
