// The words a user may write after kind: / soort:, in English and Dutch
// (singular, plural and the app's own labels), folded as the parser folds.
import { ENTRY_KINDS } from '../entry-fields';
import type { EntryKind } from '../types';

const KIND_WORDS: Record<EntryKind, readonly string[]> = {
  interaction: ['interaction', 'interactions', 'contact', 'contacts', 'contactmoment', 'contactmomenten', 'meeting', 'overleg'],
  promise: ['promise', 'promises', 'toezegging', 'toezeggingen', 'belofte', 'beloftes', 'beloften'],
  incident: ['incident', 'incidents', 'incidenten'],
  advice: ['advice', 'advies', 'adviezen'],
  review: ['review', 'reviews', 'evaluatie', 'evaluaties'],
  note: ['note', 'notes', 'aantekening', 'aantekeningen', 'notitie', 'notities'],
};

/** The kinds a (folded) word names; a beginning counts, as the user types ("toez" -> promise). */
export function kindsNamed(word: string): EntryKind[] {
  if (!word) return [];
  const exact = ENTRY_KINDS.filter((k) => KIND_WORDS[k].includes(word));
  if (exact.length) return exact;
  return ENTRY_KINDS.filter((k) => KIND_WORDS[k].some((w) => w.startsWith(word)));
}
