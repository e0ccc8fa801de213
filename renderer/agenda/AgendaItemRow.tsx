// One item on the agenda with its actions in place: settle a promise,
// resolve an incident, mark a follow-up done, snooze (a day, a week, until a
// day), dismiss. Each says so in a toast with an undo.
import { BellOff, CalendarCheck, CalendarClock, Check, CircleAlert, Clock, FileSignature, Handshake, Lock, MessageCircleOff, RefreshCcw, X } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import type { AgendaItem } from '../../core/agenda';
import { addDays } from '../../core/dates';
import { isoDate } from '../../core/schema-parts';
import { SETTLED_STATUSES } from '../../core/schemas';
import { Button, LinkButton } from '../components/Button';
import { DateField } from '../components/DateField';
import { schemaResolver } from '../components/form';
import { useFormat } from '../i18n/format';
import { useAgendaActions } from './queries';
import { detail, headline, when } from './words';

const ICONS = {
  promise: Handshake, notice: FileSignature, contractEnd: RefreshCcw, review: CalendarClock, incident: CircleAlert, quiet: MessageCircleOff, followUp: Clock, meeting: CalendarCheck,
} as const;

type Settled = (typeof SETTLED_STATUSES)[number];

export function AgendaItemRow({ item, today }: { item: AgendaItem; today: string }) {
  const { t } = useTranslation('agenda');
  const format = useFormat();
  const date = (iso: string) => format.date(iso);
  const actions = useAgendaActions(item);
  const [snoozing, setSnoozing] = useState(false);
  const [status, setStatus] = useState<Settled>('kept');
  const Icon = ICONS[item.kind];
  const title = headline(t, item);
  const why = detail(t, item, date, today);
  const overdue = item.date < today;

  const snooze = (until: string) => actions.snooze.mutate({ key: item.key, until, today });
  const dismiss = () => actions.dismiss.mutate({ key: item.key });
  const markDone = () => actions.done.mutate({ key: item.key });
  const settle = () => actions.settle.mutate({ id: item.entryId!, status, settledOn: today });
  const resolve = () => actions.resolve.mutate({ id: item.entryId!, resolvedOn: today, handledWell: null });

  return (
    <li className={`agenda-item agenda-item--${item.kind}${overdue ? ' agenda-item--overdue' : ''}`} data-testid="agenda-item" data-key={item.key}>
      <span className="agenda-item__icon" aria-hidden="true"><Icon size={18} /></span>
      <div className="agenda-item__body">
        <p className="agenda-item__title">
          {title}
          {item.private && <span className="agenda-chip"><Lock size={12} aria-hidden="true" />{t('item.private')}</span>}
        </p>
        <p className="agenda-item__meta">
          <span className="agenda-item__when">{when(t, item.date, today, date)}</span>
          <span aria-hidden="true"> · </span>
          <Link to={`/suppliers/${item.supplierId}`}>{item.supplierName}</Link>
          {why && <><span aria-hidden="true"> · </span>{why}</>}
        </p>
      </div>
      <div className="agenda-item__actions" role="group" aria-label={t('action.actionsFor', { what: title })}>
        {item.kind === 'promise' && (
          <span className="agenda-settle">
            <label className="visually-hidden" htmlFor={`settle-${item.key}`}>{t('action.settleAs')}</label>
            <select id={`settle-${item.key}`} className="input agenda-select" value={status} onChange={(e) => setStatus(e.target.value as Settled)}>
              {SETTLED_STATUSES.map((s) => <option key={s} value={s}>{t(`journal:status.${s}`)}</option>)}
            </select>
            <Button size="sm" variant="primary" icon={<Check size={14} aria-hidden="true" />} busy={actions.settle.isPending} onClick={settle}>{t('action.settle')}</Button>
          </span>
        )}
        {item.kind === 'incident' && (
          <Button size="sm" variant="primary" icon={<Check size={14} aria-hidden="true" />} busy={actions.resolve.isPending} onClick={resolve}>{t('action.resolve')}</Button>
        )}
        {item.meeting && (
          <LinkButton size="sm" variant="primary" to={`/meetings/${item.meeting.id}`}>
            {t(item.meeting.status === 'in_progress' ? 'action.goOnMeeting' : 'action.openMeeting')}
          </LinkButton>
        )}
        {item.kind === 'followUp' && (
          <Button size="sm" variant="primary" icon={<Check size={14} aria-hidden="true" />} busy={actions.done.isPending} onClick={markDone}
            aria-label={t('action.doneLabel', { title: item.title })}>{t('action.done')}</Button>
        )}
        <Button size="sm" variant="ghost" icon={<BellOff size={14} aria-hidden="true" />} aria-expanded={snoozing} onClick={() => setSnoozing((v) => !v)}>{t('action.snooze')}</Button>
        <Button size="sm" variant="ghost" icon={<X size={14} aria-hidden="true" />} busy={actions.dismiss.isPending} onClick={dismiss}>{t('action.dismiss')}</Button>
      </div>
      {snoozing && <SnoozeChoices today={today} onSnooze={snooze} />}
    </li>
  );
}

function SnoozeChoices({ today, onSnooze }: { today: string; onSnooze: (until: string) => void }) {
  const { t } = useTranslation('agenda');
  // A snooze runs to a day after today (the journal checks the same).
  const schema = z.object({ until: isoDate.refine((d) => d > today, { error: 'snoozeNotAfterToday' }) });
  const { control, handleSubmit, formState: { errors } } = useForm({ resolver: schemaResolver(schema), defaultValues: { until: addDays(today, 14) } });
  return (
    <form className="agenda-snooze" noValidate onSubmit={handleSubmit(({ until }) => onSnooze(until))}>
      <Button size="sm" onClick={() => onSnooze(addDays(today, 1))}>{t('action.snoozeDay')}</Button>
      <Button size="sm" onClick={() => onSnooze(addDays(today, 7))}>{t('action.snoozeWeek')}</Button>
      <DateField control={control} name="until" label={t('action.snoozeUntil')} error={errors.until} inline />
      <Button size="sm" type="submit">{t('action.snoozeDate')}</Button>
    </form>
  );
}
