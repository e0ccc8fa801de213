// Preparing the agenda: the draft drawn from the journal, in its order. The
// manager reorders (Alt+Arrow up/down on a point, its buttons, or by drag),
// edits, removes and adds points, and marks each one to raise or for
// information. Every change is kept at once.
import { ArrowDown, ArrowUp, GripVertical, Plus, Trash2 } from 'lucide-react';
import { useState, type DragEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingPoint } from '../../core/meeting/types';
import { api } from '../api/client';
import { Button } from '../components/Button';
import { useAutosaved } from './autosave';
import { useMeetingChange } from './queries';
import { useShownAtOnce } from '../api/shown-at-once';

function PointRow({ point, index, count, onMove, onDragStart, onDrop }: {
  point: MeetingPoint; index: number; count: number; onMove: (id: number, to: number) => void;
  onDragStart: (id: number) => void; onDrop: (to: number) => void;
}) {
  const { t } = useTranslation('meeting');
  const change = useMeetingChange(api.updateMeetingPoint);
  const remove = useMeetingChange(api.removeMeetingPoint);
  const [purpose, choosePurpose, forgetPurpose] = useShownAtOnce(point.purpose);
  const [title, setTitle, flush] = useAutosaved(point.title, (value) => { if (value.trim()) change.mutate({ id: point.id, title: value }); });
  const keys = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const to = index + (event.key === 'ArrowUp' ? -1 : 1);
    if (to >= 0 && to < count) onMove(point.id, to);
  };
  return (
    <li className="mt-point" draggable onDragStart={(e: DragEvent) => { e.dataTransfer.effectAllowed = 'move'; onDragStart(point.id); }}
      onDragOver={(e) => e.preventDefault()} onDrop={(e) => { e.preventDefault(); onDrop(index); }} data-point-id={point.id}>
      <GripVertical className="mt-grip" size={16} aria-hidden="true" />
      <span className="mt-point__number" aria-hidden="true">{index + 1}.</span>
      <div className="mt-point__body">
        <label className="visually-hidden" htmlFor={`point-title-${point.id}`}>{t('prepare.pointTitle', { n: index + 1 })}</label>
        <input id={`point-title-${point.id}`} className="input mt-point__title" value={title} maxLength={200}
          aria-describedby={`point-about-${point.id}`} onChange={(e) => setTitle(e.target.value)} onBlur={flush} onKeyDown={keys} />
        <p id={`point-about-${point.id}`} className="mt-point__about muted">
          <span className="mt-tag">{t(`source.${point.source}`)}</span> {point.detail}
          {point.entryGone && <span className="mt-gone"> {t('screen.entryGone')}</span>}
        </p>
      </div>
      <label className="visually-hidden" htmlFor={`point-purpose-${point.id}`}>{t('prepare.purpose', { n: index + 1 })}</label>
      <select id={`point-purpose-${point.id}`} className="input mt-point__purpose" value={purpose}
        onChange={(e) => {
          const chosen = e.target.value as MeetingPoint['purpose'];
          choosePurpose(chosen);
          change.mutate({ id: point.id, purpose: chosen }, { onError: forgetPurpose });
        }}>
        <option value="raise">{t('purpose.raise')}</option>
        <option value="info">{t('purpose.info')}</option>
      </select>
      <div className="mt-point__buttons">
        <Button size="sm" variant="ghost" aria-label={t('prepare.moveUp', { title: point.title })} disabled={index === 0} onClick={() => onMove(point.id, index - 1)} icon={<ArrowUp size={16} aria-hidden="true" />} />
        <Button size="sm" variant="ghost" aria-label={t('prepare.moveDown', { title: point.title })} disabled={index === count - 1} onClick={() => onMove(point.id, index + 1)} icon={<ArrowDown size={16} aria-hidden="true" />} />
        <Button size="sm" variant="ghost" aria-label={t('prepare.remove', { title: point.title })} onClick={() => remove.mutate({ id: point.id })} icon={<Trash2 size={16} aria-hidden="true" />} />
      </div>
    </li>
  );
}

export function PrepareAgenda({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meeting');
  const move = useMeetingChange(api.moveMeetingPoint);
  const add = useMeetingChange(api.addMeetingPoint);
  const [dragged, setDragged] = useState<number | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [purpose, setPurpose] = useState<'raise' | 'info'>('raise');
  const onMove = (id: number, to: number) => {
    const focused = document.activeElement;
    move.mutate({ id, position: to }, {
      // The point keeps the focus where it went (moving its row drops the
      // focus), unless the manager has since gone on elsewhere: typing in
      // another field is never pulled back.
      onSuccess: () => requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now === focused || now === null || now === document.body) document.getElementById(`point-title-${id}`)?.focus();
      }),
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!newTitle.trim()) return;
    add.mutate({ meetingId: meeting.id, title: newTitle, purpose }, { onSuccess: () => setNewTitle('') });
  };
  return (
    <section className="mt-section" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="mt-h2">{t('prepare.heading')}</h2>
      <p className="muted">{t('prepare.help')}</p>
      {meeting.points.length === 0 && <p className="muted">{t('prepare.empty')}</p>}
      <ol className="mt-points">
        {meeting.points.map((p, i) => (
          <PointRow key={p.id} point={p} index={i} count={meeting.points.length} onMove={onMove}
            onDragStart={setDragged} onDrop={(to) => { if (dragged !== null) onMove(dragged, to); setDragged(null); }} />
        ))}
      </ol>
      <form className="mt-add" onSubmit={submit}>
        <div className="field">
          <label className="field-label" htmlFor="new-point">{t('prepare.newPoint')}</label>
          <input id="new-point" className="input" value={newTitle} maxLength={200} onChange={(e) => setNewTitle(e.target.value)} />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="new-point-purpose">{t('prepare.newPurpose')}</label>
          <select id="new-point-purpose" className="input" value={purpose} onChange={(e) => setPurpose(e.target.value as 'raise' | 'info')}>
            <option value="raise">{t('purpose.raise')}</option>
            <option value="info">{t('purpose.info')}</option>
          </select>
        </div>
        <Button type="submit" icon={<Plus size={16} aria-hidden="true" />} busy={add.isPending} disabled={!newTitle.trim()}>{t('prepare.add')}</Button>
      </form>
    </section>
  );
}
