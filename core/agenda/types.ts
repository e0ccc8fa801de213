// What the agenda is made of. Each rule (one module beside this one) turns
// plain facts about the journal into items; index.ts groups them and applies
// what the manager snoozed or dismissed (marks.ts).
import type { IsoDate } from '../dates';
import type { PromiseStatus, Severity, Side } from '../types';

export const AGENDA_KINDS = ['promise', 'notice', 'contractEnd', 'review', 'incident', 'quiet', 'followUp', 'meeting'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_GROUPS = ['overdue', 'thisWeek', 'thisMonth', 'later'] as const;
export type AgendaGroup = (typeof AGENDA_GROUPS)[number];

export interface AgendaItem {
  /** Stable key of this item: the thing and its date (a deadline rolled to next year is a new item). Marks are kept by it. */
  key: string;
  /** The thing without its date: an exported calendar event's UID is made of it, so a moved date updates the event. */
  ref: string;
  kind: AgendaKind;
  /** The day it is due (for a quiet supplier or an incident open too long: the day it became so). */
  date: IsoDate;
  supplierId: number;
  supplierName: string;
  /** The entry it is about (promise, incident, follow-up), else null. */
  entryId: number | null;
  /** The entry's title ('' for the supplier's own items). */
  title: string;
  /** A private entry's item: shown to the manager, never in a pack. */
  private: boolean;
  /** Whose promise (promises only; else null). */
  side: Side | null;
  /** Notice deadlines and contract ends: the contract renews itself at termEnd. */
  renews: boolean;
  /** Notice deadlines and contract ends: the end of the current term. */
  termEnd: IsoDate | null;
  /** An incident's severity. */
  severity: Severity | null;
  /** Quiet suppliers: the last entry; reviews: the last review (null: none yet). */
  since: IsoDate | null;
  /** Days before `date` a reminder should go off (calendar alarms, notification warnings). */
  alarmDays: readonly number[];
  /** Whether it is a deadline a calendar should hold (promises, notice, contract end, review, follow-up). */
  inCalendar: boolean;
  /** When the thing behind it last changed (ISO timestamp): an exported event's stamp. */
  changedAt: string;
  /**
   * The day its date became this one by itself, with nothing edited: a
   * renewing contract's next term, the day after the last one's deadline or
   * end passed (null: its date is as last edited). A calendar's SEQUENCE is
   * raised from it (renderer/agenda/calendar.ts).
   */
  currentSince: IsoDate | null;
  /** A review meeting not yet finished (kind 'meeting'): which, and whether it is under way. */
  meeting: { id: number; status: 'draft' | 'in_progress' } | null;
  /** A calendar event to take back: its promise settled, its follow-up done, its entry in the trash, its supplier ended (core/agenda/cancelled.ts). */
  cancelled: boolean;
}

/** A supplier as the rules read it: its terms and the days its facts are counted from (core/facts). */
export interface AgendaSupplier {
  id: number;
  name: string;
  status: 'active' | 'ended';
  contractStart: IsoDate | null;
  contractEnd: IsoDate | null;
  noticeMonths: number | null;
  autoRenews: boolean;
  renewalMonths: number | null;
  reviewIntervalMonths: number | null;
  /** The day the supplier was added (the base of a first review, and of silence when nothing was written). */
  createdOn: IsoDate;
  /** The last review of the supplier on or before the agenda's day (core/facts/entry-dates.ts). */
  lastReviewOn: IsoDate | null;
  /** The last entry of either side on or before the agenda's day: silence is counted from it. */
  lastEntryOn: IsoDate | null;
  updatedAt: string;
  /** The calendar only: the last change to any of its reviews (made, edited, put in the trash), which moves its review's due day. */
  reviewsChangedAt?: string | null;
}

/** An entry as the rules read it: only those that can make an item are read (promises open on the day, open incidents, follow-ups). */
export interface AgendaEntry {
  id: number;
  supplierId: number;
  kind: 'interaction' | 'promise' | 'incident' | 'advice' | 'review' | 'note';
  date: IsoDate;
  title: string;
  private: boolean;
  side: Side;
  /** Promises: due day, status and the day settled (else null). */
  dueOn: IsoDate | null;
  status: PromiseStatus | null;
  settledOn: IsoDate | null;
  /** Incidents: the day resolved (null: unresolved). */
  resolvedOn: IsoDate | null;
  severity: Severity | null;
  followUpOn: IsoDate | null;
  /** The day the entry was written: a day already past then was never a deadline to remind of. */
  createdOn: IsoDate;
  updatedAt: string;
}

/** What the manager did with an item: snoozed until a day, dismissed, or (a follow-up) done. */
export const MARK_ACTIONS = ['snoozed', 'dismissed', 'done'] as const;

export interface AgendaMark {
  key: string;
  action: (typeof MARK_ACTIONS)[number];
  /** Snoozed until this day (the item is back on it). */
  until: IsoDate | null;
  createdAt: string;
}

/** What each rule gets besides its facts. */
export interface RuleContext {
  today: IsoDate;
  settings: import('./settings').AgendaSettings;
  /** The calendar wants every coming deadline, however far; the agenda only those within its windows. */
  calendar: boolean;
}

/** An item marked by the manager, shown apart with its mark so it can be undone. */
export interface MarkedItem {
  item: AgendaItem;
  mark: AgendaMark;
}

export interface AgendaView {
  today: IsoDate;
  groups: { group: AgendaGroup; items: AgendaItem[] }[];
  /** Items overdue or due this week: the count beside the sidebar link, in the title and on the badge. */
  count: number;
  /** Items shown in all. */
  total: number;
  snoozed: MarkedItem[];
  dismissed: MarkedItem[];
  /** Follow-ups marked done. */
  done: MarkedItem[];
}
