// On the agenda: the meetings being prepared or left unfinished, soonest
// first, each a link to go on with it (a crash or a closed window mid-meeting
// leaves it here, where it was).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetings } from './queries';

export function OpenMeetings() {
  const { t } = useTranslation('meeting');
  const meetings = useMeetings(null);
  const open = (meetings.data ?? []).filter((m) => m.status !== 'finished').sort((a, b) => a.date.localeCompare(b.date));
  if (open.length === 0) return null;
  return (
    <section className="agenda-group" aria-labelledby="agenda-meetings" data-testid="agenda-meetings">
      <h2 id="agenda-meetings" className="agenda-group__title">{t('agenda.heading')}</h2>
      <ul className="agenda-list mt-open-list">
        {open.map((m) => (
          <li key={m.id}>
            <Link to={`/meetings/${m.id}`}>{t(m.status === 'draft' ? 'agenda.next' : 'agenda.unfinished', { name: m.supplierName, date: m.date })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
