import { describe, expect, it } from 'vitest';
import { chunks, parseSearch, type ParsedSearch } from './query';

function parsed(text: string): ParsedSearch {
  const r = parseSearch(text);
  if (!r.ok) throw new Error(JSON.stringify(r.issue));
  return r.query;
}

describe('parseSearch', () => {
  it('quotes every word and lets each bare word begin a longer one', () => {
    expect(parsed('Backup Tests').match).toBe('"backup"* AND "tests"*');
    // FTS keywords and operators are only text.
    expect(parsed('backup AND NOT NEAR(x) *').match).toBe('"backup"* AND "and"* AND "not"* AND "near" + "x"');
  });

  it('folds case and accents as the index does', () => {
    expect(parsed('CAFÉ échoué').match).toBe('"cafe"* AND "echoue"*');
  });

  it('keeps a quoted phrase whole, and closes an unclosed quote at the end', () => {
    expect(parsed('"backup tests" sla').match).toBe('"backup" + "tests" AND "sla"*');
    expect(parsed('"backup tests').match).toBe('"backup" + "tests"*');
    expect(parsed('"').empty).toBe(true);
    expect(parsed('say "hi""').match).toBe('"say"* AND "hi"');
  });

  it('turns -word into a leave-out, and ignores a lone -', () => {
    const q = parsed('backup -tape - -"old box"');
    expect(q.match).toBe('"backup"*');
    expect(q.exclude).toBe('"tape"* OR "old" + "box"');
    expect(parsed('-').empty).toBe(true);
    expect(parsed('- -').empty).toBe(true);
  });

  it('finds e-mail as email and the other way round', () => {
    // Entries and suppliers: the joined spelling, which the hidden `joined` column holds for every hyphenated text.
    expect(parsed('e-mail').match).toBe('"email"*');
    expect(parsed('"e-mail"').match).toBe('"email"');
    expect(parsed('email').match).toBe('"email"*');
    // A supplier name filter is a column filter: both spellings.
    expect(parsed('leverancier:e-mail').supplier).toBe('name : (("e" + "mail"* OR "email"*))');
    expect(parsed('e-mail').terms[0]).toEqual({ words: ['e', 'mail'], prefix: true, joined: ['email'] });
  });

  it('reads a word with dots or @ as a phrase of its parts', () => {
    expect(parsed('jan@hosting.nl').match).toBe('"jan" + "hosting" + "nl"*');
  });

  it('understands the field filters in both languages', () => {
    const en = parsed('supplier:hosting tag:sla kind:promise backup');
    const nl = parsed('leverancier:hosting tag:sla soort:toezegging backup');
    for (const q of [en, nl]) {
      expect(q.supplier).toBe('name : ("hosting"*)');
      expect(q.match).toBe('tags : ("sla"*) AND "backup"*');
      expect(q.kinds).toEqual(['promise']);
    }
    expect(parsed('Leverancier:"Hosting BV"').supplier).toBe('name : ("hosting" + "bv")');
    expect(parsed('soort:inc').kinds).toEqual(['incident']);
    expect(parsed('-kind:note x').excludeKinds).toEqual(['note']);
    expect(parsed('-leverancier:acme').excludeSupplier).toBe('name : ("acme"*)');
    // A field while it is being typed is no filter yet.
    expect(parsed('kind:').empty).toBe(true);
    // An unknown field is text.
    expect(parsed('foo:bar').match).toBe('"foo" + "bar"*');
  });

  it('answers an unknown kind and too many words with an issue to translate', () => {
    expect(parseSearch('kind:invoice')).toEqual({ ok: false, issue: { key: 'searchUnknownKind', params: { value: 'invoice' } } });
    expect(parseSearch(Array.from({ length: 31 }, (_, i) => `w${i}`).join(' '))).toMatchObject({ ok: false, issue: { key: 'searchTooManyTerms' } });
  });

  it('treats punctuation alone as nothing to search for', () => {
    expect(parsed("%' OR 1=1 --").match).toBe('"or"* AND "1" + "1"');
    expect(parsed('*** ()').empty).toBe(true);
  });

  it('cuts chunks with their sign and field', () => {
    expect(chunks('-tag:"a b" x')).toEqual([
      { negate: true, field: 'tag', text: 'a b', quoted: true },
      { negate: false, field: null, text: 'x', quoted: false },
    ]);
  });
});
