// Where the search's words are in a text: character ranges, never markup, so
// the screen draws them as <mark> around plain text and a note's own "<b>"
// stays text. Words are cut and folded as the index does (./words.ts).
import type { SearchTerm } from './query';
import { HYPHENATED, WORD, fold } from './words';

/** A text with the ranges [start, end) to highlight. */
export interface Marked {
  text: string;
  marks: [number, number][];
}

type Test = (word: string) => boolean;

function matcher(terms: readonly SearchTerm[]): Test {
  const exact = new Set<string>();
  const starts: string[] = [];
  for (const t of terms) {
    for (const ws of [t.words, t.joined ?? []]) {
      ws.forEach((w, i) => (t.prefix && i === ws.length - 1 ? starts.push(w) : exact.add(w)));
    }
  }
  return (w) => exact.has(w) || starts.some((s) => w.startsWith(s));
}

/** The ranges of a text that match the terms, in order, found as they are asked for (a snippet needs only the first). */
function* ranges(text: string, terms: readonly SearchTerm[]): Generator<[number, number]> {
  if (!terms.length) return;
  const test = matcher(terms);
  for (const m of text.matchAll(HYPHENATED)) {
    const start = m.index;
    if (m[0].includes('-') && test(fold(m[0].replace(/-/g, '')))) {
      yield [start, start + m[0].length];
      continue;
    }
    for (const w of m[0].matchAll(WORD)) {
      if (test(fold(w[0]))) yield [start + w.index, start + w.index + w[0].length];
    }
  }
}

/** The ranges of a text that match the terms ("e-mail" as a whole when "email" was searched). */
export function markRanges(text: string, terms: readonly SearchTerm[]): [number, number][] {
  return [...ranges(text, terms)];
}

/** The whole text (one line) with its matches marked. */
export function markAll(text: string, terms: readonly SearchTerm[]): Marked {
  const line = text.replace(/\s+/g, ' ').trim();
  return { text: line, marks: markRanges(line, terms) };
}

/**
 * About `width` characters around the first match, cut at spaces, with an
 * ellipsis where text was left out; null when the text has no match.
 */
export function snippet(text: string, terms: readonly SearchTerm[], width = 160): Marked | null {
  return snippetOfLine(text.replace(/\s+/g, ' ').trim(), terms, width);
}

/** snippet() of a text already on one line, its spaces single (an attached file's text, db/worker/attachment-text.ts). */
export function snippetOfLine(line: string, terms: readonly SearchTerm[], width = 160): Marked | null {
  // Only the first match and the marks in the cut: an attached file's text can be long (db/worker/search.ts).
  const first = ranges(line, terms).next();
  if (first.done) return null;
  const [start, end] = around(line, first.value[0], width);
  const marks = markRanges(line.slice(start, end), terms).map(([s, e]) => [s + start, e + start] as [number, number]);
  return cut(line, marks, start, end);
}

/** The beginning of a text, for a result whose match is elsewhere (its title, its tags). */
export function opening(text: string, width = 160): Marked | null {
  const line = text.replace(/\s+/g, ' ').trim();
  return line ? cut(line, [], ...around(line, 0, width)) : null;
}

/** About `width` characters of a line around position `at`, cut at spaces. */
function around(line: string, at: number, width: number): [number, number] {
  let start = Math.max(0, at - Math.floor(width / 3));
  if (start > 0) {
    const space = line.indexOf(' ', start);
    start = space === -1 || space >= at ? start : space + 1;
  }
  let end = Math.min(line.length, start + width);
  if (end < line.length) {
    const space = line.lastIndexOf(' ', end);
    end = space > at ? space : end;
  }
  return [start, end];
}

/** The line from start to end, with an ellipsis where text was left out, and the marks within it. */
function cut(line: string, marks: [number, number][], start: number, end: number): Marked {
  const lead = start > 0 ? '… ' : '';
  const shift = lead.length - start;
  const kept = marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift] as [number, number]);
  return { text: `${lead}${line.slice(start, end)}${end < line.length ? ' …' : ''}`, marks: kept };
}
