// Review meetings as the journal keeps them (migration 011): read whole, and
// changed one field at a time as the manager types (the meeting screen saves
// every change at once, so a crash loses nothing). Writing the meeting into
// the journal on finish is db/worker/meeting-finish.ts; what the draft agenda
// holds is decided by core/meeting/draft.ts.
import type { z } from 'zod';
import { JournalError } from '../../core/errors';
import type { Language } from '../../core/types';
import type { Meeting, MeetingAction, MeetingPoint, MeetingSummary } from '../../core/meeting/types';
import type { addPointInput, saveMeetingActionInput, updateMeetingInput, updatePointInput } from '../../core/meeting/schemas';
import type { DraftPoint } from '../../core/meeting/types';
import type { ExportedMeeting } from '../../core/meeting/export';
import type { ReadableDB, WritableDB } from './handles';

interface MeetingRow {
  id: number; supplier_id: number; supplier_name: string; status: Meeting['status']; date: string; language: Language;
  attendees_ours: string; attendees_theirs: string; current_point: number; summary: string;
  score_ability: number | null; score_integrity: number | null; score_benevolence: number | null;
  decision: Meeting['decision']; decision_reason: string; minutes_entry_id: number | null; review_entry_id: number | null;
  decision_entry_id: number | null; finished_at: string | null; created_at: string; updated_at: string;
}

interface PointRow {
  id: number; position: number; source: MeetingPoint['source']; entry_id: number | null; linked: number; entry_live: number | null; entry_private: number | null;
  title: string; detail: string; purpose: MeetingPoint['purpose']; notes: string; notes_private: number; outcome: MeetingPoint['outcome']; carried_from: number | null;
}

interface ActionRow {
  id: number; point_id: number | null; kind: MeetingAction['kind']; title: string; side: MeetingAction['side']; owner: string;
  obligation: MeetingAction['obligation']; in_contract: number | null; due_on: string | null; private: number; entry_id: number | null;
  status: MeetingAction['status']; handled_well: number | null; created_at: string;
}

const bool = (v: number | null) => (v === null ? null : v === 1);

function pointFromRow(r: PointRow): MeetingPoint {
  // An entry in the trash is gone for the meeting too; one emptied from the trash has left entry_id NULL behind.
  const gone = r.linked === 1 && r.entry_live !== 1;
  return {
    id: r.id, position: r.position, source: r.source, entryId: gone ? null : r.entry_id, entryGone: gone, entryPrivate: r.entry_private === 1,
    title: r.title, detail: r.detail, purpose: r.purpose, notes: r.notes, notesPrivate: r.notes_private === 1, outcome: r.outcome, carriedFrom: r.carried_from,
  };
}

function actionFromRow(r: ActionRow): MeetingAction {
  return {
    id: r.id, pointId: r.point_id, kind: r.kind, title: r.title, side: r.side, owner: r.owner, obligation: r.obligation,
    inContract: bool(r.in_contract), dueOn: r.due_on, private: r.private === 1, entryId: r.entry_id, status: r.status,
    handledWell: bool(r.handled_well), createdAt: r.created_at,
  };
}

const MEETING_SELECT = `SELECT m.*, s.name AS supplier_name FROM meetings m JOIN suppliers s ON s.id = m.supplier_id`;

export function readMeeting(db: ReadableDB, id: number): Meeting {
  const m = db.prepare(`${MEETING_SELECT} WHERE m.id = ? AND s.deleted_at IS NULL`).get(id) as MeetingRow | undefined;
  if (!m) throw new JournalError('not_found', 'meetingNotFound');
  const points = (db.prepare(`
    SELECT p.*, (e.id IS NOT NULL AND e.deleted_at IS NULL) AS entry_live, e.private AS entry_private
    FROM meeting_points p LEFT JOIN entries e ON e.id = p.entry_id
    WHERE p.meeting_id = ? ORDER BY p.position, p.id`).all(id) as PointRow[]).map(pointFromRow);
  const actions = (db.prepare('SELECT * FROM meeting_actions WHERE meeting_id = ? ORDER BY id').all(id) as ActionRow[]).map(actionFromRow);
  return {
    id: m.id, supplierId: m.supplier_id, supplierName: m.supplier_name, status: m.status, date: m.date, language: m.language,
    attendeesOurs: JSON.parse(m.attendees_ours) as string[], attendeesTheirs: JSON.parse(m.attendees_theirs) as string[],
    currentPoint: m.current_point, summary: m.summary, scoreAbility: m.score_ability, scoreIntegrity: m.score_integrity,
    scoreBenevolence: m.score_benevolence, decision: m.decision, decisionReason: m.decision_reason, points, actions,
    minutesEntryId: m.minutes_entry_id, reviewEntryId: m.review_entry_id, decisionEntryId: m.decision_entry_id,
    finishedAt: m.finished_at, createdAt: m.created_at, updatedAt: m.updated_at,
  };
}

/** The meetings of one supplier (or of every one), newest first. */
export function listMeetings(db: ReadableDB, supplierId: number | null): MeetingSummary[] {
  const where = supplierId === null ? '1' : 'm.supplier_id = @supplierId';
  return db.prepare(`
    SELECT m.id, m.supplier_id AS supplierId, s.name AS supplierName, m.status, m.date, m.decision, m.finished_at AS finishedAt,
      (SELECT count(*) FROM meeting_points p WHERE p.meeting_id = m.id) AS points,
      (SELECT count(*) FROM meeting_points p WHERE p.meeting_id = m.id AND p.outcome = 'deferred') AS deferred,
      (SELECT count(*) FROM meeting_actions a WHERE a.meeting_id = m.id) AS actions
    FROM meetings m JOIN suppliers s ON s.id = m.supplier_id
    WHERE s.deleted_at IS NULL AND ${where}
    ORDER BY m.date DESC, m.id DESC`).all(supplierId === null ? {} : { supplierId }) as MeetingSummary[];
}

/** The supplier's meeting in preparation or in progress, if any. */
export function openMeetingId(db: ReadableDB, supplierId: number): number | null {
  return (db.prepare("SELECT id FROM meetings WHERE supplier_id = ? AND status <> 'finished'").pluck().get(supplierId) as number | undefined) ?? null;
}

/** The points the supplier's last finished meeting left for the next one: deferred, or never discussed. */
export function carriedPoints(db: ReadableDB, supplierId: number) {
  const last = db.prepare("SELECT id, date FROM meetings WHERE supplier_id = ? AND status = 'finished' ORDER BY date DESC, id DESC LIMIT 1").get(supplierId) as
    { id: number; date: string } | undefined;
  const decidedOn = (db.prepare("SELECT max(date) FROM meetings WHERE supplier_id = ? AND status = 'finished' AND decision IS NOT NULL").pluck().get(supplierId) as string | null) ?? null;
  if (!last) return { lastMeetingOn: null, decidedOn, points: [] };
  const points = db.prepare(`
    SELECT p.id, p.source, CASE WHEN e.deleted_at IS NULL THEN p.entry_id END AS entryId, p.title, p.detail
    FROM meeting_points p LEFT JOIN entries e ON e.id = p.entry_id
    WHERE p.meeting_id = ? AND (p.outcome = 'deferred' OR p.outcome IS NULL) ORDER BY p.position, p.id`).all(last.id) as
    { id: number; source: MeetingPoint['source']; entryId: number | null; title: string; detail: string }[];
  return { lastMeetingOn: last.date, decidedOn, points };
}

const now = () => new Date().toISOString();

export interface NewMeeting {
  supplierId: number;
  date: string;
  language: Language;
  attendeesTheirs: string[];
  points: (Omit<DraftPoint, 'detailKey' | 'detailParams'> & { detail: string })[];
}

/** Stores a prepared meeting with its draft points; the caller holds the transaction. */
export function insertMeeting(db: WritableDB, m: NewMeeting): number {
  const stamp = now();
  const id = Number(db.prepare(`INSERT INTO meetings (supplier_id, date, language, attendees_theirs, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(m.supplierId, m.date, m.language, JSON.stringify(m.attendeesTheirs), stamp, stamp).lastInsertRowid);
  const put = db.prepare(`INSERT INTO meeting_points (meeting_id, position, source, entry_id, linked, title, detail, purpose, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  m.points.forEach((p, i) => put.run(id, i, p.source, p.entryId, p.entryId === null ? 0 : 1, p.title.slice(0, 200), p.detail.slice(0, 2000), p.purpose, p.carriedFrom));
  return id;
}

/** The meeting, refused when finished (it is reopened first): the caller holds the transaction. */
export function editable(db: ReadableDB, id: number): Meeting {
  const m = readMeeting(db, id);
  if (m.status === 'finished') throw new JournalError('conflict', 'meetingFinished');
  return m;
}

function touch(db: WritableDB, id: number) {
  db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?').run(now(), id);
}

const MEETING_COLUMNS: Record<string, string> = {
  date: 'date', language: 'language', status: 'status', currentPoint: 'current_point', summary: 'summary', scoreAbility: 'score_ability',
  scoreIntegrity: 'score_integrity', scoreBenevolence: 'score_benevolence', decision: 'decision', decisionReason: 'decision_reason',
};

export function updateMeeting(db: WritableDB, input: z.output<typeof updateMeetingInput>): Meeting {
  return db.transaction(() => {
    editable(db, input.id);
    for (const [key, value] of Object.entries(input)) {
      if (value === undefined || key === 'id') continue;
      if (key === 'attendeesOurs' || key === 'attendeesTheirs') {
        db.prepare(`UPDATE meetings SET ${key === 'attendeesOurs' ? 'attendees_ours' : 'attendees_theirs'} = ? WHERE id = ?`).run(JSON.stringify(value), input.id);
        continue;
      }
      const column = MEETING_COLUMNS[key];
      if (column) db.prepare(`UPDATE meetings SET ${column} = ? WHERE id = ?`).run(value as string | number | null, input.id);
    }
    touch(db, input.id);
    return readMeeting(db, input.id);
  })();
}

/** Moves point `id` to `position` among its meeting's points, renumbering the rest. */
function placePoint(db: WritableDB, meetingId: number, id: number, position: number) {
  const ids = (db.prepare('SELECT id FROM meeting_points WHERE meeting_id = ? ORDER BY position, id').pluck().all(meetingId) as number[]).filter((p) => p !== id);
  ids.splice(Math.min(position, ids.length), 0, id);
  const set = db.prepare('UPDATE meeting_points SET position = ? WHERE id = ?');
  ids.forEach((p, i) => set.run(i, p));
}

function pointMeeting(db: ReadableDB, pointId: number): number {
  const meetingId = db.prepare('SELECT meeting_id FROM meeting_points WHERE id = ?').pluck().get(pointId) as number | undefined;
  if (meetingId === undefined) throw new JournalError('not_found', 'meetingPointNotFound');
  return meetingId;
}

export function addPoint(db: WritableDB, input: z.output<typeof addPointInput>): Meeting {
  return db.transaction(() => {
    const m = editable(db, input.meetingId);
    if (m.points.length >= 200) throw new JournalError('validation', 'validation', [{ path: ['title'], key: 'tooManyPoints', params: { max: 200 } }]);
    const id = Number(db.prepare(`INSERT INTO meeting_points (meeting_id, position, source, title, detail, purpose) VALUES (?, ?, 'free', ?, ?, ?)`)
      .run(m.id, m.points.length, input.title, input.detail, input.purpose).lastInsertRowid);
    if (input.position !== null) placePoint(db, m.id, id, input.position);
    touch(db, m.id);
    return readMeeting(db, m.id);
  })();
}

const POINT_COLUMNS: Record<string, string> = { title: 'title', detail: 'detail', purpose: 'purpose', notes: 'notes', notesPrivate: 'notes_private', outcome: 'outcome' };

export function updatePoint(db: WritableDB, input: z.output<typeof updatePointInput>): Meeting {
  return db.transaction(() => {
    const meetingId = pointMeeting(db, input.id);
    editable(db, meetingId);
    for (const [key, value] of Object.entries(input)) {
      const column = POINT_COLUMNS[key];
      if (!column || value === undefined) continue;
      db.prepare(`UPDATE meeting_points SET ${column} = ? WHERE id = ?`).run(typeof value === 'boolean' ? (value ? 1 : 0) : value, input.id);
    }
    touch(db, meetingId);
    return readMeeting(db, meetingId);
  })();
}

export function movePoint(db: WritableDB, input: { id: number; position: number }): Meeting {
  return db.transaction(() => {
    const meetingId = pointMeeting(db, input.id);
    editable(db, meetingId);
    placePoint(db, meetingId, input.id, input.position);
    touch(db, meetingId);
    return readMeeting(db, meetingId);
  })();
}

export function removePoint(db: WritableDB, id: number): Meeting {
  return db.transaction(() => {
    const meetingId = pointMeeting(db, id);
    editable(db, meetingId);
    db.prepare('DELETE FROM meeting_points WHERE id = ?').run(id);
    const ids = db.prepare('SELECT id FROM meeting_points WHERE meeting_id = ? ORDER BY position, id').pluck().all(meetingId) as number[];
    const set = db.prepare('UPDATE meeting_points SET position = ? WHERE id = ?');
    ids.forEach((p, i) => set.run(i, p));
    touch(db, meetingId);
    return readMeeting(db, meetingId);
  })();
}

type ActionInput = z.output<typeof saveMeetingActionInput>;

/** Adds or changes a quick action; a settlement or resolution names an entry of this supplier of the right kind. */
export function saveAction(db: WritableDB, input: ActionInput): Meeting {
  return db.transaction(() => {
    const m = editable(db, input.meetingId);
    if (input.pointId !== null && !m.points.some((p) => p.id === input.pointId)) throw new JournalError('not_found', 'meetingPointNotFound');
    let title = '';
    if (input.kind === 'settle' || input.kind === 'resolve') {
      const e = db.prepare('SELECT kind, title, supplier_id AS supplierId FROM entries WHERE id = ? AND deleted_at IS NULL').get(input.entryId) as
        { kind: string; title: string; supplierId: number } | undefined;
      if (!e || e.supplierId !== m.supplierId) throw new JournalError('not_found', 'entryNotFound', [{ path: ['entryId'], key: 'entryNotFound', params: {} }]);
      if (input.kind === 'settle' && e.kind !== 'promise') throw new JournalError('conflict', 'notAPromise', [{ path: ['entryId'], key: 'notAPromise', params: {} }]);
      if (input.kind === 'resolve' && e.kind !== 'incident') throw new JournalError('conflict', 'notAnIncident', [{ path: ['entryId'], key: 'notAnIncident', params: {} }]);
      title = e.title;
    }
    if (input.kind === 'promise' && input.dueOn !== null && input.dueOn < m.date) {
      throw new JournalError('validation', 'validation', [{ path: ['dueOn'], key: 'dueBeforeMade', params: {} }]);
    }
    const values = {
      meetingId: m.id, pointId: input.pointId, kind: input.kind,
      title: input.kind === 'promise' ? input.title : title,
      side: input.kind === 'promise' ? input.side : null,
      owner: input.kind === 'promise' ? input.owner : '',
      obligation: input.kind === 'promise' ? input.obligation : null,
      inContract: input.kind === 'promise' ? (input.inContract ? 1 : 0) : null,
      dueOn: input.kind === 'promise' ? input.dueOn : null,
      private: input.kind === 'promise' && input.private ? 1 : 0,
      entryId: input.kind === 'promise' ? null : input.entryId,
      status: input.kind === 'settle' ? input.status : null,
      handledWell: input.kind === 'resolve' && input.handledWell !== null ? (input.handledWell ? 1 : 0) : null,
      createdAt: now(),
    };
    if (input.id === null) {
      db.prepare(`INSERT INTO meeting_actions (meeting_id, point_id, kind, title, side, owner, obligation, in_contract, due_on, private, entry_id, status, handled_well, created_at)
        VALUES (@meetingId, @pointId, @kind, @title, @side, @owner, @obligation, @inContract, @dueOn, @private, @entryId, @status, @handledWell, @createdAt)`).run(values);
    } else {
      const existing = m.actions.find((a) => a.id === input.id);
      if (!existing) throw new JournalError('not_found', 'meetingActionNotFound');
      // A promise written by an earlier finish keeps its entry: the next finish corrects it in place.
      const entryId = input.kind === 'promise' ? existing.entryId : values.entryId;
      db.prepare(`UPDATE meeting_actions SET point_id = @pointId, kind = @kind, title = @title, side = @side, owner = @owner, obligation = @obligation,
        in_contract = @inContract, due_on = @dueOn, private = @private, entry_id = @entryId, status = @status, handled_well = @handledWell WHERE id = @id`)
        .run({ ...values, entryId, id: input.id });
    }
    touch(db, m.id);
    return readMeeting(db, m.id);
  })();
}

export function removeAction(db: WritableDB, id: number): Meeting {
  return db.transaction(() => {
    const meetingId = db.prepare('SELECT meeting_id FROM meeting_actions WHERE id = ?').pluck().get(id) as number | undefined;
    if (meetingId === undefined) throw new JournalError('not_found', 'meetingActionNotFound');
    const m = editable(db, meetingId);
    const action = m.actions.find((a) => a.id === id)!;
    if (action.kind === 'promise' && action.entryId !== null) throw new JournalError('conflict', 'meetingActionWritten');
    db.prepare('DELETE FROM meeting_actions WHERE id = ?').run(id);
    touch(db, meetingId);
    return readMeeting(db, meetingId);
  })();
}

/** A meeting not yet finished can be thrown away (a finished one has written the journal: reopen and correct it instead). */
export function deleteMeeting(db: WritableDB, id: number): { deleted: true } {
  return db.transaction(() => {
    editable(db, id);
    db.prepare('DELETE FROM meetings WHERE id = ?').run(id);
    return { deleted: true as const };
  })();
}

// ---------- export and import (core/meeting/export.ts) ----------

/**
 * Every meeting of the suppliers exported, as stored; an entry not in the
 * export (in the trash) is named as null, its point still saying it had one.
 */
export function exportMeetings(db: ReadableDB, supplierIds: ReadonlySet<number>, entryIds: ReadonlySet<number>): ExportedMeeting[] {
  const live = (id: number | null) => (id !== null && entryIds.has(id) ? id : null);
  const rows = db.prepare('SELECT id FROM meetings ORDER BY id').pluck().all() as number[];
  const out: ExportedMeeting[] = [];
  for (const id of rows) {
    const m = db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as Omit<MeetingRow, 'supplier_name'>;
    if (!supplierIds.has(m.supplier_id)) continue;
    const points = db.prepare('SELECT * FROM meeting_points WHERE meeting_id = ? ORDER BY position, id').all(id) as PointRow[];
    const actions = (db.prepare('SELECT * FROM meeting_actions WHERE meeting_id = ? ORDER BY id').all(id) as ActionRow[]).map(actionFromRow);
    out.push({
      id: m.id, supplierId: m.supplier_id, status: m.status, date: m.date, language: m.language,
      attendeesOurs: JSON.parse(m.attendees_ours) as string[], attendeesTheirs: JSON.parse(m.attendees_theirs) as string[],
      currentPoint: m.current_point, summary: m.summary, scoreAbility: m.score_ability, scoreIntegrity: m.score_integrity,
      scoreBenevolence: m.score_benevolence, decision: m.decision, decisionReason: m.decision_reason,
      minutesEntryId: live(m.minutes_entry_id), reviewEntryId: live(m.review_entry_id), decisionEntryId: live(m.decision_entry_id),
      finishedAt: m.finished_at, createdAt: m.created_at, updatedAt: m.updated_at,
      points: points.map((p) => ({
        id: p.id, position: p.position, source: p.source, entryId: live(p.entry_id), linked: p.linked === 1, title: p.title, detail: p.detail,
        purpose: p.purpose, notes: p.notes, notesPrivate: p.notes_private === 1, outcome: p.outcome, carriedFrom: p.carried_from,
      })),
      actions: actions.map(({ entryId, ...a }) => ({ ...a, entryId: live(entryId) })),
    });
  }
  return out;
}

const flag = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

/**
 * Writes a checked file's meetings; `ids` gives the id each of the file's
 * suppliers and entries got here (the same ids into an empty journal, new
 * ones when added beside). Meetings, points and actions keep their ids into
 * an empty journal and get new ones otherwise. The caller holds the transaction.
 */
export function importMeetings(
  db: WritableDB, meetings: readonly ExportedMeeting[], ids: { supplier: (id: number) => number | undefined; entry: (id: number) => number | undefined; keep: boolean },
): number {
  const entry = (id: number | null) => (id === null ? null : ids.entry(id) ?? null);
  const pointId = new Map<number, number>();
  const insertMeetingRow = db.prepare(`INSERT INTO meetings (id, supplier_id, status, date, language, attendees_ours, attendees_theirs, current_point, summary,
    score_ability, score_integrity, score_benevolence, decision, decision_reason, minutes_entry_id, review_entry_id, decision_entry_id, finished_at, created_at, updated_at)
    VALUES (@id, @supplierId, @status, @date, @language, @attendeesOurs, @attendeesTheirs, @currentPoint, @summary, @scoreAbility, @scoreIntegrity,
    @scoreBenevolence, @decision, @decisionReason, @minutesEntryId, @reviewEntryId, @decisionEntryId, @finishedAt, @createdAt, @updatedAt)`);
  const insertPoint = db.prepare(`INSERT INTO meeting_points (id, meeting_id, position, source, entry_id, linked, title, detail, purpose, notes, notes_private, outcome)
    VALUES (@id, @meetingId, @position, @source, @entryId, @linked, @title, @detail, @purpose, @notes, @notesPrivate, @outcome)`);
  const insertAction = db.prepare(`INSERT INTO meeting_actions (id, meeting_id, point_id, kind, title, side, owner, obligation, in_contract, due_on, private, entry_id,
    status, handled_well, created_at) VALUES (@id, @meetingId, @pointId, @kind, @title, @side, @owner, @obligation, @inContract, @dueOn, @private, @entryId,
    @status, @handledWell, @createdAt)`);
  const carried: [number, number][] = [];
  for (const m of meetings) {
    const supplierId = ids.supplier(m.supplierId);
    if (supplierId === undefined) throw new JournalError('validation', 'validation');
    if (m.status !== 'finished' && openMeetingId(db, supplierId) !== null) throw new JournalError('conflict', 'meetingAlreadyOpen');
    const meetingId = Number(insertMeetingRow.run({
      ...m, id: ids.keep ? m.id : null, supplierId, attendeesOurs: JSON.stringify(m.attendeesOurs), attendeesTheirs: JSON.stringify(m.attendeesTheirs),
      minutesEntryId: entry(m.minutesEntryId), reviewEntryId: entry(m.reviewEntryId), decisionEntryId: entry(m.decisionEntryId),
    }).lastInsertRowid);
    for (const p of m.points) {
      const id = Number(insertPoint.run({
        ...p, id: ids.keep ? p.id : null, meetingId, entryId: entry(p.entryId), linked: p.linked ? 1 : 0, notesPrivate: p.notesPrivate ? 1 : 0,
      }).lastInsertRowid);
      pointId.set(p.id, id);
      if (p.carriedFrom !== null) carried.push([id, p.carriedFrom]);
    }
    for (const a of m.actions) {
      insertAction.run({
        ...a, id: ids.keep ? a.id : null, meetingId, pointId: a.pointId === null ? null : pointId.get(a.pointId) ?? null, inContract: flag(a.inContract),
        private: a.private ? 1 : 0, entryId: entry(a.entryId), handledWell: flag(a.handledWell),
      });
    }
  }
  // Carried points name points of earlier meetings: set once every point has its id here.
  const setCarried = db.prepare('UPDATE meeting_points SET carried_from = ? WHERE id = ?');
  for (const [id, from] of carried) setCarried.run(pointId.get(from) ?? null, id);
  return meetings.length;
}
