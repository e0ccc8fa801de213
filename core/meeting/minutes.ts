// The minutes of a meeting: what is sent to the supplier. Per point what was
// agreed, and the actions with owner and due day. Private entries, private
// notes and private actions never appear: the minutes are the supplier's too.
// The PDF (renderer/meeting/MinutesRoute.tsx) and the interaction the finish
// writes (db/worker/meeting-record.ts) are both made of this.
import type { TFunction } from 'i18next';
import type { IsoDate } from '../dates';
import type { Meeting, MeetingAction, PointOutcome } from './types';

export interface MinutesPoint {
  title: string;
  outcome: PointOutcome | null;
  notes: string;
}

export interface MinutesAction {
  kind: MeetingAction['kind'];
  title: string;
  owner: string;
  side: MeetingAction['side'];
  dueOn: IsoDate | null;
  status: MeetingAction['status'];
}

export interface Minutes {
  supplierName: string;
  date: IsoDate;
  attendeesOurs: string[];
  attendeesTheirs: string[];
  points: MinutesPoint[];
  actions: MinutesAction[];
  decision: Meeting['decision'];
  decisionReason: string;
}

export function minutesOf(m: Meeting): Minutes {
  // The flag is the manager's own reading of trust: never the supplier's to read.
  const shown = new Set(m.points.filter((p) => !p.entryPrivate && p.source !== 'flag').map((p) => p.id));
  return {
    supplierName: m.supplierName,
    date: m.date,
    attendeesOurs: m.attendeesOurs,
    attendeesTheirs: m.attendeesTheirs,
    points: m.points.filter((p) => shown.has(p.id)).map((p) => ({ title: p.title, outcome: p.outcome, notes: p.notesPrivate ? '' : p.notes })),
    actions: m.actions
      .filter((a) => !a.private && (a.pointId === null || shown.has(a.pointId)))
      .map((a) => ({ kind: a.kind, title: a.title, owner: a.owner, side: a.side, dueOn: a.dueOn, status: a.status })),
    decision: m.decision,
    decisionReason: m.decisionReason,
  };
}

/** The minutes as plain text (the body of the interaction a finish writes), in the words of `t` (namespace meeting). */
export function minutesText(minutes: Minutes, t: TFunction): string {
  const lines: string[] = [];
  const names = (list: string[]) => (list.length ? list.join(', ') : t('minutes.nobody'));
  lines.push(`${t('minutes.attendeesOurs')}: ${names(minutes.attendeesOurs)}`);
  lines.push(`${t('minutes.attendeesTheirs')}: ${names(minutes.attendeesTheirs)}`, '');
  minutes.points.forEach((p, i) => {
    lines.push(`${i + 1}. ${p.title}${p.outcome ? ` (${t(`outcome.${p.outcome}`)})` : ''}`);
    if (p.notes) lines.push(...p.notes.split('\n').map((l) => `   ${l}`));
  });
  if (minutes.actions.length) {
    lines.push('', `${t('minutes.actions')}:`);
    for (const a of minutes.actions) lines.push(`- ${actionLine(a, t)}`);
  }
  if (minutes.decision) lines.push('', `${t(`decision.${minutes.decision}`)}${minutes.decisionReason ? `: ${minutes.decisionReason}` : ''}`);
  return lines.join('\n');
}

export function actionLine(a: MinutesAction, t: TFunction): string {
  if (a.kind === 'settle') return t('minutes.settled', { title: a.title, status: t(`settled.${a.status}`) });
  if (a.kind === 'resolve') return t('minutes.resolved', { title: a.title });
  const owner = a.owner || t(a.side === 'ours' ? 'minutes.us' : 'minutes.them');
  return a.dueOn ? t('minutes.promiseDue', { title: a.title, owner, dueOn: a.dueOn }) : t('minutes.promise', { title: a.title, owner });
}
