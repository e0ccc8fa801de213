// An agenda item in words: its headline and detail on screen, its summary
// in an exported calendar. One place, so the screen, the calendar and the
// reminders say the same thing.
import type { TFunction } from 'i18next';
import type { AgendaItem } from '../../core/agenda';
import { daysBetween } from '../../core/dates';

type Format = (iso: string) => string;

export function headline(t: TFunction, item: AgendaItem): string {
  const p = { supplier: item.supplierName, title: item.title };
  switch (item.kind) {
    case 'promise': return t(item.side === 'ours' ? 'agenda:item.promiseOurs' : 'agenda:item.promiseTheirs', p);
    case 'notice': return t('agenda:item.notice', p);
    case 'contractEnd': return t(item.renews ? 'agenda:item.contractRenews' : 'agenda:item.contractEnds', p);
    case 'review': return t('agenda:item.review', p);
    case 'incident': return t('agenda:item.incident', p);
    case 'quiet': return t('agenda:item.quiet', p);
    case 'followUp': return t('agenda:item.followUp', p);
    case 'meeting': return t('agenda:item.meeting', p);
  }
}

/** A line that says why, or what follows; null when the headline says it all. */
export function detail(t: TFunction, item: AgendaItem, date: Format, today: string): string | null {
  switch (item.kind) {
    case 'notice': return t(item.renews ? 'agenda:item.noticeRenews' : 'agenda:item.noticeEnds', { date: date(item.termEnd ?? item.date) });
    case 'contractEnd': return !item.renews && item.date < today ? t('agenda:item.contractEnded') : null;
    case 'review': return item.since ? t('agenda:item.reviewSince', { date: date(item.since) }) : t('agenda:item.reviewNever');
    case 'incident': return item.since ? t('agenda:item.incidentSince', { date: date(item.since) }) : null;
    case 'quiet': return item.since ? t('agenda:item.quietSince', { date: date(item.since) }) : t('agenda:item.quietNever');
    case 'meeting': return t(item.meeting?.status === 'in_progress' ? 'agenda:item.meetingUnfinished' : 'agenda:item.meetingPrepared');
    default: return null;
  }
}

/** "3 Dec 2026 (in 2 days)". */
export function when(t: TFunction, iso: string, today: string, date: Format): string {
  const d = daysBetween(today, iso);
  const relative = d === 0 ? t('agenda:when.today') : d === 1 ? t('agenda:when.tomorrow') : d === -1 ? t('agenda:when.yesterday')
    : d > 0 ? t('agenda:when.inDays', { count: d }) : t('agenda:when.daysAgo', { count: -d });
  return t('agenda:when.due', { date: date(iso), relative });
}

export function calendarSummary(t: TFunction, item: AgendaItem): string {
  const p = { supplier: item.supplierName, title: item.title };
  switch (item.kind) {
    case 'promise': return t(item.side === 'ours' ? 'agenda:calendar.promiseOurs' : 'agenda:calendar.promiseTheirs', p);
    case 'notice': return t('agenda:calendar.notice', p);
    case 'contractEnd': return t(item.renews ? 'agenda:calendar.contractRenews' : 'agenda:calendar.contractEnds', p);
    case 'review': return t('agenda:calendar.review', p);
    case 'meeting': return t('agenda:calendar.meeting', p);
    default: return t('agenda:calendar.followUp', p);
  }
}
