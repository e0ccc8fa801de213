// A review meeting as the journal hands it out (design.md, "The review
// meeting"): its points in order, the actions agreed, and once finished the
// entries it wrote. db/worker/meetings.ts keeps it; the screens, the pack and
// the minutes read it.
import type { IsoDate } from '../dates';
import type { Language, PromiseStatus, Side } from '../types';

export const MEETING_STATUSES = ['draft', 'in_progress', 'finished'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Where a point came from: what the journal knew, an earlier meeting's deferred point, or the manager. */
export const POINT_SOURCES = ['flag', 'promise', 'ourPromise', 'incident', 'notice', 'contractEnd', 'advice', 'conduct', 'deferred', 'free'] as const;
export type PointSource = (typeof POINT_SOURCES)[number];

export const POINT_PURPOSES = ['raise', 'info'] as const;
export type PointPurpose = (typeof POINT_PURPOSES)[number];

export const POINT_OUTCOMES = ['discussed', 'deferred', 'resolved'] as const;
export type PointOutcome = (typeof POINT_OUTCOMES)[number];

export const DECISIONS = ['renew', 'renegotiate', 'notice'] as const;
export type ContractDecision = (typeof DECISIONS)[number];

export const ACTION_KINDS = ['promise', 'settle', 'resolve'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** A point as the draft proposes it (before it is stored). */
export interface DraftPoint {
  source: PointSource;
  entryId: number | null;
  title: string;
  /** A short line of what the journal says (a due day, a deadline, the flag's reason), in no language: `detailKey` + params. */
  detailKey: string;
  detailParams: Record<string, string | number>;
  purpose: PointPurpose;
  /** An earlier meeting's point it carries forward. */
  carriedFrom: number | null;
}

export interface MeetingPoint {
  id: number;
  position: number;
  source: PointSource;
  /** The entry it is about; null for a free point, or once the entry is gone (then `entryGone`). */
  entryId: number | null;
  /** Drawn from an entry that is no longer in the journal (deleted meanwhile): the point stays readable. */
  entryGone: boolean;
  /** The entry is private: the point stays out of a pack and the minutes that leave private entries out. */
  entryPrivate: boolean;
  title: string;
  /** The manager's own words under the title ('' when none). */
  detail: string;
  purpose: PointPurpose;
  notes: string;
  notesPrivate: boolean;
  outcome: PointOutcome | null;
  carriedFrom: number | null;
}

export interface MeetingAction {
  id: number;
  pointId: number | null;
  kind: ActionKind;
  /** A new promise: what was promised. Settle / resolve: the entry's title (read at the time). */
  title: string;
  /** A new promise: whose it is. */
  side: Side | null;
  /** Who carries it out (a name at the table; free text). */
  owner: string;
  obligation: 'result' | 'effort' | null;
  inContract: boolean | null;
  dueOn: IsoDate | null;
  private: boolean;
  /** Settle / resolve: the entry acted on; a promise: the entry it became once finished. */
  entryId: number | null;
  /** Settle: how the promise was settled. */
  status: Exclude<PromiseStatus, 'open'> | null;
  /** Resolve: handled well or not (null: not said). */
  handledWell: boolean | null;
  createdAt: string;
}

export interface Meeting {
  id: number;
  supplierId: number;
  supplierName: string;
  status: MeetingStatus;
  date: IsoDate;
  language: Language;
  attendeesOurs: string[];
  attendeesTheirs: string[];
  /** The point the meeting screen was on (it resumes there). */
  currentPoint: number;
  summary: string;
  scoreAbility: number | null;
  scoreIntegrity: number | null;
  scoreBenevolence: number | null;
  decision: ContractDecision | null;
  decisionReason: string;
  points: MeetingPoint[];
  actions: MeetingAction[];
  /** The entries the finish wrote (null: none, or not finished). */
  minutesEntryId: number | null;
  reviewEntryId: number | null;
  decisionEntryId: number | null;
  finishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A meeting in a list (the supplier's history, the agenda, the palette). */
export interface MeetingSummary {
  id: number;
  supplierId: number;
  supplierName: string;
  status: MeetingStatus;
  date: IsoDate;
  points: number;
  deferred: number;
  actions: number;
  decision: ContractDecision | null;
  finishedAt: string | null;
}
