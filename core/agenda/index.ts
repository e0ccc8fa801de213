// The agenda: every rule's items, marks applied, grouped soonest first.
// Pure: the journal (db/worker/agenda.ts) reads the facts, the screens show the view.
import { contractEndItems } from './contract-end';
import { followUpItems } from './follow-ups';
import { bySoonest, groupBounds, groupOf } from './group';
import { incidentItems } from './incidents';
import { applyMarks } from './marks';
import { cancelledItems, takenBack, type GoneEntry, type GoneSupplier } from './cancelled';
import { latest } from './item';
import { goneMeetingItems, meetingItems, type AgendaMeeting, type GoneMeeting } from './meetings';
import { noticeItems } from './notice';
import { promiseItems } from './promises';
import { quietItems } from './quiet';
import { reviewItems } from './reviews';
import type { AgendaSettings } from './settings';
import { AGENDA_GROUPS, type AgendaEntry, type AgendaItem, type AgendaMark, type AgendaSupplier, type AgendaView, type RuleContext } from './types';
import type { IsoDate } from '../dates';

export * from './types';
export { warningFor } from './notice';
export { groupBounds, groupOf } from './group';
export { CANCELLED_DAYS, type GoneEntry, type GoneSupplier } from './cancelled';
export type { AgendaMeeting, GoneMeeting } from './meetings';
export { agendaSettingsSchema, agendaSettingsUpdate, DEFAULT_AGENDA_SETTINGS, readAgendaSettings, type AgendaSettings } from './settings';

export interface AgendaFacts {
  suppliers: readonly AgendaSupplier[];
  entries: readonly AgendaEntry[];
  marks: readonly AgendaMark[];
  /** Review meetings not yet finished (./meetings.ts). */
  meetings?: readonly AgendaMeeting[];
  /** The calendar only: entries, suppliers and meetings whose exported events are to be taken back (core/agenda/cancelled.ts). */
  gone?: { entries: readonly GoneEntry[]; suppliers: readonly GoneSupplier[]; meetings?: readonly GoneMeeting[] };
}

export interface AgendaOptions {
  today: IsoDate;
  settings: AgendaSettings;
  /** False (a review pack): items of private entries are left out. */
  includePrivate: boolean;
}

/** Every rule's items, unmarked and unsorted. */
export function agendaItems(facts: Pick<AgendaFacts, 'suppliers' | 'entries' | 'meetings'>, ctx: RuleContext, includePrivate: boolean): AgendaItem[] {
  const byId = new Map(facts.suppliers.map((s) => [s.id, s]));
  const active = (id: number) => {
    const s = byId.get(id);
    return s && s.status === 'active' ? s : undefined;
  };
  const entries = includePrivate ? facts.entries : facts.entries.filter((e) => !e.private);
  return [
    ...promiseItems(entries, active, ctx),
    ...noticeItems(facts.suppliers, ctx),
    ...contractEndItems(facts.suppliers, ctx),
    ...reviewItems(facts.suppliers, ctx),
    ...incidentItems(entries, active, ctx),
    ...quietItems(facts.suppliers, ctx),
    ...followUpItems(entries, active, ctx),
    ...meetingItems(facts.meetings ?? [], active, ctx),
  ];
}

export function buildAgenda(facts: AgendaFacts, options: AgendaOptions): AgendaView {
  const ctx: RuleContext = { today: options.today, settings: options.settings, calendar: false };
  const { shown, snoozed, dismissed, done } = applyMarks(agendaItems(facts, ctx, options.includePrivate), facts.marks, options.today);
  const bounds = groupBounds(options.today);
  const grouped = new Map(AGENDA_GROUPS.map((g) => [g, [] as AgendaItem[]]));
  for (const item of shown.sort(bySoonest)) grouped.get(groupOf(item.date, bounds))!.push(item);
  const groups = AGENDA_GROUPS.map((group) => ({ group, items: grouped.get(group)! }));
  return {
    today: options.today,
    groups,
    count: grouped.get('overdue')!.length + grouped.get('thisWeek')!.length,
    total: shown.length,
    snoozed: snoozed.sort((a, b) => bySoonest(a.item, b.item)),
    dismissed: dismissed.sort((a, b) => bySoonest(a.item, b.item)),
    done: done.sort((a, b) => bySoonest(a.item, b.item)),
  };
}

/**
 * The deadlines a calendar should hold, however far ahead (dismissed ones
 * left out, snoozes ignored: the day itself stands), and those to take back
 * (`cancelled`: settled, done, in the trash, supplier gone; recent ones only).
 */
export function calendarItems(facts: AgendaFacts, options: AgendaOptions): AgendaItem[] {
  const ctx: RuleContext = { today: options.today, settings: options.settings, calendar: true };
  const marks = new Map(facts.marks.map((m) => [m.key, m]));
  const live: AgendaItem[] = [];
  const done: AgendaItem[] = [];
  for (const item of agendaItems(facts, ctx, options.includePrivate)) {
    const mark = marks.get(item.key);
    if (!item.inCalendar || mark?.action === 'dismissed') continue;
    // A follow-up marked done is taken back as of its marking; one settled by itself as of its settling.
    if (mark?.action === 'done') done.push({ ...item, cancelled: true, changedAt: latest(item.changedAt, mark.createdAt) });
    else if (item.cancelled) done.push(item);
    else live.push(item);
  }
  const refs = new Set(live.map((i) => i.ref));
  const gone = facts.gone ? [...cancelledItems(facts.gone, ctx, options.includePrivate), ...goneMeetingItems(facts.gone.meetings ?? [])] : [];
  const cancelled = takenBack([...done, ...gone], ctx.today).filter((i) => !refs.has(i.ref));
  return [...live, ...cancelled].sort(bySoonest);
}
