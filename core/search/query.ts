// The search box's language, turned into a safe FTS5 MATCH expression. A user
// never writes FTS syntax: every word reaches SQLite as a quoted string, so
// AND, NEAR, * or a stray quote are just text. What the box understands:
//   backup tests        both words, each also as the beginning of a longer one
//   "backup tests"      the phrase (an unclosed quote runs to the end, as typed)
//   -word, -"a phrase"  leave out entries that have it (a lone - is ignored)
//   supplier: / leverancier:, tag:, kind: / soort:   field filters, both languages
//   e-mail              also finds "email", and "email" finds "e-mail"
import type { EntryKind } from '../types';
import { kindsNamed } from './kinds';
import { HYPHENATED, fold, words } from './words';

export const MAX_QUERY_TERMS = 30;

type Field = 'supplier' | 'tag' | 'kind';
const FIELDS: Record<string, Field> = { supplier: 'supplier', leverancier: 'supplier', tag: 'tag', kind: 'kind', soort: 'kind' };

/** One term as the highlighter needs it: folded words (a phrase when more than one). */
export interface SearchTerm {
  words: string[];
  /** The last word may be the beginning of a longer one. */
  prefix: boolean;
  /** The words again with their hyphens taken out ("e-mail" -> ["email"]), or null. */
  joined: string[] | null;
}

export interface ParsedSearch {
  /** FTS5 expression over entry_search that a result must match; null: no words. */
  match: string | null;
  /** FTS5 expression over entry_search for the entries to leave out; null: none. */
  exclude: string | null;
  /** FTS5 expression over supplier_search for the suppliers to search in; null: all. */
  supplier: string | null;
  /** FTS5 expression over supplier_search for suppliers to leave out. */
  excludeSupplier: string | null;
  /** Words for matching suppliers themselves (the fields core/supplier-fields.ts declares searchable). */
  supplierText: string | null;
  kinds: EntryKind[];
  excludeKinds: EntryKind[];
  /** What to highlight in the results. */
  terms: SearchTerm[];
  /** Nothing to search for and nothing to filter on. */
  empty: boolean;
}

export interface SearchIssue {
  key: 'searchUnknownKind' | 'searchTooManyTerms';
  params: Record<string, string | number>;
}

export type ParseResult = { ok: true; query: ParsedSearch } | { ok: false; issue: SearchIssue };

interface Chunk {
  negate: boolean;
  field: Field | null;
  text: string;
  quoted: boolean;
}

/** Cuts the box's text into chunks: words, phrases, field:value, each maybe negated. */
export function chunks(input: string): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  const s = input;
  while (i < s.length) {
    if (/\s/.test(s[i]!)) {
      i++;
      continue;
    }
    let negate = false;
    if (s[i] === '-') {
      negate = true;
      i++;
      if (i >= s.length || /\s/.test(s[i]!)) continue; // a lone "-"
    }
    let field: Field | null = null;
    const named = /^([\p{L}]+):/u.exec(s.slice(i));
    if (named && FIELDS[fold(named[1]!)]) {
      field = FIELDS[fold(named[1]!)]!;
      i += named[0].length;
    }
    if (s[i] === '"') {
      const close = s.indexOf('"', i + 1);
      const end = close === -1 ? s.length : close;
      // Unclosed: still being typed, so its last word may still grow.
      out.push({ negate, field, text: s.slice(i + 1, end), quoted: close !== -1 });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < s.length && !/\s/.test(s[end]!) && s[end] !== '"') end++;
    out.push({ negate, field, text: s.slice(i, end), quoted: false });
    i = end;
  }
  return out;
}

const quote = (word: string) => `"${word.replace(/"/g, '""')}"`;

function phrase(ws: string[], prefix: boolean): string {
  return ws.map((w, i) => (prefix && i === ws.length - 1 ? `${quote(w)}*` : quote(w))).join(' + ');
}

/** A one-letter beginning would match most of the journal: only whole one-letter words. */
const prefixFor = (ws: string[], quoted: boolean) => !quoted && (ws[ws.length - 1]?.length ?? 0) >= 2;

function termOf(text: string, quoted: boolean): SearchTerm | null {
  const ws = words(text);
  if (!ws.length) return null;
  const hyphenated = (text.match(HYPHENATED) ?? []).some((w) => w.includes('-'));
  const joined = hyphenated ? words(text.replace(/-/g, '')) : null;
  return { words: ws, prefix: prefixFor(ws, quoted), joined: joined && joined.join(' ') !== ws.join(' ') ? joined : null };
}

/** Both spellings of a hyphenated term: for a column filter (supplier names) that the `joined` column does not cover. */
function termExpression(t: SearchTerm): string {
  const main = phrase(t.words, t.prefix);
  if (!t.joined) return main;
  return `(${main} OR ${phrase(t.joined, prefixFor(t.joined, !t.prefix))})`;
}

/**
 * A term over a whole index: a hyphenated one only in its joined spelling.
 * The `joined` column holds every hyphenated text without its hyphens, so
 * "backup"* finds "back-up" too, and far faster than the phrase "back" + "up"*.
 */
function wholeIndexExpression(t: SearchTerm): string {
  return t.joined ? phrase(t.joined, prefixFor(t.joined, !t.prefix)) : phrase(t.words, t.prefix);
}

const all = (parts: string[]) => (parts.length ? parts.join(' AND ') : null);
const any = (parts: string[]) => (parts.length ? parts.join(' OR ') : null);

export function parseSearch(input: string): ParseResult {
  const include: string[] = [];
  const exclude: string[] = [];
  const suppliers: string[] = [];
  const notSuppliers: string[] = [];
  const supplierWords: string[] = [];
  const kinds = new Set<EntryKind>();
  const notKinds = new Set<EntryKind>();
  const terms: SearchTerm[] = [];
  let count = 0;
  for (const c of chunks(input)) {
    if (c.field === 'kind') {
      const value = words(c.text).join('');
      if (!value) continue; // "kind:" while typing
      const named = kindsNamed(value);
      if (!named.length) return { ok: false, issue: { key: 'searchUnknownKind', params: { value: c.text } } };
      for (const k of named) (c.negate ? notKinds : kinds).add(k);
      continue;
    }
    const term = termOf(c.text, c.quoted);
    if (!term) continue;
    if (++count > MAX_QUERY_TERMS) return { ok: false, issue: { key: 'searchTooManyTerms', params: { max: MAX_QUERY_TERMS } } };
    if (c.field === 'supplier') {
      (c.negate ? notSuppliers : suppliers).push(`name : (${termExpression(term)})`);
      continue;
    }
    const expression = c.field === 'tag' ? `tags : (${phrase(term.words, term.prefix)})` : wholeIndexExpression(term);
    if (c.negate) {
      exclude.push(expression);
    } else {
      include.push(expression);
      terms.push(term);
      if (c.field === null) supplierWords.push(wholeIndexExpression(term));
    }
  }
  const query: ParsedSearch = {
    match: all(include),
    exclude: any(exclude),
    supplier: any(suppliers),
    excludeSupplier: any(notSuppliers),
    supplierText: all(supplierWords),
    kinds: [...kinds],
    excludeKinds: [...notKinds],
    terms,
    empty: false,
  };
  query.empty = !query.match && !query.exclude && !query.supplier && !query.excludeSupplier && !kinds.size && !notKinds.size;
  return { ok: true, query };
}
