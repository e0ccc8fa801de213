// Meetings in the JSON export (core/export-format.ts, docs/export-format.md):
// each as stored, its points and actions inside it. Checked on import by the
// same rules as the tables (migration 011), so an import stores nothing the
// app itself would refuse.
import { z } from 'zod';
import { id, isoDate, shortText } from '../schema-parts';
import { LANGUAGES, promiseFormValues, SETTLED_STATUSES } from '../schemas';
import { meetingRecordFields } from './schemas';
import { ACTION_KINDS, MEETING_STATUSES, POINT_OUTCOMES, POINT_PURPOSES, POINT_SOURCES } from './types';

const stamp = z.iso.datetime({ offset: true, error: 'invalidTimestamp' });
const title = shortText(200).refine((v) => v.length >= 1, { error: 'required' });

export const exportedPoint = z.object({
  id,
  position: z.number().int().min(0),
  source: z.enum(POINT_SOURCES),
  /** Null: a free point, or its entry is not in the file (in the trash, or gone). */
  entryId: id.nullable(),
  /** Drawn from an entry (true even when that entry is gone). */
  linked: z.boolean(),
  title,
  detail: shortText(2_000),
  purpose: z.enum(POINT_PURPOSES),
  notes: shortText(20_000),
  notesPrivate: z.boolean(),
  outcome: z.enum(POINT_OUTCOMES).nullable(),
  carriedFrom: id.nullable(),
}).strict();

export const exportedAction = z.object({
  id,
  pointId: id.nullable(),
  kind: z.enum(ACTION_KINDS),
  title: shortText(200),
  side: z.enum(['supplier', 'ours']).nullable(),
  owner: shortText(120),
  obligation: z.enum(['result', 'effort']).nullable(),
  inContract: z.boolean().nullable(),
  dueOn: isoDate.nullable(),
  private: z.boolean(),
  entryId: id.nullable(),
  status: z.enum(SETTLED_STATUSES).nullable(),
  handledWell: z.boolean().nullable(),
  // Absent in a file from before the meeting used the journal's forms (migration 013).
  entry: promiseFormValues.nullable().default(null),
  onDay: isoDate.nullable().default(null),
  createdAt: stamp,
}).strict().superRefine((a, ctx) => {
  if (a.kind === 'promise' && (!a.title || a.side === null || a.obligation === null || a.inContract === null)) ctx.addIssue({ code: 'custom', path: ['title'], message: 'required' });
  if (a.kind === 'settle' && a.status === null) ctx.addIssue({ code: 'custom', path: ['status'], message: 'required' });
});

export const exportedMeeting = z.object({
  id,
  supplierId: id,
  status: z.enum(MEETING_STATUSES),
  date: isoDate,
  language: z.enum(LANGUAGES),
  attendeesOurs: z.array(shortText(120)).max(30),
  attendeesTheirs: z.array(shortText(120)).max(30),
  currentPoint: z.number().int().min(0),
  ...meetingRecordFields,
  // Files from before migration 013 call ending the contract 'notice'.
  decision: z.preprocess((v) => (v === 'notice' ? 'end' : v), meetingRecordFields.decision),
  minutesEntryId: id.nullable(),
  reviewEntryId: id.nullable(),
  decisionEntryId: id.nullable(),
  finishedAt: stamp.nullable(),
  createdAt: stamp,
  updatedAt: stamp,
  points: z.array(exportedPoint).max(200),
  actions: z.array(exportedAction).max(1_000),
}).strict().superRefine((m, ctx) => {
  if ((m.status === 'finished') !== (m.finishedAt !== null)) ctx.addIssue({ code: 'custom', path: ['finishedAt'], message: 'required' });
});

export type ExportedMeeting = z.output<typeof exportedMeeting>;
export type ExportedPoint = z.output<typeof exportedPoint>;
export type ExportedAction = z.output<typeof exportedAction>;

/** The entry ids a meeting names (its points, its actions, what its finish wrote). */
export function entryIdsOf(m: ExportedMeeting): number[] {
  return [
    ...m.points.map((p) => p.entryId), ...m.actions.map((a) => a.entryId), m.minutesEntryId, m.reviewEntryId, m.decisionEntryId,
  ].filter((v): v is number => v !== null);
}
