// The top of the overview: how many items need attention in each group,
// and the way to the agenda.
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../components/Button';
import { useAgenda } from './queries';

export function AgendaSummary() {
  const { t } = useTranslation('agenda');
  const agenda = useAgenda();
  if (!agenda.isSuccess) return null;
  const groups = agenda.data.groups.filter((g) => g.items.length > 0);
  return (
    <section className="agenda-summary" aria-labelledby="agenda-summary-title" data-testid="agenda-summary">
      <h2 id="agenda-summary-title" className="agenda-summary__title">{t('summary.label')}</h2>
      {groups.length === 0 ? (
        <p className="agenda-summary__groups">{t('summary.none')}</p>
      ) : (
        <ul className="agenda-summary__groups">
          {groups.map((g) => (
            <li key={g.group} className={g.group === 'overdue' ? 'is-overdue' : undefined}>
              {t(`group.${g.group}`)}: <strong>{g.items.length}</strong>
            </li>
          ))}
        </ul>
      )}
      <LinkButton to="/agenda" size="sm" variant={agenda.data.count > 0 ? 'primary' : 'secondary'}>{t('summary.open')}</LinkButton>
    </section>
  );
}
