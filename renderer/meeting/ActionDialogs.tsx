// The quick actions at the table are the journal's own forms: the entry form
// for a new promise (with an owner beside it), the settle and resolve dialogs.
// They save nothing themselves: their checked values are kept with the
// meeting at once and written into the journal when the meeting is finished.
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingActionInput } from '../../core/meeting/schemas';
import type { Meeting } from '../../core/meeting/types';
import type { Entry, IncidentEntry, PromiseEntry } from '../../core/types';
import { api } from '../api/client';
import { useEntries } from '../api/queries';
import { Modal } from '../components/Dialog';
import { Label } from '../components/field-parts';
import { FormDialog } from '../components/FormDialog';
import { EntryForm } from '../journal/EntryForm';
import { ResolveDialog, SettleDialog } from '../journal/SettleDialogs';
import { meetingKeys } from './queries';

export type ActionKind = 'promise' | 'settle' | 'resolve';

/** Keeps an action with the meeting; a refusal goes back to the form that asked, which shows it beside its field. */
function useKeepAction(meeting: Meeting, pointId: number | null) {
  const client = useQueryClient();
  return async (input: MeetingActionInput) => {
    const saved = await api.saveMeetingAction({ ...input, meetingId: meeting.id, pointId });
    client.setQueryData(meetingKeys.one(saved.id), saved);
    void client.invalidateQueries({ queryKey: ['meetings'] });
  };
}

export function ActionDialog({ meeting, pointId, kind, onClose }: { meeting: Meeting; pointId: number | null; kind: ActionKind | null; onClose: () => void }) {
  if (kind === 'promise') return <PromiseAction meeting={meeting} pointId={pointId} onClose={onClose} />;
  if (kind) return <EntryAction meeting={meeting} pointId={pointId} kind={kind} onClose={onClose} />;
  return null;
}

function PromiseAction({ meeting, pointId, onClose }: { meeting: Meeting; pointId: number | null; onClose: () => void }) {
  const { t } = useTranslation('meeting');
  const keepAction = useKeepAction(meeting, pointId);
  const [owner, setOwner] = useState('');
  return (
    <Modal open onOpenChange={(o) => !o && onClose()} wide title={t('action.promiseTitle')}>
      <EntryForm
        supplierId={meeting.supplierId}
        kind="promise"
        initial={{ date: meeting.date }}
        submitLabel={t('action.add')}
        onCancel={onClose}
        onSaved={onClose}
        keep={async (input) => {
          if (input.kind !== 'promise') return;
          const { supplierId: _supplier, ...entry } = input;
          await keepAction({
            meetingId: meeting.id, kind: 'promise', owner, entry: { ...entry, kind: 'promise' },
            title: input.title, side: input.side ?? 'supplier', obligation: input.obligation, inContract: input.inContract, dueOn: input.dueOn, private: input.private,
          });
        }}
      >
        <div className="field">
          <Label htmlFor="action-owner" optional>{t('action.owner')}</Label>
          <input id="action-owner" className="input" value={owner} maxLength={120} onChange={(e) => setOwner(e.target.value)} list="meeting-attendees" autoComplete="off" />
          <datalist id="meeting-attendees">{[...meeting.attendeesOurs, ...meeting.attendeesTheirs].map((n) => <option key={n} value={n} />)}</datalist>
        </div>
      </EntryForm>
    </Modal>
  );
}

const isOpen = (e: Entry) => (e.kind === 'promise' ? e.status === 'open' : e.kind === 'incident' && e.resolvedOn === null);

/** Settle a promise or resolve an incident: which one (the point's own when it is about one), then the journal's dialog for it. */
function EntryAction({ meeting, pointId, kind, onClose }: { meeting: Meeting; pointId: number | null; kind: 'settle' | 'resolve'; onClose: () => void }) {
  const { t } = useTranslation('meeting');
  const keepAction = useKeepAction(meeting, pointId);
  const entryKind = kind === 'settle' ? 'promise' : 'incident';
  const entries = useEntries({ supplierId: meeting.supplierId, kinds: [entryKind] });
  const choices = (entries.data ?? []).filter(isOpen);
  const pointEntry = meeting.points.find((p) => p.id === pointId)?.entryId ?? null;
  const [picked, setPicked] = useState<number | null>(null);
  const [choice, setChoice] = useState('');
  const chosen = choices.find((e) => e.id === (picked ?? pointEntry)) ?? null;

  if (!entries.data) return null;
  if (chosen && kind === 'settle') {
    return <SettleDialog promise={chosen as PromiseEntry} onClose={onClose} day={meeting.date} submitLabel={t('action.add')}
      keep={({ id, status, settledOn }) => keepAction({ meetingId: meeting.id, kind: 'settle', entryId: id, status, settledOn })} />;
  }
  if (chosen) {
    return <ResolveDialog incident={chosen as IncidentEntry} onClose={onClose} day={meeting.date} submitLabel={t('action.add')}
      keep={({ id, resolvedOn, handledWell }) => keepAction({ meetingId: meeting.id, kind: 'resolve', entryId: id, resolvedOn, handledWell: handledWell ?? null })} />;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (choice) setPicked(Number(choice));
  };
  return (
    <FormDialog open onOpenChange={(o) => !o && onClose()} title={t(`action.${kind}Title`)} onSubmit={submit} submitLabel={t('action.next')} disabled={!choice}>
      <div className="field">
        <label className="field-label" htmlFor="action-entry">{t(kind === 'settle' ? 'action.whichPromise' : 'action.whichIncident')}</label>
        <select id="action-entry" className="input" value={choice} onChange={(e) => setChoice(e.target.value)} autoFocus>
          <option value="">{t('action.choose')}</option>
          {choices.map((e) => <option key={e.id} value={e.id}>{e.title}</option>)}
        </select>
      </div>
    </FormDialog>
  );
}
