// What the agenda is made of. Each rule (one module beside this one) turns
// plain facts about the journal into items; index.ts groups them and applies
// what the manager snoozed or dismissed (marks.ts).
import type { IsoDate } from '../dates';
import type { Severity, Side } from '../types';

export const AGENDA_KINDS = ['promise', 'notice', 'contractEnd', 'review', 'incident', 'quiet', 'followUp'] as const;
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
  /** Quiet suppliers: the last contact; reviews: the last review (null: none yet). */
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
  /** A calendar event to take back: its promise settled, its entry in the trash, its supplier ended (core/agenda/cancelled.ts). */
  cancelled: boolean;
}

/** A supplier as the rules read it. */
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
  /** The day the supplier was added (the base of a first review when there is no contract start). */
  createdOn: IsoDate;
  lastReviewOn: IsoDate | null;
  /** The last interaction or review meeting, of either side. */
  lastContactOn: IsoDate | null;
  updatedAt: string;
  /** The calendar only: the last change to any of its reviews (made, edited, put in the trash), which moves its review's due day. */
  reviewsChangedAt?: string | null;
}

/** An entry as the rules read it: only those that can make an item are read (open promises, open incidents, follow-ups). */
export interface AgendaEntry {
  id: number;
  supplierId: number;
  kind: 'interaction' | 'promise' | 'incident' | 'advice' | 'review' | 'note';
  date: IsoDate;
  title: string;
  private: boolean;
  side: Side;
  /** Promises: due day (open promises only carry it here). */
  dueOn: IsoDate | null;
  /** Promises: still open. */
  open: boolean;
  /** Incidents: unresolved. */
  unresolved: boolean;
  severity: Severity | null;
  followUpOn: IsoDate | null;
  updatedAt: string;
}

export interface AgendaMark {
  key: string;
  action: 'snoozed' | 'dismissed';
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
}
