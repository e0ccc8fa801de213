// A meeting's two moments that touch the journal itself: preparing it (its
// draft agenda drawn from the journal by core/meeting/draft.ts) and finishing
// it (one transaction that writes the minutes, the promises made, the
// settlements and resolutions, the decision and the review's scores as the
// journal's own entries: all of it, or nothing and the meeting as it was).
// A finished meeting reopened and finished again corrects the entries it
// wrote, in place.
import { addDays, type IsoDate } from '../../core/dates';
import { datesInWords, formatDate } from '../../core/date-text';
import { catalogueI18n } from '../../core/catalogue';
import { JournalError, validationError } from '../../core/errors';
import { draftAgenda, type DraftEntry } from '../../core/meeting/draft';
import { minutesOf, minutesText } from '../../core/meeting/minutes';
import type { Meeting } from '../../core/meeting/types';
import { entryInput, type EntryInput } from '../../core/schemas';
import type { Language } from '../../core/types';
import { noticeDeadline, factsSupplier } from '../../core/facts';
import * as agenda from './agenda';
import { carriedPoints, insertMeeting, openMeetingId, readMeeting } from './meetings';
import { supplierTrust } from './trust';
import type { JournalHandlers } from '../../core/contract';
import type { WritableDB } from './handles';

/** What a meeting needs of the Journal (db/worker/journal.ts): its connection and its own entry writes, each checked as any call is. */
export type MeetingJournal = Pick<JournalHandlers, 'getSupplier' | 'getPreferences' | 'getEntry' | 'updateEntry' | 'settlePromise' | 'resolveIncident' | 'deleteEntry'> & {
  readonly db: WritableDB;
  insertEntry(e: ReturnType<typeof parsed>): number;
};

const wordsOf = (language: Language) => catalogueI18n(language, 'meeting').getFixedT(language, 'meeting');

// The supplier's entries a draft can be drawn from: promises open on the day (or settled after it), open incidents, advice and our own since a day.
const DRAFT_ENTRIES = `
  SELECT id, kind, date, title, side, due_on AS dueOn, status, settled_on AS settledOn, resolved_on AS resolvedOn
  FROM entries
  WHERE supplier_id = @supplierId AND deleted_at IS NULL AND (
    (kind = 'promise' AND (status = 'open' OR settled_on > @today))
    OR (kind = 'incident' AND (resolved_on IS NULL OR resolved_on > @today))
    OR ((kind = 'advice' OR side = 'ours') AND date > @since))
  ORDER BY date, id`;

/** A year back when the journal knows no earlier meeting or review: older advice has been acknowledged long since. */
const DEFAULT_LOOKBACK_DAYS = 365;

export function prepareMeeting(journal: MeetingJournal, input: { supplierId: number; date: IsoDate | null; language: Language | null; today: IsoDate }): { meeting: Meeting; existing: boolean } {
  const { db } = journal;
  const supplier = journal.getSupplier({ id: input.supplierId });
  const open = openMeetingId(db, supplier.id);
  // A second offer to prepare opens the one already under way.
  if (open !== null) return { meeting: readMeeting(db, open), existing: true };
  if (supplier.status !== 'active') throw new JournalError('conflict', 'meetingSupplierEnded');
  const today = input.today;
  const language = input.language ?? journal.getPreferences({}).language ?? 'en';
  const t = wordsOf(language);
  const settings = agenda.readSettings(db);
  const carried = carriedPoints(db, supplier.id);
  const since = carried.lastMeetingOn ?? supplier.facts.lastReviewOn ?? addDays(today, -DEFAULT_LOOKBACK_DAYS);
  const entries = db.prepare(DRAFT_ENTRIES).all({ supplierId: supplier.id, today, since }) as DraftEntry[];
  const flag = supplierTrust(db, { supplierId: supplier.id, from: null, to: null, includePrivate: true }, today).flag;
  const drafted = draftAgenda(
    { today, flag, notice: supplier.facts.notice, term: supplier.facts.term, autoRenews: supplier.autoRenews, entries, since, deferred: carried.points, decidedOn: carried.decidedOn },
    { upcomingDays: settings.upcomingDays, noticeDays: Math.max(...settings.noticeWarningDays) },
  );
  const points = drafted.map((p) => {
    const title = p.title || t(p.source === 'flag' ? (flag?.kind === 'quiet' ? 'title.flagQuiet' : 'title.flag') : `title.${p.source}`);
    // Its days in words of the meeting's language, as every screen and print says a day.
    return { ...p, title, detail: t(p.detailKey.replace(/^meeting\./, ''), datesInWords(p.detailParams, language)).trim() };
  });
  const due = supplier.facts.review?.due ?? null;
  const date = input.date ?? (due !== null && due > today ? due : today);
  const id = db.transaction(() => insertMeeting(db, {
    supplierId: supplier.id, date, language, attendeesTheirs: supplier.contacts.map((c) => c.name).filter(Boolean).slice(0, 30), points,
  })).immediate();
  return { meeting: readMeeting(db, id), existing: false };
}

/** An entry parsed as any input is (its defaults filled, its rules checked). */
function parsed(e: EntryInput) {
  const result = entryInput.safeParse(e);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

/** Writes `e` as a new entry, or over the one an earlier finish wrote. Returns its id. */
function putEntry(journal: MeetingJournal, existingId: number | null, e: EntryInput): number {
  const value = parsed(e);
  if (existingId !== null && journal.db.prepare('SELECT 1 FROM entries WHERE id = ? AND deleted_at IS NULL').get(existingId)) {
    journal.updateEntry({ ...value, id: existingId });
    return existingId;
  }
  return journal.insertEntry(value);
}

export function finishMeeting(journal: MeetingJournal, id: number): Meeting {
  const { db } = journal;
  return db.transaction(() => {
    const m = readMeeting(db, id);
    if (m.status === 'finished') throw new JournalError('conflict', 'meetingFinished');
    const t = wordsOf(m.language);
    const supplier = journal.getSupplier({ id: m.supplierId });
    const on = m.date;
    const day = (iso: IsoDate) => formatDate(iso, m.language);

    const minutesEntry = putEntry(journal, m.minutesEntryId, {
      supplierId: m.supplierId, kind: 'interaction', channel: 'review_meeting', tone: 'neutral', date: on,
      title: t('entry.minutesTitle', { date: day(on) }), body: minutesText(minutesOf(m), t, day).slice(0, 50_000),
    });

    for (const a of m.actions) {
      if (a.kind === 'promise') {
        const ownerLine = a.owner ? t('entry.ownerLine', { owner: a.owner }) : '';
        // The promise form's own values when the meeting kept them; else what the action's columns say (an action from before migration 013).
        const promise: EntryInput = a.entry
          ? { ...a.entry, supplierId: m.supplierId, body: [a.entry.body, ownerLine].filter(Boolean).join('\n\n') }
          : {
            supplierId: m.supplierId, kind: 'promise', date: on, title: a.title, side: a.side ?? 'supplier', obligation: a.obligation ?? 'result',
            inContract: a.inContract ?? false, dueOn: a.dueOn, private: a.private, body: ownerLine,
          };
        const entryId = putEntry(journal, a.entryId, promise);
        db.prepare('UPDATE meeting_actions SET entry_id = ? WHERE id = ?').run(entryId, a.id);
      } else if (a.entryId === null) {
        throw new JournalError('conflict', 'meetingActionEntryGone', [{ path: ['actions', a.id], key: 'meetingActionEntryGone', params: { title: a.title } }]);
      } else if (a.kind === 'settle') {
        journal.settlePromise({ id: a.entryId, status: a.status!, settledOn: a.onDay ?? on });
      } else {
        const e = journal.getEntry({ id: a.entryId });
        // Resolved at the table unless it was resolved earlier: that day stands.
        const resolvedOn = a.onDay ?? (e.kind === 'incident' && e.resolvedOn !== null && e.resolvedOn <= on ? e.resolvedOn : on);
        journal.resolveIncident({ id: a.entryId, resolvedOn, handledWell: a.handledWell });
      }
    }

    let decisionEntry: number | null = null;
    // 'none' is recorded on the meeting and in its minutes; only a decision taken is an entry of its own and deals with the notice deadline.
    if (m.decision && m.decision !== 'none') {
      decisionEntry = putEntry(journal, m.decisionEntryId, {
        supplierId: m.supplierId, kind: 'note', date: on, title: t(`entry.decisionTitle.${m.decision}`), body: m.decisionReason, tags: ['contract'],
      });
      // A decision taken settles the agenda's notice item: the deadline has been dealt with.
      const notice = noticeDeadline(factsSupplier(supplier), on);
      if (notice) agenda.markItem(db, { key: `notice:${m.supplierId}:${notice.deadline}`, action: 'dismissed', until: null, today: on });
    } else if (m.decisionEntryId !== null) {
      journal.deleteEntry({ id: m.decisionEntryId });
    }

    let reviewEntry: number | null = null;
    if (m.scoreAbility !== null || m.scoreIntegrity !== null || m.scoreBenevolence !== null) {
      reviewEntry = putEntry(journal, m.reviewEntryId, {
        supplierId: m.supplierId, kind: 'review', date: on, title: t('entry.reviewTitle', { date: day(on) }), body: m.summary,
        scoreAbility: m.scoreAbility, scoreIntegrity: m.scoreIntegrity, scoreBenevolence: m.scoreBenevolence,
      });
    } else if (m.reviewEntryId !== null) {
      journal.deleteEntry({ id: m.reviewEntryId });
    }

    const stamp = new Date().toISOString();
    db.prepare(`UPDATE meetings SET status = 'finished', finished_at = ?, updated_at = ?, minutes_entry_id = ?, review_entry_id = ?, decision_entry_id = ? WHERE id = ?`)
      .run(stamp, stamp, minutesEntry, reviewEntry, decisionEntry, id);
    return readMeeting(db, id);
  }).immediate();
}

/** A finished meeting open again to correct it: its entries stay, and the next finish corrects them. */
export function reopenMeeting(journal: MeetingJournal, id: number): Meeting {
  const { db } = journal;
  return db.transaction(() => {
    const m = readMeeting(db, id);
    if (m.status !== 'finished') throw new JournalError('conflict', 'meetingNotFinished');
    if (openMeetingId(db, m.supplierId) !== null) throw new JournalError('conflict', 'meetingAlreadyOpen');
    db.prepare("UPDATE meetings SET status = 'in_progress', finished_at = NULL, updated_at = ? WHERE id = ?").run(new Date().toISOString(), id);
    return readMeeting(db, id);
  }).immediate();
}
