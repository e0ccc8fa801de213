// The supplier's review meetings, newest first: the one under way to go on
// with, the finished ones to read or print the minutes of.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PrepareMeetingButton } from './PrepareMeetingButton';
import { useMeetings } from './queries';

export function MeetingHistory({ supplierId, active }: { supplierId: number; active: boolean }) {
  const { t } = useTranslation('meeting');
  const meetings = useMeetings(supplierId);
  const list = meetings.data ?? [];
  return (
    <section className="card mt-history" aria-labelledby="meetings-heading">
      <div className="mt-history__head">
        <h2 id="meetings-heading" className="mt-h3">{t('history.heading')}</h2>
        {active && <PrepareMeetingButton supplierId={supplierId} className="btn-sm" />}
      </div>
      {list.length === 0 ? <p className="muted">{t('history.none')}</p> : (
        <ul className="mt-history__list">
          {list.map((m) => (
            <li key={m.id}>
              <Link to={`/meetings/${m.id}`}>{t('history.line', { date: m.date, status: t(`status.${m.status}`) })}</Link>
              <span className="muted"> · {t('history.counts', { points: m.points, actions: m.actions })}</span>
              {m.decision && <span className="muted"> · {t(`decision.${m.decision}`)}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
