// The supplier's open promises, overdue first, each with a quick "Settle".
import { AlarmClock, CalendarClock, Handshake } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import clsx from 'clsx';
import { todayIso } from '../../core/dates';
import type { Entry, PromiseEntry } from '../../core/types';
import { useFormat } from '../i18n/format';
import { overdueDays } from './facts';
import { Button } from '../components/Button';

export function sortOpenPromises(entries: Entry[], today = todayIso()): PromiseEntry[] {
  const open = entries.filter((e): e is PromiseEntry => e.kind === 'promise' && e.status === 'open');
  return open.sort((a, b) => {
    const ao = overdueDays(a, today) > 0 ? 0 : 1;
    const bo = overdueDays(b, today) > 0 ? 0 : 1;
    if (ao !== bo) return ao - bo;
    const ad = a.dueOn ?? '9999-12-31';
    const bd = b.dueOn ?? '9999-12-31';
    return ad === bd ? a.date.localeCompare(b.date) : ad.localeCompare(bd);
  });
}

export function OpenPromises({
  promises, onSettle, onOpen, loading,
}: {
  promises: PromiseEntry[];
  onSettle: (p: PromiseEntry) => void;
  onOpen: (p: PromiseEntry) => void;
  loading: boolean;
}) {
  const { t } = useTranslation('journal');
  const f = useFormat();
  return (
    <section className="j-panel" aria-labelledby="open-promises-title">
      <h2 id="open-promises-title" className="j-panel__title">
        <Handshake size={16} aria-hidden="true" /> {t('openPromises.title')}
        {promises.length > 0 && <span className="j-panel__count">{f.number(promises.length)}</span>}
      </h2>
      {!loading && promises.length === 0 && <p className="muted j-panel__empty">{t('openPromises.none')}</p>}
      <ul className="j-promises">
        {promises.map((p) => {
          const late = overdueDays(p);
          return (
            <li key={p.id} className={clsx('j-promise', late > 0 && 'j-promise--overdue')}>
              <button type="button" className="j-promise__title" onClick={() => onOpen(p)}>
                {p.title}
              </button>
              <div className="j-promise__meta">
                {late > 0 ? (
                  <span className="j-chip j-chip--danger">
                    <AlarmClock size={13} aria-hidden="true" />
                    {t('facts.overdueDays', { count: late })}
                  </span>
                ) : p.dueOn ? (
                  <span className="j-fact">
                    <CalendarClock size={13} aria-hidden="true" /> {t('facts.due', { date: f.date(p.dueOn) })}
                  </span>
                ) : (
                  <span className="j-fact">{t('openPromises.noDueDate')}</span>
                )}
                {p.side === 'ours' && <span className="j-fact">{t('openPromises.ours')}</span>}
                <span className="j-fact">{t(`obligation.${p.obligation}`)}</span>
              </div>
              <Button size="sm" onClick={() => onSettle(p)} aria-label={t('openPromises.settleLabel', { title: p.title })}>
                {t('action.settle')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
