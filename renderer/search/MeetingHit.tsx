// A meeting not yet finished that the search found (db/worker/meeting-search.ts):
// with whom and when, how far along, and where the words are. The palette and
// the search screen show it alike; either opens the meeting screen.
import { CalendarCheck } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { MeetingHit } from '../../core/search/result';
import { useFormat } from '../i18n/format';
import { Marked } from './Marked';

export const meetingHref = (hit: MeetingHit) => `/meetings/${hit.meetingId}`;

export function MeetingHitText({ hit }: { hit: MeetingHit }) {
  const { t } = useTranslation('search');
  const { t: tm } = useTranslation('meeting');
  const f = useFormat();
  return (
    <>
      <span className="search-item__line">
        <CalendarCheck size={16} aria-hidden="true" />
        <span className="search-item__title">{t('palette.meetingWith', { name: hit.supplierName })}</span>
        <span className="search-item__meta">{tm(`status.${hit.status}`)}</span>
        <time className="search-item__meta" dateTime={hit.date}>{f.date(hit.date)}</time>
      </span>
      {hit.point && <span className="search-item__snippet"><Marked value={hit.point} /></span>}
      {hit.snippet && <span className="search-item__snippet"><Marked value={hit.snippet} /></span>}
    </>
  );
}
