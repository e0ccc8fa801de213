// The days the journal's other facts are counted from: the last entry, the
// last contact and the last review, each as it stands on a day (an entry
// dated later is not there yet).
import type { IsoDate } from '../dates';
import { sideOf } from '../trust/evidence';
import type { CausedBy, EntryKind, Side } from '../types';

/** What these rules read of an entry (an entry itself, or the latest of a kind, side and cause as the journal reads it). */
export interface DatedEntry {
  kind: EntryKind;
  side: Side;
  causedBy?: CausedBy | null;
  date: IsoDate;
}

export interface EntryDates {
  /** Anything written about the supplier, either side: the day silence is counted from. */
  lastEntryOn: IsoDate | null;
  /** Last contact: an interaction or a review, either side (we were in contact too). */
  lastContactOn: IsoDate | null;
  /** The last review of the supplier (reviews of our own conduct aside). */
  lastReviewOn: IsoDate | null;
}

export function entryDates(entries: Iterable<DatedEntry>, today: IsoDate): EntryDates {
  const out: EntryDates = { lastEntryOn: null, lastContactOn: null, lastReviewOn: null };
  const later = (was: IsoDate | null, date: IsoDate) => (was === null || date > was ? date : was);
  for (const e of entries) {
    if (e.date > today) continue;
    out.lastEntryOn = later(out.lastEntryOn, e.date);
    if (e.kind === 'interaction' || e.kind === 'review') out.lastContactOn = later(out.lastContactOn, e.date);
    if (e.kind === 'review' && sideOf(e) === 'supplier') out.lastReviewOn = later(out.lastReviewOn, e.date);
  }
  return out;
}
