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

/** The ranges of a text that match the terms ("e-mail" as a whole when "email" was searched). */
export function markRanges(text: string, terms: readonly SearchTerm[]): [number, number][] {
  if (!terms.length) return [];
  const test = matcher(terms);
  const marks: [number, number][] = [];
  for (const m of text.matchAll(HYPHENATED)) {
    const start = m.index;
    if (m[0].includes('-') && test(fold(m[0].replace(/-/g, '')))) {
      marks.push([start, start + m[0].length]);
      continue;
    }
    for (const w of m[0].matchAll(WORD)) {
      if (test(fold(w[0]))) marks.push([start + w.index, start + w.index + w[0].length]);
    }
  }
  return marks;
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
  const line = text.replace(/\s+/g, ' ').trim();
  const marks = markRanges(line, terms);
  if (!marks.length) return null;
  return cut(line, marks, marks[0]![0], width);
}

/** The beginning of a text, for a result whose match is elsewhere (its title, its tags). */
export function opening(text: string, width = 160): Marked | null {
  const line = text.replace(/\s+/g, ' ').trim();
  return line ? cut(line, [], 0, width) : null;
}

function cut(line: string, marks: [number, number][], at: number, width: number): Marked {
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
  const lead = start > 0 ? '… ' : '';
  const shift = lead.length - start;
  const kept = marks.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s + shift, e + shift] as [number, number]);
  return { text: `${lead}${line.slice(start, end)}${end < line.length ? ' …' : ''}`, marks: kept };
}
