// The pack's "coming up" block: the supplier's next deadlines from the agenda,
// said as the agenda screen says them (renderer/agenda/words.ts).
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../core/agenda';
import { headline } from '../agenda/words';
import { PrivateTag } from './PackLayout';
import { usePackText } from './packText';

export function PackComingUp({ items }: { items: AgendaItem[] }) {
  const { text } = usePackText();
  const { t } = useTranslation('agenda');
  return (
    <section className="rp-section rp-coming-up" data-testid="report-coming-up">
      <div className="rp-keep">
        <h2 className="rp-h2">{t('comingUp.title')}</h2>
        {items.length === 0 ? <p className="rp-muted">{t('comingUp.none')}</p> : (
          <ul className="rp-points">
            {items.map((i) => <li key={i.key}><strong>{text.date(i.date)}</strong> · {headline(t, i)}<PrivateTag show={i.private} /></li>)}
          </ul>
        )}
      </div>
    </section>
  );
}
