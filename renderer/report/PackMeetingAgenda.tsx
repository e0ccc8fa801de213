// The agenda of a pack printed for a meeting being prepared: the manager's
// own points, in their order, each to raise or for information (in place of
// the talking points core/report drafts). A point about a private entry stays
// out of a pack that leaves private entries out.
import type { Meeting } from '../../core/meeting/types';
import { useTranslation } from 'react-i18next';
import { usePackText } from './packText';

export function PackMeetingAgenda({ meeting, includePrivate }: { meeting: Meeting; includePrivate: boolean }) {
  const { t, text } = usePackText();
  const { t: tm } = useTranslation('meeting');
  const points = meeting.points.filter((p) => includePrivate || !p.entryPrivate);
  return (
    <section className="rp-section rp-agenda" data-agenda="meeting">
      <div className="rp-keep">
        <h2 className="rp-h2">{t('agenda.heading')}</h2>
        <p className="rp-intro">{tm('pack.intro', { date: text.date(meeting.date) })}</p>
      </div>
      {points.length === 0 ? <p className="rp-muted">{t('agenda.empty')}</p> : (
        <ol className="rp-agenda__list rp-points">
          {points.map((p) => (
            <li key={p.id} className="rp-point" data-entry-id={p.entryId ?? undefined}>
              <div className="rp-point__line"><span className="rp-point__title">{p.title}</span></div>
              <div className="rp-point__meta">{[tm(`purpose.${p.purpose}`), p.detail].filter(Boolean).join(' · ')}</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
