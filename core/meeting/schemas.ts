// The meeting methods' inputs (core/contract.ts). Every refusal names its
// field and a translation key, as every other input does.
import { z } from 'zod';
import { id, isoDate, requiredText, shortText } from '../schema-parts';
import { SETTLED_STATUSES } from '../schemas';
import { LANGUAGES } from '../schemas';
import { DECISIONS, POINT_OUTCOMES, POINT_PURPOSES } from './types';

const attendees = z.array(requiredText(120)).max(30);
const score = z.number().int().min(1).max(5).nullable();

/** What a meeting records, the same in the manager's input and in an export (core/meeting/export.ts). */
export const meetingRecordFields = {
  summary: shortText(20_000),
  scoreAbility: score,
  scoreIntegrity: score,
  scoreBenevolence: score,
  decision: z.enum(DECISIONS).nullable(),
  decisionReason: shortText(2_000),
};

export const prepareMeetingInput = z
  .object({
    supplierId: id,
    /** Null: suggested from the review interval (the next review's day, today when it is past). */
    date: isoDate.nullable().default(null),
    /** Null: the manager's language, else English. */
    language: z.enum(LANGUAGES).nullable().default(null),
    /** The manager's local day (null: the journal's own today). */
    today: isoDate.nullable().default(null),
  })
  .strict();

export const updateMeetingInput = z
  .object({
    id,
    date: isoDate,
    language: z.enum(LANGUAGES),
    attendeesOurs: attendees,
    attendeesTheirs: attendees,
    /** 'in_progress': the meeting is being held (a finished one is reopened by reopenMeeting). */
    status: z.enum(['draft', 'in_progress']),
    currentPoint: z.number().int().min(0).max(10_000),
    ...meetingRecordFields,
  })
  .partial()
  .required({ id: true })
  .strict();

export const addPointInput = z
  .object({
    meetingId: id,
    title: requiredText(200),
    detail: shortText(2_000).default(''),
    purpose: z.enum(POINT_PURPOSES).default('raise'),
    /** Where it goes (default: last). */
    position: z.number().int().min(0).max(10_000).nullable().default(null),
  })
  .strict();

export const updatePointInput = z
  .object({
    id,
    title: requiredText(200),
    detail: shortText(2_000),
    purpose: z.enum(POINT_PURPOSES),
    notes: shortText(20_000),
    notesPrivate: z.boolean(),
    outcome: z.enum(POINT_OUTCOMES).nullable(),
  })
  .partial()
  .required({ id: true })
  .strict();

export const movePointInput = z.object({ id, position: z.number().int().min(0).max(10_000) }).strict();

const actionBase = { meetingId: id, pointId: id.nullable().default(null) };

/** A quick action at the table: the journal's own promise, settlement and resolution, written on finish. */
export const meetingActionInput = z.discriminatedUnion('kind', [
  z.object({
    ...actionBase,
    kind: z.literal('promise'),
    title: requiredText(200),
    side: z.enum(['supplier', 'ours']),
    owner: shortText(120).default(''),
    obligation: z.enum(['result', 'effort']).default('result'),
    inContract: z.boolean().default(false),
    dueOn: isoDate.nullable().default(null),
    private: z.boolean().default(false),
  }).strict(),
  z.object({ ...actionBase, kind: z.literal('settle'), entryId: id, status: z.enum(SETTLED_STATUSES) }).strict(),
  z.object({ ...actionBase, kind: z.literal('resolve'), entryId: id, handledWell: z.boolean().nullable().default(null) }).strict(),
]);

export const saveMeetingActionInput = z.intersection(z.object({ id: id.nullable().default(null) }), meetingActionInput);

export const listMeetingsInput = z
  .object({ supplierId: id.nullable().default(null) })
  .strict()
  .default({ supplierId: null });

export type PrepareMeetingInput = z.input<typeof prepareMeetingInput>;
export type UpdateMeetingInput = z.input<typeof updateMeetingInput>;
export type MeetingActionInput = z.input<typeof meetingActionInput>;
