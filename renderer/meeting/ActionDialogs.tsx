// The quick actions at the table, in the journal's own words and fields: a
// new promise (theirs or ours, result or effort, in the contract or not, due
// day, owner), a promise settled, an incident resolved. Each is kept with the
// meeting at once and written into the journal when the meeting is finished.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../core/meeting/types';
import { SETTLED_STATUSES } from '../../core/schemas';
import type { Entry } from '../../core/types';
import { api } from '../api/client';
import { useEntries } from '../api/queries';
import { DateInputField } from '../components/DateField';
import { FormDialog } from '../components/FormDialog';
import { Segmented } from '../components/Segmented';
import { useMeetingChange } from './queries';

export type ActionKind = 'promise' | 'settle' | 'resolve';

export function ActionDialog({ meeting, pointId, kind, onClose }: { meeting: Meeting; pointId: number | null; kind: ActionKind | null; onClose: () => void }) {
  const { t } = useTranslation('meeting');
  const { t: tj } = useTranslation('journal');
  const save = useMeetingChange(api.saveMeetingAction);
  const entries = useEntries({ supplierId: meeting.supplierId, kinds: kind === 'resolve' ? ['incident'] : ['promise'] });
  const [title, setTitle] = useState('');
  const [side, setSide] = useState<'supplier' | 'ours'>('supplier');
  const [obligation, setObligation] = useState<'result' | 'effort'>('result');
  const [inContract, setInContract] = useState(false);
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [owner, setOwner] = useState('');
  const [entryId, setEntryId] = useState('');
  const [status, setStatus] = useState<(typeof SETTLED_STATUSES)[number]>('kept');
  const open = (e: Entry) => (e.kind === 'promise' ? e.status === 'open' : e.kind === 'incident' && e.resolvedOn === null);
  const choices = (entries.data ?? []).filter(open);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const base = { meetingId: meeting.id, pointId };
    const input = kind === 'promise'
      ? { ...base, kind, title, side, obligation, inContract, dueOn, owner }
      : kind === 'settle' ? { ...base, kind, entryId: Number(entryId), status } : { ...base, kind: 'resolve' as const, entryId: Number(entryId) };
    save.mutate(input, { onSuccess: onClose });
  };
  if (!kind) return null;
  return (
    <FormDialog open onOpenChange={(o) => !o && onClose()} title={t(`action.${kind}Title`)} onSubmit={submit} submitLabel={t('action.add')} busy={save.isPending}
      disabled={kind === 'promise' ? !title.trim() : !entryId}>
      {kind === 'promise' && (
        <>
          <div className="field">
            <label className="field-label" htmlFor="action-title">{t('action.what')}</label>
            <input id="action-title" className="input" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} autoFocus />
          </div>
          <Segmented legend={t('action.whose')} name="side" value={side} onChange={setSide}
            options={[{ value: 'supplier', label: t('action.theirs') }, { value: 'ours', label: t('action.ours') }]} />
          <Segmented legend={tj('form.obligation')} name="obligation" value={obligation} onChange={setObligation}
            options={[{ value: 'result', label: tj('obligation.result') }, { value: 'effort', label: tj('obligation.effort') }]} />
          <label className="checkbox-row"><input type="checkbox" className="checkbox" checked={inContract} onChange={(e) => setInContract(e.target.checked)} /> {tj('form.inContract')}</label>
          <DateInputField label={tj('form.dueOn')} value={dueOn} onChange={setDueOn} optional min={meeting.date} />
          <div className="field">
            <label className="field-label" htmlFor="action-owner">{t('action.owner')}</label>
            <input id="action-owner" className="input" value={owner} maxLength={120} onChange={(e) => setOwner(e.target.value)} list="meeting-attendees" />
            <datalist id="meeting-attendees">{[...meeting.attendeesOurs, ...meeting.attendeesTheirs].map((n) => <option key={n} value={n} />)}</datalist>
          </div>
        </>
      )}
      {kind !== 'promise' && (
        <div className="field">
          <label className="field-label" htmlFor="action-entry">{t(kind === 'settle' ? 'action.whichPromise' : 'action.whichIncident')}</label>
          <select id="action-entry" className="input" value={entryId} onChange={(e) => setEntryId(e.target.value)} autoFocus>
            <option value="">{t('action.choose')}</option>
            {choices.map((e) => <option key={e.id} value={e.id}>{e.title}</option>)}
          </select>
        </div>
      )}
      {kind === 'settle' && (
        <div className="field">
          <label className="field-label" htmlFor="action-status">{tj('form.status')}</label>
          <select id="action-status" className="input" value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            {SETTLED_STATUSES.map((s) => <option key={s} value={s}>{tj(`status.${s}`)}</option>)}
          </select>
        </div>
      )}
    </FormDialog>
  );
}
