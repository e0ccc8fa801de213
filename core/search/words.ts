// Words as SQLite's unicode61 tokenizer (remove_diacritics 2) sees them:
// runs of letters and digits; everything else separates. The query parser
// and the highlighter both cut text this way, so what is highlighted is what
// the index matched.

/**
 * Letters, digits and combining marks (a mark belongs to the letter before it).
 * Not private-use characters (Co), which unicode61 keeps in a token: the
 * search index's hidden filter tokens start with one (migration 006), so no
 * typed word can match them.
 */
export const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A word possibly joined to others by hyphens: "e-mail", "back-up-test". */
export const HYPHENATED = /[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*/gu;

/** Lower case without accents: "Café" -> "cafe", "ÉCHOUÉ" -> "echoue". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map(fold).filter((w) => w.length > 0);
}
