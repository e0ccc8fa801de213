// "/agenda", Needs attention: every item soonest first, grouped by when,
// with what was snoozed, dismissed or done kept below, each undoable.
import { BellRing, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MarkedItem } from '../../core/agenda';
import { Button } from '../components/Button';
import { EmptyState } from '../components/EmptyState';
import { FormError } from '../components/FieldError';
import { PageHeader } from '../components/PageHeader';
import { Spinner } from '../components/Spinner';
import { useFormat } from '../i18n/format';
import { AgendaItemRow } from './AgendaItemRow';
import { OpenMeetings } from '../meeting/OpenMeetings';
import { ExportCalendar } from './ExportCalendar';
import { useAgenda, useUndoMark } from './queries';
import { useToday } from './today';
import { headline } from './words';
import '../styles/agenda.css';

export function AgendaScreen() {
  const { t } = useTranslation('agenda');
  const today = useToday();
  const agenda = useAgenda();

  return (
    <div className="page agenda">
      <PageHeader title={t('title')} subtitle={t('subtitle')} actions={<ExportCalendar />} />
      <OpenMeetings />
      {agenda.isPending && <Spinner block />}
      {agenda.isError && <FormError error={agenda.error} />}
      {agenda.isSuccess && agenda.data.total === 0 && (
        <EmptyState icon={<BellRing size={28} />} title={t('empty.title')}><p>{t('empty.text')}</p></EmptyState>
      )}
      {agenda.isSuccess && agenda.data.groups.filter((g) => g.items.length > 0).map((g) => (
        <section key={g.group} className={`agenda-group agenda-group--${g.group}`} aria-labelledby={`agenda-${g.group}`} data-testid={`agenda-group-${g.group}`}>
          <h2 id={`agenda-${g.group}`} className="agenda-group__title">
            {t(`group.${g.group}`)} <span className="agenda-count" data-testid="agenda-group-count">{t('groupCount', { count: g.items.length })}</span>
          </h2>
          <ul className="agenda-list">
            {g.items.map((item) => <AgendaItemRow key={item.key} item={item} today={today} />)}
          </ul>
        </section>
      ))}
      {agenda.isSuccess && <Marked title={t('snoozed.title', { count: agenda.data.snoozed.length })} list={agenda.data.snoozed} testId="agenda-snoozed" />}
      {agenda.isSuccess && <Marked title={t('dismissed.title', { count: agenda.data.dismissed.length })} list={agenda.data.dismissed} testId="agenda-dismissed" />}
      {agenda.isSuccess && <Marked title={t('done.title', { count: agenda.data.done.length })} list={agenda.data.done} testId="agenda-done" />}
    </div>
  );
}

function Marked({ title, list, testId }: { title: string; list: MarkedItem[]; testId: string }) {
  const { t } = useTranslation('agenda');
  const format = useFormat();
  const undo = useUndoMark();
  if (list.length === 0) return null;
  return (
    <details className="agenda-marked" data-testid={testId}>
      <summary>{title}</summary>
      <ul className="agenda-list agenda-list--marked">
        {list.map(({ item, mark }) => (
          <li key={item.key} className="agenda-item agenda-item--marked" data-key={item.key}>
            <div className="agenda-item__body">
              <p className="agenda-item__title">{headline(t, item)}</p>
              <p className="agenda-item__meta">
                {format.date(item.date)}
                {mark.until && <> · {t('snoozed.until', { date: format.date(mark.until) })}</>}
              </p>
            </div>
            <div className="agenda-item__actions">
              <Button size="sm" variant="ghost" icon={<RotateCcw size={14} aria-hidden="true" />} busy={undo.isPending && undo.variables.key === item.key}
                onClick={() => undo.mutate({ key: item.key })}>
                {t('action.undo')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
